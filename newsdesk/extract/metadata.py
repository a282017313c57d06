"""Reading what a page says about itself: titles, dates, author, image, site name, language.

Everything here only collects candidates from the parsed page; choosing between them (and the
feed's own values) is reconcile.py's job.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml.html import HtmlElement

logger = logging.getLogger(__name__)

# A JSON-LD script larger than this is a data dump, not page metadata; parsing it costs time.
MAX_JSON_LD_CHARS = 400_000
ARTICLE_TYPES = re.compile(r"Article|Posting|Report|BlogPosting|WebPage|CreativeWork", re.I)

# Meta tags that name the publication time, in order of trust.
DATE_META_NAMES = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
    "article.published", "article_date_original", "sailthru.date", "parsely-pub-date",
    "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date", "citation_publication_date",
    "citation_date", "date", "cxenseparse:recs:publishtime", "originalpublicationdate", "published",
)
TITLE_META_NAMES = ("og:title", "twitter:title", "title", "dc.title", "parsely-title")
SITE_META_NAMES = ("og:site_name", "application-name", "apple-mobile-web-app-title",
                   "twitter:site")
IMAGE_META_NAMES = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                    "twitter:image:src")
AUTHOR_META_NAMES = ("author", "article:author", "parsely-author", "sailthru.author",
                     "dc.creator", "byl")


@dataclass
class PageMetadata:
    """Candidates found on the page; lists keep document order, best sources first."""

    h1: list[str] = field(default_factory=list)
    meta_titles: dict[str, str] = field(default_factory=dict)
    json_ld_headline: str = ""
    html_title: str = ""
    site_names: list[str] = field(default_factory=list)
    dates: list[tuple[str, str]] = field(default_factory=list)  # (source, raw value)
    author: str = ""
    image: str = ""
    article_body: str = ""
    language: str = ""


def clean_text(value: str | None) -> str:
    return " ".join((value or "").split())


def read_metadata(tree: HtmlElement) -> PageMetadata:
    meta = PageMetadata()
    _read_meta_tags(tree, meta)
    for item in _json_ld_items(tree):
        _read_json_ld(item, meta)
    meta.h1 = [text for h in tree.iter("h1") if (text := clean_text(h.text_content()))]
    title = tree.find(".//title")
    meta.html_title = clean_text(title.text_content()) if title is not None else ""
    _read_time_elements(tree, meta)
    meta.language = _html_language(tree)
    return meta


def _read_meta_tags(tree: HtmlElement, meta: PageMetadata) -> None:
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        value = clean_text(tag.get("content"))
        if key and value and key not in found:
            found[key] = value
    meta.meta_titles = {k: found[k] for k in TITLE_META_NAMES if k in found}
    meta.site_names = [found[k].lstrip("@") for k in SITE_META_NAMES if k in found]
    meta.dates = [(f"meta:{k}", found[k]) for k in DATE_META_NAMES if k in found]
    meta.image = next((found[k] for k in IMAGE_META_NAMES if k in found), "")
    author = next((found[k] for k in AUTHOR_META_NAMES if k in found), "")
    meta.author = "" if author.startswith(("http://", "https://")) else author


def _json_ld_items(tree: HtmlElement) -> Iterator[dict]:
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        text = script.text or ""
        if not text.strip() or len(text) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):  # malformed, or nested deeper than Python allows
            continue
        yield from _flatten_json_ld(data, depth=0)


def _flatten_json_ld(data: object, depth: int) -> Iterator[dict]:
    # Sites nest items in @graph, lists and mainEntity; depth is bounded for hostile input.
    if depth > 4:
        return
    if isinstance(data, list):
        for entry in data:
            yield from _flatten_json_ld(entry, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), list | dict):
                yield from _flatten_json_ld(data[key], depth + 1)


def _types(item: dict) -> str:
    kind = item.get("@type", "")
    return " ".join(map(str, kind)) if isinstance(kind, list) else str(kind)


def _read_json_ld(item: dict, meta: PageMetadata) -> None:
    if not ARTICLE_TYPES.search(_types(item)):
        return
    is_page = "WebPage" in _types(item)
    headline = item.get("headline") or ("" if is_page else item.get("name"))
    if isinstance(headline, str) and not meta.json_ld_headline:
        meta.json_ld_headline = clean_text(headline)
    for key in ("datePublished", "dateCreated", "uploadDate"):
        if isinstance(item.get(key), str) and item[key].strip():
            # Article items describe the story itself; a WebPage's dates are weaker evidence.
            meta.dates.insert(0 if not is_page else len(meta.dates), (f"json-ld:{key}", item[key]))
            break
    body = item.get("articleBody")
    if isinstance(body, str) and len(body) > len(meta.article_body):
        meta.article_body = body
    if not meta.author:
        meta.author = _json_ld_name(item.get("author"))
    if not meta.image:
        meta.image = _json_ld_image(item.get("image"))
    publisher = _json_ld_name(item.get("publisher"))
    if publisher and publisher not in meta.site_names:
        meta.site_names.append(publisher)


def _json_ld_name(value: object) -> str:
    if isinstance(value, list):
        names = [_json_ld_name(entry) for entry in value[:5]]
        return ", ".join(name for name in names if name)
    if isinstance(value, dict):
        value = value.get("name")
    return clean_text(value) if isinstance(value, str) else ""


def _json_ld_image(value: object) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or ""
    return value.strip() if isinstance(value, str) else ""


def _read_time_elements(tree: HtmlElement, meta: PageMetadata) -> None:
    """<time> elements: a marked publication time first, else the first dated one."""
    marked, plain = [], []
    for element in tree.iter("time"):
        value = element.get("datetime") or ""
        if not value.strip():
            continue
        hints = " ".join(filter(None, (element.get("itemprop"), element.get("class"),
                                       "pubdate" if element.get("pubdate") is not None else "")))
        (marked if re.search(r"publish|pubdate|created|posted", hints, re.I) else plain).append(
            value)
    meta.dates.extend(("time:marked", value) for value in marked[:1])
    meta.dates.extend(("time", value) for value in plain[:1])


def _html_language(tree: HtmlElement) -> str:
    root = tree.getroottree().getroot()
    value = root.get("lang") or root.get("xml:lang") or ""
    return value.split("-")[0].split("_")[0].lower()[:2] if value else ""
