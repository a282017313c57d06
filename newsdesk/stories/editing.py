"""What editors do to stories, each in one transaction and recorded (who, when, what). A report an
editor placed is pinned: the automatic matcher never moves it again."""

from django.db import transaction

from . import upkeep
from .models import Story, StoryChange, StoryVersion


def record(user, action: str, story_id: int | None, article_id: int | None = None, detail: str = "") -> None:
    StoryChange.objects.create(user=user, action=action, story_id=story_id, article_id=article_id, detail=detail[:300])


def merge(user, keep: Story, others: list[Story]) -> None:
    """Every version of `others` moves into `keep` (pinned there); the emptied stories go."""
    with transaction.atomic():
        ids = [s.pk for s in others if s.pk != keep.pk]
        for story_id in ids:
            upkeep.refresh_pages(story_id)
        moved = StoryVersion.objects.filter(story_id__in=ids)
        span = [keep.first_at, keep.last_at, *moved.values_list("reported_at", flat=True)]
        moved.update(story=keep, pinned=True)
        Story.objects.filter(pk=keep.pk).update(first_at=min(span), last_at=max(span))
        StoryVersion.objects.filter(story=keep).update(pinned=True)
        upkeep.drop_empty(ids)
        upkeep.refresh_pages(keep.pk)
        record(user, StoryChange.Action.MERGE, keep.pk, detail=f"merged stories {', '.join(map(str, ids))}")


def move(user, article_id: int, story: Story | None) -> Story:
    """The report to `story`, or to a story of its own when None; pinned either way."""
    with transaction.atomic():
        version = StoryVersion.objects.select_for_update().get(article_id=article_id)
        old = version.story_id
        upkeep.refresh_pages(old)
        if story is None:
            story = Story.objects.create(first_at=version.reported_at, last_at=version.reported_at)
            action = StoryChange.Action.SPLIT
        else:
            upkeep.widen(story.pk, version.reported_at)
            action = StoryChange.Action.MOVE
        version.story, version.pinned = story, True
        version.save(update_fields=["story", "pinned"])
        Story.objects.filter(pk=old, lead_id=article_id).update(lead=None)
        upkeep.drop_empty([old])
        upkeep.refresh_pages(story.pk)
        record(user, action, story.pk, article_id, f"from story {old}")
    return story


def choose_lead(user, article_id: int) -> None:
    with transaction.atomic():
        version = StoryVersion.objects.get(article_id=article_id)
        Story.objects.filter(pk=version.story_id).update(lead_id=article_id)
        upkeep.refresh_pages(version.story_id)
        record(user, StoryChange.Action.LEAD, version.story_id, article_id)
