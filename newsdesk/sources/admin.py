from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from newsdesk.portal.models import Portal

from .models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "feed_url", "enabled", "paused", "auto_publish", "last_success_at", "consecutive_failures", "next_poll_at", "last_error")
    list_filter = ("enabled", "paused", "auto_publish", "language")
    search_fields = ("name", "feed_url")
    readonly_fields = ("last_polled_at", "last_success_at", "last_error", "consecutive_failures", "poll_interval", "last_new_items", "etag", "last_modified")
    exclude = ("site_template",)
    actions = ["resume"]

    def changelist_view(self, request, extra_context=None):
        # The admin shows times in the site's zone (see web.middleware); say which.
        zone = Portal.load().time_zone
        note = _("Times are in %(zone)s, the site's time zone.") % {"zone": zone}
        return super().changelist_view(request, {"subtitle": note, **(extra_context or {})})

    @admin.action(description=_("Resume polling (clear the pause and the failure count)"))
    def resume(self, request, queryset):
        n = queryset.update(paused=False, consecutive_failures=0, next_poll_at=None)
        self.message_user(request, _("%(n)d sources will be polled within a minute.") % {"n": n})
