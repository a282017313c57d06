"""One report of the evaluation set: its event (the label), agency, language, time and text."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Item:
    event: str
    agency: str
    language: str
    time: datetime
    headline: str
    lede: str
    origin: str  # generated or written
