"""A source's page template, learned from its pages: the text blocks every page repeats.

Menus, share strips, cookie notices, "related" lists and footers are the same text on every
page of a site, while an article's paragraphs appear on one page. So the template is a bounded
table of hashed, normalised block texts with the number of *different* pages each was seen on;
a block seen on at least MIN_PAGES different pages, and on a good share of the pages learned
since it first appeared, is furniture and is removed from bodies. The share rule keeps a story's
teaser (repeated for a few days in "related" boxes, and often the story's own first paragraph)
from being taken for furniture once the site has moved on.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsdesk.extract.blocks import LIST, Block
from newsdesk.extract.page_input import parse, read_input

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
# Different pages a block must appear on before it counts as template; until a source has
# shown this many pages nothing can be removed, so its first page is always kept whole.
MIN_PAGES = 3
# ...and at least this share of the pages learned since the block was first seen.
MIN_SHARE = 0.3
MAX_TEMPLATE_SHARE_KEPT = 0.2  # a cleaning that keeps under a fifth of the body's words is refused
# Bounds on the stored state, whatever the site: entries (about 30 bytes each in JSON) and
# the fingerprints of recently learned pages.
MAX_ENTRIES = 3000
MAX_RECENT_PAGES = 50
# Longer blocks are prose: they are not learned, so they can never be taken for template.
MAX_BLOCK_WORDS = 80
# Elements whose text is code, never a block a reader sees. Every other element holding text of
# its own is learned, whatever its tag: old-style pages keep whole lines in <font>, <i> or
# <center>, and a list of tags always misses some.
NOT_TEXT_TAGS = frozenset({"script", "style", "noscript", "template"})
LINE_BREAK = "\u2029"
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


def _words(blocks: list[Block]) -> int:
    return sum(len(_WORD.findall(b.plain)) for b in blocks)


def block_key(text: str) -> str:
    """A short hash of a block's normalised text: case, punctuation and numbers are ignored, so
    "© 2024 Agency" and "© 2025 Agency" are one block."""
    words = _WORD.findall(_DIGITS.sub("0", text.lower()))
    if not words:
        return ""
    return hashlib.blake2b(" ".join(words).encode(), digest_size=6).hexdigest()


@dataclass
class SiteTemplate:
    # key -> [pages seen on, first seen, last seen], the latter two as page serial numbers
    counts: dict[str, list[int]] = field(default_factory=dict)
    pages: int = 0
    recent: list[str] = field(default_factory=list)  # fingerprints of recently learned pages

    @property
    def ready(self) -> bool:
        return self.pages >= MIN_PAGES

    def learn(self, html: bytes | str) -> bool:
        """Count the blocks of one more page; False when the page was unreadable or already
        learned (a re-fetch of the same page must not look like a second page)."""
        page = read_input(html)
        tree = parse(page.text) if page.text else None
        if tree is None:
            return False
        fingerprint = page_fingerprint(tree)
        if fingerprint in self.recent:
            return False
        self.pages += 1
        self.recent = [*self.recent, fingerprint][-MAX_RECENT_PAGES:]
        for key in page_block_keys(tree):
            entry = self.counts.setdefault(key, [0, self.pages, 0])
            entry[0] += 1
            entry[2] = self.pages
        self._evict()
        return True

    def _evict(self) -> None:
        """Keep the table bounded, forgetting first what was seen on fewest pages, longest ago."""
        excess = len(self.counts) - MAX_ENTRIES
        if excess <= 0:
            return
        doomed = sorted(self.counts, key=lambda k: (self.counts[k][0], self.counts[k][2]))
        for key in doomed[:excess]:
            del self.counts[key]

    def is_template(self, text: str) -> bool:
        entry = self.counts.get(block_key(text))
        if entry is None or entry[0] < MIN_PAGES:
            return False
        return entry[0] >= MIN_SHARE * (self.pages - entry[1] + 1)

    def clean(self, blocks: list[Block]) -> list[Block]:
        """The blocks minus the template's; list items are judged one by one.

        Furniture is a small part of an extracted body. When the template would take most of
        it, it is matching the article itself (pages that differ only in their numbers, say),
        so the body is kept whole rather than lost."""
        if not self.ready:
            return blocks
        kept = []
        for block in blocks:
            if block.kind == LIST:
                items = [item for item in block.items if not self.is_template(item)]
                if items:
                    kept.append(block.with_items(items))
            elif not self.is_template(block.text):
                kept.append(block)
        if _words(kept) < MAX_TEMPLATE_SHARE_KEPT * _words(blocks):
            return blocks
        return kept

    def to_dict(self) -> dict:
        return {"version": FORMAT_VERSION, "pages": self.pages, "recent": list(self.recent),
                "blocks": {key: list(entry) for key, entry in self.counts.items()}}

    @classmethod
    def from_dict(cls, data: dict | None) -> SiteTemplate:
        """A template from its stored form; anything unreadable or of another version starts
        afresh rather than failing the caller."""
        if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
            return cls()
        try:
            counts = {str(k): [int(v[0]), int(v[1]), int(v[2])]
                      for k, v in data.get("blocks", {}).items()}
            template = cls(counts, int(data.get("pages", 0)), [str(f) for f in data["recent"]])
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            logger.warning("unreadable site template, starting afresh")
            return cls()
        template.recent = template.recent[-MAX_RECENT_PAGES:]
        template._evict()
        return template


def page_fingerprint(tree: HtmlElement) -> str:
    """Identity of a page across re-fetches: its canonical address, else its headline, else
    the start of its text. Exact, unlike block keys: /news/17 and /news/18 are two pages."""
    identity = ""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        if found := tree.xpath(xpath):
            identity = str(found[0]).strip()
            break
    if not identity:
        parts = [tree.find(".//h1"), tree.find(".//title")]
        identity = " ".join(" ".join(e.text_content().split()) for e in parts if e is not None)
    identity = identity or " ".join(tree.text_content().split())[:2000]
    return hashlib.blake2b(identity.encode("utf-8", "replace"), digest_size=8).hexdigest()


def page_block_keys(tree: HtmlElement) -> set[str]:
    """Keys of the page's short text blocks: every element that holds text of its own, and
    each line of one broken by <br>, since extraction makes every such line a block."""
    keys = set()
    body = tree.find(".//body")
    for element in (body if body is not None else tree).iter():
        if not isinstance(element.tag, str) or element.tag in NOT_TEXT_TAGS:
            continue  # comments and processing instructions have a function for a tag
        if not _holds_text(element):
            continue
        texts = [element.text_content()]
        if element.find(".//br") is not None:
            texts += _text_with_breaks(element).split(LINE_BREAK)
        for text in texts:
            if len(_WORD.findall(text)) <= MAX_BLOCK_WORDS and (key := block_key(text)):
                keys.add(key)
    return keys


def _text_with_breaks(element: HtmlElement) -> str:
    """The element's text with LINE_BREAK where it has a <br>."""
    parts = [LINE_BREAK if element.tag == "br" else "", element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in NOT_TEXT_TAGS:
            parts.append(_text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _holds_text(element: HtmlElement) -> bool:
    if element.text and element.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in element)
