"""Compare newsdesk's extractor with plain baselines on the labelled development pages.

Run from the project root:
    .venv/bin/python -m bench.extraction.evaluate [--data DIR] [--tools a,b] [--limit N]
    .venv/bin/python -m bench.extraction.evaluate --check-floor
"""

from __future__ import annotations

import argparse
import logging
import shlex
import sys
from pathlib import Path

from tqdm import tqdm

from bench.extraction.dataset import DEFAULT_DATA_DIR, Page, iter_pages
from bench.extraction.floor import load_floor, shortfalls
from bench.extraction.report import (
    PageResult,
    format_losses,
    format_table,
    score_page,
    summarise,
)
from bench.extraction.tools import TOOLS

logger = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction.evaluate",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR,
                        help="extraction data folder (default: ../shared/extraction-dev)")
    parser.add_argument("--tools", default=",".join(TOOLS),
                        help=f"comma-separated, among: {', '.join(TOOLS)}")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--check-floor", action="store_true",
                        help="run newsdesk only; exit 1 if a figure is under floor.json")
    args = parser.parse_args(argv)
    args.tools = ["newsdesk"] if args.check_floor else [t for t in args.tools.split(",") if t]
    unknown = [t for t in args.tools if t not in TOOLS]
    if unknown:
        parser.error(f"unknown tool(s): {', '.join(unknown)}")
    return args


def run_tool(tool: str, page: Page) -> PageResult:
    try:
        prediction = TOOLS[tool](page.html, page.url)
    except Exception as exc:  # a crash is a figure to report, not a reason to stop
        logger.debug("%s failed on %s", tool, page.page_id, exc_info=True)
        return score_page(page, None, error=f"error: {type(exc).__name__}")
    return score_page(page, prediction)


def warm_up(data: Path, tools: list[str]) -> None:
    """One untimed page per tool first: loading models and stop lists happens once per
    process, and would otherwise be charged to whichever page comes first."""
    first = next(iter_pages(data, 1), None)
    if first is not None:
        for tool in tools:
            run_tool(tool, first)


def evaluate(data: Path, tools: list[str], limit: int | None) -> dict[str, list[PageResult]]:
    results: dict[str, list[PageResult]] = {tool: [] for tool in tools}
    warm_up(data, tools)
    for page in tqdm(iter_pages(data, limit), total=limit, desc="pages", unit="page",
                     file=sys.stderr, disable=not sys.stderr.isatty()):
        for tool in tools:
            results[tool].append(run_tool(tool, page))
    return results


def reproduce_command(argv: list[str]) -> str:
    return " ".join([".venv/bin/python", "-m", "bench.extraction.evaluate",
                     *map(shlex.quote, argv)])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    results = evaluate(args.data, args.tools, args.limit)
    print(format_table(results))
    for baseline in ("trafilatura",):
        if "newsdesk" in results and baseline in results:
            print()
            print(format_losses(results["newsdesk"], results[baseline], baseline))
    print()
    print("reproduce with:", reproduce_command(argv))
    if not args.check_floor:
        return 0
    if args.limit:
        print("note: --limit given, the floor is checked on a subset only")
    problems = shortfalls(summarise(results["newsdesk"]), load_floor())
    for problem in problems:
        print(f"FLOOR NOT MET: {problem}", file=sys.stderr)
    if not problems:
        print("floor met: body F1, title and date rates are at or above floor.json")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
