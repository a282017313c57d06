"""Removing what is left of the page around the article: title repeats, bylines, share strips,
calls to action, "Related"/"Read more" lists, tables of contents, duplicates.

Rules drop whole blocks, and phrase rules only look at short ones, so a real paragraph that
happens to mention "newsletter" or "share" is never touched; the two kinds of longer furniture,
consent banners and affiliate disclosures, each need two signs before a block goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from newsdesk.extract.blocks import FIGURE, HEADING2, HEADING3, LIST, PARAGRAPH, Block

_WORD = re.compile(r"\w+")
_SQUASH = re.compile(r"[\W_]+")

# Blocks of at most this many words may be boilerplate; longer ones are prose.
SHORT_BLOCK_WORDS = 14
# Blocks shorter than this are compared squashed by drop_duplicates, longer ones as they are.
SQUASHED_CHARS = 200
# A repeated block of more words than this is a copy, wherever it stands; shorter ones are
# copies when they repeat in a run of COPIED_RUN blocks or more, together that long. Earlier
# occurrences compared with per block (bounds the work on pages of repeated code lines):
DUPLICATE_WORDS = SHORT_BLOCK_WORDS
COPIED_RUN = 3
COPY_CANDIDATES = 8
RUN_REACH = 12  # blocks looked at on either side of a repeat to measure its run
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
    r"(?:continue reading|read (?:the|our) full\b).*|"
    r"(?:related|recommended|popular|trending|latest|most read|more)"
    r"(?: (?:articles?|posts?|stories|news|content|reading|reads|links|topics|from .*))?|"
    r"(?:related|see also|also read|read also|read next|up next|more on this|you may also like"
    r"|you might also like|you may also (?:check|read|want)|recommended for you)\b.*|"
    r"(?:explore|discover|browse) (?:more|all|our)\b.*|"
    r"(?:table of )?contents|in this (?:article|post|guide)|jump to(?: section)?|"
    r"advertisement|sponsored(?: content| ad)?|ad|scroll (?:up|down|to top)|back to top|"
    r"loading(?:\.\.\.|…)?|"
    r"\[[a-z][\w-]*(?:\s[^\]]*)?\]|"  # a shortcode the site's CMS left unrendered: [form id=3]
    r"(?:sign up|subscribe|register)(?: (?:now|today|here|for (?:free|our|the) .*|"
    r"to (?:our|the|get|receive|read|continue|unlock|access|stay|keep)\b.*))?|"
    r"(?:get|join) (?:our|the) newsletter.*|newsletter|"
    r"print(?: this (?:article|page))?|email|comments?|leave a (?:comment|reply)|reply|"
    r"(?:photo|image|picture|video|source|credit)s?(?: credit)?\s*:.*|"
    r"(?:tags?|topics?|categories|filed under)\s*:.*|"
    r"(?:we use|this (?:site|website) uses) cookies.*|accept(?: all)?(?: cookies)?|"
    r"manage (?:consent|cookies|(?:cookie |privacy )?preferences|settings)|"
    r"(?:download|get) (?:the|our) app.*|"
    r"(?:book|schedule|request|get) (?:a|your|our) (?:free )?(?:demo|call|consultation|quote)"
    r".*|"
    r"(?:shop|buy|order|try|start) (?:now|today|here).*|check (?:price|availability).*|"
    r"where to buy|see (?:it|price) (?:at|on) .*|"
    r"all rights reserved.*|©.*|copyright (?:©|\(c\)|\d{4}).*|end of (?:the )?(?:article|story)|"
    # Paywall and account prompts.
    r"already (?:have an account|a (?:subscriber|member))\??\s*(?:(?:log|sign) in.*)?|"
    r"(?:log|sign) in(?: here| now)?|(?:log|sign) in to (?:continue|read|comment|your account)"
    r"\b.*|create (?:a|your) (?:free )?account(?: to .*)?|"
    r"unlock (?:this|the full|the rest of this) (?:article|story).*|"
    r"this (?:article|story|content) is (?:exclusive|only available|available only) to .*|"
    r"(?:subscribe|register) to (?:continue|keep) reading.*|"
    # Turkish: share, related/most read, tags, subscribe, read on, print, ad, back to top.
    r"payla[şs](?:[ıi]n)?(?:\s*:.*)?|"
    r"(?:[iİı]lgili|benzer|di[ğg]er|[öo]nerilen) haberler(?:\s*:.*)?|(?:en )?[çc]ok okunan(?:lar)?|"
    r"etiketler\s*:.*|abone ol(?:un)?|b[üu]lten(?:e kaydol.*)?|"
    r"(?:haberin )?devam[ıi]n[ıi] oku(?:yun)?|yazd[ıi]r|reklam|"
    r"yukar[ıi] [çc][ıi]k|ba[şs]a d[öo]n|t[üu]m haklar[ıi] sakl[ıi]d[ıi]r.*|"
    # Arabic: the same furniture. "شارك" alone or before a colon: as a verb it opens prose.
    r"شارك(?: (?:الخبر|المقال|المقالة|الموضوع|هذا الخبر))?(?:\s*:.*)?|"
    r"(?:أخبار|مقالات|مواضيع) ذات صلة(?:\s*:.*)?|اقرأ (?:أيضا|أيضاً|المزيد).*|الأكثر (?:قراءة|مشاهدة)|"
    r"(?:الوسوم|الكلمات المفتاحية|كلمات مفتاحية)\s*:.*|اشترك(?: الآن| في النشرة.*)?|"
    r"النشرة البريدية|طباعة|إعلان|(?:العودة )?(?:للأعلى|إلى الأعلى)|جميع الحقوق محفوظة.*"
    r")[\s.:!»›>→-]*$",
    re.IGNORECASE,
)

# Headings that open what follows an article. Only looked for after TRAILER_START of the body,
# so a "Related:" line in the middle of a story cannot cut it short.
TRAILER = re.compile(
    r"^(?:(?:you )?(?:may|might) (?:also )?(?:like|enjoy)|related(?: (?:posts?|articles?|stories|"
    r"reading|content|news|links|services|resources))?|more (?:from|on|in) [\w.' ]{1,30}|"
    r"more (?:stories|articles|news)|recent (?:posts|articles|stories)|read (?:this )?next|"
    r"latest (?:posts|articles|stories|news)|recommended(?: for you| reading| articles)?|"
    r"about the (?:author|writer|reviewer)s?|(?:author|writer) bio|"
    r"(?:leave a |post a )?(?:comment|reply)|(?:\d+ )?comments|"
    r"(?:[iİı]lgili|benzer|di[ğg]er) haberler|yorumlar|"
    r"(?:أخبار|مقالات|مواضيع) ذات صلة|اقرأ (?:أيضا|أيضاً)|التعليقات"
    r")[\s.:!»›>→-]*$",
    re.IGNORECASE,
)
# Trailer headings are short; a longer line starting the same way is prose.
TRAILER_WORDS = 6
TRAILER_START = 0.7
# Article prose after a trailer heading: this many paragraphs of at least PROSE_RUN_WORDS.
PROSE_RUN_BLOCKS = 3
PROSE_RUN_WORDS = 40

# Consent banners run longer than other furniture, so they get their own, two-part test.
COOKIE_NOTICE_WORDS = 200
COOKIE_CATEGORY = re.compile(
    r"^(?:strictly )?(?:necessary|essential|functional|functionality|performance|analytic(?:al|s)?"
    r"|statistics|advertisement|advertising|marketing|targeting|preference|other uncategori[sz]ed)"
    r" cookies\b", re.IGNORECASE)
# English, Turkish and Arabic, the languages of our sources.
COOKIE_TOPIC = re.compile(r"\bcookies?\b|\bçerez|ملفات (?:تعريف )?الارتباط|الكوكيز", re.IGNORECASE)
COOKIE_WORDS = ("cookie", "çerez", "الارتباط", "الكوكيز")
COOKIE_ASK = re.compile(
    r"\b(?:accept|consent|agree|preferences|opt[- ]out|cookie (?:policy|settings)"
    r"|you can (?:change|manage|disable))|\bkabul|\bpolitika|onay|موافق|أوافق|قبول|سياسة",
    re.IGNORECASE,
)

# A paragraph this long is prose: the article has started.
PROSE_WORDS = 15
# Lines this short before the article starts are byline scraps.
SCRAP_WORDS = 4

# Affiliate disclosures: they name the commission the site earns on links.
DISCLOSURE_WORDS = 60
DISCLOSURE = re.compile(
    r"\baffiliate (?:links?|commissions?|partners?|programs?)\b|"
    r"\b(?:earn|receive|make|get)s? (?:us |me )?(?:a |an )?(?:small |affiliate )?"
    r"commissions?\b|\bat no (?:extra |additional )?cost to you\b",
    re.IGNORECASE,
)

DISCLOSURE_WORDS_NEEDED = ("affiliate", "commission", "cost to you")

# Link lists that lost their markup: this many one-liners of at most SCRAP_RUN_WORDS words
# in a row, sharing their first LINK_RUN_PREFIX words.
LINK_RUN_BLOCKS = 4
LINK_RUN_PREFIX = 3
SCRAP_RUN_WORDS = 12

# Header leftovers: only looked for among the first blocks.
BYLINE = re.compile(
    r"^(?:(?:written |posted |published |reviewed |edited |fact[- ]checked )?by\s+\S.*|"
    # "Author: Ana Ruiz", "Yazar: Ayşe Kaya", "بقلم: سامي", "كتب - سامي" (only with the dash:
    # "كتب الرئيس" is "the president wrote")
    r"(?:author|yazar)\s*:\s*\S.*|بقلم\s*:?\s*\S.*|(?:الكاتب|كتب)\s*[:\-–]\s*\S.*|"
    # "Amos Fenn, Herald Staff Writer", "Ayşe Kaya / Ankara Muhabiri"
    r"[^,/]{3,60}\s*[,/]\s*(?:[\w.'-]+\s+){0,3}(?:staff writer|(?:staff )?reporter|correspondent"
    r"|contributor|contributing writer|muhabiri|editörü)|"
    # "Updated: 3 May", "Published on May 3, 2024": a date comes right after the word, so
    # "Updated figures show 30 dead" is news, not a stamp.
    r"(?:last )?(?:updated|published|posted|modified|reviewed|post time)(?: on| at)?\s*:?\s*"
    r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"[a-z]*\.?\s*\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,|"
    r"(?:an?|\d+) (?:minutes?|hours?|days?|weeks?|months?) ago|yesterday|today).*|"
    r"\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s*read.*|.*\b\d+\s*min(?:ute)?s?\.? read|"
    r"(?:\w+\s+){0,3}(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?,?\s+"
    r"\d{4}.*|"
    r"\d{4}-\d{2}-\d{2}.*|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}.*)$",
    re.IGNORECASE,
)
# A dateline in any language ("20 Temmuz 2018, 14:05", "2 نوفمبر 2023"): a day, a word, a year.
ANY_DATE = re.compile(r"\b\d{1,2}\.?\s+\w{3,}\.?,?\s+\d{4}\b|\b\w{3,}\.?\s+\d{1,2},?\s+\d{4}\b")
DATELINE_WORDS = 8


@lru_cache(maxsize=8192)
def squash(text: str) -> str:
    """Text reduced to its lower-cased letters and digits, for comparing blocks."""
    return _SQUASH.sub("", text.lower())


@lru_cache(maxsize=16384)
def word_count(text: str) -> int:
    # Cached: every cleaning rule asks for the counts of the same few hundred blocks.
    return len(_WORD.findall(text))


@dataclass(frozen=True)
class PageContext:
    """What the cleaning rules know about the page besides the body."""

    titles: frozenset[str] = frozenset()  # squashed title candidates
    links: Sequence = ()  # the page's links: anything with text_content(), e.g. <a> elements
    captions: frozenset[str] = frozenset()  # squashed figure captions

    @cached_property
    def link_texts(self) -> frozenset[str]:
        """Squashed texts of the page's links, read only if a rule asks: most pages never do."""
        return frozenset(squash(link.text_content()) for link in self.links) - {""}


