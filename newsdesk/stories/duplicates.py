"""Finding and recording near-duplicates in the database (the I/O side of fingerprints)."""

from datetime import timedelta

from django.db import connection
from django.utils import timezone

from newsdesk.articles.models import Article

from . import fingerprints
from .models import AlsoReported, StoryBand, StoryPrint

WINDOW = timedelta(days=7)  # wire stories are re-reported within days, not months


def nearest(sig: bytes, *, exclude_source_id: int | None = None) -> tuple[int, float] | None:
    """(article id, similarity) of the closest recent report at or above the threshold."""
    best = None
    for article_id, other in candidates(fingerprints.band_keys(sig), timezone.now() - WINDOW, exclude_source_id):
        score = fingerprints.similarity(sig, bytes(other))
        if score >= fingerprints.THRESHOLD and (best is None or score > best[1]):
            best = (article_id, score)
    return best


def candidates(keys: list[int], since, exclude_source_id: int | None) -> list[tuple[int, bytes]]:
    """The signatures of recent prints sharing a band key, newest first, bounded (a wire story
    has few copies). Written as SQL: building this query through the ORM cost more CPU than
    running it, once per stored report."""
    table, band, article = (m._meta.db_table for m in (StoryPrint, StoryBand, Article))
    other_source = ""
    params = [*keys, connection.ops.adapt_datetimefield_value(since)]
    if exclude_source_id is not None:
        other_source = "AND (a.source_id IS NULL OR a.source_id <> %s)"
        params.append(exclude_source_id)
    sql = (
        f"SELECT p.article_id, p.signature FROM {table} p JOIN {article} a ON a.id = p.article_id "
        f"WHERE p.article_id IN (SELECT story_id FROM {band} WHERE {connection.ops.quote_name('key')} IN ({', '.join(['%s'] * len(keys))})) "
        f"AND p.created_at >= %s {other_source} ORDER BY p.created_at DESC LIMIT 200"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def remember(article, sig: bytes) -> None:
    """Index a stored article's signature so that later reports can find it."""
    story = StoryPrint.objects.create(article=article, signature=sig)
    StoryBand.objects.bulk_create([StoryBand(story=story, key=k) for k in fingerprints.band_keys(sig)])


def credit(article_id: int, *, source, agency: str, url: str, headline: str, score: float) -> bool:
    """Record another agency's report on the first article; False when it was recorded already."""
    _, created = AlsoReported.objects.get_or_create(
        article_id=article_id, url=url,
        defaults={"source": source, "agency": agency, "headline": headline[:300], "similarity": score},
    )
    return created
