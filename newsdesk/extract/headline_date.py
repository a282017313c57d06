"""The date a page prints beside its headline: what the publisher shows readers as the
article's date, so it outranks metadata that content systems re-stamp. A date labelled
"updated" is an edit, not the publication, and is passed over."""

from __future__ import annotations

import re
from datetime import UTC, date

from lxml.etree import XPath
from lxml.html import HtmlElement

from newsdesk.extract.dates import DAY_FIRST, MONTH_FIRST, parse_datetime
from newsdesk.extract.metadata import clean_text

# How much text around the headline counts as "beside" it: bylines and datelines sit just
# above or below; further away dates belong to other stories or to the body.
CHARS_BEFORE = 100
CHARS_AFTER = 250
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
EDIT_LABEL = re.compile(r"(?:updat|modif|review|edited|revised)\w*\W{0,3}(?:on\W{0,2})?$", re.I)
LABEL_CHARS = 20
SKIPPED = {"script", "style", "noscript", "template", "svg"}
VISIBLE_TEXT = XPath(".//text()[not(ancestor::script or ancestor::style or ancestor::noscript"
                     " or ancestor::template or ancestor::svg)]")
# A date further down than this is in the article or the footer, not its dateline.
MAX_SCAN_CHARS = 20_000


def headline_date(tree: HtmlElement, title: str = "") -> date | None:
    heading = _headline_element(tree, title)
    if heading is None:
        return None
    before, after = text_around(heading, CHARS_BEFORE, CHARS_AFTER)
    own = clean_text(heading.text_content())
    return _first_publication_date(f"{before} {own} {after}")


def first_date(text: str) -> date | None:
    """The first publication date written anywhere in a text (the page's last resort)."""
    return _first_publication_date(text[:MAX_SCAN_CHARS])


def _headline_element(tree: HtmlElement, title: str) -> HtmlElement | None:
    headings = [h for h in tree.iter("h1") if clean_text(h.text_content())]
    wanted = clean_text(title).lower()
    matching = [h for h in headings if clean_text(h.text_content()).lower() == wanted]
    return (matching or headings or [None])[0]


def _first_publication_date(text: str) -> date | None:
    found = []
    for pattern in (MONTH_FIRST, DAY_FIRST, ISO_DAY):
        found.extend((m.start(), m.group(0)) for m in pattern.finditer(text))
    for start, written in sorted(found):
        if EDIT_LABEL.search(text[max(0, start - LABEL_CHARS):start]):
            continue
        if parsed := parse_datetime(written, UTC):
            return parsed.date()
    return None


def text_around(element: HtmlElement, before: int, after: int) -> tuple[str, str]:
    """Visible text just before and just after an element, in reading order."""
    return _collect(element, before, backwards=True), _collect(element, after, backwards=False)


def _collect(element: HtmlElement, limit: int, backwards: bool) -> str:
    parts: list[str] = []
    size = 0
    node = element
    while node is not None and size < limit:
        if not backwards and node.tail:
            parts.append(node.tail)
        for sibling in node.itersiblings(preceding=backwards):
            # A sibling's tail follows it; read backwards, it comes first.
            pieces = [sibling.tail or "", _visible_text(sibling)]
            parts.extend(pieces if backwards else reversed(pieces))
            size += sum(map(len, pieces))
            if size >= limit:
                break
        if backwards and node.getparent() is not None and node.getparent().text:
            parts.append(node.getparent().text)
        node = node.getparent()
    ordered = list(reversed(parts)) if backwards else parts
    text = clean_text(" ".join(ordered))
    return text[-limit:] if backwards else text[:limit]


def _visible_text(element: HtmlElement) -> str:
    if not isinstance(element.tag, str) or element.tag in SKIPPED:
        return ""
    # Text nodes joined with spaces: "Posted<br>May 3, 2025" must not read "PostedMay 3".
    return " ".join(VISIBLE_TEXT(element))