def clean_blocks(blocks: list[Block], context: PageContext) -> list[Block]:
    blocks = drop_header_leftovers(blocks, context)
    blocks = drop_lead_in_scraps(blocks)
    blocks = cut_trailer(blocks)
    blocks = [b for b in (strip_block(b, context) for b in blocks) if b is not None]
    blocks = drop_duplicates(blocks)
    blocks = drop_link_runs(blocks)
    return drop_dangling_headings(blocks)


def drop_header_leftovers(blocks: list[Block], context: PageContext) -> list[Block]:
    """The page header often survives extraction: headline, standfirst, byline, date."""
    kept = []
    for index, block in enumerate(blocks):
        in_head = index < HEAD_BLOCKS
        text = block.text
        if in_head and block.kind != LIST and squash(text) in context.titles:
            continue
        if in_head and block.kind != LIST and _byline(text):
            continue
        kept.append(block)
    return kept


def drop_lead_in_scraps(blocks: list[Block]) -> list[Block]:
    """Before the first real paragraph, a line of a few words (a name, "Written by", a job
    title, "2 min read") is byline residue; headings are kept, they may open the article."""
    kept = []
    for index, block in enumerate(blocks):
        if index >= HEAD_BLOCKS or block.kind == PARAGRAPH and word_count(block.text) >= PROSE_WORDS:
            return kept + blocks[index:]
        if block.kind in (PARAGRAPH, LIST) and _scrap(block):
            continue
        kept.append(block)
    return kept


