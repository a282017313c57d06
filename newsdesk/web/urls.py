from django.urls import path

from newsdesk.search import views as search_views

from . import converters, views  # noqa: F401  (converters registers <yyyy> and <nn>)

urlpatterns = [
    path("", views.home, name="home"),
    path("<yyyy:year>/", views.year_archive, name="year"),
    path("<yyyy:year>/<nn:month>/", views.month_archive, name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", views.day_archive, name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<str:slug>/", views.article_detail, name="article"),
    path("section/<str:slug>/", views.section_page, name="section"),
    path("place/<str:slug>/", views.place_page, name="place"),
    path("search/", search_views.results, name="search"),
]
