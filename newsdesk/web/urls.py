from django.urls import path
from django.views.decorators.http import require_safe

from newsdesk.search import views as search_views

from . import converters, sitemaps, views  # noqa: F401  (converters registers <yyyy>, <nn>, <id>, <slug_text>)
from .feeds import EditionFeed, PlaceFeed, SectionFeed, SourceFeed, feed_patterns
from .pagecache import cached_page

# Readers only read: every public address answers GET and HEAD, and 405 to anything else
# (even with a valid CSRF token), so no write is reachable without signing in.
read_only = require_safe

urlpatterns = [
    path("", read_only(views.home), name="home"),
    path("<yyyy:year>/", read_only(views.year_archive), name="year"),
    path("<yyyy:year>/<nn:month>/", read_only(views.month_archive), name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", read_only(views.day_archive), name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<slug_text:slug>/", read_only(views.article_detail), name="article"),
    path("section/<slug_text:slug>/", read_only(views.section_page), name="section"),
    path("place/<slug_text:slug>/", read_only(views.place_page), name="place"),
    *feed_patterns("", EditionFeed, "feed"),
    *feed_patterns("section/<slug_text:slug>/", SectionFeed, "section-feed"),
    *feed_patterns("place/<slug_text:slug>/", PlaceFeed, "place-feed"),
    *feed_patterns("source/<id:pk>/", SourceFeed, "source-feed"),
    path("manifest.webmanifest", read_only(cached_page(views.manifest, tags=lambda request: [])), name="manifest"),
    path("story/<int:pk>/", read_only(views.story_page), name="story"),
    path("sitemap.xml", read_only(cached_page(sitemaps.index)), name="sitemap"),
    path("sitemap-<yyyy:year>-<nn:month>.xml", read_only(cached_page(sitemaps.month, tags=views.month_tags)),
         name="sitemap-month"),
    path("sitemap-home.xml", read_only(cached_page(sitemaps.homes)), name="sitemap-home"),
    path("news-sitemap.xml", read_only(cached_page(sitemaps.news)), name="news-sitemap"),
    path("search/", read_only(search_views.results), name="search"),
]
