"""What the index holds of an article, and the request and hits that pass through a backend."""

from dataclasses import dataclass
from datetime import datetime

from lxml import html as lxml_html

from .query import Clause


@dataclass(frozen=True)
class Document:
    article_id: int
    language: str
    published_at: datetime
    section_id: int | None
    source_id: int | None
    headline: str
    text: str  # summary and body as plain text


@dataclass(frozen=True)
class Words:
    """An article's text as its backend keeps it (see the backend's `words`): pure to make, so a
    bulk writer can make them in another process and the write is only an insert."""

    headline: str
    text: str


@dataclass(frozen=True)
class Request:
    clauses: tuple[Clause, ...]
    now: datetime  # visibility: published up to now
    scored_at: datetime  # the recency boost's reference, fixed across a result's pages
    language: str | None = None
    section_id: int | None = None
    place_id: int | None = None
    source_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None
    by_date: bool = False
    after: tuple | None = None  # keyset: (score, published_at, id) or (published_at, id) of the last hit seen
    size: int = 20


@dataclass(frozen=True)
class Hit:
    article_id: int
    score: float
    published_at: datetime


def plain_text(body_html: str) -> str:
    """The words of sanitised article HTML, paragraphs kept apart by a space."""
    if not body_html or not body_html.strip():
        return ""
    root = lxml_html.fragment_fromstring(body_html, create_parent="div")
    return " ".join(t.strip() for t in root.itertext() if t.strip())


def of_article(article, with_text: bool = True) -> Document:
    """`with_text=False` leaves the text out, for an article whose Words are made already."""
    return Document(
        article_id=article.pk,
        language=article.language or "en",
        published_at=article.published_at,
        section_id=article.section_id,
        source_id=article.source_id,
        headline=article.headline,
        text=searchable_text(article.summary, article.body) if with_text else "",
    )


def searchable_text(summary: str, body_html: str) -> str:
    """Summary and body as one text; a summary the body repeats (an agency's lede, often) is
    read once, so it neither doubles the index nor the weight of its words."""
    body = plain_text(body_html)
    summary = (summary or "").strip()
    if not summary or summary in body:
        return body
    return f"{summary} {body}" if body else summary
