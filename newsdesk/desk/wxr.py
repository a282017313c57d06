"""WordPress eXtended RSS (WXR 1.0, 1.1, 1.2; plain or gzip) read as a stream. Pure: a file in,
records out (the site, authors, terms, items), in document order.

Each record's elements are cleared once read and dropped from the tree, so memory stays bounded by
the largest single item whatever the size of the file.
"""

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from lxml import etree

VERSIONS = ("1.0", "1.1", "1.2")
WP = tuple(f"http://wordpress.org/export/{v}/" for v in VERSIONS)
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"
RECORDS = ("author", "category", "tag", "term", "wxr_version", "base_site_url", "base_blog_url")
NO_DATE = "0000-00-00 00:00:00"


class WXRError(Exception):
    """The file cannot be read as a WordPress export; says where."""

    def __init__(self, message: str, line: int = 0, column: int = 0):
        where = f"line {line}, column {column}: " if line else ""
        super().__init__(f"{where}{message}")
        self.line, self.column = line, column


@dataclass
class Site:
    version: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""


@dataclass(frozen=True)
class Author:
    login: str
    display_name: str
    email: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass(frozen=True)
class Term:
    taxonomy: str  # category, post_tag, nav_menu, ...
    slug: str
    name: str
    term_id: int = 0
    parent: str = ""  # the parent category's slug: WordPress puts it in the category's address


@dataclass
class Item:
    post_id: int
    guid: str
    link: str
    title: str
    post_type: str
    status: str
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    slug: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    modified: str = ""
    modified_gmt: str = ""
    sticky: bool = False
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comments: int = 0
    line: int = 0


def open_export(path: str):
    """The file's bytes, uncompressed when it is gzip (by its magic number, not its name)."""
    raw = open(path, "rb")  # noqa: SIM115  (returned to the caller, who closes it)
    magic = raw.read(2)
    raw.seek(0)
    return gzip.GzipFile(fileobj=raw, mode="rb") if magic == b"\x1f\x8b" else raw


class _Nothing:
    """A parser target that builds nothing: libxml2 checks the document at C speed."""

    def close(self) -> None:
        return None


CHUNK = 1 << 20


def check(stream) -> int:
    """Read the whole file once without building anything, raising WXRError where it is not
    well-formed XML or its compressed stream ends early. Returns the number of `<item>` tags seen
    (a progress bar's total; an `<item>` written inside a post's text counts too)."""
    parser = etree.XMLParser(target=_Nothing(), huge_tree=True, resolve_entities=False, no_network=True)
    items, tail = 0, b""
    try:
        while chunk := stream.read(CHUNK):
            items += (tail + chunk[:5]).count(b"<item>") + chunk.count(b"<item>")
            tail = chunk[-5:]
            parser.feed(chunk)
        parser.close()
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise WXRError(f"malformed XML: {error.msg}", line, column) from error
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as error:
        raise WXRError(f"the compressed file is truncated or corrupt ({error})") from error
    return items


def read(stream) -> Iterator[Site | Author | Term | Item]:
    """Records as their elements end. Raises WXRError for broken XML, a truncated or corrupt gzip
    stream, or a document that is not a WordPress export."""
    tags = ["item", *(f"{{{ns}}}{name}" for ns in WP for name in RECORDS)]
    events = etree.iterparse(
        stream, events=("end",), tag=tags, huge_tree=True, resolve_entities=False, no_network=True
    )
    site, last_line = Site(), 0
    try:
        for _event, element in events:
            last_line = element.sourceline or last_line
            record = to_record(element, site)
            if record is not None:
                yield record
            forget(element)
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise WXRError(f"malformed XML: {error.msg}", line, column) from error
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as error:
        raise WXRError(f"the compressed file is truncated or corrupt after line {last_line} ({error})") from error
    if not site.version:
        raise WXRError("not a WordPress export: no wp:wxr_version in the channel")


def forget(element) -> None:
    """Drop what is read: the element's content and the siblings before it."""
    if element.tag in ("item",) or etree.QName(element).localname in ("author", "category", "tag", "term"):
        element.clear(keep_tail=False)
        parent = element.getparent()
        while parent is not None and element.getprevious() is not None:
            del parent[0]


def to_record(element, site: Site):
    name = etree.QName(element).localname
    if element.tag == "item":
        if not site.version:
            raise WXRError("not a WordPress export: an item before any wp:wxr_version", element.sourceline, 0)
        return to_item(element)
    if element.getparent() is None or etree.QName(element.getparent()).localname != "channel":
        return None  # same names nested elsewhere are read by their record
    if name in ("wxr_version", "base_site_url", "base_blog_url"):
        setattr(site, "version" if name == "wxr_version" else name, text(element))
        return site if name == "wxr_version" else None
    if name == "author":
        return to_author(element)
    return to_term(element, name)


