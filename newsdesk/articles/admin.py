from django.contrib import admin

from .models import Article, Place, Section


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("headline", "status", "published_at", "section", "agency")
    list_filter = ("status", "section", "language")
    search_fields = ("headline", "original_url")
    date_hierarchy = "published_at"
    filter_horizontal = ("places",)
    list_select_related = ("section",)
    readonly_fields = ("created_at", "updated_at")
    prepopulated_fields = {"slug": ("headline",)}
    actions = ["publish", "withdraw"]
    show_full_result_count = False  # no COUNT(*) over the whole table on each change-list view

    @admin.action(description="Publish the selected articles")
    def publish(self, request, queryset):
        for article in queryset:  # one save each: day counts follow every article
            article.status = Article.Status.PUBLISHED
            article.save()

    @admin.action(description="Withdraw the selected articles")
    def withdraw(self, request, queryset):
        for article in queryset:
            article.status = Article.Status.WITHDRAWN
            article.save()


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = ("name", "code")
    prepopulated_fields = {"slug": ("name",)}
