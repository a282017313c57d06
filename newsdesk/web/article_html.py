"""An article page's own parts (its sharing card and its content) drawn in Python.

Drawn through the template language they were a third of a drawn article page's CPU: some 130
variable look-ups, filters and tags, each resolved through the context's layers. Here they are
string joins over values worked out once; the markup is what web/article.html drew (bench.serve
pages compare byte for byte) and every shown value is escaped as the template escaped it (the
template's own translated words, safe literals there, are not).
"""

from django.template.defaultfilters import truncatewords
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import conditional_escape as escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext

from newsdesk.media.templatetags.lead_images import lead_image_path, lead_picture

from .templatetags.editions import text_dir


def iso(moment) -> str:
    """A time as `|date:'c'` shows it: in the current zone, ISO 8601; nothing for none."""
    return "" if moment is None else timezone.localtime(moment).isoformat()


def card(request, article) -> str:
    """The page's Open Graph and Twitter card."""
    lang = get_language()
    headline = escape(article.headline)
    description = escape(truncatewords(article.summary, 40)) if article.summary else ""
    parts = [f'<meta property="og:type" content="article">\n<meta property="og:title" content="{headline}">']
    if article.summary:
        parts.append(f'\n<meta property="og:description" content="{description}">\n'
                     f'<meta name="description" content="{description}">')
    parts.append(f'\n<meta property="article:published_time" content="{escape(iso(article.published_at))}">\n'
                 f'<meta property="article:modified_time" content="{escape(iso(article.updated_at))}">')
    if article.section:
        parts.append(f'\n<meta property="article:section" content="{escape(article.section.label(lang))}">')
    path = lead_image_path(article)
    image = request.build_absolute_uri(path) if path else path
    if image:
        parts.append(f'\n<meta property="og:image" content="{escape(image)}">\n'
                     f'<meta name="twitter:card" content="summary_large_image">\n'
                     f'<meta name="twitter:image" content="{escape(image)}">')
    else:
        parts.append('\n<meta name="twitter:card" content="summary">')
    parts.append(f'\n<meta name="twitter:title" content="{headline}">')
    if article.summary:
        parts.append(f'\n<meta name="twitter:description" content="{description}">')
    return mark_safe("".join(parts))


def content(context: dict) -> str:
    """The article itself, its credits and links, and its neighbours in the edition."""
    article, preview, stamp = context["article"], context["preview"], context["stamp"]
    lang = get_language()
    direction = text_dir(article.language)
    published = escape(iso(article.published_at))
    parts = ["\n"]
    if preview:
        parts.append(f'<p class="preview-banner" role="status">{gettext("Preview: not published.")} '
                     f"{escape(article.get_status_display())}")
        if article.published_at:
            parts.append(f' · <time datetime="{published}">{escape(stamp)}</time>')
        parts.append("</p>")
    parts.append(
        f'\n<article class="article" lang="{escape(article.language)}">\n'
        f'  <h1 dir="{direction}">{escape(article.headline)}</h1>\n'
        f'  <p class="meta"><time datetime="{published}">{escape(stamp)}</time>\n  '
    )
    section = article.section
    if section:
        parts.append(f' · <a href="{escape(section.get_absolute_url())}">{escape(section.label(lang))}</a>')
    parts.append("\n  ")
    for place in context["places"]:
        parts.append(f' · <a class="place" href="{escape(place.get_absolute_url())}">{escape(place.label(lang))}</a>')
    parts.append("\n  ")
    if article.author:
        parts.append(f' · <bdi class="byline">{escape(article.author)}</bdi>')
    parts.append("</p>\n  ")
    if context["updated"]:
        parts.append(f'<p class="meta updated">{gettext("Updated")} <time datetime="'
                     f'{escape(iso(article.corrected_at))}">{escape(context["updated"])}</time></p>')
    parts.append("\n  ")
    parts.append(render_to_string("media/picture.html", lead_picture(article, first_screen=True)))
    parts.append(f'\n  <div class="body" dir="{direction}">{article.body}</div>\n  ')
    if article.agency or article.original_url:
        parts.append(f'<p class="credit">{gettext("Source")}: ')
        if article.original_url:
            parts.append(f'<a href="{escape(article.original_url)}" rel="noopener nofollow">'
                         f"{escape(article.agency or article.original_url)}</a>")
        else:
            parts.append(escape(article.agency))
        parts.append("</p>")
    parts.append("\n  ")
    story = context["story"]
    if story and len(story.versions) > 1:
        n = story.agencies
        agencies = ngettext("%(n)s agency", "%(n)s agencies", n) % {"n": escape(formats.localize(n))}
        codes = " ".join(f'<span lang="{escape(code)}">{escape(code.upper())}</span>'
                         for code in context["story_languages"])
        parts.append(f'<p class="story-link"><a href="{escape(reverse("story", args=[story.story_id]))}">'
                     f"{agencies} · {codes}</a></p>")
    parts.append("\n  ")
    also = context["also_reported"]
    if also:
        others = ", ".join(f'<a href="{escape(o.url)}" rel="noopener nofollow">{escape(o.agency)}</a>' for o in also)
        parts.append(f'<p class="also-reported">{gettext("Also reported by")}: {others}</p>')
    share = "".join(f'<a href="{escape(url)}" rel="noopener nofollow" target="_blank">{escape(label)}</a> '
                    for label, url in context["share"])
    parts.append(f'\n  <nav class="share" aria-label="{gettext("Share")}">{gettext("Share")}: '
                 f"{share}</nav>\n</article>\n")
    if not preview:
        parts.append('<nav class="neighbours">\n  ')
        newer, older = context["newer"], context["older"]
        if newer:
            parts.append(f'<a rel="prev" href="{escape(newer.get_absolute_url())}"><span class="arrow" '
                         f'aria-hidden="true">←</span> <bdi dir="{text_dir(newer.language)}">'
                         f"{escape(newer.headline)}</bdi></a>")
        parts.append("\n  ")
        if older:
            parts.append(f'<a rel="next" href="{escape(older.get_absolute_url())}"><bdi dir="'
                         f'{text_dir(older.language)}">{escape(older.headline)}</bdi> <span class="arrow" '
                         f'aria-hidden="true">→</span></a>')
        parts.append("\n</nav>")
    parts.append("\n")
    return mark_safe("".join(parts))
