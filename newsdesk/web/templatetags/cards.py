"""Cards drawn in Python (web.cards), a whole list to a tag: one template node per list rather
than an include, filters and {% url %} per article."""

from django import template
from django.utils.safestring import mark_safe

from newsdesk.web import cards

register = template.Library()


@register.simple_tag
def list_items(articles) -> str:
    shared = cards.setting()
    return mark_safe("".join(cards.list_item(a, shared) for a in articles))


@register.simple_tag
def story_meta(article) -> str:
    return mark_safe(cards.meta(article, cards.setting()))


@register.simple_tag
def links(articles) -> str:
    shared = cards.setting()
    return mark_safe("".join(cards.link(a, shared) for a in articles))


@register.simple_tag
def top_stories(articles) -> str:
    shared = cards.setting()
    return mark_safe("".join(cards.top_story(a, shared) for a in articles))


@register.simple_tag
def linked_items(articles, with_meta=False) -> str:
    shared = cards.setting()
    return mark_safe("".join(cards.linked_item(a, shared, with_meta) for a in articles))
