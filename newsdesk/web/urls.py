from django.urls import path
from django.views.decorators.http import require_safe

from . import converters, sitemaps, views  # noqa: F401  (converters registers <yyyy> and <nn>)
from .feeds import LatestFeed
from .pagecache import cached_page

# Readers only read: every public address answers GET and HEAD, and 405 to anything else
# (even with a valid CSRF token), so no write is reachable without signing in.
read_only = require_safe

urlpatterns = [
    path("", read_only(views.home), name="home"),
    path("<yyyy:year>/", read_only(views.year_archive), name="year"),
    path("<yyyy:year>/<nn:month>/", read_only(views.month_archive), name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", read_only(views.day_archive), name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<str:slug>/", read_only(views.article_detail), name="article"),
    path("section/<str:slug>/", read_only(views.section_page), name="section"),
    path("place/<str:slug>/", read_only(views.place_page), name="place"),
    path("feed/", read_only(cached_page(LatestFeed())), name="feed"),
    path("manifest.webmanifest", read_only(cached_page(views.manifest)), name="manifest"),
    path("sitemap.xml", read_only(cached_page(sitemaps.index)), name="sitemap"),
    path("sitemap-<yyyy:year>-<nn:month>.xml", read_only(cached_page(sitemaps.month)), name="sitemap-month"),
]
