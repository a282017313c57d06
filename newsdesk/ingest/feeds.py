"""Bytes to entries: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed 1.x, XML and Google News
sitemaps (lxml); a sitemap index gives the sitemaps it lists instead. Pure: no network, no
database; `now` is passed in.
"""

import calendar
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin
from xml.sax import SAXException

import feedparser
from lxml import etree

from .errors import FeedError
from .feed_images import syndication_image

OLDEST = datetime(1990, 1, 1, tzinfo=UTC)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1"


@dataclass
class Entry:
    link: str
    title: str = ""
    summary: str = ""
    content: str = ""  # full HTML when the feed carries the whole report
    published: datetime | None = None  # aware UTC; None when missing or not believable
    categories: list[str] = field(default_factory=list)
    guid: str = ""
    author: str = ""
    image: str = ""


@dataclass(frozen=True)
class Sitemap:
    """One sitemap listed by a sitemap index."""

    loc: str
    lastmod: datetime | None = None


@dataclass
class Feed:
    kind: str  # rss, atom, json, sitemap, sitemap-index
    title: str
    entries: list[Entry]
    skipped: int = 0  # entries without a usable link
    sitemaps: list[Sitemap] = field(default_factory=list)  # a sitemap index's, else empty


def newest_sitemaps(sitemaps: list[Sitemap], limit: int) -> list[Sitemap]:
    """The sitemaps of an index where new reports are: the most recently modified ones. Without
    dates, the index's own order decides (sites list the current sitemap first or last, so the
    first and the last are taken)."""
    dated = sorted((s for s in sitemaps if s.lastmod), key=lambda s: s.lastmod, reverse=True)
    if dated:
        return dated[:limit]
    ends = [*sitemaps[:1], *sitemaps[-1:]] if len(sitemaps) > 1 else sitemaps
    return ends[:limit]


def believable(moment: datetime | None, now: datetime) -> datetime | None:
    """Future dates are clamped to now; dates before 1990 (epoch zero, typos) are dropped."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # the first of January of year 1 east of Greenwich is in year 0 in UTC
        return None
    if moment < OLDEST:
        return None
    return min(moment, now)


def parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        parsed = feedparser._parse_date(text)  # RFC 822, W3C-DTF and the variants feeds use
        return datetime.fromtimestamp(calendar.timegm(parsed), UTC) if parsed else None


def absolute(base: str, link: str) -> str:
    """`link` made absolute against `base` when it is relative; a malformed one as written (the
    poll records it as a failed entry with the reason)."""
    if not link or not base:
        return link
    try:
        return urljoin(base, link.strip())
    except ValueError:
        return link


def parse(body: bytes, url: str, *, now: datetime, content_type: str = "") -> Feed:
    """The feed at `url`; raises FeedError saying what the bytes are instead."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not head:
        raise FeedError("the response is empty")
    if head.startswith(b"{") or "json" in content_type:
        feed = parse_json_feed(body, now)
    elif head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        raise FeedError("this is an HTML page, not a feed (has the feed moved?)")
    elif b"<urlset" in head or b"<sitemapindex" in head:
        feed = parse_sitemap(body, now)
    else:
        feed = parse_syndication(body, content_type, now)
    for entry in feed.entries:
        # Links written relative to the feed (`/news/1`) are the agency's, not ours.
        entry.link, entry.image = absolute(url, entry.link), absolute(entry.link or url, entry.image)
    if not feed.entries and not feed.sitemaps:
        raise FeedError("the feed has no entries" + (f" with a link ({feed.skipped} without)" if feed.skipped else ""))
    return feed


def parse_syndication(body: bytes, content_type: str, now: datetime) -> Feed:
    # No base URL is given on purpose: feedparser would turn a plain guid into a relative link.
    parsed = feedparser.parse(body, response_headers={"content-type": content_type or "application/xml"})
    if not parsed.version and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise FeedError(f"not a feed: invalid XML ({problem})" if problem else "not a feed")
    entries, skipped = [], 0
    for item in parsed.entries:
        entry = syndication_entry(item, now)
        if entry.link:
            entries.append(entry)
        else:
            skipped += 1
    if not entries and isinstance(parsed.get("bozo_exception"), SAXException):
        raise FeedError(f"not a feed: invalid XML ({parsed.get('bozo_exception')})")
    kind = "atom" if parsed.version.startswith("atom") else "rss"
    return Feed(kind=kind, title=parsed.feed.get("title", ""), entries=entries, skipped=skipped)


def syndication_entry(item, now: datetime) -> Entry:
    stamp = item.get("published_parsed") or item.get("updated_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
    guid = item.get("id", "")
    link = item.get("link") or (guid if guid.startswith(("http://", "https://")) else "")
    content = item.get("content") or []
    return Entry(
        link=link,
        title=item.get("title", "").strip(),
        summary=item.get("summary", ""),
        content=content[0].get("value", "") if content else "",
        published=believable(published, now),
        categories=[t.get("term", "").strip() for t in item.get("tags", []) if t.get("term")],
        guid=guid,
        author=item.get("author", ""),
        image=syndication_image(item),
    )


def parse_json_feed(body: bytes, now: datetime) -> Feed:
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise FeedError(f"not a feed: invalid JSON ({exc})") from exc
    if not isinstance(data, dict) or "jsonfeed.org/version/1" not in str(data.get("version", "")):
        raise FeedError("not a feed: JSON without a JSON Feed version")
    entries, skipped = [], 0
    for item in data.get("items") or []:
        link = item.get("url") or item.get("external_url") or ""
        if not link:
            skipped += 1
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        entries.append(Entry(
            link=link,
            title=(item.get("title") or "").strip(),
            summary=item.get("summary") or "",
            content=item.get("content_html") or item.get("content_text") or "",
            published=believable(parse_date(item.get("date_published") or item.get("date_modified")), now),
            categories=[str(t) for t in item.get("tags") or []],
            guid=str(item.get("id", "")),
            author=", ".join(a.get("name", "") for a in authors if isinstance(a, dict)),
            image=item.get("image") or item.get("banner_image") or "",
        ))
    return Feed(kind="json", title=data.get("title", ""), entries=entries, skipped=skipped)


def parse_sitemap(body: bytes, now: datetime) -> Feed:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:
        raise FeedError(f"not a feed: invalid XML ({exc})") from exc
    if etree.QName(root).localname == "sitemapindex":
        listed = [Sitemap(loc, believable(parse_date(node.findtext(f"{{{SITEMAP_NS}}}lastmod")), now))
                  for node in root.iter(f"{{{SITEMAP_NS}}}sitemap")
                  if (loc := (node.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()).startswith(("http://", "https://"))]
        if not listed:
            raise FeedError("the sitemap index lists no sitemaps")
        return Feed(kind="sitemap-index", title="", entries=[], sitemaps=listed)
    entries = [sitemap_entry(node, now) for node in root.iter(f"{{{SITEMAP_NS}}}url")]
    kept = [e for e in entries if e.link]
    return Feed(kind="sitemap", title="", entries=kept, skipped=len(entries) - len(kept))


def sitemap_entry(node, now: datetime) -> Entry:
    def text(path: str) -> str:
        return (node.findtext(path, namespaces={"s": SITEMAP_NS, "n": NEWS_NS, "i": IMAGE_NS}) or "").strip()

    keywords = text("n:news/n:keywords")
    return Entry(
        link=text("s:loc"),
        title=text("n:news/n:title"),
        published=believable(parse_date(text("n:news/n:publication_date") or text("s:lastmod")), now),
        categories=[k.strip() for k in keywords.split(",") if k.strip()],
        image=text("i:image/i:loc"),
    )
