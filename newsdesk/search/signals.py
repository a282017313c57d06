"""The index follows every article write in the same transaction: publish, edit, withdraw,
reschedule and delete are seen by the next search. Articles never import search."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsdesk.articles.models import Article

from . import indexing


@receiver(post_save, sender=Article)
def follow_article(sender, instance, raw=False, **kwargs):
    if not raw:
        indexing.follow([instance])


@receiver(post_delete, sender=Article)
def forget_article(sender, instance, **kwargs):
    indexing.forget([instance.pk])
