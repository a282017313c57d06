"""A WordPress post or page as newsdesk content: headline, slug, body, summary, times, status.
Pure: an Item and the site's settings in, plain values out."""

import hashlib
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from django.utils.text import slugify

from newsdesk.articles.html import absolute_urls, sanitize_body
from newsdesk.extract.language import detect_language

from . import autop, shortcodes
from .wxr import Item, parse_date

# WordPress statuses -> ours. "future" is published at its (later) time: a scheduled article.
STATUSES = {
    "publish": "published", "future": "published", "draft": "draft", "pending": "pending",
    "private": "draft", "inherit": "draft",
}
NOT_CONTENT = {"trash", "auto-draft"}
BLOCKS = "<!-- wp:"
TAGS = re.compile(r"<[^>]+>")
SPACES = re.compile(r"\s+")
RELATIVE_LINK = re.compile(r"""(?:href|src)\s*=\s*["']?(?!https?:|mailto:|#|["'])""", re.I)
LANGUAGE_SAMPLE = 1000  # characters of markup
# Characters of headline and text the classifier reads: on the labelled sets of
# bench/import/languages.py 250 gave the same answers as 400, in about two thirds of the time.
LANGUAGE_CHARS = 250
SLUG_ROOM = 100  # of the 120 a slug may have: room for "-2"


@dataclass
class Converted:
    headline: str
    slug: str
    body: str
    summary: str
    published_at: datetime | None
    status: str
    language: str
    pinned: bool
    removed: Counter = field(default_factory=Counter)
    words: object = None  # the search index's Words, made beside the conversion (converting.py)


def digest(item: Item) -> str:
    """What an item's import depends on: the same digest means nothing to update."""
    parts = (
        item.title, item.content, item.excerpt, item.slug, item.status, item.post_date, item.post_date_gmt,
        item.modified_gmt, item.creator, str(item.sticky), item.link, item.attachment_url,
        item.meta.get("_thumbnail_id", ""), *(f"{t.taxonomy}:{t.slug}:{t.name}" for t in item.terms),
    )
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def convert(item: Item, zone: ZoneInfo, base_url: str, default_language: str, status_map: dict) -> Converted:
    done = shortcodes.convert(item.content)
    # The block editor (WordPress 5+) writes its own paragraphs and figures between
    # <!-- wp:... --> comments, and WordPress skips its automatic paragraphs for such posts.
    body = done.html if BLOCKS in item.content else autop.autop(done.html)
    if base_url and RELATIVE_LINK.search(body):
        body = absolute_urls(body, base_url.rstrip("/") + "/")
    body = sanitize_body(body)
    text = plain(body[:LANGUAGE_SAMPLE])  # enough to tell the language; the whole body costs more
    headline = plain(item.title) or text[:80].rsplit(" ", 1)[0] or f"Post {item.post_id}"
    return Converted(
        headline=headline[:300],
        slug=slug_of(item, headline),
        body=body,
        summary=plain(item.excerpt),
        published_at=published_at(item, zone),
        status=status_map.get(item.status) or STATUSES.get(item.status, "draft"),
        language=detect_language(f"{headline}\n{text}", default_language, LANGUAGE_CHARS) or default_language,
        pinned=item.sticky,
        removed=done.removed,
    )


def plain(markup: str) -> str:
    return SPACES.sub(" ", html.unescape(TAGS.sub(" ", markup or ""))).strip()


def slug_of(item: Item, headline: str) -> str:
    """WordPress's own slug (decoded: Arabic slugs are stored percent-encoded), else the headline's."""
    slug = slugify(unquote(item.slug), allow_unicode=True) or slugify(headline, allow_unicode=True) or "article"
    return slug[:SLUG_ROOM].strip("-")


def published_at(item: Item, zone: ZoneInfo) -> datetime | None:
    return moment(item.post_date, item.post_date_gmt, zone)


def modified_at(item: Item, zone: ZoneInfo) -> datetime | None:
    return moment(item.modified, item.modified_gmt, zone)


def moment(local: str, gmt: str, zone: ZoneInfo) -> datetime | None:
    """The GMT time when WordPress wrote one (drafts have 0000-00-00), else the local time read
    in the site's zone."""
    found = parse_date(gmt)
    if found is not None:
        return found.replace(tzinfo=UTC)
    found = parse_date(local)
    return found.replace(tzinfo=zone) if found else None


def local_date(item: Item, zone: ZoneInfo) -> datetime | None:
    """The post's date as the old site wrote it in its addresses (its own time zone)."""
    local = parse_date(item.post_date)
    if local is not None:
        return local
    moment = published_at(item, zone)
    return moment.astimezone(zone) if moment else None
