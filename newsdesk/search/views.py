"""The search page: reads the reader's parameters, asks newsdesk.search, renders. Never writes."""

import re
from datetime import date

from django.shortcuts import render
from django.utils.translation import gettext as _

from newsdesk.articles.models import Place, Section
from newsdesk.portal.models import Portal
from newsdesk.web.pagecache import cached_page

from . import Filters, QueryTooLong, find
from .form import form
from .items import items
from .query import MAX_LENGTH as QUERY_LIMIT
from .query import printable
from .text import LANGUAGES

FIRST_YEAR, LAST_YEAR = 1800, 2999
SLUG = re.compile(r"[-\w]{1,80}")


@cached_page(alias="search", tags=lambda request, *args, **kwargs: [
    f"edition:{code}" for code in Portal.load().language_list  # a query finds any edition's articles
])
def results(request):
    params = request.GET
    text = printable(params.get("q", ""))
    sections = list(Section.objects.all())
    context = {"search_text": text, "sections": sections, "languages": LANGUAGES, "params": params, "found": None}
    status = 200
    try:
        filters = read_filters(params, sections)
        context["found"] = find(text, filters, by_date=params.get("sort") == "date", cursor=params.get("after", ""))
        context["items"] = items(context["found"].results)
    except QueryTooLong as exc:
        context["error"], status = _("This search is too long: %(reason)s.") % {"reason": exc}, 400
        context["search_text"] = text[:QUERY_LIMIT]
    context["form"] = form(context["search_text"], LANGUAGES, sections, params)
    return render(request, "search/results.html", context, status=status)


def read_filters(params, sections) -> Filters:
    """Filters from the address; a value we cannot read is left out, as on the other pages."""
    portal = Portal.load()
    since, until = day_param(params.get("from")), day_param(params.get("to"))
    language = params.get("lang")
    section = next((s.pk for s in sections if s.slug == params.get("section")), None)
    place = params.get("place", "")
    source = params.get("source", "")
    return Filters(
        language=language if language in LANGUAGES else None,
        section_id=section,
        place_id=Place.objects.filter(slug=place).values_list("pk", flat=True).first() if SLUG.fullmatch(place) else None,
        source_id=int(source) if source.isdigit() and len(source) < 19 else None,
        since=portal.day_bounds(since)[0] if since else None,
        until=portal.day_bounds(until)[1] if until else None,
    )


def day_param(value: str | None) -> date | None:
    """A YYYY-MM-DD day in the years a news site can hold (the edges of the calendar would
    overflow when moved to UTC); anything else is no bound."""
    try:
        day = date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None
    return day if day and FIRST_YEAR <= day.year <= LAST_YEAR else None
