from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def label(named) -> str:
    """A section's or place's name in the edition's language."""
    return named.label(get_language()) if named else ""
