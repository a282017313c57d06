"""Where a report is about: its `Country:` headline prefix, its feed categories and the countries
named in its text. Pure: names in, (name, code) pairs out.
"""

import re
from functools import lru_cache

from .countries import COUNTRIES

MAX_PLACES = 4
PREFIX = re.compile(r"^\s*([^\W\d_][\w .'-]{1,40}?)\s*:\s+\S", re.UNICODE)


def name_key(name: str) -> str:
    """A name as looked up: case-folded, without the dot that folding gives Turkish İ (İran ->
    "i̇ran"), so that İran, IRAN and Iran are one key."""
    return name.strip().casefold().replace("\u0307", "")


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, tuple[str, str]], re.Pattern]:
    """Every known name (lower-cased) -> (English name, code), and one pattern matching them all."""
    names: dict[str, tuple[str, str]] = {}
    for code, name, aliases in COUNTRIES:
        for alias in (name, *aliases):
            names[name_key(alias)] = (name, code)
    # Longest first, so "South Sudan" wins over "Sudan"; \b does not suit Arabic, so lookarounds.
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return names, re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)


def country(name: str) -> tuple[str, str] | None:
    return gazetteer()[0].get(name_key(name))


def headline_prefix(headline: str) -> tuple[str, str] | None:
    """`Syria: Talks Resume` -> ("Syria", "SY")."""
    match = PREFIX.match(headline)
    return country(match.group(1)) if match else None


def find_places(headline: str, text: str, categories: list[str]) -> list[tuple[str, str]]:
    """The report's places, most certain first: prefix, categories, then the text in order."""
    found: list[tuple[str, str]] = []

    def add(place):
        if place and place not in found:
            found.append(place)

    add(headline_prefix(headline))
    for category in categories:
        add(country(category))
    names, pattern = gazetteer()
    for match in pattern.finditer(f"{headline}\n{text[:5000]}"):
        add(names.get(name_key(match.group(1))))
    return found[:MAX_PLACES]
