from django import template
from django.utils.safestring import mark_safe

from newsdesk.web.linked_data import to_json

register = template.Library()


@register.filter
def json_ld(data: dict) -> str:
    """A JSON-LD element; to_json escapes whatever could end it early."""
    return mark_safe(f'<script type="application/ld+json">{to_json(data)}</script>')
