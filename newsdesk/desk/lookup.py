"""How the desk finds articles by what an editor types: the admin's one search seam, until
newsdesk.search (full text) takes it over.

Both parts ride on unique indexes, so they answer at once at any archive size: a pasted address
finds its article, and words find the headlines that start with them (through the slug, the
headline's lower-case, hyphenated form).
"""

from django.db.models import Q
from django.utils.text import slugify


def find(queryset, term: str):
    term = term.strip()
    if not term:
        return queryset
    if term.startswith(("http://", "https://")):
        return queryset.filter(Q(original_url=term) & ~Q(original_url=""))
    prefix = slugify(term, allow_unicode=True)
    if not prefix:
        return queryset.none()
    return queryset.filter(slug__gte=prefix, slug__lt=prefix + "\uffff")
