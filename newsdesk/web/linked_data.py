"""Structured data for search engines: schema.org NewsArticle and BreadcrumbList as JSON-LD.

JSON-LD sits in <script type="application/ld+json">, which browsers treat as data, not script,
so a Content-Security-Policy without inline script still allows it. What would end the element
early (`</script>`, `<!--`) cannot appear: `<`, `>` and `&` are written as JSON escapes.
"""

import json
from datetime import date

from django.templatetags.static import static

from newsdesk import calendars
from newsdesk.articles import addresses
from newsdesk.articles.models import Article
from newsdesk.media.templatetags.lead_images import lead_image_path
from newsdesk.portal.models import Portal

SCHEMA = "https://schema.org"
# The characters that could close the script element or open a comment, and the two line
# separators JavaScript-era parsers stumble on; all are the same string to a JSON reader.
ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False).translate(ESCAPES)


def publisher(request, portal: Portal, lang: str) -> dict:
    return {
        "@type": "Organization",
        "name": portal.site_name(lang),
        "url": request.build_absolute_uri(addresses.home(lang, portal)),
        "logo": {"@type": "ImageObject", "url": request.build_absolute_uri(static("web/icon.svg"))},
    }


def news_article(request, article: Article, url: str, lang: str) -> dict:
    portal = Portal.load()
    if article.author:
        author = {"@type": "Person", "name": article.author}
    elif article.agency:
        author = {"@type": "Organization", "name": article.agency}
    else:
        author = publisher(request, portal, lang)
    data = {
        "@context": SCHEMA,
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": article.headline,
        "description": article.summary,
        "datePublished": article.published_at.isoformat(),
        "dateModified": max(article.updated_at, article.published_at).isoformat(),
        "author": [author],
        "publisher": publisher(request, portal, lang),
        "image": [request.build_absolute_uri(path)] if (path := lead_image_path(article)) else None,
        "articleSection": article.section.label(lang) if article.section else None,
        "inLanguage": article.language,
        "isBasedOn": article.original_url or None,
    }
    return {k: v for k, v in data.items() if v not in (None, "")}


def month_name(day: date, lang: str) -> str:
    """'July 2018', 'Temmuz 2018', 'يوليو 2018'."""
    return calendars.format_gregorian(day, lang).split(" ", 1)[1]


def date_trail(day: date, depth: int, lang: str) -> list[tuple[str, str]]:
    """(name, address) from the edition's home down the archives: year, month, day (`depth`
    1 to 3 of them). The archive addresses are the home's and digits (web.urls)."""
    home = addresses.home(lang)
    trail = [(Portal.load().site_name(lang), home), (str(day.year), f"{home}{day.year:04d}/")]
    if depth >= 2:
        trail.append((month_name(day, lang), f"{home}{day.year:04d}/{day.month:02d}/"))
    if depth >= 3:
        trail.append((calendars.format_gregorian(day, lang), f"{home}{day.year:04d}/{day.month:02d}/{day.day:02d}/"))
    return trail


def breadcrumb_list(request, trail: list[tuple[str, str]]) -> dict:
    return {
        "@context": SCHEMA,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": request.build_absolute_uri(url)}
            for n, (name, url) in enumerate(trail, start=1)
        ],
    }
