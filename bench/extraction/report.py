"""Per-page results of each tool, their aggregates, and the printed tables."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bench.extraction.dataset import Page
from bench.extraction.scoring import BodyScore, body_score, exact_match
from bench.extraction.tools import Prediction


@dataclass(frozen=True)
class PageResult:
    page_id: str
    url: str
    held_out: bool
    body: BodyScore | None  # None: the ground truth has no body to compare with
    title_ok: bool
    date_ok: bool | None  # None: the ground truth has no date to compare with
    seconds: float
    failed: str  # "" when the tool produced a body; else "error: ..." or "empty"


@dataclass(frozen=True)
class Summary:
    pages: int
    f1: float
    precision: float
    recall: float
    title_rate: float
    date_rate: float
    dated_pages: int
    pages_per_second: float
    failures: int


def score_page(page: Page, prediction: Prediction | None, error: str = "") -> PageResult:
    prediction = prediction or Prediction("")
    failed = error or ("empty" if not prediction.body.strip() else "")
    return PageResult(
        page_id=page.page_id,
        url=page.url,
        held_out=page.held_out,
        body=body_score(prediction.body, page.body) if page.body.strip() else None,
        title_ok=exact_match(prediction.title, page.title),
        date_ok=exact_match(prediction.date, page.date) if page.date else None,
        seconds=prediction.seconds,
        failed=failed,
    )


def summarise(results: Iterable[PageResult]) -> Summary:
    results = list(results)
    n = len(results) or 1
    bodies = [r.body for r in results if r.body is not None]
    n_bodies = len(bodies) or 1
    dated = [r.date_ok for r in results if r.date_ok is not None]
    seconds = sum(r.seconds for r in results)
    return Summary(
        pages=len(results),
        f1=sum(b.f1 for b in bodies) / n_bodies,
        precision=sum(b.precision for b in bodies) / n_bodies,
        recall=sum(b.recall for b in bodies) / n_bodies,
        title_rate=sum(r.title_ok for r in results) / n,
        date_rate=sum(dated) / len(dated) if dated else 0.0,
        dated_pages=len(dated),
        pages_per_second=len(results) / seconds if seconds else 0.0,
        failures=sum(bool(r.failed) for r in results),
    )


def split(results: list[PageResult]) -> dict[str, list[PageResult]]:
    return {
        "all": results,
        "tuning": [r for r in results if not r.held_out],
        "held-out": [r for r in results if r.held_out],
    }


def format_table(results_by_tool: dict[str, list[PageResult]]) -> str:
    header = (f"{'tool':<22} {'split':<9} {'pages':>5} {'body F1':>8} {'prec':>6} {'recall':>6} "
              f"{'title':>6} {'date':>6} {'pages/s':>8} {'failures':>8}")
    lines = [header, "-" * len(header)]
    for tool, results in results_by_tool.items():
        for name, subset in split(results).items():
            s = summarise(subset)
            lines.append(
                f"{tool:<22} {name:<9} {s.pages:>5} {s.f1:>8.4f} {s.precision:>6.3f} "
                f"{s.recall:>6.3f} {s.title_rate:>6.3f} {s.date_rate:>6.3f} "
                f"{s.pages_per_second:>8.1f} {s.failures:>8}"
            )
    lines.append("body: mean over pages whose ground truth has a body; title: exact match over "
                 "all pages; date: exact match (YYYY-MM-DD) over pages whose ground truth has a "
                 "date; pages/s: time in each tool's own call, one core.")
    return "\n".join(lines)


def format_losses(ours: list[PageResult], theirs: list[PageResult], other: str, n: int = 10) -> str:
    """The pages where newsdesk's body F1 falls furthest below another tool's."""
    by_id = {r.page_id: r for r in theirs if r.body is not None}
    gaps = sorted(
        ((by_id[r.page_id].body.f1 - r.body.f1, r, by_id[r.page_id]) for r in ours
         if r.page_id in by_id and r.body is not None),
        key=lambda item: item[0],
        reverse=True,
    )
    lines = [f"pages where newsdesk loses most against {other} (body F1):"]
    for gap, mine, base in gaps[:n]:
        if gap <= 0:
            break
        lines.append(f"  {mine.page_id}  newsdesk {mine.body.f1:.3f} (P {mine.body.precision:.2f} "
                     f"R {mine.body.recall:.2f})  {other} {base.body.f1:.3f}  "
                     f"gap {gap:.3f}  {mine.url}")
    return "\n".join(lines)
