"""The printed table: one row per page and way of serving it, each as a ratio to nginx serving a
static file of the same size in the same run, and (given the WordPress anchor's summary of the
same sitting) rendered pages as a multiple of WordPress's rate."""

import re
from pathlib import Path

# The anchor's URL kinds, by the names this benchmark gives the same pages.
WORDPRESS_KINDS = {
    "home": "home", "single": "article", "day_archive": "day archive", "category": "country",
    "search": "search", "page_500": "deep", "static_ref": "static file",
}
HEADER = (f"{'site':19} {'page':16} {'way':35} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} "
          f"{'/static':>8} {'load':>5}  notes")


def wordpress_rates(summary: Path) -> dict[str, float]:
    """req/s per page from the anchor's summary.md (the best of its rounds)."""
    rates: dict[str, float] = {}
    for line in summary.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and cells[0] in WORDPRESS_KINDS and re.fullmatch(r"[0-9.]+", cells[2]):
            kind = WORDPRESS_KINDS[cells[0]]
            rates[kind] = max(rates.get(kind, 0.0), float(cells[2]))
    return rates


def row(site: str, page: str, way: str, result, static_rate: float | None, notes: str = "") -> str:
    ratio = f"{result.rate / static_rate:8.1%}" if static_rate else f"{'':8}"
    errors = f"{result.errors:7d}"
    return (f"{site:19} {page:16} {way:35} {result.rate:8.1f} {result.p50:8.1f} {result.p99:8.1f} {errors} "
            f"{ratio} {result.load:5.1f}  {notes}").rstrip()


def notes_of(result, wordpress: dict[str, float] | None, page: str, rendered: bool) -> str:
    parts = []
    if result.hit_rate is not None:
        parts.append(f"hit rate {result.hit_rate:.1%} ({result.hits}/{result.answered})")
    if rendered and wordpress and wordpress.get(page):
        parts.append(f"{result.rate / wordpress[page]:.1f}x WordPress ({wordpress[page]:g} req/s)")
    if result.non_2xx:
        parts.append(f"{result.non_2xx} non-2xx")
    if result.socket_errors:
        parts.append(f"{result.socket_errors} socket errors")
    return "; ".join(parts)
