"""The committed quality floor for newsdesk's extractor and the check against it."""

from __future__ import annotations

import json
from pathlib import Path

from bench.extraction.report import Summary

FLOOR_FILE = Path(__file__).with_name("floor.json")
# Floor key -> the Summary attribute it bounds.
FIGURES = {"body_f1": "f1", "title_rate": "title_rate", "date_rate": "date_rate"}


def load_floor(path: Path = FLOOR_FILE) -> dict[str, float]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {key: float(data["newsdesk"][key]) for key in FIGURES}


def shortfalls(summary: Summary, floor: dict[str, float]) -> list[str]:
    """One message per figure that fell under its floor; empty when all hold."""
    messages = []
    for key, attribute in FIGURES.items():
        measured = getattr(summary, attribute)
        if measured < floor[key]:
            messages.append(f"{key} {measured:.4f} is under the floor {floor[key]:.4f} "
                            f"({FLOOR_FILE.name})")
    return messages
