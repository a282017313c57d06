from django.urls import path

from . import converters, sitemaps, views  # noqa: F401  (converters registers <yyyy>, <nn> and <id>)
from .feeds import EditionFeed, PlaceFeed, SectionFeed, SourceFeed, feed_patterns
from .pagecache import cached_page

urlpatterns = [
    path("", views.home, name="home"),
    path("<yyyy:year>/", views.year_archive, name="year"),
    path("<yyyy:year>/<nn:month>/", views.month_archive, name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", views.day_archive, name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<str:slug>/", views.article_detail, name="article"),
    path("section/<str:slug>/", views.section_page, name="section"),
    path("place/<str:slug>/", views.place_page, name="place"),
    *feed_patterns("", EditionFeed, "feed"),
    *feed_patterns("section/<str:slug>/", SectionFeed, "section-feed"),
    *feed_patterns("place/<str:slug>/", PlaceFeed, "place-feed"),
    *feed_patterns("source/<id:pk>/", SourceFeed, "source-feed"),
    path("manifest.webmanifest", cached_page(views.manifest), name="manifest"),
    path("sitemap.xml", cached_page(sitemaps.index), name="sitemap"),
    path("sitemap-<yyyy:year>-<nn:month>.xml", cached_page(sitemaps.month), name="sitemap-month"),
    path("sitemap-home.xml", cached_page(sitemaps.homes), name="sitemap-home"),
    path("news-sitemap.xml", cached_page(sitemaps.news), name="news-sitemap"),
]
