"""The article admin of the desk: roles decide what each user may do, every change is audited,
and the list stays fast at the archive's size (no full counts, no date drill-down, an indexed
search)."""

from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.views.main import ChangeList
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import localize
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from newsdesk.articles.admin import ArticleAdmin
from newsdesk.articles.html import sanitize_body
from newsdesk.articles.models import Article, DayCount
from newsdesk.portal.models import Portal

from .. import audit, lookup, workflow
from ..roles import can_publish
from .forms import ArticleForm, ScheduleForm, WithdrawForm

# Actions only editors may take; a contributor posting one gets 403 and an audit entry.
PUBLISHING_ACTIONS = {"publish", "schedule", "withdraw", "pin", "unpin", "approve", "reject"}
CONTRIBUTOR_READONLY = ("published_at", "pinned", "breaking", "withdrawal_notice", "source", "original_url")
INTERNAL = ("fingerprint", "counted_day", "created_by", "created_at", "updated_at", "corrected_at")


class LanguageFilter(admin.SimpleListFilter):
    """Languages without counting articles: the editions, and any other language the day counts
    know (a small table)."""

    title = _("language")
    parameter_name = "language"

    def lookups(self, request, model_admin):
        editions = Portal.load().language_list
        stored = set(DayCount.objects.order_by().values_list("language", flat=True).distinct())
        others = sorted(stored - set(editions))
        return [(c, c) for c in editions] + [(c, f"{c} – " + str(_("no edition: not shown"))) for c in others]

    def queryset(self, request, queryset):
        return queryset.filter(language=self.value()) if self.value() else queryset


class IndexedOrderList(ChangeList):
    """A change list that sorts only by the columns it offers to sort by: a hand-made ?o= for
    another column would sort the whole archive."""

    def get_ordering_field(self, field_name):
        if self.sortable_by is not None and field_name not in self.sortable_by:
            return None
        return super().get_ordering_field(field_name)


def verb_of(before_status: str | None, article: Article) -> str:
    """The audit log's name for a save, from the status it leaves the article in."""
    if before_status is None:
        return "add"
    if article.status == before_status:
        return "edit"
    if article.status == Article.Status.PUBLISHED:
        return "schedule" if article.published_at > timezone.now() else "publish"
    return {Article.Status.WITHDRAWN: "withdraw", Article.Status.PENDING: "submit"}.get(article.status, "edit")


def done(n: int, singular: str, plural: str) -> str:
    return ngettext(singular, plural, n) % {"n": n}


