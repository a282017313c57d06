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
        return not Portal.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
