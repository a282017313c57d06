"""The query plans of the pages the benchmark asks for: each page is drawn once (with a throwaway
parameter, so the page cache does not answer), every query it makes is captured and EXPLAINed
(ANALYZE: the plan actually run, with its time), and any sequential scan of the articles table is
named. Run inside a PostgreSQL site's environment:

    NEWSDESK_DATA_DIR=... DATABASE_URL=... python -m bench.serve.explain PATHS.json

PATHS.json is bench.serve.pick's output. Exits 1 when a plan scans articles sequentially.
"""

import argparse
import json
import os
import re
import sys

import django

SCANNED = re.compile(r"Seq Scan on (articles_article|articles_article_places|search_entry)\b")


def captured(client, path: str, connection) -> list[tuple[str, tuple]]:
    queries: list[tuple[str, tuple]] = []

    def keep(execute, sql, params, many, context):
        queries.append((sql, params))
        return execute(sql, params, many, context)

    glue = "&" if "?" in path else "?"
    with connection.execute_wrapper(keep):
        status = client.get(f"{path}{glue}explain=1").status_code
    if status != 200:
        raise SystemExit(f"{path} answered {status}")
    return queries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.db import connection
    from django.test import Client

    chosen = json.load(open(args.paths))
    client = Client(HTTP_HOST="127.0.0.1")
    scans = 0
    for kind, paths in chosen.items():
        for sql, params in captured(client, paths[0], connection):
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS OFF) " + sql, params)
                plan = [row[0] for row in cursor.fetchall()]
            took = next((line for line in plan if line.startswith("Execution Time")), "")
            bad = [line.strip() for line in plan if SCANNED.search(line)]
            scans += bool(bad)
            print(f"{kind:12} {took:28} {'SEQ SCAN ' if bad else ''}{sql[:150]}")
            if bad or os.environ.get("VERBOSE"):
                print("    " + "\n    ".join(plan))
    print(f"{scans} queries scan a large table sequentially; load average {os.getloadavg()[0]:.1f}")
    sys.exit(1 if scans else 0)


if __name__ == "__main__":
    main()
