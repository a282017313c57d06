"""What answers where the site itself would answer 404: the old WordPress site's addresses (a
301 to their new place) and its static pages. Nothing here can shadow a newsdesk page, since it
only ever sees requests that already came back 404."""

from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse

from . import legacy
from .models import Page, Redirect


class OldSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        return answer(request) or response


def answer(request):
    path, query = request.path_info, request.META.get("QUERY_STRING", "")
    target = redirect_target(path, query)
    if target and target != request.get_full_path():
        return HttpResponsePermanentRedirect(target)
    page = static_page(path)
    if page is not None:
        return render(request, "desk/page.html", {"page": page})
    return None


def redirect_target(path: str, query: str) -> str | None:
    keys = legacy.request_keys(path, query)
    # One indexed query for every form of the address; the most exact key wins.
    found = {r.old: r for r in Redirect.objects.filter(old__in=keys).select_related("article", "page")}
    for k in keys:
        if k in found:
            return found[k].destination()
    if day := legacy.archive_day(path, query):
        return archive_address(*day)
    return None


def archive_address(year: int, month: int | None, day: int | None) -> str:
    if day is not None:
        return reverse("day", kwargs={"year": year, "month": f"{month:02d}", "day": f"{day:02d}"})
    if month is not None:
        return reverse("month", kwargs={"year": year, "month": f"{month:02d}"})
    return reverse("year", kwargs={"year": year})


def static_page(path: str) -> Page | None:
    wanted = legacy.key(path)
    return Page.objects.filter(path__in=[wanted, f"{wanted}/"], published=True).first()
