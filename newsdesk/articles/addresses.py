"""Public addresses of articles, sections and countries, built from their edition's home address.

A page links dozens of these, and each reverse() walks the URL resolver (the edition's prefix,
the pattern's converters, a regular expression check): about a fifth of an article page's URL and
template time in bench.serve.profile. The dated and topic patterns are fixed (web.urls), so the
address is the edition's home, which reverse() gives once per process, and the rest joined on.
Quoted as reverse() quotes (RFC 3986 path characters kept), so the address is the same string
(tests/articles/test_addresses.py holds that against reverse()).
"""

from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils.translation import override

from newsdesk.portal.models import Portal

PATH_SAFE = "!$&'()*+,;=/~:@"  # what reverse() leaves unquoted: RFC 3986 sub-delims and pchar

_homes: dict[tuple[str, str, str], str] = {}


def home(code: str, portal: Portal | None = None) -> str:
    """'/' for the main edition, '/tr/' for another (after the site's script prefix). Kept per
    main edition: a change of it (portal settings) is a new key, not a stale address."""
    main = (portal or Portal.load()).default_language
    key = (get_script_prefix(), code, main)
    found = _homes.get(key)
    if found is None:
        with override(code):
            found = _homes[key] = reverse("home")
    return found


def article(code: str, day, slug: str, portal: Portal | None = None) -> str:
    """/YYYY/MM/DD/<slug>/ in edition `code`; `day` is its site-local publication date."""
    return home(code, portal) + quote(f"{day.year:04d}/{day.month:02d}/{day.day:02d}/{slug}/", safe=PATH_SAFE)


def topic(code: str, kind: str, slug: str) -> str:
    """A section's (`kind` 'section') or a country's ('place') page in edition `code`."""
    return home(code) + quote(f"{kind}/{slug}/", safe=PATH_SAFE)