def _scrap(block: Block) -> bool:
    parts = block.items if block.kind == LIST else (block.text,)
    return all(word_count(part) <= SCRAP_WORDS for part in parts)


def cut_trailer(blocks: list[Block]) -> list[Block]:
    """Cut the body where the page's trailer starts: a heading such as "Related posts" or
    "About the author" in the last part of the body ends the article, unless real prose
    follows it (a "Related" box placed inside the story)."""
    total = sum(word_count(b.plain) for b in blocks)
    seen = 0
    for index, block in enumerate(blocks):
        if (seen >= TRAILER_START * total and block.kind != LIST
                and word_count(block.text) <= TRAILER_WORDS and TRAILER.match(block.text)
                and not _prose(blocks[index + 1:])):
            return blocks[:index]
        seen += word_count(block.plain)
    return blocks


def _prose(blocks: list[Block]) -> bool:
    """Whether blocks read as article text: several long paragraphs."""
    long_ones = [b for b in blocks if b.kind == PARAGRAPH and word_count(b.text) >= PROSE_RUN_WORDS]
    return len(long_ones) >= PROSE_RUN_BLOCKS


def _byline(text: str) -> bool:
    words = word_count(text)
    return (words <= SHORT_BLOCK_WORDS and bool(BYLINE.match(text))) or (
        words <= DATELINE_WORDS and bool(ANY_DATE.search(text)))


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
        if len(items) >= 2 and _all_links(items, context):
            return None  # a list of links: menu, related stories, table of contents
        return block.with_items(items) if items else None
    if (is_furniture(block.text, context) or is_cookie_notice(block.text)
            or is_disclosure(block.text)):
        return None
    if context.captions and squash(block.text) in context.captions:
        return Block(FIGURE, block.text)
    return block


