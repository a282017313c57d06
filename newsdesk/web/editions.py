"""Editions: one per language the portal has, the first served at / and the others under
/<code>/ (/tr/, /ar/). Which editions exist and which is the main one are portal settings.

The edition middleware loads the settings once per request, takes the edition from the path,
and activates its language and the site's time zone for everything the request renders.
"""

from django.http import HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, URLResolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import timezone, translation

from newsdesk.portal.models import LANGUAGE_CODES, Portal, current

NAMES = {"en": "English", "tr": "Türkçe", "ar": "العربية"}


class EditionPrefixPattern(LocalePrefixPattern):
    """No prefix for the main edition, `<code>/` for the others. Django caches reversed URLs per
    language, so a change of the main edition reaches a process when it next starts (the portal
    settings clear this process's cache when saved)."""

    def __init__(self):
        super().__init__(prefix_default_language=False)

    @property
    def language_prefix(self) -> str:
        lang = translation.get_language()
        return "" if lang == Portal.load().default_language else f"{lang}/"


def edition_patterns(*urls) -> list[URLResolver]:
    return [URLResolver(EditionPrefixPattern(), list(urls))]


def edition_of(path: str, portal: Portal) -> str:
    first = path.lstrip("/").split("/", 1)[0]
    return first if first in portal.language_list[1:] else portal.default_language


class EditionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        portal = Portal.load()
        lang = edition_of(request.path_info, portal)
        prefix, _, rest = request.path_info.lstrip("/").partition("/")
        if prefix == portal.default_language and prefix in LANGUAGE_CODES:
            # /en/2018/ when English is the main edition: its one address has no prefix.
            query = f"?{request.META['QUERY_STRING']}" if request.META.get("QUERY_STRING") else ""
            return HttpResponsePermanentRedirect(f"/{rest}{query}")
        token = current.set(portal)
        translation.activate(lang)
        request.LANGUAGE_CODE = lang
        timezone.activate(portal.zone)
        try:
            response = self.get_response(request)
        finally:
            timezone.deactivate()
            translation.deactivate()
            current.reset(token)
        response.headers.setdefault("Content-Language", lang)
        return response


def same_page_in(request, lang: str) -> str:
    """The address of the page being shown, in another edition (its home when the page has no
    counterpart there)."""
    match = getattr(request, "resolver_match", None)
    with translation.override(lang):
        if match and match.url_name and match.url_name != "article":
            try:
                return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                pass
        return reverse("home")
