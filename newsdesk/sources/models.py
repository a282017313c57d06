"""Where copy comes from: an agency's feed, its publishing policy and its health."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Source(models.Model):
    name = models.CharField(max_length=120)
    homepage = models.URLField(max_length=500, blank=True)
    feed_url = models.URLField(max_length=1000, unique=True)
    language = models.CharField(max_length=8, blank=True, help_text=_("Empty: detect per article."))
    default_section = models.ForeignKey(
        "articles.Section", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    default_place = models.ForeignKey("articles.Place", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    auto_publish = models.BooleanField(default=False, help_text=_("Publish at once instead of waiting for an editor."))
    min_interval = models.PositiveIntegerField(default=300, help_text=_("Seconds; the shortest poll interval."))
    max_interval = models.PositiveIntegerField(default=3600, help_text=_("Seconds; the longest poll interval."))
    enabled = models.BooleanField(default=True)

    # Health, written by ingestion.
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    paused = models.BooleanField(default=False, help_text=_("Set after repeated failures; clear to resume."))
    poll_interval = models.PositiveIntegerField(
        default=0, help_text=_("Seconds; adapted to how often the agency publishes (0: not yet known).")
    )
    last_new_items = models.PositiveIntegerField(default=0, help_text=_("New entries at the last successful poll."))

    # Conditional GET: what the agency's server said last time, sent back to get a 304.
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    # The learned layout of the agency's article pages (newsdesk.extract.SiteTemplate.to_dict()).
    site_template = models.JSONField(default=dict, blank=True)
    # A poll in progress: another consumer leaves the source alone until this moment.
    polling_until = models.DateTimeField(null=True, blank=True, editable=False)
    allow_private_address = models.BooleanField(
        default=False,
        help_text=_("Fetch from a private or local address (an agency on your own network, the demo agency)."),
    )

    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def state(self) -> str:
        if not self.enabled:
            return "disabled"
        return "paused" if self.paused else "enabled"
