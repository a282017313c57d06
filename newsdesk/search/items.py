"""A result page's items drawn in Python, as the site's other lists are (newsdesk.web.cards).

Drawn through the template, each result's address, dates and section link were most of a
result page's drawing time. The parts that do not depend on the search (the article's address,
its time, its section's link) are kept per process with web.cards, under everything they are
drawn from; the marked headline and the snippet are the search's own and drawn every time.
"""

from html import escape

from django.utils.safestring import SafeString, mark_safe

from newsdesk.web import cards


def frame(article, shared: tuple) -> tuple[str, str]:
    """The article's address and its meta line (time, section), escaped."""

    def draw():
        stamp, shown = cards.times(article)
        line = f'<p class="meta"><time datetime="{stamp}">{shown}</time>{cards.section_link(article)}</p>'
        return escape(article.get_absolute_url()), line

    key = ("search", *shared, article.pk, article.slug, article.published_at, article.language,
           *cards.section_key(article))
    return cards.remembered(key, draw)


def item(result, shared: tuple) -> str:
    article = result.article
    address, meta = frame(article, shared)
    return (
        f'\n  <li class="story" lang="{escape(article.language)}" dir="auto">\n'
        f'    <h2><a href="{address}">{result.headline}</a></h2>\n'
        f"    {meta}\n"
        f'    <p class="summary snippet">{result.snippet}</p>\n  </li>\n'
    )


def items(results) -> SafeString:
    """The results' list items; the headline and snippet are HTML-safe already (highlight)."""
    shared = cards.setting()
    return mark_safe("".join(item(r, shared) for r in results))
