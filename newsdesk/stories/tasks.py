"""Huey tasks of stories, thin: a stored article joins its story in the background, so storing
(and the ingest rate) never waits for the model."""

import logging

from huey.contrib.djhuey import db_task

from . import assignment

logger = logging.getLogger(__name__)


@db_task()
def assign_story(article_id: int) -> str:
    outcome = assignment.assign(article_id)
    if outcome == "degraded":
        logger.error("article %s matched on facts alone: %s", article_id, assignment.degraded_reason())
    return outcome
