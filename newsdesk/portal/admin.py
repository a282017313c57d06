from django.contrib import admin

from .models import Portal


@admin.register(Portal)
class PortalAdmin(admin.ModelAdmin):
    list_display = ("name", "time_zone", "languages", "hijri_adjustment", "strip_days")
    fieldsets = (
        (None, {"fields": ("name", "tagline")}),
        ("Turkish edition", {"fields": ("name_tr", "tagline_tr")}),
        ("Arabic edition", {"fields": ("name_ar", "tagline_ar")}),
        ("Social links", {"fields": ("facebook_url", "twitter_url", "youtube_url")}),
        ("Dates", {"fields": ("time_zone", "show_hijri", "hijri_adjustment", "strip_days")}),
        ("Languages", {"fields": ("languages",)}),
        ("Feeds", {"fields": ("feed_full_content",)}),
    )

    def has_add_permission(self, request):
        # One row: added once, and only by those allowed to change the site's settings.
        return super().has_add_permission(request) and not Portal.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
