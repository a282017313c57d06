"""Finding and recording near-duplicates in the database (the I/O side of fingerprints)."""

from datetime import timedelta

from django.utils import timezone

from . import fingerprints
from .models import AlsoReported, StoryBand, StoryPrint

WINDOW = timedelta(days=7)  # wire stories are re-reported within days, not months


def nearest(sig: bytes, *, exclude_source_id: int | None = None) -> tuple[int, float] | None:
    """(article id, similarity) of the closest recent report at or above the threshold."""
    since = timezone.now() - WINDOW
    candidates = StoryBand.objects.filter(key__in=fingerprints.band_keys(sig)).values("story_id")
    # One query: the candidates' signatures, newest first, bounded (a wire story has few copies).
    prints = StoryPrint.objects.filter(article_id__in=candidates, created_at__gte=since).order_by("-created_at")
    if exclude_source_id is not None:
        prints = prints.exclude(article__source_id=exclude_source_id)
    best = None
    for article_id, other in prints.values_list("article_id", "signature")[:200]:
        score = fingerprints.similarity(sig, bytes(other))
        if score >= fingerprints.THRESHOLD and (best is None or score > best[1]):
            best = (article_id, score)
    return best


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
