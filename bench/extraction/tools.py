"""The extractors under comparison, each reduced to: raw page in, (body, title, date) out.

Only the call a user of each tool would make for the body is timed. The baselines' title and
date come from an extra, untimed metadata pass, so their speed is not understated; newsdesk's
timing covers its whole call, metadata included.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import lxml.html
import trafilatura
from trafilatura.metadata import extract_metadata

for _name in ("trafilatura", "readability", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote",
               "pre", "figcaption", "td", "th", "section", "article"}


@dataclass(frozen=True)
class Prediction:
    body: str
    title: str = ""
    date: str = ""  # YYYY-MM-DD, as in the ground truth
    seconds: float = 0.0  # time spent in the timed call


Tool = Callable[[bytes, str], Prediction]


def run_newsdesk(html: bytes, url: str) -> Prediction:
    from newsdesk.extract import extract

    start = time.perf_counter()
    article = extract(html, url)
    seconds = time.perf_counter() - start
    date = article.published.date().isoformat() if article.published else ""
    return Prediction(article.text, article.title or "", date, seconds)


def _trafilatura(html: bytes, url: str, **options) -> Prediction:
    start = time.perf_counter()
    body = trafilatura.extract(html, url=url or None, **options) or ""
    seconds = time.perf_counter() - start
    meta = extract_metadata(html, default_url=url or None)
    return Prediction(body, meta.title or "", meta.date or "", seconds)


def run_trafilatura(html: bytes, url: str) -> Prediction:
    return _trafilatura(html, url)


def run_trafilatura_precision(html: bytes, url: str) -> Prediction:
    return _trafilatura(html, url, favor_precision=True)


def run_readability(html: bytes, url: str) -> Prediction:
    from readability import Document

    start = time.perf_counter()
    document = Document(html, url=url or None)
    summary = document.summary(html_partial=True)
    title = document.short_title() or ""
    seconds = time.perf_counter() - start
    return Prediction(_html_to_text(summary), title, "", seconds)


def _html_to_text(fragment: str) -> str:
    """Text of an HTML fragment with block boundaries kept, so words never run together."""
    if not fragment.strip():
        return ""
    tree = lxml.html.fromstring(fragment)
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return tree.text_content()


TOOLS: dict[str, Tool] = {
    "newsdesk": run_newsdesk,
    "trafilatura": run_trafilatura,
    "trafilatura-precision": run_trafilatura_precision,
    "readability": run_readability,
}
