"""Country names in the reader's language, from the Unicode CLDR (through babel)."""

from functools import cache

from babel import Locale, UnknownLocaleError


@cache
def _territories(lang: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(lang).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_name(code: str, lang: str) -> str:
    """'SY', 'tr' -> 'Suriye'; '' for a code CLDR does not know."""
    return _territories(lang).get((code or "").upper(), "")
