"""Identity across agencies: MinHash prints of stored reports, and who else reported a story."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StoryPrint(models.Model):
    """The MinHash signature of an article's text, kept to find near-duplicates of it later."""

    article = models.OneToOneField("articles.Article", on_delete=models.CASCADE, primary_key=True, related_name="story_print")
    signature = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"print of article {self.article_id}"


class StoryBand(models.Model):
    """One LSH band key of a print: reports sharing a key are compared (the LSH index, in SQL)."""

    story = models.ForeignKey(StoryPrint, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"band {self.key} of article {self.story_id}"


class AlsoReported(models.Model):
    """Another agency's report of the same story: credited on the article, not stored twice."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="also_reported")
    source = models.ForeignKey("sources.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    agency = models.CharField(max_length=120)
    url = models.URLField(max_length=1000)
    headline = models.CharField(max_length=300, blank=True)
    similarity = models.FloatField(help_text=_("Estimated Jaccard similarity of the texts."))
    reported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["reported_at", "id"]
        verbose_name_plural = _("also reported by")
        constraints = [models.UniqueConstraint(fields=["article", "url"], name="also_reported_once")]

    def __str__(self) -> str:
        return f"{self.agency}: {self.url}"


class Story(models.Model):
    """The reports of one event, from any agency in any language, within days of each other."""

    lead = models.ForeignKey(
        "articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("The version an editor chose to lead; empty: the first in each edition."),
    )
    first_at = models.DateTimeField(help_text=_("When its first report was published."))
    last_at = models.DateTimeField(help_text=_("When its latest report was published."))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-last_at", "-id"]
        verbose_name_plural = _("stories")

    def __str__(self) -> str:
        return f"story {self.pk}"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("story", kwargs={"pk": self.pk})


class StoryVersion(models.Model):
    """An article's place in a story, with what matching needs of it kept beside it: its sentence
    vector (float16 bytes, empty when the model cannot read it) and its facts."""

    article = models.OneToOneField(
        "articles.Article", on_delete=models.CASCADE, primary_key=True, related_name="story_version"
    )
    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="versions")
    reported_at = models.DateTimeField(db_index=True)
    language = models.CharField(max_length=8)
    vector = models.BinaryField(blank=True, default=b"")
    facts = models.JSONField(default=dict, blank=True)
    score = models.FloatField(default=0.0, help_text=_("How well it matched the story when it joined."))
    pinned = models.BooleanField(
        default=False, help_text=_("Placed by an editor: the automatic matcher leaves it where it is.")
    )
    note = models.CharField(max_length=200, blank=True, help_text=_("Why matching could only use some signals."))

    class Meta:
        ordering = ["reported_at", "article_id"]

    def __str__(self) -> str:
        return f"article {self.article_id} in story {self.story_id}"


class StoryChange(models.Model):
    """What an editor did to stories: who, when, what."""

    class Action(models.TextChoices):
        MERGE = "merge", _("Merged stories")
        MOVE = "move", _("Moved a report to another story")
        SPLIT = "split", _("Gave a report a story of its own")
        LEAD = "lead", _("Chose the lead version")

    story = models.ForeignKey(Story, null=True, on_delete=models.SET_NULL, related_name="changes")
    article = models.ForeignKey("articles.Article", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=10, choices=Action.choices)
    detail = models.CharField(max_length=300, blank=True)
    user = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} ({self.story_id}) by {self.user} at {self.at:%Y-%m-%d %H:%M}"
