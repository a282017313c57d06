"""Sitemaps, one set per edition: an index with one sitemap per month, so none grows past the
protocol's 50,000 URLs and the index is built from the maintained day counts, never by counting
the articles."""

from datetime import date

from django.db.models.functions import TruncMonth
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language

from newsdesk.articles import counts
from newsdesk.articles.models import Article, DayCount
from newsdesk.portal.models import Portal

from .views import found, valid_day


def index(request):
    portal = Portal.load()
    lang = get_language()
    today = portal.today()
    # Days before today from the stored counts; today only once something in it is public.
    months = set(
        DayCount.objects.filter(language=lang, count__gt=0, day__lt=today)
        .annotate(month=TruncMonth("day")).values_list("month", flat=True).distinct()
    )
    if counts.public_days(today, today, portal, lang):
        months.add(today.replace(day=1))
    months = sorted(months, reverse=True)
    urls = [request.build_absolute_uri(reverse("sitemap-month", args=[m.year, m.month])) for m in months]
    return render(request, "web/sitemap_index.xml", {"urls": urls}, content_type="application/xml")


def month(request, year, month):
    first = valid_day(year, month)
    following = date(year + month // 12, month % 12 + 1, 1)
    portal = Portal.load()
    start, _ = portal.day_bounds(first)
    end, _ = portal.day_bounds(following)
    articles = (
        Article.objects.published().in_edition(get_language()).filter(published_at__gte=start, published_at__lt=end)
        .order_by("published_at").only("slug", "published_at", "updated_at")
    )
    entries = found([(request.build_absolute_uri(a.get_absolute_url()), a.updated_at) for a in articles])
    return render(request, "web/sitemap.xml", {"entries": entries}, content_type="application/xml")
