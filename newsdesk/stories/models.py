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
