from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsdesk.articles.models import Article


class AuditEntry(models.Model):
    """One editorial action: who did what to which article, with the changed fields' values before
    and after. Written by the desk, never edited."""

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    username = models.CharField(max_length=150, blank=True)  # kept when the account is deleted
    action = models.CharField(max_length=40)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    headline = models.CharField(max_length=300, blank=True)
    changes = models.JSONField(default=dict, blank=True, help_text=_("field: [before, after]"))
    denied = models.BooleanField(default=False, help_text=_("Refused: the user had no right to do it."))

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.headline}"


class QueuedReport(Article):
    """A report waiting for an editor (status pending): the review queue's view of Article."""

    class Meta:
        proxy = True
        verbose_name = _("report waiting for review")
        verbose_name_plural = _("reports waiting for review")
