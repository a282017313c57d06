from django.contrib import admin
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from newsdesk.portal.models import Portal

from .models import Article, Place, Section


class EditionFilter(admin.SimpleListFilter):
    """Articles by language, with their numbers; a language the site has no edition for is stored
    but shown nowhere, and is marked so here."""

    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        editions = Portal.load().language_list
        rows = Article.objects.order_by().values_list("language").annotate(n=Count("id")).order_by("-n")
        return [
            (code, f"{code} ({n:,})" if code in editions else f"{code} ({n:,}) – " + str(_("no edition: not shown")))
            for code, n in rows
        ]

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("headline", "status", "published_at", "language", "section", "agency", "breaking")
    list_filter = ("status", EditionFilter, "breaking", "section")
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
