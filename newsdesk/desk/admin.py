from django.contrib import admin

from .models import Page, Redirect


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ("title", "path", "language", "published", "updated_at")
    list_filter = ("published", "language")
    search_fields = ("title", "path")


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    list_display = ("old", "article", "page", "target")
    search_fields = ("old", "target")
    raw_id_fields = ("article", "page")
    show_full_result_count = False  # an import leaves hundreds of thousands
