from django.urls import path

from . import converters, sitemaps, views  # noqa: F401  (converters registers <yyyy> and <nn>)
from .feeds import LatestFeed
from .pagecache import cached_page

urlpatterns = [
    path("", views.home, name="home"),
    path("<yyyy:year>/", views.year_archive, name="year"),
    path("<yyyy:year>/<nn:month>/", views.month_archive, name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", views.day_archive, name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<str:slug>/", views.article_detail, name="article"),
    path("section/<str:slug>/", views.section_page, name="section"),
    path("place/<str:slug>/", views.place_page, name="place"),
    path("story/<int:pk>/", views.story_page, name="story"),
    path("feed/", cached_page(LatestFeed()), name="feed"),
    path("manifest.webmanifest", cached_page(views.manifest), name="manifest"),
    path("sitemap.xml", cached_page(sitemaps.index), name="sitemap"),
    path("sitemap-<yyyy:year>-<nn:month>.xml", cached_page(sitemaps.month), name="sitemap-month"),
]