class DeskArticleAdmin(ArticleAdmin):
    form = ArticleForm
    list_display = ("headline", "state", "published_at", "language", "section", "agency", "pinned", "breaking")
    list_filter = ("status", LanguageFilter, "pinned", "breaking", ("published_at", admin.DateFieldListFilter), "section")
    date_hierarchy = None  # its drill-down reads the dates of every article in the list
    search_fields = ("headline",)  # answered by lookup.find, never by LIKE '%…%' over the table
    search_help_text = _("The start of a headline, or an article's original address.")
    actions = ["publish", "schedule", "withdraw", "pin", "unpin"]
    list_per_page = 50
    show_facets = admin.ShowFacets.NEVER  # "show counts" would count the archive once per choice
    sortable_by = ("published_at",)  # the one order an index serves at any size; the rest are filters
    readonly_fields = INTERNAL
    fieldsets = (
        (None, {"fields": ("headline", "slug", "summary", "body")}),
        (_("Publishing"), {"fields": ("status", "published_at", "time_zone", "pinned", "breaking", "withdrawal_notice")}),
        (_("Placement"), {"fields": ("language", "section", "places")}),
        (_("Source"), {"fields": ("source", "agency", "original_url", "author", "lead_image_url")}),
        (_("Internal"), {"fields": INTERNAL, "classes": ("collapse",)}),
    )

    @admin.display(description=_("status"), ordering="status")
    def state(self, article):
        if article.status == Article.Status.PUBLISHED and article.published_at and article.published_at > timezone.now():
            return _("Scheduled")
        return article.get_status_display()

    def get_changelist(self, request, **kwargs):
        return IndexedOrderList

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if not can_publish(request.user):
            queryset = queryset.filter(created_by=request.user)  # contributors work on their own
        match = request.resolver_match
        if match and match.url_name and match.url_name.endswith("changelist"):
            queryset = queryset.defer("body")  # a page of lists needs no bodies
        return queryset

    def get_search_results(self, request, queryset, search_term):
        return lookup.find(queryset, search_term), False

    def get_readonly_fields(self, request, obj=None):
        if can_publish(request.user):
            return INTERNAL
        return INTERNAL + CONTRIBUTOR_READONLY

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "status" and not can_publish(request.user):
            kwargs["choices"] = [(s.value, s.label) for s in (Article.Status.DRAFT, Article.Status.PENDING)]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or can_publish(request.user):
            return True
        return obj.created_by_id == request.user.pk and obj.status in (Article.Status.DRAFT, Article.Status.PENDING)

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and request.POST.get("action") in PUBLISHING_ACTIONS:
            ids = [i for i in request.POST.getlist(helpers.ACTION_CHECKBOX_NAME) if i.isdigit()]
            workflow.require_publisher(request.user, request.POST["action"], Article.objects.filter(pk__in=ids[:100]))
        return super().changelist_view(request, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        publishing = request.POST.get("status") in (Article.Status.PUBLISHED, Article.Status.WITHDRAWN)
        if request.method == "POST" and (publishing or "_approve" in request.POST or "_reject" in request.POST):
            target = Article.objects.filter(pk=object_id).first() if str(object_id or "").isdigit() else None
            workflow.require_publisher(request.user, request.POST.get("status") or "approve", [target] if target else [])
        return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        stored = Article.objects.filter(pk=obj.pk).first() if change else None
        before = audit.snapshot(stored) if stored else {}
        if stored is None:
            obj.created_by = request.user
        elif stored.is_public and (obj.headline != stored.headline or sanitize_body(obj.body) != stored.body):
            obj.corrected_at = timezone.now()  # a correction: the time stamp stays, "Updated" is shown
        super().save_model(request, obj, form, change)
        verb = verb_of(stored.status if stored else None, obj)
        audit.record(request.user, verb, obj, audit.changed(before, audit.snapshot(obj)))

    @admin.action(description=_("Publish now"), permissions=["publish"])
    def publish(self, request, queryset):
        n = workflow.apply(request.user, "publish", queryset, workflow.publish_now)
        self.message_user(request, done(n, "%(n)d article published.", "%(n)d articles published."))

    @admin.action(description=_("Schedule at a time…"), permissions=["publish"])
    def schedule(self, request, queryset):
        form = ScheduleForm(request.POST if "confirm" in request.POST else None)
        if not form.is_valid():
            return self.action_page(request, queryset, form, "schedule", _("Schedule"))
        when = form.cleaned_data["when"]
        n = workflow.apply(request.user, "schedule", queryset, workflow.scheduler(when))
        stamp = localize(timezone.localtime(when, Portal.load().zone))
        self.message_user(request, done(n, "%(n)d article scheduled", "%(n)d articles scheduled") + f" ({stamp}).")

    @admin.action(description=_("Withdraw with a notice…"), permissions=["publish"])
    def withdraw(self, request, queryset):
        form = WithdrawForm(request.POST if "confirm" in request.POST else None)
        if not form.is_valid():
            return self.action_page(request, queryset, form, "withdraw", _("Withdraw"))
        n = workflow.apply(request.user, "withdraw", queryset, workflow.withdrawer(form.cleaned_data["notice"]))
        self.message_user(request, done(n, "%(n)d article withdrawn.", "%(n)d articles withdrawn."))

    @admin.action(description=_("Pin to the front page"), permissions=["publish"])
    def pin(self, request, queryset):
        n = workflow.apply(request.user, "pin", queryset, workflow.pinner(True))
        self.message_user(request, done(n, "%(n)d article pinned.", "%(n)d articles pinned."))

    @admin.action(description=_("Unpin from the front page"), permissions=["publish"])
    def unpin(self, request, queryset):
        n = workflow.apply(request.user, "unpin", queryset, workflow.pinner(False))
        self.message_user(request, done(n, "%(n)d article unpinned.", "%(n)d articles unpinned."))

    def action_page(self, request, queryset, form, action: str, title):
        """The intermediate page of an action that needs a value (a time, a notice)."""
        context = {
            **self.admin_site.each_context(request),
            "title": title, "opts": self.model._meta, "articles": queryset[:100], "form": form,
            "action": action, "selected": queryset.values_list("pk", flat=True)[:100],
            "checkbox_name": helpers.ACTION_CHECKBOX_NAME, "media": self.media + form.media,
        }
        return TemplateResponse(request, "desk/action_form.html", context)


admin.site.unregister(Article)
admin.site.register(Article, DeskArticleAdmin)
