from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from newsdesk.portal.models import Portal

from . import changes, counts
from .models import Article, Section


@receiver(post_delete, sender=Article)
def uncount_deleted(sender, instance, **kwargs):
    if instance.counted_day is not None:
        counts.move((instance.counted_day, instance.language), None)
    changes.bump_on_commit()


@receiver(post_save, sender=Article)
def refresh_pages(sender, instance, **kwargs):
    changes.bump_on_commit()  # an edit changes pages even when no count moves


@receiver(pre_save, sender=Portal)
def remember_time_zone(sender, instance, **kwargs):
    instance._previous_time_zone = Portal.objects.filter(pk=instance.pk).values_list("time_zone", flat=True).first()


@receiver(post_save, sender=Portal)
def recount_on_new_time_zone(sender, instance, **kwargs):
    # Days are the site's days: a new zone moves articles near midnight to another day.
    previous = getattr(instance, "_previous_time_zone", None)
    if previous is not None and previous != instance.time_zone:
        counts.rebuild(instance)


@receiver(post_save, sender=Portal)
def refresh_header(sender, instance, **kwargs):
    changes.bump()  # the header carries the site's name, links and dates


@receiver(post_save, sender=Section)
@receiver(post_delete, sender=Section)
def refresh_section_menu(sender, **kwargs):
    changes.bump()  # the header lists the sections
