from django.urls import path, register_converter

from . import views


class Sha256:
    regex = "[0-9a-f]{64}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(Sha256, "sha256")

urlpatterns = [
    path("media/<sha256:sha256>-<int:width>.<str:ext>", views.rendition, name="media-rendition"),
]
