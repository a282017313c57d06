from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.http import require_safe

from newsdesk.web import (
    converters,  # noqa: F401  (registers <yyyy> and <nn>)
    views,
)
from newsdesk.web.editions import edition_patterns

urlpatterns = [
    path(settings.NEWSDESK_ADMIN_PATH, admin.site.urls),
    # Browsers ask for /favicon.ico whatever the page says.
    path("favicon.ico", require_safe(views.favicon)),
    path("", include("newsdesk.media.urls")),
]
# Every public address lives in an edition: /, /tr/, /ar/ (feeds and sitemaps included).
urlpatterns += edition_patterns(path("", include("newsdesk.web.urls")))

handler404 = "newsdesk.web.views.not_found"
handler500 = "newsdesk.web.views.server_error"
