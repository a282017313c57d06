"""What a page tells search engines and social sites about itself: its one canonical address,
and the OpenGraph locale and Twitter account its cards name."""

from urllib.parse import urlencode, urlsplit

from .converters import CURSOR

OG_LOCALES = {"en": "en_US", "tr": "tr_TR", "ar": "ar_AR"}
TWITTER_HOSTS = {"twitter.com", "www.twitter.com", "x.com", "www.x.com"}


def canonical(request) -> str:
    """This page's address: the path and, on a page back in time, its cursor. Any other query
    (tracking tags, junk) is not part of the page."""
    query = {key: request.GET[key] for key in ("before", "after") if CURSOR.fullmatch(request.GET.get(key, ""))}
    url = request.build_absolute_uri(request.path)
    return f"{url}?{urlencode(query)}" if query else url


def og_locale(lang: str) -> str:
    return OG_LOCALES.get(lang, lang)


def twitter_handle(profile_url: str) -> str:
    """'@example' for https://twitter.com/example (or x.com); '' for anything else."""
    parts = urlsplit(profile_url or "")
    name = parts.path.strip("/").split("/")[0]
    return f"@{name}" if parts.hostname in TWITTER_HOSTS and name else ""
