"""Loading the labelled extraction pages (raw HTML beside its ground truth)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# The project root is two levels above this package; shared data lives beside the project.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = PROJECT_ROOT.parent / "shared" / "extraction-dev"
PAGE_SET = "wcxb-articles"
# Every HELD_OUT_EVERY-th page is kept aside: tuning looks at the rest, the report shows both.
HELD_OUT_EVERY = 5


@dataclass(frozen=True)
class Page:
    page_id: str
    index: int
    url: str
    html: bytes
    body: str
    title: str
    date: str

    @property
    def held_out(self) -> bool:
        return self.index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


def page_set_dir(data_dir: Path) -> Path:
    """Accept either the data root or the page-set folder itself."""
    nested = data_dir / PAGE_SET
    return nested if nested.is_dir() else data_dir


def iter_pages(data_dir: Path, limit: int | None = None) -> Iterator[Page]:
    root = page_set_dir(data_dir)
    truth_files = sorted((root / "ground-truth").glob("*.json"))
    if not truth_files:
        raise FileNotFoundError(f"no ground-truth/*.json under {root}")
    for index, truth_file in enumerate(truth_files[:limit] if limit else truth_files):
        page_id = truth_file.stem
        yield _load_page(root, page_id, index, truth_file)


def _load_page(root: Path, page_id: str, index: int, truth_file: Path) -> Page:
    record = json.loads(truth_file.read_text(encoding="utf-8"))
    truth = record.get("ground_truth") or {}
    html = gzip.decompress((root / "html" / f"{page_id}.html.gz").read_bytes())
    return Page(
        page_id=page_id,
        index=index,
        url=record.get("url") or "",
        html=html,
        body=truth.get("main_content") or "",
        title=truth.get("title") or "",
        date=truth.get("publish_date") or "",
    )
