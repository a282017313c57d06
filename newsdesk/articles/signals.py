from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from newsdesk.portal.models import Portal

from . import changes, counts, tags
from .models import Article, Place, Section


@receiver(pre_save, sender=Article)
def remember_where_it_showed(sender, instance, **kwargs):
    instance._shown_as = tags.stored_state(instance.pk) if instance.pk else None


@receiver(post_save, sender=Article)
def refresh_pages(sender, instance, **kwargs):
    # Where it showed and where it shows now: an edit changes pages even when no count moves.
    tags.bump_for(getattr(instance, "_shown_as", None), tags.state_of(instance))


@receiver(m2m_changed, sender=Article.places.through)
def refresh_country_pages(sender, instance, action, reverse, **kwargs):
    # Before a removal (the old countries) and after an addition (the new ones).
    if not reverse and action in ("pre_remove", "pre_clear", "post_add", "post_remove"):
        tags.bump_for(tags.state_of(instance))


@receiver(pre_delete, sender=Article)
def remember_before_delete(sender, instance, **kwargs):
    instance._shown_as = tags.state_of(instance)


@receiver(post_delete, sender=Article)
def uncount_deleted(sender, instance, **kwargs):
    if instance.counted_day is not None:
        counts.move((instance.counted_day, instance.language), None)
    tags.bump_for(getattr(instance, "_shown_as", None))


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
@receiver(post_save, sender=Section)
@receiver(post_delete, sender=Section)
@receiver(post_save, sender=Place)
@receiver(post_delete, sender=Place)
def refresh_site(sender, **kwargs):
    # Every page shows the site's name and the sections; any page may name a country. On commit:
    # a page drawn before it lands from the old rows must not be kept under the new version.
    changes.bump_on_commit()
