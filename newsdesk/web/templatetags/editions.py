from django import template
from django.utils.translation import get_language

register = template.Library()


@register.filter
def label(named) -> str:
    """A section's or place's name in the edition's language."""
    return named.label(get_language()) if named else ""


RIGHT_TO_LEFT = {"ar", "fa", "he", "ur", "ps", "ku", "yi", "dv"}


@register.filter
def text_dir(language: str) -> str:
    """The direction of text in a language: from what it is written in, not from its first letter
    (an Arabic headline may begin with a Latin name)."""
    return "rtl" if (language or "").split("-")[0] in RIGHT_TO_LEFT else "ltr"
