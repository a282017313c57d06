"""What answers where the site itself would answer 404: the old WordPress site's addresses (a
301 to their new place) and its static pages. Nothing here can shadow a newsdesk page, since it
only ever sees requests that already came back 404."""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import get_resolver, reverse

from . import legacy
from .models import Page, Redirect


class OldSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and names_old_item(request):
            # /?p=12: the front page would answer 200 while ignoring the query, so WordPress's
            # query addresses are looked up first; one that is not found falls through to it.
            query = request.META.get("QUERY_STRING", "")
            found, target = lookup(request.path_info, query) if printable(query) else (False, None)
            if target:
                return HttpResponsePermanentRedirect(target)
            if found:  # a draft or scheduled post: 404, as its own address answers
                return get_resolver().resolve_error_handler(404)(request, Http404())
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        return answer(request) or response


def answer(request):
    path, query = request.path_info, request.META.get("QUERY_STRING", "")
    if not printable(path + query):
        return None  # no old address held a control character (and PostgreSQL refuses NUL)
    if path.startswith(own_prefixes()):
        return None  # the API, the admin, media and static files are newsdesk's own, not the old site's
    _found, target = lookup(path, query)
    if target and target != request.get_full_path():
        return HttpResponsePermanentRedirect(target)
    page = static_page(path)
    if page is not None:
        return render(request, "desk/page.html", {"page": page})
    return None


def own_prefixes() -> tuple[str, ...]:
    return ("/api/", f"/{settings.NEWSDESK_ADMIN_PATH}", settings.MEDIA_URL, settings.STATIC_URL)


def printable(text: str) -> bool:
    return not any(ord(c) < 32 or ord(c) == 127 for c in text)


def names_old_item(request) -> bool:
    """The site's root with a WordPress query parameter (?p=, ?page_id=, ?cat=, ?m= ...), which
    no newsdesk page reads."""
    return request.path_info == "/" and any(name in request.GET for name in legacy.QUERY_NAMES)


def lookup(path: str, query: str) -> tuple[bool, str | None]:
    """(whether the old site had this address, where it leads now: None if nowhere public)."""
    keys = legacy.request_keys(path, query)
    # One indexed query for every form of the address; the most exact key wins.
    found = {r.old: r for r in Redirect.objects.filter(old__in=keys).select_related("article", "page")}
    for k in keys:
        if k in found:
            return True, found[k].destination()
    if day := legacy.archive_day(path, query):
        return True, archive_address(*day)
    if legacy.paged_home(path):
        return True, reverse("home")
    return False, None


def archive_address(year: int, month: int | None, day: int | None) -> str:
    if day is not None:
        return reverse("day", kwargs={"year": year, "month": f"{month:02d}", "day": f"{day:02d}"})
    if month is not None:
        return reverse("month", kwargs={"year": year, "month": f"{month:02d}"})
    return reverse("year", kwargs={"year": year})


def static_page(path: str) -> Page | None:
    wanted = legacy.key(path)
    return Page.objects.filter(path__in=[wanted, f"{wanted}/"], published=True).first()
