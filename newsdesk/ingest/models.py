"""Entries seen in feeds: the durable to-do list between polling a feed and storing its reports.

A poll writes one row per new entry before any task is queued, so a worker killed in the middle
of an entry loses nothing: the row stays `new` and is picked up again.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Entry(models.Model):
    class State(models.TextChoices):
        NEW = "new", _("Waiting")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="entries")
    url = models.URLField(max_length=1000, unique=True, help_text=_("Canonical URL of the report."))
    data = models.JSONField(default=dict, help_text=_("The entry as the feed gave it."))
    state = models.CharField(max_length=8, choices=State.choices, default=State.NEW)
    outcome = models.CharField(max_length=20, blank=True)
    article = models.ForeignKey("articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    attempts = models.PositiveSmallIntegerField(default=0)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = _("entries")
        indexes = [models.Index(fields=["state", "claimed_until"], name="entry_waiting")]

    def __str__(self) -> str:
        return self.url
