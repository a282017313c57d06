"""Story cards (a list's items, the front page's blocks, a headline's link) drawn in Python.

A list page shows 20 to 100 cards; drawn through template includes, filters and {% url %} they
were most of a page's time (bench/serve/README.md). Here each card is a few string joins, its
address and dates worked out once, and the HTML is kept per process under everything it is drawn
from: the article's shown fields, the section's name and address, the edition and the site's time
zone and editions. An edited article, a renamed section or a changed setting is therefore a new
key, never a stale card; a withdrawn article is not in any list query at all.

The markup is what the templates drew before (bench.serve.snapshot compares pages); that a card
never outlives what it shows is tests/web/test_cards.py.
"""

import threading
from collections import OrderedDict

from django.template.defaultfilters import truncatewords
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import get_language

from newsdesk.portal.models import Portal

from .templatetags.editions import text_dir

VERSION = 1  # raised whenever a card's markup changes, so no process keeps an old form
KEPT = 3000  # cards kept per process: a few megabytes, each edition's front pages and busiest lists
SUMMARY_WORDS = 40

_kept: OrderedDict = OrderedDict()
_guard = threading.Lock()


def remembered(key: tuple, draw) -> str:
    with _guard:
        html = _kept.get(key)
        if html is not None:
            _kept.move_to_end(key)
            return html
    html = draw()
    with _guard:
        _kept[key] = html
        while len(_kept) > KEPT:
            _kept.popitem(last=False)
    return html


def setting() -> tuple:
    """What every card depends on beyond its article: the edition (section names and addresses)
    and the site's zone and editions (an article's address and time). Read once per list and
    passed to each card as `shared`."""
    portal = Portal.load()
    return VERSION, get_language(), timezone.get_current_timezone_name(), portal.languages


def times(article) -> tuple[str, str]:
    """Its publication time as the `datetime` attribute and as shown, in the site's zone."""
    moment = timezone.localtime(article.published_at)
    shown = f"{moment.day:02d}/{moment.month:02d}/{moment.year:04d} {moment.hour:02d}:{moment.minute:02d}"
    return moment.isoformat(), shown


def credits(article) -> str:
    byline = f' · <bdi class="byline">{escape(article.author)}</bdi>' if article.author else ""
    agency = f' · <bdi class="agency">{escape(article.agency)}</bdi>' if article.agency else ""
    return byline + agency


def section_link(article) -> str:
    section = article.section
    if section is None:
        return ""
    return f' · <a href="{escape(section.get_absolute_url())}">{escape(section.label(get_language()))}</a>'


def section_key(article) -> tuple:
    section = article.section
    return (section.pk, section.slug, section.name, section.name_tr, section.name_ar) if section else ()


def meta(article, shared: tuple) -> str:
    """Its time, byline and agency (a front page block's line)."""

    def draw():
        stamp, shown = times(article)
        return f'<p class="meta"><time datetime="{stamp}">{shown}</time>{credits(article)}</p>\n'

    key = ("meta", *shared, article.published_at, article.author, article.agency)
    return remembered(key, draw)


def link(article, shared: tuple) -> str:
    """A headline linking to the article, in its own direction (the breaking strip, most read)."""

    def draw():
        return (f'<a href="{escape(article.get_absolute_url())}" dir="{text_dir(article.language)}">'
                f"{escape(article.headline)}</a>")

    key = ("link", *shared, article.pk, article.slug, article.published_at, article.language, article.headline)
    return remembered(key, draw)


def list_item(article, shared: tuple) -> str:
    """An item of a list of stories (home, archives, sections, countries)."""

    def draw():
        stamp, shown = times(article)
        direction = text_dir(article.language)
        summary = (f'\n    <p class="summary" dir="{direction}">{escape(truncatewords(article.summary, SUMMARY_WORDS))}</p>'
                   if article.summary else "\n    ")
        return (
            f'\n  <li class="story" lang="{escape(article.language)}">\n'
            f'    <h2 dir="{direction}"><a href="{escape(article.get_absolute_url())}">{escape(article.headline)}</a></h2>\n'
            f'    <p class="meta"><time datetime="{stamp}">{shown}</time>{section_link(article)}{credits(article)}</p>'
            f"{summary}\n  </li>\n"
        )

    key = (
        "item", *shared, article.pk, article.slug, article.published_at, article.language, article.headline,
        article.summary, article.author, article.agency, *section_key(article),
    )
    return remembered(key, draw)


def top_story(article, shared: tuple) -> str:
    """One of the front page's top stories, beside the lead."""
    return (
        f'<article class="story" lang="{escape(article.language)}">\n'
        f'      <h3 dir="{text_dir(article.language)}"><a href="{escape(article.get_absolute_url())}">'
        f"{escape(article.headline)}</a></h3>\n      {meta(article, shared)}\n    </article>"
    )


def linked_item(article, shared: tuple, with_meta: bool) -> str:
    """A headline as a list item (a section's block, most read), with its meta line or not."""
    line = f" {meta(article, shared)}" if with_meta else ""
    return f'<li lang="{escape(article.language)}">{link(article, shared)}{line}</li>'
