"""The date a page prints beside its headline: what the publisher shows readers as the
article's date, so it outranks metadata that content systems re-stamp. A date labelled
"updated" is an edit, not the publication: it is passed over, and read only when the page
gives no other date. Dates are read in English, Turkish and Arabic, in words or in numbers."""

from __future__ import annotations

import re
from datetime import UTC, date

from lxml.html import HtmlElement

from newsdesk.extract.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    NUMERIC,
    ambiguous_numeric,
    parse_datetime,
)
from newsdesk.extract.metadata import clean_text

# How much text around the headline counts as "beside" it: bylines and datelines sit just
# above or below; further away dates belong to other stories or to the body.
CHARS_BEFORE = 100
CHARS_AFTER = 250
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
WRITTEN_DATE = re.compile("|".join(p.pattern for p in (MONTH_FIRST, DAY_FIRST, ISO_DAY, NUMERIC)), re.I)
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
YEAR_WINDOW = 24  # characters a written date may take on either side of its year
EDIT_LABEL = re.compile(r"(?:updat|modif|review|edited|revised)\w*\W{0,3}(?:on\W{0,2})?$", re.I)
LABEL_CHARS = 20
SKIPPED = {"script", "style", "noscript", "template", "svg"}
UNLIMITED = 1 << 62
# A date further down than this is in the article or the footer, not its dateline.
MAX_SCAN_CHARS = 20_000


def headline_date(tree: HtmlElement, title: str = "", edits: bool = False) -> date | None:
    """The date beside the headline; with edits, an "updated" one too."""
    heading = _headline_element(tree, title)
    if heading is None:
        return None
    before, after = text_around(heading, CHARS_BEFORE, CHARS_AFTER)
    own = clean_text(heading.text_content())
    return _first_publication_date(f"{before} {own} {after}", edits)


def first_date(text: str, edits: bool = False) -> date | None:
    """The first publication date written anywhere in a text (the page's last resort); with
    edits, an "updated" one too."""
    return _first_publication_date(text[:MAX_SCAN_CHARS], edits)


def _headline_element(tree: HtmlElement, title: str) -> HtmlElement | None:
    headings = [h for h in tree.iter("h1") if clean_text(h.text_content())]
    wanted = clean_text(title).lower()
    matching = [h for h in headings if clean_text(h.text_content()).lower() == wanted]
    return (matching or headings or [None])[0]


def _written_dates(text: str):
    """WRITTEN_DATE's matches in reading order. Every written date has a year, so the pattern
    (slow: one alternative per month name) is only tried in a window around each year."""
    searched_to = 0
    for year in YEAR.finditer(text):
        if year.end() <= searched_to:
            continue
        start = max(searched_to, year.start() - YEAR_WINDOW)
        for match in WRITTEN_DATE.finditer(text, start, min(len(text), year.end() + YEAR_WINDOW)):
            if match.start() <= year.start() and match.end() >= year.end():
                searched_to = match.end()
                yield match
                break


def _first_publication_date(text: str, edits: bool = False) -> date | None:
    for match in _written_dates(text):  # in reading order, so it can stop early
        if not edits and EDIT_LABEL.search(text[max(0, match.start() - LABEL_CHARS):match.start()]):
            continue
        if parsed := parse_datetime(match.group(0), UTC):
            return parsed.date()
        if ambiguous_numeric(match.group(0)):
            return None  # the first date cannot be read (5/7: May or July?); later ones are not it
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
            # Read backwards, the end of a sibling matters, so it is read whole.
            budget = UNLIMITED if backwards else limit - size
            pieces = [sibling.tail or "", visible_text(sibling, budget)]
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


def visible_text(element: HtmlElement, limit: int) -> str:
    """About `limit` characters of an element's visible text, its text nodes joined with spaces
    ("Posted<br>May 3, 2025" must not read "PostedMay 3"); it stops early, so a sibling that
    holds the whole article costs no more than a short one."""
    parts: list[str] = []
    size = 0
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack and size < limit:
        node, finished = stack.pop()
        if finished or not isinstance(node.tag, str) or node.tag in SKIPPED:
            if node is not element and node.tail:
                parts.append(node.tail)
                size += len(node.tail.strip())  # indentation is not text
            continue
        if node.text:
            parts.append(node.text)
            size += len(node.text.strip())
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return " ".join(parts)
