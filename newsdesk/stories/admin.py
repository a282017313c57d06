from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from . import editing, upkeep
from .models import AlsoReported, Story, StoryChange, StoryVersion


@admin.register(AlsoReported)
class AlsoReportedAdmin(admin.ModelAdmin):
    list_display = ("article", "agency", "url", "similarity", "reported_at")
    search_fields = ("agency", "url", "article__headline")
    raw_id_fields = ("article",)


class VersionInline(admin.TabularInline):
    model = StoryVersion
    fields = ("article", "language", "reported_at", "score", "pinned", "note")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True


def degraded_message(reason: str) -> str:
    return _("Story matching is degraded: %(reason)s. Reports are still stored, published and put into "
             "stories, but matched on places and numbers alone, so versions in other wording or languages "
             "may stand apart. Once the model loads, run 'newsdesk stories rebuild --force'.") % {"reason": reason}


def warn_when_degraded(request) -> None:
    reason = upkeep.degraded_reason()
    if reason:
        messages.error(request, degraded_message(reason))


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ("__str__", "lead", "first_at", "last_at")
    date_hierarchy = "last_at"
    raw_id_fields = ("lead",)
    readonly_fields = ("first_at", "last_at")
    inlines = [VersionInline]
    actions = ["merge_stories"]

    def changelist_view(self, request, extra_context=None):
        warn_when_degraded(request)
        return super().changelist_view(request, extra_context)

    @admin.action(description=_("Merge the selected stories into the oldest"))
    def merge_stories(self, request, queryset):
        stories = list(queryset.order_by("first_at", "id"))
        if len(stories) < 2:
            self.message_user(request, _("Choose two stories or more to merge."), messages.WARNING)
            return
        editing.merge(request.user, stories[0], stories[1:])
        self.message_user(request, _("Merged into %(story)s.") % {"story": stories[0]})

    def save_model(self, request, obj, form, change):
        if change and "lead" in form.changed_data and obj.lead_id:
            if not StoryVersion.objects.filter(story=obj, article_id=obj.lead_id).exists():
                messages.error(request, _("The lead must be one of the story's versions."))
                return
            editing.choose_lead(request.user, obj.lead_id)
            return
        super().save_model(request, obj, form, change)


class MoveForm(forms.ModelForm):
    to_story = forms.IntegerField(
        required=False, label=_("Move to story"),
        help_text=_("The id of another story; 0 gives the report a story of its own."),
    )
    make_lead = forms.BooleanField(required=False, label=_("Lead its story"))

    class Meta:
        model = StoryVersion
        fields = ()


@admin.register(StoryVersion)
class StoryVersionAdmin(admin.ModelAdmin):
    form = MoveForm
    list_display = ("article", "story", "language", "reported_at", "score", "pinned", "note")
    list_filter = ("pinned", "language")
    search_fields = ("article__headline",)
    readonly_fields = ("article", "story", "language", "reported_at", "score", "pinned", "note")

    def has_add_permission(self, request):
        return False

    def save_model(self, request, obj, form, change):
        target = form.cleaned_data.get("to_story")
        if target is not None and target != obj.story_id:
            story = None if target == 0 else Story.objects.filter(pk=target).first()
            if target and story is None:
                messages.error(request, _("There is no story %(id)s.") % {"id": target})
                return
            editing.move(request.user, obj.article_id, story)
        if form.cleaned_data.get("make_lead"):
            editing.choose_lead(request.user, obj.article_id)


@admin.register(StoryChange)
class StoryChangeAdmin(admin.ModelAdmin):
    list_display = ("at", "user", "action", "story", "article", "detail")
    list_filter = ("action",)
    readonly_fields = ("at", "user", "action", "story", "article", "detail")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
