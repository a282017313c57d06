"""extract(): one fetched page in, one clean article out, whatever the page looks like."""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from functools import partial
from urllib.parse import urljoin, urlsplit

from htmldate import find_date
from lxml.html import HtmlElement

from newsdesk.extract.article import ExtractedArticle
from newsdesk.extract.blocks import Block, render_html, render_text
from newsdesk.extract.body import extract_body
from newsdesk.extract.boilerplate import PageContext, clean_blocks, squash
from newsdesk.extract.dates import choose_published, zone
from newsdesk.extract.figures import lead_figure, page_figures, place_figures
from newsdesk.extract.headline_date import first_date, headline_date
from newsdesk.extract.language import detect_language
from newsdesk.extract.metadata import PageMetadata, read_metadata
from newsdesk.extract.page_input import looks_truncated, parse, read_input, strip_invisible
from newsdesk.extract.template import SiteTemplate
from newsdesk.extract.titles import choose_title, title_candidates

logger = logging.getLogger(__name__)


def extract(
    html: bytes | str,
    url: str = "",
    *,
    feed_title: str | None = None,
    feed_date: datetime | None = None,
    template: SiteTemplate | None = None,
    tz: str = "UTC",
) -> ExtractedArticle:
    """Extract the article of one page. Never raises: a page that cannot be read gives an empty
    article whose `reason` says why."""
    try:
        return _extract(html, url or "", feed_title, feed_date, template, tz)
    except Exception as exc:  # a bad page must not take the ingestion worker down with it
        logger.exception("extraction failed for %s", url)
        return ExtractedArticle.failed(f"extraction failed ({type(exc).__name__})")


def _extract(html, url, feed_title, feed_date, template, tz) -> ExtractedArticle:
    page = read_input(html)
    if page.reason:
        return ExtractedArticle.failed(page.reason)
    tree = parse(page.text)
    if tree is None:
        return ExtractedArticle.failed("not an HTML document")
    meta = read_metadata(tree)
    title = choose_title(meta, url, feed_title)
    # Dates first: htmldate reads scripts and links that strip_invisible removes.
    day = headline_date(tree, title) or _quick_find_date(tree, url)
    context = page_context(tree, meta, url)
    base = document_base(tree, url)
    figures = page_figures(tree, base)
    lead_image, lead_caption = lead_figure(tree, base, meta.image)
    visible = strip_invisible(tree)
    published = choose_published(page_day=day or first_date(visible), page_values=meta.dates,
                                 url=url, feed_date=feed_date, tz=zone(tz))
    if published is None:  # a page that only says when it was last updated: better than nothing
        edited = headline_date(tree, title, edits=True) or first_date(visible, edits=True)
        published = datetime.combine(edited, time.min, zone(tz)) if edited else None
    clean = partial(_clean, context=context, template=template)
    blocks = extract_body(tree, url, clean, page_words=len(visible.split()),
                          article_body=meta.article_body).blocks
    text = render_text(blocks)
    blocks = place_figures(blocks, figures)
    reason = "" if text else _why_empty(page.text)
    return ExtractedArticle(
        title=title,
        published=published,
        author=meta.author,
        body_html=render_html(blocks),
        text=text,
        lead_image=lead_image,
        lead_image_caption=lead_caption,
        language=detect_language(text or title, meta.language),
        site_name=meta.site_names[0] if meta.site_names else urlsplit(url).hostname or "",
        reason=reason,
    )


def document_base(tree: HtmlElement, url: str) -> str:
    """What the page's relative links are relative to: its first <base href>, else its URL."""
    href = next((b.get("href").strip() for b in tree.iter("base") if b.get("href")), "")
    try:
        return urljoin(url, href) if href else url
    except ValueError:  # a malformed <base href> is ignored, as browsers do
        return url


def _clean(blocks: list[Block], *, context: PageContext,
           template: SiteTemplate | None) -> list[Block]:
    if template is not None:
        blocks = template.clean(blocks)
    return clean_blocks(blocks, context)


def _quick_find_date(tree: HtmlElement, url: str) -> date | None:
    """htmldate weighs the page's dates against each other, which beats trusting datePublished
    blindly (sites re-stamp it). Only its quick search: the extensive one costs tens of
    milliseconds a page in free-text date parsing."""
    found = find_date(tree, url=url or None, original_date=True, extensive_search=False,
                      max_date=datetime.now().strftime("%Y-%m-%d"))
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None


def page_context(tree: HtmlElement, meta: PageMetadata, url: str) -> PageContext:
    titles = {squash(value) for _, value in title_candidates(meta, url, None)}
    titles |= {squash(h) for h in meta.h1} | {squash(meta.html_title)}
    captions = {squash(c.text_content()) for c in tree.iter("figcaption")}
    return PageContext(frozenset(titles - {""}), tuple(tree.iter("a")), frozenset(captions - {""}))


def _why_empty(text: str) -> str:
    if looks_truncated(text):
        return "no article text found (the page looks truncated)"
    return "no article text found"
