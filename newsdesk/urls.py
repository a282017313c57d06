from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from newsdesk.web import converters  # noqa: F401  (registers <yyyy> and <nn>)
from newsdesk.web.editions import edition_patterns

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page says.
    path("favicon.ico", RedirectView.as_view(url=static("web/icon.svg"), permanent=True)),
]
# Every public address lives in an edition: /, /tr/, /ar/ (feeds and sitemaps included).
urlpatterns += edition_patterns(path("", include("newsdesk.web.urls")))

handler404 = "newsdesk.web.views.not_found"
handler500 = "newsdesk.web.views.server_error"
