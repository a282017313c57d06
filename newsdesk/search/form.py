"""The search form drawn in Python: on a result page drawn for every new search, the template's
loops and lookups over the editions and sections cost more than the page's own markup.

The markup is what search/results.html drew (the same escaping: Django's, the standard
library's `html.escape`).
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

# Each edition's name in its own language, whatever the page's language.
EDITION_NAMES = {"en": "English", "tr": "Türkçe"}
OTHER_EDITION = "العربية"


def options(choices, chosen) -> str:
    return "".join(
        f'<option value="{escape(value)}"{" selected" if chosen == value else ""}>{escape(label)}</option>'
        for value, label in choices
    )


def hidden(params, name: str) -> str:
    value = params.get(name)
    return f'<input type="hidden" name="{name}" value="{escape(value)}">' if value else ""


def form(text: str, languages, sections, params) -> SafeString:
    """The form as the reader left it: their text, filters and order chosen."""
    editions = [(code, EDITION_NAMES.get(code, OTHER_EDITION)) for code in languages]
    order = ' selected' if params.get("sort") == "date" else ""
    return mark_safe(
        '<form class="search-form" action="" method="get" role="search">\n'
        f'  <input type="search" name="q" value="{escape(text)}" aria-label="{escape(_("Search"))}" maxlength="500" dir="auto">\n'
        f'  <select name="lang" aria-label="{escape(_("Language"))}">\n'
        f'    <option value="">{escape(_("All languages"))}</option>\n'
        f'    {options(editions, params.get("lang"))}\n'
        "  </select>\n"
        f'  <select name="section" aria-label="{escape(_("Section"))}">\n'
        f'    <option value="">{escape(_("All sections"))}</option>\n'
        f'    {options(((s.slug, s.name) for s in sections), params.get("section"))}\n'
        "  </select>\n"
        f'  <label>{escape(_("From"))} <input type="date" name="from" value="{escape(params.get("from", ""))}"></label>\n'
        f'  <label>{escape(_("To"))} <input type="date" name="to" value="{escape(params.get("to", ""))}"></label>\n'
        f'  <select name="sort" aria-label="{escape(_("Order"))}">\n'
        f'    <option value="">{escape(_("Most relevant"))}</option>\n'
        f'    <option value="date"{order}>{escape(_("Newest first"))}</option>\n'
        "  </select>\n"
        f"  {hidden(params, 'place')}\n"
        f"  {hidden(params, 'source')}\n"
        f'  <button type="submit">{escape(_("Search"))}</button>\n'
        "</form>"
    )
