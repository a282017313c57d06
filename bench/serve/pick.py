"""The addresses the benchmark asks for, of the same kinds as the WordPress anchor's: a random
article among many, the front page, a day archive, a country page, a search, and the page 5,000
items deep. Run inside a site's environment; writes them as JSON.

    NEWSDESK_DATA_DIR=... python -m bench.serve.pick OUT.json [--articles 20000] [--day 2017-01-28]
"""

import argparse
import json
import os
import random
from datetime import date

import django

PLACE = "syria"
SEARCH = "aleppo"
DEPTH = 5_000  # WordPress's /page/500/ at 10 posts a page


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--day", type=date.fromisoformat, default=date(2017, 1, 28))
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from newsdesk.articles.models import Article, DayCount

    edition = Article.objects.published().in_edition("en")
    ids = list(edition.values_list("pk", flat=True))
    chosen = random.Random(2018).sample(ids, min(args.articles, len(ids)))
    by_pk = {a.pk: a for a in Article.objects.filter(pk__in=chosen).only("slug", "published_at", "language")}
    deep = edition.latest_first().values_list("pk", flat=True)[min(DEPTH, len(ids)) - 1]
    day = args.day if DayCount.objects.filter(day=args.day, language="en", count__gt=0).exists() else (
        DayCount.objects.filter(language="en", count__gt=0).order_by("day").values_list("day", flat=True).first()
    )
    addresses = {
        "article": [by_pk[pk].get_absolute_url() for pk in chosen],
        "home": ["/"],
        "day archive": [f"/{day:%Y/%m/%d}/"],
        "country": [f"/place/{PLACE}/"],
        "search": [f"/search/?q={SEARCH}"],
        "deep": [f"/?before={deep}"],
    }
    with open(args.out, "w") as out:
        json.dump(addresses, out)


if __name__ == "__main__":
    main()
