"""Public pages cached for anonymous readers, right under constant publishing.

A page is stored once drawn, without its masthead, with the versions of the tags it was drawn
from (articles.changes: its edition, archive day, section or country, and the site), the moment
the next scheduled article becomes due, and for pages that also change with time (the front
page's most read) a time to live. Serving it reads the tags' current versions in one round trip
and draws it again only if one of them moved, its due moment passed or it expired: a publish
re-draws the pages that show the article, not every page of the site.

The masthead is put in as the page is served (web.masthead); each process keeps the pages it
put together and served more than once, with their gzip forms, in memory (`composed`, bounded
in bytes), so a hit costs a cache read, a look-up of the tags and a copy. Stored pages are
kept compressed (a fifth to a third of their size: memory per process, or bytes to and from
Redis). The key is the page's full address with scheme and host: pages carry absolute
addresses. Readers' sessions are never touched, so answers need no `Vary: Cookie`.

A hit also hands web.frontcache what it needs to answer the same request again in front of
Django while nothing moved (`response.front`).

A page's ETag names what it was drawn from (its address, its tags' versions, the next due
moment, the masthead and the release), not its bytes: the page cache's own rule for "the same
page". So a process that does not hold a page can still confirm a copy another process sent
(nginx revalidating, a browser) with a 304, without drawing it: with one store per process,
every revalidation that reached the other worker drew the page anew.
"""

import gzip
import hashlib
import threading
import time
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

from newsdesk import release
from newsdesk.articles import changes
from newsdesk.portal.models import Portal

from . import masthead

# Browsers revalidate every time (cheap, with the ETag); a shared cache in front may keep a page a
# few seconds and serve it stale while it fetches a new one.
CACHE_CONTROL = "public, max-age=0, s-maxage=5, stale-while-revalidate=30"
KEPT_HEADERS = ("Content-Type", "Last-Modified")
LONGEST = 24 * 3600  # even a page nothing touches is drawn again daily (memory, not correctness)
# Pages kept put together, per process, with their gzip forms: some 400 article pages of 11 KB,
# the busiest (a page past them is put together again from the "pages" store, about a
# millisecond). A granian worker after every bench/serve row, when workers still loaded ingestion:
# 150-151 MB with this, 155-157 MB with 16 MB (bench/serve/README.md).
COMPOSED_BYTES = 6 * 1024 * 1024


def edition_tag(request, *args, **kwargs) -> list[str]:
    return [f"edition:{get_language()}"]


def cached_page(view=None, *, tags=edition_tag, ttl: int | None = None, alias: str = "pages"):
    """Cache a view's page under `tags(request, **kwargs)` (plus the site's); `ttl`: seconds after
    which it is drawn again whatever happened (for parts that change with time); `alias`: the
    cache it is kept in (search pages keep their own, so a flood of one-off queries never pushes
    the site's pages out)."""
    if view is None:
        return lambda v: cached_page(v, tags=tags, ttl=ttl, alias=alias)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or is_signed_in(request):
            return view(request, *args, **kwargs)
        lang = get_language()
        page_tags = [*tags(request, *args, **kwargs), changes.SITE]
        key = "page:" + hashlib.sha1(request.build_absolute_uri().encode()).hexdigest()
        stamp, current = changes.stamped({*page_tags, *masthead.tags_of(lang)})
        entry = caches[alias].get(key)
        hit = entry is not None and fresh(entry, current)
        if not hit and ttl is None and "HTTP_IF_NONE_MATCH" in request.META:
            confirmed = confirm(request, key, page_tags, lang, current)
            if confirmed is not None:
                return confirmed
        if not hit:
            entry, response = draw(request, view, args, kwargs, page_tags, ttl, current)
            if entry is None:
                return response  # not a page to keep (a 404, a redirect, a stream)
            caches[alias].set(key, entry, min(ttl or LONGEST, LONGEST))
        return serve(request, key, entry, lang, current, hit, stamp)

    return wrapper


def is_signed_in(request) -> bool:
    # Only a request that carries a session cookie can be an editor's: asking the session
    # otherwise would mark every reader's answer `Vary: Cookie`.
    return settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated


def fresh(entry: dict, current: dict[str, int]) -> bool:
    now = time.time()
    return ("packed" in entry and now < entry["due"] and now < entry["expires"]
            and changes.unchanged(entry["versions"], current))


def validator(key: str, versions: dict[str, int], due: float, top, drawn: int | None) -> str:
    """The page's ETag. `drawn`: for a page with a time to live (its content moves with time
    too), the moment it was drawn, which makes its ETag its own; None for the others."""
    named = [key, release.identity(), repr(due), top.token if top else "", repr(drawn)]
    named += [f"{tag}={version}" for tag, version in sorted(versions.items())]
    digest = hashlib.blake2b("\n".join(named).encode(), digest_size=12).hexdigest()
    return f'W/"{digest}"'


def confirm(request, key: str, page_tags: list[str], lang: str, current: dict[str, int]):
    """A 304 for a copy of this page this process does not hold, if the copy is still the page:
    its ETag is the one the page would be sent with now. None: draw it (pages without a
    masthead, and any tag not started yet, are left to that)."""
    versions = page_versions(page_tags, current)
    if versions is None:
        return None
    top = masthead.html(lang, current)
    etag = validator(key, versions, changes.due(), top, None)
    return not_modified(etag) if etag in request.META["HTTP_IF_NONE_MATCH"] else None


