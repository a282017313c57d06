from django.db import models
from django.utils.translation import gettext_lazy as _

from . import renditions


class Image(models.Model):
    """One image an agency published, at its address; its bytes are kept once per content hash."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be fetched")
        READY = "ready", _("Ready")
        REFUSED = "refused", _("Refused")  # the bytes or the address are not acceptable
        FAILED = "failed", _("Failed")  # the agency's server did not give it

    # A plain text field: the address is the agency's, kept as given, and demo images have none.
    source_url = models.CharField(max_length=1000, unique=True)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    format = models.CharField(max_length=8, blank=True)
    caption = models.CharField(max_length=500, blank=True, help_text=_("Caption or alternative text."))
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    fetched_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["status", "created_at"], name="image_status")]

    def __str__(self):
        return self.source_url

    @property
    def ready(self) -> bool:
        return self.status == self.Status.READY and bool(self.sha256) and bool(self.width)

    def widths(self) -> list[int]:
        return renditions.widths_for(self.width or 0)

    def height_at(self, width: int) -> int:
        return renditions.height_at(self.width, self.height, width)


class LeadImage(models.Model):
    """The image shown above an article; kept beside Article so the articles app need not know."""

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, primary_key=True, related_name="leadimage"
    )
    image = models.ForeignKey(Image, on_delete=models.CASCADE, related_name="leads")

    def __str__(self):
        return f"{self.article_id}: {self.image.source_url}"
