from django.contrib import admin

from .models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("name", "feed_url", "enabled", "paused", "auto_publish", "last_success_at", "consecutive_failures", "last_error")
    list_filter = ("enabled", "paused", "auto_publish", "language")
    search_fields = ("name", "feed_url")
