"""The old WordPress site's addresses, as keys of Redirect rows. Pure.

A key is the decoded path without its trailing slash, plus its query when it has one: WordPress
links are percent-encoded (Arabic slugs) while Django hands views decoded paths, and WordPress
answers with or without the slash. A request is looked up under a few keys at once (as asked;
without its query; by each WordPress query parameter alone; without a /page/N/ suffix).
"""

import re
from datetime import datetime
from urllib.parse import parse_qsl, unquote, urlsplit

# Query parameters that name a thing on a WordPress site whatever its permalink settings.
QUERY_NAMES = ("p", "page_id", "attachment_id", "cat", "tag", "author", "m")
PAGED = re.compile(r"^(.*?)/page/\d+$")
# ?m=2017, ?m=201701, ?m=20170128 and /date/2017/01/ style archives.
M_ARCHIVE = re.compile(r"^(\d{4})(\d{2})?(\d{2})?$")
PATH_ARCHIVE = re.compile(r"^(?:/[\w-]+)*?/(?:date/)?(\d{4})(?:/(\d{2}))?(?:/(\d{2}))?$")
# Site feeds WordPress serves besides /feed/.
SITE_FEEDS = ("/feed/rss2", "/feed/rss", "/feed/atom", "/feed/rdf", "/rss", "/rss2", "/atom", "/comments/feed")


def key(path: str, query: str = "") -> str:
    path = unquote(path or "/")
    path = path.rstrip("/") or "/"
    return f"{path}?{unquote(query)}" if query else path


def key_of_url(url: str) -> str:
    """The key of a link as the export writes it (absolute, on the old host)."""
    parts = urlsplit(url.strip())
    return key(parts.path, parts.query)


def request_keys(path: str, query: str) -> list[str]:
    """Every key a request may be stored under, most exact first."""
    keys = [key(path, query)] if query else []
    for name, value in parse_qsl(query):
        if name in QUERY_NAMES and value:
            keys.append(key("/", f"{name}={value}"))
    base = key(path)
    keys.append(base)
    if paged := PAGED.match(base):
        keys.append(paged.group(1) or "/")
    return list(dict.fromkeys(keys))


def paged_home(path: str) -> bool:
    """/page/3/: a page of the old front page."""
    paged = PAGED.match(key(path))
    return bool(paged) and not paged.group(1)


def post_keys(link: str, post_id: int, post_type: str, local_date: datetime | None, slug: str) -> list[str]:
    keys = [key_of_url(link)] if link else []
    if post_type == "page":
        keys.append(key("/", f"page_id={post_id}"))
    else:
        keys.append(key("/", f"p={post_id}"))
    if post_type == "attachment":
        keys.append(key("/", f"attachment_id={post_id}"))
    elif post_type == "post" and local_date and slug:
        keys.append(key(f"/{local_date:%Y/%m/%d}/{slug}"))
    return [k for k in dict.fromkeys(keys) if k != "/"]


def term_keys(taxonomy: str, slug: str, term_id: int, ancestors: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """(the term's pages, its feeds) for a category or a tag. A child category's address names
    its parents first (/category/world/middle-east/); WordPress answers its short form too."""
    base = "/category" if taxonomy == "category" else "/tag"
    pages = [key(f"{base}/{slug}")]
    if ancestors:
        pages.append(key(f"{base}/{'/'.join(ancestors)}/{slug}"))
    if taxonomy == "category" and term_id:
        pages.append(key("/", f"cat={term_id}"))
    if taxonomy == "post_tag":
        pages.append(key("/", f"tag={slug}"))
    return pages, [f"{page}/feed" for page in pages if "?" not in page]


def author_keys(login: str) -> tuple[list[str], list[str]]:
    """(the author's page, their feed)."""
    return [key(f"/author/{login}")], [key(f"/author/{login}/feed")]


def archive_day(path: str, query: str) -> tuple[int, int | None, int | None] | None:
    """The date archive a WordPress address names: ?m=201701, /date/2017/01/, /2017/01/page/2/."""
    for name, value in parse_qsl(query):
        if name == "m" and (found := M_ARCHIVE.match(value)):
            return checked(*found.groups())
    base = key(path)
    if paged := PAGED.match(base):
        base = paged.group(1)
    found = PATH_ARCHIVE.match(base)
    return checked(*found.groups()) if found else None


def checked(year: str, month: str | None, day: str | None):
    y, m, d = int(year), int(month) if month else None, int(day) if day else None
    if not 1 <= y <= 9999 or (m is not None and not 1 <= m <= 12):
        return None
    if d is not None:
        try:
            datetime(y, m, d)
        except ValueError:
            return None
    return y, m, d
