"""A new article is queued for its story once its transaction commits (whoever stored it:
ingestion, an editor in the admin); the demo's bulk load assigns its own in bulk."""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from newsdesk.articles.models import Article

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Article, dispatch_uid="stories-queue-new-article")
def queue_new_article(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        transaction.on_commit(lambda: queue(instance.pk))


def queue(article_id: int) -> None:
    from .tasks import assign_story

    try:
        assign_story(article_id)
    except Exception:  # the queue being down must not undo or fail a stored article
        logger.exception("article %s not queued for its story", article_id)
