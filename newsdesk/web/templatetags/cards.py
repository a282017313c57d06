"""Cards drawn in Python (web.cards), a whole list to a tag: one template node per list rather
than an include, filters and {% url %} per article."""

from django import template
from django.utils.safestring import mark_safe

from newsdesk.web import cards

register = template.Library()


def joined(draw, articles, *extra) -> str:
    shared = cards.setting()
    return mark_safe("".join(draw(a, shared, *extra) for a in articles))


@register.simple_tag
def list_items(articles) -> str:
    return joined(cards.list_item, articles)


@register.simple_tag
def story_meta(article) -> str:
    return mark_safe(cards.meta(article, cards.setting()))


@register.simple_tag
def links(articles) -> str:
    return joined(cards.link, articles)


@register.simple_tag
def top_stories(articles) -> str:
    return joined(cards.top_story, articles)


@register.simple_tag
def linked_items(articles, with_meta=False) -> str:
    return joined(cards.linked_item, articles, with_meta)
