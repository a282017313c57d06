"""How much of a search's time ranking takes, and what windows of the newest matches save.

    NEWSDESK_DATA_DIR=... python -m bench.search.windows [--windows 250,1000,4000]

On the benchmark's site (bench.search.run builds it), for each class of search, the backend's
time for a first page (median and p95 over the class's searches, one process, warm) when every
match is scored and the best 21 kept in SQL, against newsdesk.search.matching() with windows
of the newest N matches (SQL and the ranking in Python), on SQLite or PostgreSQL (DATABASE_URL). It also prints how many of the
first page's 20 articles a window keeps from the every-match ranking, for common words (where
the two differ: a search with fewer matches than the window is ranked as a whole).
"""

import argparse
import os
import random
import time
from statistics import median, quantiles

import django


def every_match(backend, request) -> list[int]:
    """The ranking before windows: every match scored, the best 21 kept (the same score)."""
    from django.db import connection

    from newsdesk.search.backends import filters

    if connection.vendor == "sqlite":
        where, args = backend._where(request)
        sql = (f"SELECT rowid & 16777215 FROM (SELECT f.rowid, {backend._score(request)} AS score FROM {where})"
               " ORDER BY score DESC, rowid DESC LIMIT 21")
    else:
        query, args = backend.query_sql(request)
        conditions, params = filters.where(request, connection)
        age = "greatest(0.0, extract(epoch FROM (%s - e.published_at)) / 86400.0)"
        sql = (f"WITH q AS (SELECT ({query}) AS query) SELECT e.article_id FROM search_entry e, q"
               f" WHERE e.vector @@ q.query AND {' AND '.join(conditions)}"
               f" ORDER BY ts_rank(e.vector, q.query) * (1.0 + 1.0 / (1.0 + {age} / {filters.RECENCY_DAYS})) DESC,"
               " e.article_id DESC LIMIT 21")
        args = [*args, *params, request.scored_at]
    with connection.cursor() as cursor:
        cursor.execute(sql, args)
        return [pk for (pk,) in cursor.fetchall()]


def timed(call, *args, runs: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = call(*args)
        best = min(best, time.perf_counter() - started)
    return best, result


def measure(backend, searches: list[dict], filters: list, windows: list[int]) -> tuple[list[list[float]], dict]:
    """Seconds per search, every match scored then each window; ids kept of the best 20."""
    from django.conf import settings
    from django.utils import timezone

    from newsdesk.search import matching
    from newsdesk.search.documents import Request
    from newsdesk.search.query import parse

    now = timezone.now()
    cells, exact, kept = [[]], [], {w: [] for w in windows}
    for params, narrowed in zip(searches, filters, strict=True):
        request = Request(clauses=parse(params["q"]), now=now, scored_at=now.replace(second=0, microsecond=0),
                          size=21, **narrowed.__dict__)
        spent, ids = timed(every_match, backend, request)
        cells[0].append(spent)
        exact.append(ids[:20])
    for window in windows:
        settings.NEWSDESK_SEARCH_WINDOW = window
        cells.append([])
        for params, narrowed, best in zip(searches, filters, exact, strict=True):
            spent, found = timed(matching, params["q"], narrowed)
            cells[-1].append(spent)
            kept[window].append(len(set(found.ids) & set(best)))
    return cells, kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--windows", default="250,1000,4000")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.db import connection

    from bench.search.queries import choose
    from newsdesk.articles.models import Section
    from newsdesk.search.backends import for_connection
    from newsdesk.search.views import read_filters

    backend, sections = for_connection(connection), list(Section.objects.all())
    classes = choose(random.Random(7))
    classes.pop("by_date")
    windows = [int(w) for w in args.windows.split(",")]
    print(f"{connection.vendor}, load average {os.getloadavg()[0]:.1f}; ms per first page (median / p95 of each class)")
    print(f"{'class':9} {'every match':>14} " + " ".join(f"{'window ' + str(w):>14}" for w in windows) + "   kept of top 20 (common)")
    for label, searches in classes.items():
        cells, kept = measure(backend, searches, [read_filters(p, sections) for p in searches], windows)
        row = " ".join(f"{median(t) * 1000:6.1f} /{quantiles(t, n=20)[-1] * 1000:6.1f}" for t in cells)
        share = " ".join(f"{sum(kept[w]) / (20 * len(searches)):.0%}" for w in windows) if label == "common" else ""
        print(f"{label:9} {row}   {share}")
    print("reproduce: NEWSDESK_DATA_DIR=<the benchmark's site> .venv/bin/python -m bench.search.windows --windows " + args.windows)


if __name__ == "__main__":
    main()
