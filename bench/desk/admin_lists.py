"""How fast the admin's article list, its filters and its search answer on a big archive.

    NEWSDESK_DATA_DIR=<a data dir made with `newsdesk demo --articles 140211`> \\
        python -m bench.desk.admin_lists

Each address is asked for five times by a logged-in editor through Django's test client (the
whole stack: middleware, admin, templates, database); the median and the slowest are printed.
"""

import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.test import Client  # noqa: E402

from newsdesk.articles.models import Article, Section  # noqa: E402

ROUNDS = 5


def editor() -> Client:
    user, _ = get_user_model().objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    user.groups.add(Group.objects.get(name="editor"))
    client = Client()
    client.force_login(user)
    return client


def addresses() -> list[str]:
    section = Section.objects.order_by("pk").first()
    middle = Article.objects.order_by("pk").values_list("headline", flat=True)[Article.objects.count() // 2]
    lists = ["/admin/articles/article/", "/admin/desk/queuedreport/", "/admin/"]
    filters = [
        "status__exact=published", "status__exact=pending", "language=tr", "pinned__exact=1",
        "published_at__gte=2018-01-01&published_at__lt=2018-02-01", f"section__id__exact={section.pk}",
        "status__exact=published&language=ar&p=50", "o=1",
    ]
    searches = ["q=" + middle.split()[0], "q=" + " ".join(middle.split()[:3]), "q=zzzz-nothing"]
    base = "/admin/articles/article/?"
    return lists + [base + f for f in filters] + [base + s for s in searches]


def main() -> None:
    client = editor()
    print(f"{Article.objects.count():,} articles")
    for url in addresses():
        client.get(url)  # warm: templates, the portal settings
        times = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            status = client.get(url).status_code
            times.append((time.perf_counter() - start) * 1000)
        print(f"{statistics.median(times):7.1f} ms  max {max(times):7.1f}  {status}  {url}")


if __name__ == "__main__":
    main()
