"""Removing what is left of the page around the article: title repeats, bylines, share strips,
calls to action, "Related"/"Read more" lists, tables of contents, duplicates.

Rules work on whole blocks and only on short ones, so a real paragraph that happens to mention
"newsletter" or "share" is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsdesk.extract.blocks import FIGURE, HEADING2, HEADING3, LIST, Block

_WORD = re.compile(r"\w+")
_SQUASH = re.compile(r"[\W_]+")

# Blocks of at most this many words may be boilerplate; longer ones are prose.
SHORT_BLOCK_WORDS = 14
# How far into the body the header leftovers (title, byline, date) can sit.
HEAD_BLOCKS = 6

# Whole short blocks that are page furniture, in any position. Anchored: the block must *be*
# the phrase (optionally with a trailing colon/arrow and a few words), not merely contain it.
FURNITURE = re.compile(
    r"^(?:"
    r"share(?: this(?: (?:article|story|post|page))?| on \w+| via \w+)?|"
    r"(?:click|tap) to share.*|"
    r"follow us(?: on .*)?|"
    r"(?:read|learn|see|view|discover|show) (?:more|all|less)(?: about .*| on .*)?|"
    r"(?:continue reading|read the full (?:story|article|review)).*|"
    r"(?:related|recommended|popular|trending|latest|most read|more)"
    r"(?: (?:articles?|posts?|stories|news|content|reading|reads|links|topics|from .*))?|"
    r"(?:related|see also|also read|read also|read next|up next|more on this|you may also like"
    r"|you might also like|recommended for you)\b.*|"
    r"(?:table of )?contents|in this (?:article|post|guide)|jump to(?: section)?|"
    r"advertisement|sponsored(?: content)?|ad|scroll (?:up|down|to top)|back to top|"
    r"(?:sign up|subscribe|register)(?: (?:now|today|here|for (?:free|our|the) .*|to .*))?|"
    r"(?:get|join) (?:our|the) newsletter.*|newsletter|"
    r"print(?: this (?:article|page))?|email|comments?|leave a (?:comment|reply)|reply|"
    r"(?:photo|image|picture|video|source|credit)s?(?: credit)?\s*:.*|"
    r"(?:tags?|topics?|categories|filed under)\s*:.*|"
    r"(?:we use|this (?:site|website) uses) cookies.*|accept(?: all)?(?: cookies)?|"
    r"(?:download|get) (?:the|our) app.*|"
    r"(?:book|schedule|request) a (?:free )?(?:demo|call|consultation).*|"
    r"(?:shop|buy|order|try|start) (?:now|today|here).*|check (?:price|availability).*|"
    r"where to buy|see (?:it|price) (?:at|on) .*|"
    r"all rights reserved.*|©.*|copyright .*"
    r")[\s.:!»›>→-]*$",
    re.IGNORECASE,
)

# Header leftovers: only looked for among the first blocks.
BYLINE = re.compile(
    r"^(?:(?:written |posted |published |reviewed |edited |fact[- ]checked )?by\s+\S.*|"
    r"(?:last )?(?:updated|published|posted|modified|reviewed)(?: on)?\s*:?\s*.*\d.*|"
    r"\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*read.*|.*\b\d+\s*min(?:ute)?s?\.? read|"
    r"(?:\w+\s+){0,3}(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+"
    r"\d{4}.*|"
    r"\d{4}-\d{2}-\d{2}.*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Text reduced to its lower-cased letters and digits, for comparing blocks."""
    return _SQUASH.sub("", text.lower())


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class PageContext:
    """What the cleaning rules know about the page besides the body."""

    titles: frozenset[str] = frozenset()  # squashed title candidates
    link_texts: frozenset[str] = frozenset()  # squashed texts of the page's links
    captions: frozenset[str] = frozenset()  # squashed figure captions


def clean_blocks(blocks: list[Block], context: PageContext) -> list[Block]:
    blocks = drop_header_leftovers(blocks, context)
    blocks = [b for b in (strip_block(b, context) for b in blocks) if b is not None]
    blocks = drop_duplicates(blocks)
    return drop_dangling_headings(blocks)


def drop_header_leftovers(blocks: list[Block], context: PageContext) -> list[Block]:
    """The page header often survives extraction: headline, standfirst, byline, date."""
    kept = []
    for index, block in enumerate(blocks):
        in_head = index < HEAD_BLOCKS
        text = block.text
        if in_head and block.kind != LIST and squash(text) in context.titles:
            continue
        if in_head and block.kind != LIST and word_count(text) <= SHORT_BLOCK_WORDS \
                and BYLINE.match(text):
            continue
        kept.append(block)
    return kept


def is_furniture(text: str, context: PageContext) -> bool:
    """A short piece of text that is page furniture rather than article."""
    if not text or word_count(text) > SHORT_BLOCK_WORDS:
        return False
    return bool(FURNITURE.match(text))


def strip_block(block: Block, context: PageContext) -> Block | None:
    if block.kind == FIGURE:
        return block
    if block.kind == LIST:
        items = [item for item in block.items if not is_furniture(item, context)]
        if items and _all_links(items, context) and len(items) >= 2:
            return None  # a list of links: menu, related stories, table of contents
        return block.with_items(items) if items else None
    if is_furniture(block.text, context):
        return None
    if squash(block.text) in context.captions:
        return Block(FIGURE, block.text)
    return block


def _all_links(items: Iterable[str], context: PageContext) -> bool:
    return all(squash(item) in context.link_texts for item in items)


def drop_duplicates(blocks: list[Block]) -> list[Block]:
    """A block repeated verbatim is a repeated widget (call to action, "where to buy")."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for block in blocks:
        key = (block.kind, squash(block.plain or block.text) + "|".join(block.items))
        if key in seen and block.kind not in (HEADING2, HEADING3):
            continue
        seen.add(key)
        kept.append(block)
    return kept


def drop_dangling_headings(blocks: list[Block]) -> list[Block]:
    """A heading left with nothing under it headed something that was removed."""
    while blocks and blocks[-1].kind in (HEADING2, HEADING3):
        blocks = blocks[:-1]
    return blocks
