"""Sitemaps, one set per edition, and the robots.txt that names them.

The index lists the edition's home, its Google News sitemap and a sitemap per month, split into
pages of at most SITEMAP_PAGE_SIZE URLs (`?p=2`, ...; the protocol allows 50,000). The index and
each page are laid out from the maintained day counts (articles.DayCount), so no request counts
the articles table; a page's articles are read from the first day it starts in.
"""

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Sum
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, override

from newsdesk.articles import counts
from newsdesk.articles.models import Article, DayCount
from newsdesk.portal.models import Portal

from .counterparts import counterparts
from .header import home_of
from .views import found, valid_day

XML = "application/xml"
# Google News takes the articles of the last two days, at most 1,000 per sitemap.
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,8}")


@dataclass(frozen=True)
class Entry:
    url: str
    modified: str = ""  # W3C datetime
    alternates: list[tuple[str, str]] = field(default_factory=list)  # (hreflang, absolute URL)


def index(request):
    portal, lang = Portal.load(), get_language()
    size = settings.SITEMAP_PAGE_SIZE
    urls = [request.build_absolute_uri(reverse(name)) for name in ("sitemap-home", "news-sitemap")]
    for month, total in sorted(month_totals(portal, lang).items(), reverse=True):
        first = request.build_absolute_uri(reverse("sitemap-month", args=[month.year, month.month]))
        urls += [first if n == 1 else f"{first}?p={n}" for n in range(1, math.ceil(total / size) + 1)]
    return render(request, "web/sitemap_index.xml", {"urls": urls}, content_type=XML)


def month_totals(portal: Portal, lang: str) -> dict[date, int]:
    """Public articles per month of the edition: stored counts for the days before today, and
    today's live count (today's stored count holds articles due later today)."""
    today = portal.today()
    rows = (
        DayCount.objects.filter(language=lang, count__gt=0, day__lt=today)
        .annotate(month=TruncMonth("day")).order_by().values("month").annotate(n=Sum("count"))
    )
    totals = {row["month"]: row["n"] for row in rows}
    if live := Article.objects.published_on(today, portal).in_edition(lang).count():
        month = today.replace(day=1)
        totals[month] = totals.get(month, 0) + live
    return totals


def month(request, year, month):
    first = valid_day(year, month)
    number = page_number(request)
    portal, lang = Portal.load(), get_language()
    size = settings.SITEMAP_PAGE_SIZE
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    start = page_start(counts.public_days(first, last, portal, lang), (number - 1) * size)
    if start is None:
        raise Http404("No such sitemap page")
    day, skip = start
    since, _ = portal.day_bounds(day)
    _, end = portal.day_bounds(last)
    articles = (
        Article.objects.published(until=end - timedelta(microseconds=1)).in_edition(lang)
        .filter(published_at__gte=since).order_by("published_at", "id")
        .only("slug", "published_at", "updated_at", "language")[skip: skip + size]
    )
    entries = found([article_entry(request, a) for a in articles])
    return render(request, "web/sitemap.xml", {"entries": entries}, content_type=XML)


def page_number(request) -> int:
    wanted = request.GET.get("p", "1")
    if not PAGE_NUMBER.fullmatch(wanted):
        raise Http404("No such sitemap page")
    return int(wanted)


def page_start(per_day: dict[date, int], offset: int) -> tuple[date, int] | None:
    """The day the `offset`-th article of a month (oldest first) falls on, and how many of that
    day's articles come before it; None past the month's end."""
    for day in sorted(per_day):
        if offset < per_day[day]:
            return day, offset
        offset -= per_day[day]
    return None


def article_entry(request, article: Article) -> Entry:
    versions = counterparts(article)
    # hreflang only where there is another version to point at: a lone self-reference says nothing.
    alternates = [(code, request.build_absolute_uri(url)) for code, url in versions.items()] if len(versions) > 1 else []
    return Entry(request.build_absolute_uri(article.get_absolute_url()), w3c(article.updated_at), alternates)


def w3c(moment: datetime) -> str:
    """A W3C datetime in the site's zone, to the second, as sitemaps write them."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat()


def homes(request):
    """The edition's home page, with its counterparts in every edition."""
    portal = Portal.load()
    alternates = [(code, request.build_absolute_uri(home_of(code))) for code in portal.language_list]
    alternates.append(("x-default", request.build_absolute_uri(home_of(portal.default_language))))
    entries = [Entry(request.build_absolute_uri(reverse("home")), "", alternates)]
    return render(request, "web/sitemap.xml", {"entries": entries}, content_type=XML)


def news(request):
    """Google News sitemap: the edition's articles of the last two days, latest first."""
    portal, lang = Portal.load(), get_language()
    articles = (
        Article.objects.published().in_edition(lang).filter(published_at__gte=timezone.now() - NEWS_WINDOW)
        .latest_first().only("headline", "slug", "published_at", "language")[:NEWS_LIMIT]
    )
    context = {
        "articles": [(request.build_absolute_uri(a.get_absolute_url()), a, w3c(a.published_at)) for a in articles],
        "publication": portal.site_name(lang),
        "language": lang,
    }
    return render(request, "web/news_sitemap.xml", context, content_type=XML)


def robots(request):
    """Served at the root whatever the edition: it names every edition's sitemaps."""
    lines = ["User-agent: *", "Disallow: /admin/", ""]
    for code in Portal.load().language_list:
        with override(code):
            lines += [f"Sitemap: {request.build_absolute_uri(reverse(name))}" for name in ("sitemap", "news-sitemap")]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
