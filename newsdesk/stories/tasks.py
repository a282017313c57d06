"""Huey tasks of stories, thin: a stored article joins its story in the background, so storing
(and the ingest rate) never waits for the model."""

import logging

from huey.contrib.djhuey import db_task

from . import assignment, bulk, embedding, upkeep

logger = logging.getLogger(__name__)


@db_task()
def assign_story(article_id: int) -> str:
    outcome = assignment.assign(article_id)
    if outcome == "degraded":
        logger.error("article %s matched on facts alone: %s", article_id, upkeep.degraded_reason())
    return outcome


@db_task()
def assign_stories(article_ids: list[int]) -> int:
    """Articles written in bulk (an import's), queued in chunks by queueing.queue_unassigned."""
    if reason := embedding.available():
        logger.error("articles %s to %s matched on facts alone: %s", article_ids[0], article_ids[-1], reason)
    done = bulk.assign(article_ids)
    logger.info("%s of %s articles joined their stories", done, len(article_ids))
    return done
