from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
]
urlpatterns += i18n_patterns(path("", include("newsdesk.web.urls")), prefix_default_language=False)

handler404 = "newsdesk.web.views.not_found"
handler500 = "newsdesk.web.views.server_error"