def is_cookie_notice(text: str) -> bool:
    """A consent banner's paragraph: about cookies and asking the reader to agree, or one of
    the category descriptions consent managers list ("Functional cookies help to...")."""
    lowered = text.lower()
    # Both patterns need one of these words; looking for them first is much cheaper.
    if not any(word in lowered for word in COOKIE_WORDS) or word_count(text) > COOKIE_NOTICE_WORDS:
        return False
    return bool(COOKIE_CATEGORY.match(text)) or (
        bool(COOKIE_TOPIC.search(text)) and bool(COOKIE_ASK.search(text)))


def is_disclosure(text: str) -> bool:
    """The affiliate disclosure review sites put above or below every article."""
    lowered = text.lower()
    if not any(word in lowered for word in DISCLOSURE_WORDS_NEEDED):
        return False
    return word_count(text) <= DISCLOSURE_WORDS and bool(DISCLOSURE.search(text))


def _all_links(items: Iterable[str], context: PageContext) -> bool:
    return all(squash(item) in context.link_texts for item in items)


def drop_duplicates(blocks: list[Block]) -> list[Block]:
    """Copies go, the article's own repetitions stay. A long block repeated verbatim is a copy
    (a standfirst or bio shown again), and so is a short one repeated together with its
    neighbours (the body printed again for phones, a widget of several lines placed twice). A
    short line repeated on its own is the article's: a recipe's "Cover and leave for one hour."
    in each part, a checklist line in several sections, a heading such as "Verdict"."""
    keys = [_duplicate_key(block) for block in blocks]
    seen: dict[tuple[str, str], list[int]] = {}
    kept = []
    for index, (block, key) in enumerate(zip(blocks, keys, strict=True)):
        earlier = seen.setdefault(key, [])
        long_copy = block.kind not in (HEADING2, HEADING3) and _words(block) > DUPLICATE_WORDS
        if earlier and (long_copy or _copied_run(blocks, keys, earlier, index)):
            continue
        if len(earlier) < COPY_CANDIDATES:
            earlier.append(index)
        kept.append(block)
    return kept


