from django.contrib import admin

from .models import AlsoReported


@admin.register(AlsoReported)
class AlsoReportedAdmin(admin.ModelAdmin):
    list_display = ("article", "agency", "url", "similarity", "reported_at")
    search_fields = ("agency", "url", "article__headline")
    raw_id_fields = ("article",)
