"""One URL per report: the same story reached with tracking parameters is the same story. Pure.

The address is kept byte for byte as the agency wrote it, apart from its tracking parameters: it
is the "Source" link readers follow, and servers may read the case of a host's path, a bare
`?12345`, `;` inside a value or the order of parameters. Re-encoding any of that can send the
reader to another page, or to none.
"""

import unicodedata
from urllib.parse import quote, unquote_plus, urlsplit

import httpx

TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "__hs", "_hs")
TRACKING_NAMES = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
    "mc_cid", "mc_eid", "_ga", "_gl", "ref_src", "cmpid", "ocid", "s_cid", "ncid", "spm",
}


def is_tracking(name: str) -> bool:
    lowered = unquote_plus(name).strip().lower()
    return lowered in TRACKING_NAMES or lowered.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """`url` without its tracking parameters; every other byte (the rest of the query, its
    separators and encoding, the fragment) as written."""
    url = url.strip()
    address, hash_mark, fragment = url.partition("#")
    before, question_mark, query = address.partition("?")
    if not question_mark:
        return url
    pairs = query.split("&")
    kept = [pair for pair in pairs if not is_tracking(pair.partition("=")[0])]
    if len(kept) == len(pairs):
        return url
    rebuilt = before + ("?" + "&".join(kept) if kept else "")
    return rebuilt + hash_mark + fragment


# The width of the columns that keep a report's address (Entry.url, Article.original_url).
MAX_URL_LENGTH = 1000


def link_problem(url: str) -> str | None:
    """Why `url` cannot be a report's address, or None when it can. A feed is written by hand or
    by a buggy CMS: one bad link must cost its own entry, never the whole poll."""
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        return f"the link is longer than {MAX_URL_LENGTH} characters"
    if any(unicodedata.category(c) == "Cc" for c in url):
        return "the link contains control characters"
    try:
        parts = urlsplit(url)
        port = parts.port  # raises for a port out of range or not a number
        httpx.URL(url)  # what the fetcher cannot read, it cannot fetch
    except (ValueError, httpx.InvalidURL) as exc:
        return f"the link is malformed ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"not a web link ({parts.scheme or 'no'} scheme)"
    if not parts.hostname or any(c.isspace() for c in parts.hostname):
        return "the link has no valid host"
    if port == 0:
        return "the link's port is 0"
    return None


def printable_link(url: str) -> str:
    """A bad link as it can be stored and shown beside its reason: control characters escaped
    (PostgreSQL refuses NUL in text), cut to the column's width."""
    escaped = "".join(quote(c) if unicodedata.category(c) == "Cc" else c for c in url.strip())
    return escaped[:MAX_URL_LENGTH]
