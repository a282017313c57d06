"""The search index's own rows: one per published article, written only by newsdesk.search.

Filters and ordering read these columns; the words themselves live in the backend's structure
beside this table (an FTS5 table on SQLite, a tsvector column with a GIN index on PostgreSQL).
"""

from django.db import models


class Entry(models.Model):
    article_id = models.BigIntegerField(primary_key=True)
    language = models.CharField(max_length=8)
    published_at = models.DateTimeField()
    section_id = models.BigIntegerField(null=True)
    source_id = models.BigIntegerField(null=True)
    # The backend's own key for the article's words, where it has one (SQLite: the FTS5 row id).
    row_key = models.BigIntegerField(null=True)

    class Meta:
        verbose_name_plural = "entries"

    def __str__(self) -> str:
        return f"search entry {self.article_id}"
