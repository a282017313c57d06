"""The review queue: reports from sources that need an editor (status pending), newest first,
approved or rejected one by one from their row, in bulk, or after an edit."""

from django.contrib import admin
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.db.models import Prefetch
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from newsdesk.articles.models import Article, Place
from newsdesk.stories.models import AlsoReported

from .. import workflow
from ..editing.admin import DeskArticleAdmin, LanguageFilter, done
from ..models import QueuedReport
from ..roles import can_publish

ROW_ACTIONS = {"approve_one": ("approve", workflow.publish_now), "reject_one": ("reject", workflow.reject)}


@admin.register(QueuedReport)
class QueueAdmin(DeskArticleAdmin):
    # The decision first: at any screen width it is seen without scrolling sideways.
    list_display = ("row_buttons", "headline", "origin", "placement", "also_from", "received")
    list_display_links = ("headline",)
    list_filter = ("source", LanguageFilter, "section")
    list_select_related = ("source", "section")
    actions = ["approve", "reject"]
    change_form_template = "desk/queue_change_form.html"
    change_list_template = "desk/queue_change_list.html"
    list_per_page = 50
    sortable_by = None  # the waiting few sort in memory

    def get_queryset(self, request):
        places = Prefetch("places", queryset=Place.objects.only("name"))
        also = Prefetch("also_reported", queryset=AlsoReported.objects.only("agency", "url", "article_id"))
        return (
            super().get_queryset(request).filter(status=Article.Status.PENDING)
            .prefetch_related(places, also).order_by("-created_at", "-id")
        )

    # The queue is the editors' own: contributors neither see nor act on it.
    def has_module_permission(self, request):
        return can_publish(request.user)

    def has_view_permission(self, request, obj=None):
        return can_publish(request.user)

    def has_change_permission(self, request, obj=None):
        return can_publish(request.user)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("received"), ordering="created_at")
    def received(self, report):
        return naturaltime(report.created_at)

    @admin.display(description=_("source"))
    def origin(self, report):
        return f"{report.source or report.agency or '-'} ({report.language})"

    @admin.display(description=_("suggested"))
    def placement(self, report):
        return " · ".join([report.section.name if report.section else "-", *(p.name for p in report.places.all())])

    @admin.display(description=_("also from"))
    def also_from(self, report):
        others = report.also_reported.all()
        return format_html_join(", ", '<a href="{}" rel="noopener nofollow">{}</a>', ((o.url, o.agency) for o in others))

    @admin.display(description=_("decide"))
    def row_buttons(self, report):
        return format_html(
            '<button type="submit" name="approve_one" value="{}" class="button desk-approve">{}</button> '
            '<button type="submit" name="reject_one" value="{}" class="button desk-reject">{}</button>',
            report.pk, _("Approve"), report.pk, _("Reject"),
        )

    def changelist_view(self, request, extra_context=None):
        row = next((key for key in ROW_ACTIONS if key in request.POST), None)
        if request.method == "POST" and row:
            return self.decide_one(request, row)
        return super().changelist_view(request, extra_context)

    def decide_one(self, request, row: str):
        verb, change = ROW_ACTIONS[row]
        value = request.POST[row]
        target = Article.objects.filter(pk=value).first() if value.isdigit() else None
        workflow.require_publisher(request.user, verb, [target] if target else [])
        report = get_object_or_404(self.get_queryset(request), pk=value) if target else None
        if report is None:
            return HttpResponseRedirect(request.path)
        workflow.apply(request.user, verb, [report], change)
        message = _("Approved and published: %(h)s") if verb == "approve" else _("Rejected: %(h)s")
        self.message_user(request, message % {"h": report.headline})
        return HttpResponseRedirect(request.get_full_path())

    def response_change(self, request, obj):
        for key, (verb, change) in (("_approve", ROW_ACTIONS["approve_one"]), ("_reject", ROW_ACTIONS["reject_one"])):
            if key in request.POST:
                workflow.apply(request.user, verb, [obj], change)
                self.message_user(request, done(1, f"%(n)d report {verb}d.", f"%(n)d reports {verb}d."))
                return HttpResponseRedirect("../../")
        return super().response_change(request, obj)

    @admin.action(description=_("Approve and publish now"), permissions=["publish"])
    def approve(self, request, queryset):
        n = workflow.apply(request.user, "approve", queryset, workflow.publish_now)
        self.message_user(request, done(n, "%(n)d report approved and published.", "%(n)d reports approved and published."))

    @admin.action(description=_("Reject"), permissions=["publish"])
    def reject(self, request, queryset):
        n = workflow.apply(request.user, "reject", queryset, workflow.reject)
        self.message_user(request, done(n, "%(n)d report rejected.", "%(n)d reports rejected."))
