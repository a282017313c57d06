"""The public site. Every list starts from Article.objects.published(); views never write."""

import calendar
import re
from collections import Counter
from datetime import date, timedelta
from urllib.parse import quote

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from newsdesk import calendars
from newsdesk.articles import counts
from newsdesk.articles.models import Article, Place, Section
from newsdesk.portal.models import Portal

from .pagecache import cached_page

PAGE_SIZE = 20
# An article id as the keyset cursor: ASCII digits only (str.isdigit() also takes "²" and "٣").
CURSOR = re.compile(r"[0-9]{1,18}")
# Archive years the calendar can carry with a day to spare either side: a site day's bounds and
# the month after it must exist as datetimes in every time zone.
YEARS = range(2, 9999)


def listing(queryset):
    """What a list shows, latest first, in one query."""
    return (
        queryset.latest_first()
        .select_related("section")
        .only("headline", "slug", "summary", "language", "published_at", "section__name", "section__slug", "agency")
    )


def keyset_page(request, narrow=lambda qs: qs, size=PAGE_SIZE, until=None):
    """The public articles `narrow` keeps (published up to `until`), from the one after
    `?before=<article id>`. A malformed or unknown cursor means the first page."""
    queryset = Article.objects.published(until=until)
    cursor = request.GET.get("before", "")
    if CURSOR.fullmatch(cursor):
        anchor = Article.objects.published(until=until).filter(pk=int(cursor)).values_list("published_at", "pk").first()
        if anchor:  # a cursor from past the page's range (another day's article) is ignored
            queryset = Article.objects.published_before(*anchor)
    items = list(listing(narrow(queryset))[: size + 1])
    return items[:size], (items[size - 1].pk if len(items) > size else None)


def valid_day(year: int, month: int, day: int = 1) -> date:
    if year not in YEARS:
        raise Http404("No archive for that year")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise Http404("No such date") from exc


def found(items):
    """An archive of a period with nothing public in it is not a page (readers and crawlers
    get 404, not an empty list)."""
    if not items:
        raise Http404("Nothing published then")
    return items


@cached_page
def home(request):
    articles, older = keyset_page(request)
    return render(request, "web/home.html", {"articles": articles, "older": older})


@cached_page
def day_archive(request, year, month, day):
    wanted = valid_day(year, month, day)
    portal = Portal.load()
    start, end = portal.day_bounds(wanted)
    articles, older = keyset_page(
        request, lambda qs: qs.filter(published_at__gte=start), size=100, until=end - timedelta(microseconds=1)
    )
    found(articles)
    context = {"day": wanted, "day_text": calendars.format_gregorian(wanted, get_language()), "articles": articles, "older": older}
    return render(request, "web/day.html", context)


@cached_page
def month_archive(request, year, month):
    first = valid_day(year, month)
    last = date(year, month, calendar.monthrange(year, month)[1])
    per_day = found(counts.public_days(first, last, Portal.load()))
    days = [(d, per_day[d]) for d in sorted(per_day, reverse=True)]
    label = calendars.format_gregorian(first, get_language()).split(" ", 1)[1]
    return render(request, "web/month.html", {"month": first, "month_text": label, "days": days})


@cached_page
def year_archive(request, year):
    first = valid_day(year, 1)
    per_month = Counter()
    for day, n in found(counts.public_days(first, date(year, 12, 31), Portal.load())).items():
        per_month[day.replace(day=1)] += n
    lang = get_language()
    months = [
        (m, calendars.format_gregorian(m, lang).split(" ", 1)[1], per_month[m])
        for m in sorted(per_month, reverse=True)
    ]
    return render(request, "web/year.html", {"year": first, "months": months})


@cached_page
def article_detail(request, year, month, day, slug):
    wanted = valid_day(year, month, day)
    portal = Portal.load()
    article = get_object_or_404(
        Article.objects.published_on(wanted, portal).select_related("section", "source", "leadimage__image"),
        slug=slug,
    )
    places = list(article.places.all())
    fields = ("headline", "slug", "published_at")
    newer = (
        Article.objects.published().filter(published_at__gt=article.published_at)
        .order_by("published_at", "id").only(*fields).first()
    )
    older = Article.objects.published_before(article.published_at, article.pk).latest_first().only(*fields).first()
    url = request.build_absolute_uri(article.get_absolute_url())
    context = {
        "article": article,
        "places": places,
        "stamp": calendars.format_timestamp(article.local_published(portal), get_language()),
        "newer": newer,
        "older": older,
        "share": share_links(url, article.headline),
        "canonical": url,
        "also_reported": list(article.also_reported.only("agency", "url", "article_id")[:10]),
    }
    return render(request, "web/article.html", context)


def share_links(url: str, title: str) -> list[tuple[str, str]]:
    u, t = quote(url, safe=""), quote(title, safe="")
    return [
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
        ("X", f"https://twitter.com/intent/tweet?url={u}&text={t}"),
        ("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
        ("Telegram", f"https://t.me/share/url?url={u}&text={t}"),
        ("E-mail", f"mailto:?subject={t}&body={u}"),
    ]


@cached_page
def section_page(request, slug):
    section = get_object_or_404(Section, slug=slug)
    articles, older = keyset_page(request, lambda qs: qs.filter(section=section))
    return render(request, "web/topic.html", {"topic": section, "articles": articles, "older": older})


@cached_page
def place_page(request, slug):
    place = get_object_or_404(Place, slug=slug)
    articles, older = keyset_page(request, lambda qs: qs.filter(places=place))
    return render(request, "web/topic.html", {"topic": place, "articles": articles, "older": older})


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No header here: the database may be what failed.
    return render(request, "500.html", status=500, context={"header": None})
