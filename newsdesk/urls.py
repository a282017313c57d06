from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe

from newsdesk.api import urls as api_urls
from newsdesk.web import (
    converters,  # noqa: F401  (registers <yyyy> and <nn>)
    sitemaps,
    views,
)
from newsdesk.web.editions import edition_patterns

urlpatterns = [
    path(settings.NEWSDESK_ADMIN_PATH, admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page says.
    path("favicon.ico", require_safe(views.favicon)),
    path("", include("newsdesk.media.urls")),
    # One API for every edition (a `language` filter), outside the edition prefixes.
    path("api/v1/", api_urls.api.urls),
    re_path(r"^api/", api_urls.not_found),
    # Crawlers read robots.txt at the root only: it names every edition's sitemaps.
    path("robots.txt", require_safe(sitemaps.robots), name="robots"),
]
# Every public address lives in an edition: /, /tr/, /ar/ (feeds and sitemaps included).
urlpatterns += edition_patterns(path("", include("newsdesk.web.urls")))

handler404 = "newsdesk.web.views.not_found"
handler500 = "newsdesk.web.views.server_error"