def _duplicate_key(block: Block) -> tuple[str, str]:
    text = block.plain or block.text
    # Long blocks repeat verbatim; squashing (the costly part) is for short widget lines.
    return block.kind, (squash(text) if len(text) < SQUASHED_CHARS else text) + "|".join(block.items)


def _copied_run(blocks: list[Block], keys: list, earlier: list[int], index: int) -> bool:
    """Whether the block at index sits in a run of at least COPIED_RUN blocks and more than
    DUPLICATE_WORDS words that repeats, in order, the run around one of its earlier occurrences
    (a templated card's labels repeat too, but they are few words)."""
    for first in earlier:
        back = 0
        while (back < RUN_REACH and first - back > 0
               and keys[first - back - 1] == keys[index - back - 1]):
            back += 1
        ahead = 0
        while (ahead < RUN_REACH and index + ahead + 1 < len(keys) and first + ahead + 1 < index
               and keys[first + ahead + 1] == keys[index + ahead + 1]):
            ahead += 1
        run = blocks[index - back:index + ahead + 1]
        if len(run) >= COPIED_RUN and sum(map(_words, run)) > DUPLICATE_WORDS:
            return True
    return False


def _words(block: Block) -> int:
    return word_count(block.plain or block.text)


def drop_link_runs(blocks: list[Block]) -> list[Block]:
    """A run of one-liners that all start alike ("Average costs in Austin", "... in Boston")
    is a list of links to sibling pages that lost its list markup."""
    kept: list[Block] = []
    start = 0
    while start < len(blocks):
        key = _run_key(blocks[start])
        end = start + 1
        while key and end < len(blocks) and _run_key(blocks[end]) == key:
            end += 1
        if not key or end - start < LINK_RUN_BLOCKS:
            end = start + 1
            kept.append(blocks[start])
        start = end
    return kept


def _run_key(block: Block) -> str:
    words = block.text.lower().split()
    if block.kind != PARAGRAPH or len(words) <= LINK_RUN_PREFIX or len(words) > SCRAP_RUN_WORDS:
        return ""
    return " ".join(words[:LINK_RUN_PREFIX])


def drop_dangling_headings(blocks: list[Block]) -> list[Block]:
    """A heading left with nothing under it headed something that was removed."""
    while blocks and blocks[-1].kind in (HEADING2, HEADING3):
        blocks = blocks[:-1]
    return blocks
