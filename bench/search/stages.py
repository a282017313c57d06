"""Where a drawn search page's CPU goes, stage by stage, in one process.

    NEWSDESK_DATA_DIR=... python -m bench.search.stages CLASSES.json [--per-class 20]

CLASSES.json: the addresses bench.search.queries writes ({class: [address, ...]}). Each address
is asked once more with a parameter of its own (so the page cache never answers) through
Django's test client; the view's steps are timed in CPU time (steadier than the wall clock on
shared cores): the search itself (index query and ranking), loading the articles with their
snippets, drawing the result items, the template, and the whole request (middleware, page
cache and masthead included). Prints the mean per page of each, and the whole request's mean
and p95 per class.
"""

import argparse
import functools
import json
import os
import time
from statistics import mean, quantiles

import django


def timed(spent: dict, name: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.process_time() - started

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("classes", help="the JSON file bench.search.queries writes")
    parser.add_argument("--per-class", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.test import Client

    import newsdesk.search as search
    from newsdesk.search import views

    spent: dict[str, float] = {}
    search.matching = timed(spent, "search (index query and ranking)", search.matching)
    search._results = timed(spent, "articles and snippets", search._results)
    if hasattr(views, "items"):  # the result items drawn in Python (not in older code)
        views.items = timed(spent, "result items", views.items)
    views.render = timed(spent, "template", views.render)
    classes = {label: found[: args.per_class] for label, found in json.load(open(args.classes)).items()}
    addresses = [a for found in classes.values() for a in found]
    client = Client(HTTP_HOST="127.0.0.1")
    for n, address in enumerate(addresses[::10]):  # warm: connections, templates, caches
        client.get(f"{address}&warm={n}")
    spent.clear()
    pages: dict[str, list[float]] = {}
    for label, found in classes.items():
        for n, address in enumerate(found):
            started = time.process_time()
            assert client.get(f"{address}&stage={n}").status_code == 200, address
            pages.setdefault(label, []).append(time.process_time() - started)
    whole = sum(map(sum, pages.values()))
    for name, seconds in spent.items():
        print(f"  {name:34} {seconds / len(addresses) * 1000:6.2f} ms")
    print(f"  {'whole request':34} {whole / len(addresses) * 1000:6.2f} ms of CPU a page, {len(addresses)} pages, "
          f"load average {os.getloadavg()[0]:.1f}")
    print("  whole request per class, CPU ms mean / p95: " + ", ".join(
        f"{label} {mean(times) * 1000:.1f} / {quantiles(times, n=20)[-1] * 1000:.1f}" for label, times in pages.items()))


if __name__ == "__main__":
    main()
