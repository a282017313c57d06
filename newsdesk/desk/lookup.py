"""How the desk finds articles by what an editor types: the admin's one search seam.

A pasted address finds its article; words find the headlines that start with them (through the
slug, the headline's lower-case, hyphenated form) and, among published articles, whatever the
site's full-text index (newsdesk.search) finds for them, best first. All of it rides on indexes,
so it answers at once at any archive size; nothing is a LIKE over bodies.
"""

from django.db.models import Q
from django.utils.text import slugify

from newsdesk import search

FULL_TEXT_LIMIT = 200  # the best full-text matches an editor is shown (the admin pages through them)


def find(queryset, term: str):
    term = term.strip()
    if not term:
        return queryset
    if term.startswith(("http://", "https://")):
        return queryset.filter(Q(original_url=term) & ~Q(original_url=""))
    prefix = slugify(term, allow_unicode=True)
    matches = Q(slug__gte=prefix, slug__lt=prefix + "\uffff") if prefix else Q(pk__in=[])
    return queryset.filter(matches | Q(pk__in=full_text(term)))


def full_text(term: str) -> list[int]:
    try:
        return search.matching(term, size=FULL_TEXT_LIMIT).ids
    except search.QueryTooLong:
        return []
