"""The article form of the desk and the action forms (schedule, withdraw): every bad value gets
its message on the form and nothing is saved."""

import zoneinfo
from datetime import datetime

from django import forms
from django.conf import settings
from django.contrib.admin import widgets
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorFormField

from newsdesk.articles.html import sanitize_body
from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal

# The largest body an editor may save: ten times a long feature; the public page must stay light.
BODY_LIMIT = 500_000
# The editor's buttons, limited to what articles.html keeps (a test holds the two together).
EDITOR_EXTENSIONS = {
    "Paragraph": True, "HardBreak": True, "Heading": {"levels": [2, 3, 4]},
    "Bold": True, "Italic": True, "Subscript": True, "Superscript": True,
    "BulletList": True, "OrderedList": True, "ListItem": True, "Blockquote": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "Figure": True, "Caption": True, "Image": True,
    "Table": True, "TableRow": True, "TableHeader": True, "TableCell": True,
    "History": True, "HTML": True, "Typographic": True,
}


def zone_named(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise forms.ValidationError(
            _("%(zone)s is not a known time zone (e.g. Europe/Istanbul)."), params={"zone": name[:64]}
        ) from exc


def in_zone(moment: datetime | None, zone: zoneinfo.ZoneInfo) -> datetime | None:
    """The wall-clock time the form read in the site's zone, taken as a time in `zone`."""
    if moment is None:
        return None
    wall = timezone.make_naive(moment, timezone.get_current_timezone())
    return timezone.make_aware(wall, zone)


def language_choices(current: str = "") -> list[tuple[str, str]]:
    choices = [(code, str(name)) for code, name in settings.LANGUAGES]
    if current and current not in dict(choices):  # an ingested report in a language we have no edition for
        choices.append((current, current))
    return choices


class ZoneField(forms.CharField):
    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("help_text", _("The zone of the time given above (the site's own by default)."))
        super().__init__(**kwargs)

    def clean(self, value):
        return zone_named(super().clean(value) or Portal.load().time_zone)


class ArticleForm(forms.ModelForm):
    body = ProseEditorFormField(
        config={"extensions": EDITOR_EXTENSIONS}, sanitize=sanitize_body, required=False,
        widget=widgets.AdminTextareaWidget,
    )
    language = forms.ChoiceField(choices=language_choices)
    time_zone = ZoneField(required=False, label=_("Time zone"))

    class Meta:
        model = Article
        fields = (
            "headline", "slug", "summary", "body", "lead_image_url", "language", "published_at", "status",
            "section", "places", "source", "agency", "original_url", "author", "breaking", "pinned",
            "withdrawal_notice",
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices(self.instance.language if self.instance.pk else "")
        self.fields["time_zone"].initial = Portal.load().time_zone
        self.fields["slug"].required = False  # made from the headline when left empty

    def clean_body(self):
        body = self.cleaned_data.get("body") or ""
        if len(body) > BODY_LIMIT:
            raise forms.ValidationError(
                _("The body is %(size)s characters long; the most an article may have is %(limit)s."),
                params={"size": f"{len(body):,}", "limit": f"{BODY_LIMIT:,}"},
            )
        return body

    def clean(self):
        data = super().clean()
        zone = data.get("time_zone")
        if zone is not None and data.get("published_at") is not None:
            data["published_at"] = in_zone(data["published_at"], zone)
        return data


class ScheduleForm(forms.Form):
    when = forms.SplitDateTimeField(label=_("Publish at"), widget=widgets.AdminSplitDateTime)
    time_zone = ZoneField(required=False, label=_("Time zone"))

    def clean(self):
        data = super().clean()
        if data.get("when") is not None and data.get("time_zone") is not None:
            data["when"] = in_zone(data["when"], data["time_zone"])
            if data["when"] <= timezone.now():
                self.add_error("when", _("A schedule must be in the future; this time has passed."))
        return data


class WithdrawForm(forms.Form):
    notice = forms.CharField(
        label=_("Public notice"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown at the article's address (410 Gone). Leave empty to answer 'not found'."),
    )
