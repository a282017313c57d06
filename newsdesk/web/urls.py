from django.urls import path, register_converter

from . import views


class FourDigits:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):04d}"


class TwoDigits:
    regex = "[0-9]{2}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return f"{int(value):02d}"


register_converter(FourDigits, "yyyy")
register_converter(TwoDigits, "nn")

urlpatterns = [
    path("", views.home, name="home"),
    path("<yyyy:year>/", views.year_archive, name="year"),
    path("<yyyy:year>/<nn:month>/", views.month_archive, name="month"),
    path("<yyyy:year>/<nn:month>/<nn:day>/", views.day_archive, name="day"),
    path("<yyyy:year>/<nn:month>/<nn:day>/<str:slug>/", views.article_detail, name="article"),
    path("section/<str:slug>/", views.section_page, name="section"),
    path("place/<str:slug>/", views.place_page, name="place"),
]
