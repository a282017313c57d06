"""What the desk keeps beside the articles: the audit log of editorial actions, the review queue's
view of reports, where imported items came from, the old site's addresses and static pages."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from newsdesk.articles.html import sanitize_body
from newsdesk.articles.models import Article


class Page(models.Model):
    """A static page (About, Contact) served at its own path when nothing else answers there."""

    title = models.CharField(max_length=300)
    path = models.CharField(
        max_length=500, unique=True, help_text=_("Its address, e.g. /about/ (decoded, with slashes).")
    )
    body = models.TextField(blank=True, help_text=_("HTML; sanitised on save."))
    language = models.CharField(max_length=8, default="en")
    published = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["path"]

    def __str__(self) -> str:
        return f"{self.title} ({self.path})"

    def save(self, *args, **kwargs):
        self.body = sanitize_body(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.path


class ImportedItem(models.Model):
    """One WordPress item as last imported: its identity in the export (post id and GUID), what
    it became, and a digest of what was read, so a second run of the same file changes nothing."""

    post_id = models.BigIntegerField()
    guid = models.CharField(max_length=1000)
    post_type = models.CharField(max_length=40)
    link = models.CharField(max_length=1000, blank=True)
    digest = models.CharField(max_length=64)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # An attachment's file; a post's featured image (attachment id) until it is resolved.
    attachment_url = models.URLField(max_length=1000, blank=True)
    thumbnail_id = models.BigIntegerField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["post_id", "guid"], name="importeditem_identity")]
        indexes = [models.Index(fields=["post_type", "post_id"], name="importeditem_type_id")]

    def __str__(self) -> str:
        return f"{self.post_type} {self.post_id}"


class Redirect(models.Model):
    """An address of the old site that answers 301 with its new place. `old` is the decoded
    path without a trailing slash, with its query if it has one (`/?p=12`)."""

    old = models.CharField(max_length=1000, unique=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    page = models.ForeignKey(Page, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    target = models.CharField(max_length=1000, blank=True, help_text=_("A path, when not an article or a page."))

    def __str__(self) -> str:
        return f"{self.old} -> {self.target or self.article_id or self.page_id}"

    def destination(self) -> str | None:
        """Where it points now (an article's address follows its edits); None when the article
        is not public, so the old address answers 404 as the new one would."""
        if self.article_id:
            return self.article.get_absolute_url() if self.article.is_public else None
        if self.page_id:
            return self.page.path if self.page.published else None
        return self.target or None


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
