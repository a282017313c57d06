"""Figures: the page's captioned images, put back beside the paragraph they followed.

The body extraction drops <figure> elements, so their captions can never leak into the text;
this restores them to the HTML rendering only, as <figure><figcaption>, where a reader expects
them and where they stay apart from the article's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from lxml.html import HtmlElement

from newsdesk.extract.blocks import FIGURE, Block
from newsdesk.extract.boilerplate import squash
from newsdesk.extract.metadata import clean_text

# A page with more figures than this is a gallery; its figures are not the article's.
MAX_FIGURES = 20
MAX_CAPTION_CHARS = 500


@dataclass(frozen=True)
class PageFigure:
    image: str
    caption: str
    after: str  # squashed text of the paragraph the figure follows on the page


def page_figures(tree: HtmlElement, url: str) -> list[PageFigure]:
    found = []
    for figure in tree.iter("figure"):
        caption_element = figure.find(".//figcaption")
        caption = clean_text(caption_element.text_content()) if caption_element is not None else ""
        image = figure.find(".//img")
        source = (image.get("src") or image.get("data-src") or "") if image is not None else ""
        after = _preceding_text(figure)
        if (caption or source) and after:
            found.append(PageFigure(_absolute(url, source), caption[:MAX_CAPTION_CHARS], after))
        if len(found) > MAX_FIGURES:
            return []
    return found


def _absolute(base: str, source: str) -> str:
    try:
        return urljoin(base, source) if source else ""
    except ValueError:  # a malformed src (a broken IPv6 literal) loses its image, not the article
        return ""


def _preceding_text(figure: HtmlElement) -> str:
    """The text just before a figure: a preceding sibling's, or its wrapper's."""
    for element in (figure, figure.getparent()):
        if element is None:
            break
        for sibling in element.itersiblings(preceding=True):
            if text := squash(sibling.text_content()):
                return text
    return ""


def place_figures(blocks: list[Block], figures: list[PageFigure]) -> list[Block]:
    """Blocks with each figure inserted after the paragraph it followed; a figure whose
    paragraph is not in the body, or whose caption already is, stays out."""
    present = {squash(block.text) for block in blocks if block.kind == FIGURE}
    by_paragraph: dict[str, list[PageFigure]] = {}
    for figure in figures:
        if not figure.caption or squash(figure.caption) not in present:
            by_paragraph.setdefault(figure.after, []).append(figure)
    placed = []
    for block in blocks:
        placed.append(block)
        for figure in by_paragraph.pop(squash(block.text), []) if block.text else []:
            placed.append(Block(FIGURE, figure.caption, image=figure.image))
    return placed


def lead_figure(tree: HtmlElement, url: str, meta_image: str) -> tuple[str, str]:
    """The lead image and its caption. The image the page names in its metadata (og:image and
    the like) comes first, captioned by the figure that shows it; without one, the first figure
    of the article. The caption is the figcaption, else the image's alt text."""
    wanted = urljoin(url, meta_image) if meta_image else ""
    scope = next(iter(tree.iter("article")), None)
    for image in (scope if scope is not None else tree).iter("img"):
        source = _image_source(image, url)
        if not source or (wanted and source != wanted):
            continue
        figure = next((a for a in image.iterancestors("figure")), None)
        if wanted or figure is not None:
            return source, _caption_of(figure, image)
    return wanted, ""


def _image_source(image: HtmlElement, url: str) -> str:
    source = (image.get("src") or image.get("data-src") or "").strip()
    return urljoin(url, source) if source and not source.startswith("data:") else ""


def _caption_of(figure: HtmlElement | None, image: HtmlElement) -> str:
    caption = figure.find(".//figcaption") if figure is not None else None
    text = clean_text(caption.text_content()) if caption is not None else ""
    return (text or clean_text(image.get("alt") or ""))[:MAX_CAPTION_CHARS]
