"""The result of extracting one page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ExtractedArticle:
    title: str = ""
    published: datetime | None = None  # timezone-aware
    author: str = ""
    # only <p>, <h2>, <h3>, <ul>/<li>, <blockquote>, <figure> (an <img> and a <figcaption>)
    body_html: str = ""
    text: str = ""  # plain text, paragraphs separated by blank lines
    lead_image: str = ""
    lead_image_caption: str = ""  # its figcaption or alt text, when the page gives one
    language: str = ""  # ISO 639-1
    site_name: str = ""
    reason: str = ""  # "" on success, else why the body is empty

    @property
    def ok(self) -> bool:
        return bool(self.text) and not self.reason

    @classmethod
    def failed(cls, reason: str) -> ExtractedArticle:
        return cls(reason=reason)
