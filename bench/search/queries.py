"""The benchmark's searches, chosen from the index itself, and where one search's time goes.

    NEWSDESK_DATA_DIR=... python -m bench.search.queries OUT.json

Writes {class: [address, ...]} for the load generator and prints, per class, the time of the
backend's query, of loading and highlighting the page's articles, and of the whole page.
"""

import json
import os
import random
import sys
import time
from statistics import median, quantiles
from urllib.parse import urlencode

import django

PER_CLASS = 40


def vocabulary():
    """(term, documents) of the index: FTS5's fts5vocab view, or PostgreSQL's ts_stat."""
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT word, ndoc FROM ts_stat('SELECT vector FROM search_entry')")
            return cursor.fetchall()
        cursor.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, 'row')")
        cursor.execute("SELECT term, doc FROM temp.search_vocab")
        return cursor.fetchall()


def words_of(language: str, rng: random.Random, count: int) -> list[str]:
    from newsdesk.articles.models import Article

    headlines = Article.objects.published().filter(language=language).order_by("?").values_list("headline", flat=True)[:count * 3]
    found = []
    for headline in headlines:
        words = [w.strip(":,.'\"") for w in headline.split() if len(w) > 3 and not w[0].isdigit()]
        if words:
            found.append(rng.choice(words))
    return found[:count]


def phrases(rng: random.Random, count: int) -> list[str]:
    from newsdesk.articles.models import Article

    out = []
    for headline in Article.objects.published().filter(language="en").order_by("?").values_list("headline", flat=True)[:count]:
        words = [w.strip(":,.") for w in headline.split()]
        i = rng.randrange(0, len(words) - 1)
        out.append(f'"{words[i]} {words[i + 1]}"')
    return out


def choose(rng: random.Random) -> dict[str, list[str]]:
    from newsdesk.articles.models import Article, Section

    total = Article.objects.published().count()
    vocab = vocabulary()
    common = [t for t, n in vocab if 0.10 * total <= n <= 0.20 * total and t.isalpha() and t.isascii()]
    # The generated reports have a small vocabulary: its rarest terms (numbers, ~0.06% of articles).
    rare = [t for t, n in sorted(vocab, key=lambda row: row[1])[:100]]
    sections = list(Section.objects.values_list("slug", flat=True))
    pick = lambda items: [rng.choice(items) for _ in range(PER_CLASS)]  # noqa: E731
    today = Article.objects.published().latest_first().first().published_at.date()
    return {
        "common": [{"q": w} for w in pick(common)],
        "rare": [{"q": w} for w in pick(rare)],
        "phrase": [{"q": p} for p in phrases(rng, PER_CLASS)],
        "prefix": [{"q": w[:4] + "*"} for w in pick(common)],
        "arabic": [{"q": w} for w in words_of("ar", rng, PER_CLASS)],
        "turkish": [{"q": w} for w in words_of("tr", rng, PER_CLASS)],
        "filtered": [
            {"q": w, "section": rng.choice(sections), "lang": "en", "from": f"{today.year - 1}-01-01", "to": today.isoformat()}
            for w in pick(common)
        ],
        "by_date": [{"q": w, "sort": "date"} for w in pick(common)],
    }


def deep(params: dict, pages: int) -> dict:
    """The same search `pages` pages on, with the cursor a reader would have followed."""
    from newsdesk.search import find

    cursor = ""
    for _ in range(pages):
        found = find(params["q"], by_date=params.get("sort") == "date", cursor=cursor)
        if not found.next_cursor:
            break
        cursor = found.next_cursor
    return {**params, "after": cursor}


def breakdown(label: str, searches: list[dict]) -> None:
    """Median and p95 ms of the search itself (index query and ranking), of the page's articles
    and snippets, and of the whole page."""
    from django.test import Client

    from newsdesk.articles.models import Section
    from newsdesk.search import _results, matching
    from newsdesk.search.query import parse
    from newsdesk.search.views import read_filters

    client = Client(HTTP_HOST="127.0.0.1")
    sections = list(Section.objects.all())
    backend, results, page = [], [], []
    for params in searches[:20]:
        filters = read_filters(params, sections)
        t = time.perf_counter()
        found = matching(params["q"], filters, by_date=params.get("sort") == "date", cursor=params.get("after", ""))
        backend.append(time.perf_counter() - t)
        t = time.perf_counter()
        _results(found.ids, parse(params["q"]))
        results.append(time.perf_counter() - t)
        t = time.perf_counter()
        client.get("/search/?" + urlencode({**params, "uncached": len(page)}))
        page.append(time.perf_counter() - t)
    ms = lambda xs: f"{median(xs) * 1000:6.1f} / {quantiles(xs, n=20)[-1] * 1000:6.1f}"  # noqa: E731
    print(f"  {label:9} search {ms(backend)} ms   articles+snippets {ms(results)} ms   whole page {ms(page)} ms")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    rng = random.Random(7)
    classes = choose(rng)
    classes["deep"] = [deep(p, 10) for p in classes["common"][:PER_CLASS // 2]]
    classes["deep_date"] = [deep(p, 10) for p in classes["by_date"][:PER_CLASS // 2]]
    print("where a search's time goes (median / p95 of 20, in one process, warm):")
    for label, searches in classes.items():
        breakdown(label, searches)
    addresses = {label: ["/search/?" + urlencode(p) for p in searches] for label, searches in classes.items()}
    with open(sys.argv[1], "w") as out:
        json.dump(addresses, out, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