def page_versions(page_tags: list[str], current: dict[str, int]) -> dict[str, int] | None:
    """The page's own tags' versions out of those just read; None when one is not started yet."""
    if all(tag in current for tag in page_tags):
        return {tag: current[tag] for tag in page_tags}
    return None


def not_modified(etag: str) -> HttpResponseNotModified:
    response = HttpResponseNotModified()
    response["ETag"], response["Cache-Control"] = etag, CACHE_CONTROL
    return response


def draw(request, view, args, kwargs, page_tags, ttl, current: dict[str, int]):
    # The versions are read before the rows: a change landing while the page is drawn leaves it
    # recorded under the old versions, so it is drawn again on the next request. Those just read
    # to look the page up will do (no second read of the cache) unless a tag is not started yet.
    started: set[str] = set()
    versions = page_versions(page_tags, current) or changes.snapshot(page_tags, started)
    due = changes.due()
    try:
        response = view(request, *args, **kwargs)
    except Exception:  # Http404 and the like: not a page, so nothing of it is kept
        changes.forget(started)
        raise
    if response.status_code != 200 or response.streaming:
        changes.forget(started)
        return None, response
    entry = {
        "packed": zlib.compress(response.content, 1),  # a fifth to a third of the size, ~1 ms a page
        "masthead": masthead.MARKER in response.content,
        "headers": {name: response[name] for name in KEPT_HEADERS if response.has_header(name)},
        "versions": versions,
        "due": due,
        "expires": time.time() + (ttl or LONGEST),
        "drawn": time.time_ns(),
        "lasting": ttl is None,
    }
    return entry, response


@dataclass(frozen=True)
class Front:
    """What a hit tells web.frontcache: the page (a key into `composed`), the tags' versions it
    was found fresh at, the change stamp read before them, and the moment it stops being fresh
    whatever moves (the next due article, its time to live, the site's midnight)."""

    composed_key: tuple
    versions: dict
    stamp: str | None
    until: float


def serve(request, key: str, entry: dict, lang: str, current: dict[str, int], hit: bool,
          stamp: str | None = None) -> HttpResponse:
    wanted, top = composed_key(key, entry, lang, current)
    accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    body, gzipped, etag = composed(wanted, entry, top, keep=hit, compress=accepts_gzip)
    if etag in request.META.get("HTTP_IF_NONE_MATCH", ""):  # GET and HEAD alike
        response = not_modified(etag)
    else:
        response = HttpResponse(headers=entry["headers"])
        if gzipped is not None and accepts_gzip:
            response.content, response["Content-Encoding"] = gzipped, "gzip"
        else:
            response.content = body
        response["ETag"] = etag
        response["Cache-Control"] = CACHE_CONTROL
        response["X-Cache"] = "hit" if hit else "miss"
        patch_vary_headers(response, ("Accept-Encoding",))
    if hit:
        response.front = Front(wanted, current, stamp, until(entry, top))
    return response


def until(entry: dict, top) -> float:
    portal = Portal.load()
    midnight = portal.day_bounds(portal.today())[1].timestamp()  # the masthead's dates turn
    return min(entry["due"], entry["expires"], top.due if top else changes.NEVER, midnight)


_composed: OrderedDict = OrderedDict()
_sizes = {"bytes": 0}
_guard = threading.Lock()


def composed_key(key: str, entry: dict, lang: str, current: dict[str, int]):
    """Which composed page this is (the page as drawn, with which masthead), and the masthead."""
    top = masthead.html(lang, current) if entry["masthead"] else None
    return (key, entry["drawn"], top.token if top else ""), top


def composed(wanted: tuple, entry: dict, top, keep: bool = True, compress: bool = True) -> tuple[bytes, bytes | None, str]:
    """The page with the edition's masthead in, its gzip form and its ETag. Kept per process
    (`keep`) once a page is asked for again: one-off addresses never push the others out. A
    page not kept is compressed only for a reader who takes gzip (`compress`): a fifth of a
    millisecond a page otherwise thrown away."""
    with _guard:
        found = _composed.get(wanted)
        if found is not None:
            _composed.move_to_end(wanted)
            return found
    body = zlib.decompress(entry["packed"])
    if top is not None:
        body = body.replace(masthead.MARKER, top.html, 1)
    textual = entry["headers"].get("Content-Type", "").startswith(("text/", "application/"))
    gzipped = gzip.compress(body, 6) if textual and len(body) > 512 and (keep or compress) else None
    etag = validator(wanted[0], entry["versions"], entry["due"], top, None if entry.get("lasting") else entry["drawn"])
    page = (body, gzipped, etag)
    if keep:
        remember(wanted, page)
    return page


def remember(wanted: tuple, page: tuple) -> None:
    size = len(page[0]) + len(page[1] or b"")
    with _guard:
        if wanted in _composed:
            return
        _composed[wanted] = page
        _sizes["bytes"] += size
        while _sizes["bytes"] > COMPOSED_BYTES and len(_composed) > 1:
            _, (body, gzipped, _etag) = _composed.popitem(last=False)
            _sizes["bytes"] -= len(body) + len(gzipped or b"")


def lookup(wanted: tuple):
    """A composed page, if this process still keeps it (web.frontcache)."""
    return _composed.get(wanted)
