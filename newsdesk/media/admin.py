from django.contrib import admin

from .models import Image, LeadImage


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ("source_url", "status", "error", "width", "height", "format", "fetched_at")
    list_filter = ("status", "format")
    search_fields = ("source_url", "sha256", "caption")
    readonly_fields = ("sha256", "width", "height", "format", "status", "error", "attempts", "fetched_at", "created_at")
    show_full_result_count = False


@admin.register(LeadImage)
class LeadImageAdmin(admin.ModelAdmin):
    list_display = ("article", "image")
    raw_id_fields = ("article", "image")
    list_select_related = ("article", "image")
