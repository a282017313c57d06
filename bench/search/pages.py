"""Drawn search pages, kept to compare two versions of the code: the same results, the same marks.

    NEWSDESK_DATA_DIR=... python -m bench.search.pages choose SEARCHES.json [--per-class 300]
    NEWSDESK_DATA_DIR=... python -m bench.search.pages draw SEARCHES.json OUT_DIR
    python -m bench.search.pages compare DIR_A DIR_B

`choose` picks the searches as bench.search.queries does (every class, more of each), with
`/tr/` and `/ar/` variants of some; write it once and draw it with each version of the code.
`draw` asks each address through Django's test client with the clock of the search pinned to
one moment (the recency boost and the cursor's scoring minute follow it), so two drawings
differ only where the code draws differently. `compare` lists the pages that differ.
"""

import argparse
import difflib
import json
import os
import random
import sys
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlencode

import django

# The moment every drawing searches at: later than any demo article, and the same in both.
AT = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def choose(out: str, per_class: int) -> None:
    from bench.search import queries

    queries.PER_CLASS = per_class
    classes = queries.choose(random.Random(7))
    deep = per_class // 4
    classes["deep"] = [queries.deep(p, 10) for p in classes["common"][:deep]]
    classes["deep_date"] = [queries.deep(p, 10) for p in classes["by_date"][:deep]]
    addresses = {label: ["/search/?" + urlencode(p) for p in found] for label, found in classes.items()}
    for label in ("common", "prefix", "arabic", "turkish"):
        for edition in ("tr", "ar"):
            addresses[f"{label}-{edition}"] = [f"/{edition}{a}" for a in addresses[label][: per_class // 10]]
    with open(out, "w") as f:
        json.dump(addresses, f, ensure_ascii=False, indent=1)
    print(f"{sum(map(len, addresses.values()))} addresses in {out}")


def draw(searches: str, out_dir: str) -> None:
    from django.test import Client

    import newsdesk.search as search

    search.timezone = SimpleNamespace(now=lambda: AT)
    client = Client(HTTP_HOST="127.0.0.1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for label, addresses in json.load(open(searches)).items():
        for n, address in enumerate(addresses):
            response = client.get(address)
            (out / f"{label}-{n:04}.html").write_bytes(b"%d\n" % response.status_code + response.content)
            count += 1
    print(f"{count} pages in {out}")


def compare(a: str, b: str) -> int:
    left, right = Path(a), Path(b)
    names = sorted({p.name for p in left.glob("*.html")} | {p.name for p in right.glob("*.html")})
    differ = 0
    for name in names:
        one, two = left / name, right / name
        if not one.exists() or not two.exists():
            print(f"{name}: only in {a if one.exists() else b}")
            differ += 1
        elif one.read_bytes() != two.read_bytes():
            differ += 1
            if differ <= 3:
                lines = difflib.unified_diff(one.read_text().splitlines(), two.read_text().splitlines(), lineterm="", n=1)
                print(f"{name} differs:\n" + "\n".join(list(lines)[:20]))
    print(f"{len(names) - differ} of {len(names)} pages the same, {differ} differ")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    chosen = commands.add_parser("choose")
    chosen.add_argument("out")
    chosen.add_argument("--per-class", type=int, default=300)
    drawn = commands.add_parser("draw")
    drawn.add_argument("searches")
    drawn.add_argument("out_dir")
    compared = commands.add_parser("compare")
    compared.add_argument("a")
    compared.add_argument("b")
    args = parser.parse_args()
    if args.command == "compare":
        sys.exit(compare(args.a, args.b))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    if args.command == "choose":
        choose(args.out, args.per_class)
    else:
        draw(args.searches, args.out_dir)


if __name__ == "__main__":
    main()
