"""What keeps stories in line after a version moves, shared by the matcher (assignment) and the
editors' changes (editing): spans, emptied stories, the pages to draw again, and whether matching
is degraded. Apart from assignment because that one loads numpy and the model's code: the admin
and the desk import this in every web worker, and only the job consumer matches."""

from datetime import datetime

from django.core.cache import cache

from newsdesk.articles import tags

from .models import Story, StoryVersion

OFF_KEY = "stories:off"  # why matching is degraded, for the admin (shared by every process)


def refresh_pages(story_id: int) -> None:
    """Every version's page names the story's agencies and languages: they are drawn again."""
    for article_id in StoryVersion.objects.filter(story_id=story_id).values_list("article_id", flat=True):
        tags.bump_for(tags.stored_state(article_id))


def widen(story_id: int, at: datetime) -> None:
    Story.objects.filter(pk=story_id, last_at__lt=at).update(last_at=at)
    Story.objects.filter(pk=story_id, first_at__gt=at).update(first_at=at)


def drop_empty(story_ids) -> None:
    """Stories left with no version (after a move or a merge) are deleted."""
    Story.objects.filter(pk__in=story_ids, versions__isnull=True).delete()


def degraded_reason() -> str:
    return cache.get(OFF_KEY) or ""
