"""Stories for articles written in bulk: bulk writes send no signals, so the writer hands its
articles here once they are stored, and they join their stories in the background (Huey tasks
of a few hundred articles each, oldest first), the writer waiting for none of it."""

import logging

from .tasks import assign_stories

logger = logging.getLogger(__name__)

CHUNK = 500  # articles a task: about a minute of one consumer's work, lost at most if it dies


def queue_unassigned(articles) -> int:
    """Queue those of `articles` (a queryset) that have no story yet; returns how many were
    queued. A queue that cannot be reached is logged and reported as 0: the articles are
    stored, and `newsdesk stories rebuild` assigns them later."""
    ids = list(articles.filter(story_version__isnull=True).order_by("published_at", "id").values_list("id", flat=True))
    queued = 0
    try:
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            assign_stories(chunk)
            queued += len(chunk)
    except Exception:  # the queue being down must not fail what was stored
        logger.exception("%s articles not queued for their stories", len(ids) - queued)
    return queued
