"""Finding and recording near-duplicates in the database (the I/O side of fingerprints)."""

from datetime import timedelta

from django.db import connection
from django.utils import timezone

from newsdesk.articles import tags
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


def hold_bands(sig: bytes) -> None:
    """Make other transactions storing a report with any of these band keys wait until this one
    ends, so that of two near-duplicates stored at once the second sees the first. SQLite needs
    nothing: its write transactions (IMMEDIATE) run one at a time already. Sorted, so that two
    transactions never take the same keys in opposite orders."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:  # one round trip; unnest keeps the array's order
        cursor.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k",
                       [sorted(set(fingerprints.band_keys(sig)))])


def candidates(keys: tuple[int, ...], since, exclude_source_id: int | None) -> list[tuple[int, bytes]]:
    """The signatures of recent prints sharing a band key, newest first, bounded (a wire story
    has few copies). Plain SQL: building these queries through the ORM cost more CPU than running
    them. Two steps, the band keys first: most reports share none, and then one query is enough;
    and PostgreSQL, given them as one query, may walk every recent print instead."""
    table, band, article = (m._meta.db_table for m in (StoryPrint, StoryBand, Article))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT DISTINCT story_id FROM {band} WHERE {connection.ops.quote_name('key')} IN ({marks(keys)})",
            keys,
        )
        ids = [row[0] for row in cursor.fetchall()]
        if not ids:
            return []
        params = [*ids, connection.ops.adapt_datetimefield_value(since)]
        other_source = ""
        if exclude_source_id is not None:
            other_source = "AND (a.source_id IS NULL OR a.source_id <> %s)"
            params.append(exclude_source_id)
        cursor.execute(
            f"SELECT p.article_id, p.signature FROM {table} p JOIN {article} a ON a.id = p.article_id "
            f"WHERE p.article_id IN ({marks(ids)}) AND p.created_at >= %s {other_source} "
            "ORDER BY p.created_at DESC LIMIT 200",
            params,
        )
        return cursor.fetchall()


def marks(values: list) -> str:
    return ", ".join(["%s"] * len(values))


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
    if created:  # its page lists the agencies that also reported it
        tags.bump_for(tags.stored_state(article_id))
    return created