def children(element) -> dict[str, str]:
    """Local name -> text of the direct children (the last wins), namespaced or not."""
    found = {}
    for child in element:
        if isinstance(child.tag, str):
            found[prefixed(child)] = child.text or ""
    return found


def prefixed(child) -> str:
    """`wp:post_id`, `content:encoded`, `title`: one spelling whatever the WXR version."""
    found = PREFIXED.get(child.tag)
    if found is None:
        found = PREFIXED[child.tag] = spelled(child)
    return found


PREFIXED: dict[str, str] = {}  # a handful of tags, read millions of times


def spelled(child) -> str:
    q = etree.QName(child)
    if q.namespace in WP:
        return f"wp:{q.localname}"
    if q.namespace == CONTENT:
        return f"content:{q.localname}"
    if q.namespace and q.namespace.startswith("http://wordpress.org/export/") and q.namespace.endswith("/excerpt/"):
        return f"excerpt:{q.localname}"
    if q.namespace == DC:
        return f"dc:{q.localname}"
    return q.localname


def text(element) -> str:
    return (element.text or "").strip()


def to_author(element) -> Author:
    c = children(element)
    return Author(
        login=c.get("wp:author_login", "").strip(),
        display_name=c.get("wp:author_display_name", "").strip(),
        email=c.get("wp:author_email", "").strip(),
        first_name=c.get("wp:author_first_name", "").strip(),
        last_name=c.get("wp:author_last_name", "").strip(),
    )


def to_term(element, name: str) -> Term:
    c = children(element)
    term_id = number(c.get("wp:term_id", ""))
    if name == "category":
        return Term(
            "category", c.get("wp:category_nicename", "").strip(), c.get("wp:cat_name", "").strip(), term_id,
            c.get("wp:category_parent", "").strip(),
        )
    if name == "tag":
        return Term("post_tag", c.get("wp:tag_slug", "").strip(), c.get("wp:tag_name", "").strip(), term_id)
    return Term(
        c.get("wp:term_taxonomy", "").strip(), c.get("wp:term_slug", "").strip(),
        c.get("wp:term_name", "").strip(), term_id, c.get("wp:term_parent", "").strip(),
    )


def to_item(element) -> Item:
    c = children(element)
    item = Item(
        post_id=number(c.get("wp:post_id", "")),
        guid=c.get("guid", "").strip()[:1000],  # as the identity column holds it
        link=c.get("link", "").strip(),
        title=c.get("title", ""),
        post_type=c.get("wp:post_type", "post").strip() or "post",
        status=c.get("wp:status", "").strip(),
        creator=c.get("dc:creator", "").strip(),
        content=c.get("content:encoded", ""),
        excerpt=c.get("excerpt:encoded", ""),
        slug=c.get("wp:post_name", "").strip(),
        post_date=c.get("wp:post_date", "").strip(),
        post_date_gmt=c.get("wp:post_date_gmt", "").strip(),
        modified=c.get("wp:post_modified", "").strip(),
        modified_gmt=c.get("wp:post_modified_gmt", "").strip(),
        sticky=c.get("wp:is_sticky", "0").strip() == "1",
        attachment_url=web_address(c.get("wp:attachment_url", "")),
        line=element.sourceline or 0,
    )
    for child in element:
        if not isinstance(child.tag, str):
            continue
        kind = prefixed(child)
        if kind == "category":
            item.terms.append(Term(child.get("domain", "category"), child.get("nicename", ""), (child.text or "").strip()))
        elif kind == "wp:postmeta":
            meta = children(child)
            item.meta[meta.get("wp:meta_key", "")] = meta.get("wp:meta_value", "")
        elif kind == "wp:comment":
            item.comments += 1
    return item


def web_address(url: str) -> str:
    """`url` when it is an http(s) address on a host, else "": an attachment's file becomes a
    lead image and the target of its old address, and neither may be javascript: or data:."""
    url = url.strip()
    if any(c.isspace() or ord(c) < 32 for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else ""


def number(value: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        return 0


def parse_date(value: str) -> datetime | None:
    """WordPress's 'YYYY-MM-DD HH:MM:SS' (naive); None for its empty date or anything unreadable."""
    value = value.strip()
    if len(value) != len(NO_DATE) or value == NO_DATE or value[10] != " ":
        return None
    try:
        return datetime.fromisoformat(value)  # the same fields as strptime's, ten times faster
    except ValueError:
        return None
