"""From a feed entry and (maybe) its page to the report we store: title, date, body, places.
Pure apart from calling the extraction library, which is pure too.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.html import strip_tags

from newsdesk.articles.html import absolute_urls

from . import feeds
from .errors import FeedError

FULL_TEXT_WORDS = 150  # a feed item with this much text carries the report; no page fetch needed
SUMMARY_AS_BODY_WORDS = 40
SPACES = re.compile(r"\s+")


class NotAReport(Exception):
    """Nothing usable came out of the entry (no title, no text): an editor would not publish it."""


@dataclass
class Report:
    url: str
    headline: str
    body_html: str
    text: str
    summary: str
    published: datetime
    author: str = ""
    lead_image: str = ""
    lead_image_caption: str = ""
    language: str = ""
    categories: list[str] = field(default_factory=list)


def plain(html: str) -> str:
    return SPACES.sub(" ", strip_tags(html or "")).strip()


def carries_full_text(entry: feeds.Entry) -> bool:
    return len(plain(entry.content).split()) >= FULL_TEXT_WORDS


def extract_page(html: str, url: str, entry: feeds.Entry, template, tz: str):
    """newsdesk.extract's ExtractedArticle for the page (imported here: extraction is loaded by
    the workers that process entries, not by every process that imports the tasks)."""
    from newsdesk.extract import extract

    return extract(html, url, feed_title=entry.title or None, feed_date=entry.published, template=template, tz=tz)


def from_feed(entry: feeds.Entry, url: str, fetched_at: datetime) -> Report:
    """A report from the feed alone (the feed carries the whole text)."""
    text = plain(entry.content)
    body_html = absolute_urls(entry.content, entry.link or url)
    return finish(url, entry, fetched_at, headline="", body_html=body_html, text=text)


def from_page(entry: feeds.Entry, url: str, page, fetched_at: datetime) -> Report:
    body_html, text = page.body_html, page.text
    if not page.ok:
        # The page gave nothing usable; a long enough feed summary is still the agency's report.
        summary = plain(entry.content or entry.summary)
        if len(summary.split()) < SUMMARY_AS_BODY_WORDS:
            raise NotAReport(f"nothing to publish: extraction failed ({page.reason or 'no body'})")
        body_html = absolute_urls(entry.content or f"<p>{entry.summary}</p>", entry.link or url)
        text = summary
    published = feeds.believable(page.published, fetched_at) if page.published else None
    return finish(
        url, entry, fetched_at, headline=page.title or "", body_html=body_html, text=text,
        published=published, author=page.author or "", lead_image=page.lead_image or "",
        lead_image_caption=page.lead_image_caption or "", language=page.language or "",
    )


def finish(url: str, entry: feeds.Entry, fetched_at: datetime, *, headline: str, body_html: str,
           text: str, published: datetime | None = None, author: str = "", lead_image: str = "",
           lead_image_caption: str = "", language: str = "") -> Report:
    """Reconcile feed and page: the feed's title and date first (the agency chose them for the
    wire), then the page's, then the first words of the text and the time we fetched it."""
    title = plain(entry.title) or headline or first_words(text)
    if not title or not text:
        raise NotAReport("nothing to publish: the entry has no title and no text")
    summary = plain(entry.summary) or first_words(text, 40)
    return Report(
        url=url, headline=title[:300], body_html=body_html, text=text, summary=summary,
        published=entry.published or published or fetched_at,
        author=(entry.author or author)[:200], lead_image=entry.image or lead_image,
        # The page's caption describes the page's image: kept only when that is the one used.
        lead_image_caption=lead_image_caption if (entry.image or lead_image) == lead_image else "",
        language=language, categories=entry.categories,
    )


def first_words(text: str, limit: int = 12) -> str:
    words = text.split()
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def entry_from_data(data: dict) -> feeds.Entry:
    """The stored feed entry (JSON in Entry.data) back as an Entry."""
    values = dict(data)
    if values.get("published"):
        values["published"] = datetime.fromisoformat(values["published"])
    try:
        return feeds.Entry(**values)
    except TypeError as exc:
        raise FeedError(f"stored entry is unreadable: {exc}") from exc


def entry_to_data(entry: feeds.Entry) -> dict:
    # PostgreSQL keeps no NUL character in JSON or text: one in a feed would fail the whole poll.
    data = {name: without_nul(value) for name, value in vars(entry).items()}
    data["published"] = entry.published.isoformat() if entry.published else None
    return data


def without_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, list):
        return [without_nul(item) for item in value]
    return value
