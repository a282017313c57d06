from django.urls import path

from . import converters, sitemaps, views  # noqa: F401  (converters registers <yyyy>, <nn>, <id>, <slug_text>)
from .feeds import EditionFeed, PlaceFeed, SectionFeed, SourceFeed, feed_patterns
from .pagecache import cached_page

urlpatterns = [
    path("", views.home, name="home"),
    path("<yyyy:year>/", views.year_archive, name="year"),
    path("<yyyy:year>/<nn:month>/", views.month_archive, name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", views.day_archive, name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<slug_text:slug>/", views.article_detail, name="article"),
    path("section/<slug_text:slug>/", views.section_page, name="section"),
    path("place/<slug_text:slug>/", views.place_page, name="place"),
    *feed_patterns("", EditionFeed, "feed"),
    *feed_patterns("section/<slug_text:slug>/", SectionFeed, "section-feed"),
    *feed_patterns("place/<slug_text:slug>/", PlaceFeed, "place-feed"),
    *feed_patterns("source/<id:pk>/", SourceFeed, "source-feed"),
    path("manifest.webmanifest", cached_page(views.manifest, tags=lambda request: []), name="manifest"),
    path("story/<int:pk>/", views.story_page, name="story"),
    path("sitemap.xml", cached_page(sitemaps.index), name="sitemap"),
    path("sitemap-<yyyy:year>-<nn:month>.xml", cached_page(sitemaps.month, tags=views.month_tags),
         name="sitemap-month"),
    path("sitemap-home.xml", cached_page(sitemaps.homes), name="sitemap-home"),
    path("news-sitemap.xml", cached_page(sitemaps.news), name="news-sitemap"),
]
