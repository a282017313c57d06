from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from newsdesk.web import converters, sitemaps  # noqa: F401  (converters registers <yyyy> and <nn>)
from newsdesk.web.feeds import LatestFeed
from newsdesk.web.pagecache import cached_page

# Machine-read addresses stay outside the language prefixes: one feed, one sitemap per site.
urlpatterns = [
    path("admin/", admin.site.urls),
    path("feed/", cached_page(LatestFeed()), name="feed"),
    path("sitemap.xml", cached_page(sitemaps.index), name="sitemap"),
    path("sitemap-<yyyy:year>-<nn:month>.xml", cached_page(sitemaps.month), name="sitemap-month"),
    path("", include("newsdesk.media.urls")),
]
urlpatterns += i18n_patterns(path("", include("newsdesk.web.urls")), prefix_default_language=False)

handler404 = "newsdesk.web.views.not_found"
handler500 = "newsdesk.web.views.server_error"
