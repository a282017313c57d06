"""Teaser lists: the cards of other stories a page shows after or inside its article.

CMS themes print them as a run of alike elements (WordPress <article class="post">, Drupal
views rows, Arc list items), each a headline linking to another page of the site, often with a
byline, a date and a lede. The lede reads like prose, so the density reading would take them for
article paragraphs, and there can be twenty of them. Their class names say little ("card",
"item", "col-md-4"); their shape says it all, and that is what is looked for here:

- a headline is a link of a few words to another page of the same site that stands as its own
  line (alone in its block, or a whole card that is one link);
- a teaser is the largest element holding one headline and no other;
- a teaser list is at least TEASER_ITEMS teasers of one tag under one parent, each short,
  holding more than its headline, and dated: story cards say when; the cards of a guide's
  chapters, of a landing page's sections or of a listicle's picks do not, and those are the
  page's content.

Elements with an <h1> are never teasers: that is the article's own headline.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newsdesk.extract.density import INLINE_TAGS
from newsdesk.extract.headline_date import WRITTEN_DATE

HEADLINE_WORDS = 4
HEADLINE_CHARS = 12  # no headline of HEADLINE_WORDS words is shorter
TEASER_ITEMS = 3
# A teaser is a headline and a lede (WordPress cuts excerpts at 55 words) with its byline;
# an element with more text than this is a section of the article, whatever its links.
TEASER_WORDS = 90
# "3 hours ago", "2 saat önce", "منذ ساعتين": the other way cards give their date.
RELATIVE_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|"
                           r"\b\d+\s*(?:dakika|saat|gün|hafta|ay)\s+önce\b|"
                           r"منذ\s+(?:\d+\s+)?(?:دقيقة|دقائق|ساعة|ساعتين|ساعات|يوم|يومين|أيام|أسبوع|شهر)",
                           re.I)


# Links with an address and text long enough for a few words, chosen in C: most of a page's
# links are one-word menu items, not worth a Python call each.
_LONG_LINKS = etree.XPath(f"//a[@href][string-length(normalize-space()) >= {HEADLINE_CHARS}]")


def teaser_items(root: HtmlElement, url: str = "") -> set[HtmlElement]:
    """Every element of root that is an item of a teaser list."""
    page = _address(url) if url else None
    headlines = [h for link in _LONG_LINKS(root) if (h := _headline(link, page)) is not None]
    if len(headlines) < TEASER_ITEMS:
        return set()
    counts: dict[HtmlElement, int] = defaultdict(int)
    for headline in headlines:
        for element in (headline, *headline.iterancestors()):
            counts[element] += 1
    groups: dict[tuple, list[HtmlElement]] = defaultdict(list)
    for headline in headlines:
        item, parent = headline, headline.getparent()
        while parent is not None and counts[parent] == 1:  # climb while it holds no other
            item, parent = parent, parent.getparent()
        if parent is not None:
            groups[parent, item.tag].append((item, headline))
    found: set[HtmlElement] = set()
    for pairs in groups.values():
        if len(pairs) >= TEASER_ITEMS and all(_card(item, headline) for item, headline in pairs):
            found.update(item for item, _ in pairs)
    return found


def _headline(link: HtmlElement, page: tuple[str, str, str] | None) -> HtmlElement | None:
    """The element that is this link's headline line, or None when the link is not one."""
    href = (link.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return None
    text = link.text_content()
    if len(text.split()) < HEADLINE_WORDS:
        return None
    if any(inner.tag not in INLINE_TAGS for inner in link.iterdescendants()
           if inner.tag.__class__ is str):
        line = link  # a card that is one link: headline, lede and all
    else:
        line = link.getparent()
        while line is not None and line.tag in INLINE_TAGS:
            line = line.getparent()
        if line is None or not _says_only(line, _squashed(text)):
            return None  # a link inside a sentence: the article citing a page
    # Last, as the dearest test: most long links are in sentences.
    return line if page is None or _another_story(href, page) else None


def _card(item: HtmlElement, headline: HtmlElement) -> bool:
    """Whether item reads as a story's card: its headline with a little more (a lede, a date),
    and not the page's own headline."""
    if item.tag == "h1" or next(item.iter("h1"), None) is not None:
        return False
    text = " ".join(item.itertext())  # spaced: "<div>Ana Ruiz</div><div>10.05.2024</div>"
    if not len(headline.text_content().split()) < len(text.split()) <= TEASER_WORDS:
        return False
    return next(item.iter("time"), None) is not None or bool(
        WRITTEN_DATE.search(text) or RELATIVE_TIME.search(text))


def _says_only(block: HtmlElement, text: str) -> bool:
    """Whether block's text is text, read only as far as needed (blocks can be whole pages)."""
    seen = 0
    for part in block.itertext():
        seen += len(_squashed(part))
        if seen > len(text):
            return False
    return _squashed(block.text_content()) == text


def _another_story(href: str, page: tuple[str, str, str]) -> bool:
    """Whether href leads to another page of the page's own site: teasers point to the site's
    stories, and a link to the page itself is a permalink (a live blog's entries, the
    article's own headline), not a teaser."""
    if href.startswith("/") and not href.startswith("//"):  # most are: no need to resolve
        return _path(href) != page[1]
    try:
        target = _address(urljoin(page[2], href))
    except ValueError:  # "http://[bad": not an address at all
        return False
    return target[0] == page[0] and target[1] != page[1]


def _address(url: str) -> tuple[str, str, str]:
    """(host without "www.", path without its final slash, url); empty parts for a url that is
    not an address."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "", "", url
    return host.removeprefix("www."), parts.path.rstrip("/"), url


def _path(href: str) -> str:
    return href.split("#", 1)[0].split("?", 1)[0].rstrip("/")


def _squashed(text: str) -> str:
    return "".join(text.split())
