"""The masthead (site name, dates, the last days' counts, total, sections) as HTML, cached apart
from the pages: a page stays cached while other articles are published, and gets the edition's
current masthead each time it is served.

Pages are drawn with MARKER where the masthead goes; the page cache puts the masthead in as it
serves a page, and MastheadMiddleware does it for every other page (404s, editors' previews).
"""

import hashlib
import time
from typing import NamedTuple

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.translation import get_language

from newsdesk.articles import changes
from newsdesk.portal.models import Portal

MARKER = b"<!--newsdesk:masthead-->"
_kept: dict[str, dict] = {}  # per edition, this process's last masthead


def tags_of(lang: str) -> list[str]:
    return [f"edition:{lang}", changes.SITE]


class Masthead(NamedTuple):
    html: bytes
    token: str  # changes with the html
    due: float  # the moment it is drawn again whatever moves (an article becomes due)


def html(lang: str, current: dict[str, int] | None = None) -> Masthead:
    """The edition's masthead. `current`: the tags' versions, when the caller has just read them
    (one round trip for the page's tags and these)."""
    tags = tags_of(lang)
    current = current if current is not None else changes.read(tags)
    portal = Portal.load()
    today = portal.today()

    def fresh(stored) -> bool:
        return (stored is not None and stored["today"] == today and time.time() < stored["due"]
                and changes.unchanged(stored["versions"], current))

    # This process's last copy first: fresh under the same versions, it is what the shared cache
    # holds (or an equal drawing of it), without a read of the cache (a file per read).
    stored = _kept.get(lang)
    if not fresh(stored):
        stored = cache.get(f"masthead:{lang}")
    if fresh(stored):
        _kept[lang] = stored
        return Masthead(stored["html"], stored["token"], stored["due"])
    from .header import build  # header -> feeds -> pagecache -> here

    versions, due = changes.snapshot(tags), changes.due()  # before reading the counts
    body = render_to_string("web/_masthead.html", {"header": build(portal, lang, today)}).encode()
    token = hashlib.blake2b(body, digest_size=8).hexdigest()
    # One key per edition, stamped: never a key per minute or per version (they would pile up).
    stored = {"html": body, "token": token, "versions": versions, "today": today, "due": due}
    cache.set(f"masthead:{lang}", stored, None)
    _kept[lang] = stored
    return Masthead(body, token, due)


class MastheadMiddleware:
    """Puts the masthead into pages the page cache does not serve."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (not response.streaming and response.get("Content-Type", "").startswith("text/html")
                and MARKER in response.content):
            response.content = response.content.replace(MARKER, html(get_language())[0], 1)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
