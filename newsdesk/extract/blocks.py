"""The article body as a list of blocks, and its two renderings: clean HTML and plain text.

Extraction produces blocks, the cleaning layers drop or keep whole blocks, and rendering happens
last, so the HTML and the text always describe the same content.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

import nh3
from lxml.etree import _Element

from newsdesk.extract.metadata import clean_text

PARAGRAPH, HEADING2, HEADING3, LIST, QUOTE, FIGURE = "p", "h2", "h3", "ul", "blockquote", "figure"
# trafilatura's output vocabulary -> ours. Anything else becomes a paragraph.
HEADING_RENDS = {"h1": HEADING2, "h2": HEADING2}
BLOCK_LEVEL = {"p", "head", "item", "list", "cell", "row", "quote", "table", "code", "div"}
ALLOWED_TAGS = {"p", "h2", "h3", "ul", "li", "blockquote", "figure", "figcaption", "img"}
ALLOWED_ATTRIBUTES = {"img": {"src", "alt"}}
LINE_BREAK = "\u2029"  # marks <lb/> while flattening a paragraph's text
TAG = re.compile(r"<[^>]{0,200}>")


@dataclass(frozen=True)
class Block:
    kind: str
    text: str = ""  # paragraph, heading, quote or caption text
    items: tuple[str, ...] = ()  # list items
    image: str = ""  # figure source

    @property
    def plain(self) -> str:
        """The block as it reads in the plain-text rendering ("" for figures: captions are
        kept apart from the body text)."""
        if self.kind == FIGURE:
            return ""
        return "\n".join(self.items) if self.kind == LIST else self.text

    def with_items(self, items: list[str]) -> Block:
        return replace(self, items=tuple(items))


def blocks_from_trafilatura(body: _Element) -> list[Block]:
    blocks: list[Block] = []
    if text := clean_text(body.text):
        blocks.append(Block(PARAGRAPH, text))
    for element in body:
        blocks.extend(_convert(element))
        # Loose text between elements (a heading's tail) is a paragraph of its own.
        if text := clean_text(element.tail):
            blocks.append(Block(PARAGRAPH, text))
    return [b for b in blocks if b.text or b.items or b.image]


def blocks_from_plain_text(text: str) -> list[Block]:
    """Paragraph blocks from plain text, one per line (JSON-LD articleBody). Some sites
    HTML-escape it, some leave tags in; both are undone."""
    text = html.unescape(TAG.sub(" ", text))
    return [Block(PARAGRAPH, line) for part in text.splitlines() if (line := clean_text(part))]


def _convert(element: _Element) -> list[Block]:
    tag = element.tag
    if tag == "head":
        level = HEADING_RENDS.get(element.get("rend", "h2"), HEADING3)
        return [Block(level, _inline_text(element))]
    if tag == "list":
        items = [text for item in element.iter("item") if (text := _inline_text(item, nested=False))]
        if element.get("rend") == "ol":
            # Numbers carry meaning (steps, rankings); kept in the text so that they survive any
            # tag whitelist downstream, where an <ol> might be flattened.
            items = [f"{number}. {text}" for number, text in enumerate(items, start=1)]
        return [Block(LIST, items=tuple(items))] if items else []
    if tag == "table":
        rows = [" | ".join(filter(None, (_inline_text(cell) for cell in row.iter("cell"))))
                for row in element.iter("row")]
        return [Block(LIST, items=tuple(r for r in rows if r))]
    if tag == "quote":
        return [Block(QUOTE, text) for text in _split_lines(element)]
    if tag == "graphic":
        return [Block(FIGURE, clean_text(element.get("title")), image=element.get("src", ""))]
    return [Block(PARAGRAPH, text) for text in _split_lines(element)]


def _split_lines(element: _Element) -> list[str]:
    """A paragraph's text, split where the page put line breaks: each line is its own block."""
    return [text for part in flatten(element).split(LINE_BREAK) if (text := clean_text(part))]


def _inline_text(element: _Element, nested: bool = True) -> str:
    # A list item's own text leaves out its nested sub-lists: those are items of their own.
    return clean_text(flatten(element, skip=() if nested else ("list",)).replace(LINE_BREAK, " "))


def flatten(element: _Element, skip: tuple[str, ...] = ()) -> str:
    """Text of an element, with a space wherever a block-level child starts or ends (so
    "<item><head>Drones</head><p>Drones are...</p></item>" does not read "DronesDrones")."""
    parts: list[str] = []
    _walk(element, skip, parts)
    return "".join(parts)


def _walk(element: _Element, skip: tuple[str, ...], parts: list[str]) -> None:
    if element.tag == "lb":
        parts.append(LINE_BREAK)
        return
    gap = " " if element.tag in BLOCK_LEVEL else ""
    parts.append(gap + (element.text or ""))
    for child in element:
        if child.tag not in skip:
            _walk(child, skip, parts)
        parts.append(child.tail or "")
    parts.append(gap)


def render_text(blocks: list[Block]) -> str:
    return "\n\n".join(text for block in blocks if (text := block.plain))


def render_html(blocks: list[Block]) -> str:
    """The body as HTML. It is built from escaped text, so it is clean by construction; nh3
    still vets it against the tag list, the last word on what leaves the extractor."""
    markup = "\n".join(_render(block) for block in blocks)
    return nh3.clean(markup, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https"}, link_rel=None)


def _render(block: Block) -> str:
    def esc(text: str) -> str:
        return html.escape(text, quote=False)

    if block.kind == LIST:
        items = "".join(f"<li>{esc(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if block.kind == FIGURE:
        image = f'<img src="{html.escape(block.image)}" alt="">' if block.image else ""
        caption = f"<figcaption>{esc(block.text)}</figcaption>" if block.text else ""
        return f"<figure>{image}{caption}</figure>" if image or caption else ""
    return f"<{block.kind}>{esc(block.text)}</{block.kind}>"
