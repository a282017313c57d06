"""Reading the article straight off the page tree, in one walk: where the prose is densest.

The walk turns the page into text runs (the text between two block boundaries), each knowing the
element it sits in, its length and how much of it is link text. Prose is a run that is long and
mostly not links. The article's element is found in two steps:

- scoring, as readability does: each prose run counts fully for its parent and half for its
  grandparent (more for longer runs and for each comma), so a container of many paragraphs beats
  a page-wide wrapper holding the sidebar too;
- widening: page builders split a body into many sibling containers, so the best one is widened
  to its highest ancestor that adds at least WIDEN_GAIN times more prose than other text (menus,
  teasers, buttons) to it. Short list items without links count for neither: they are a story's
  steps and points as often as not.

Elements a reader never takes for the article (navigation, share strips, comments, hidden parts)
are skipped before anything is counted; cards of other stories (teasers.py) count as furniture
and are never output. Runs that are mostly link text are left out, except a paragraph or heading
that is one link with the article's prose before and after it: a cited report, an address.
Table rows read as one line each, cells apart; <pre> keeps its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml.html import HtmlElement

from newsdesk.extract.blocks import HEADING2, HEADING3, LIST, PARAGRAPH, QUOTE, Block
from newsdesk.extract.boilerplate import FURNITURE, TRAILER

# Elements whose content is never article text.
SKIPPED_TAGS = frozenset({
    "nav", "footer", "aside", "form", "button", "select", "option", "textarea", "input",
    "label", "menu", "dialog", "figcaption", "script", "style", "noscript",
    "template", "svg", "iframe", "object", "embed", "video", "audio", "canvas", "map", "head",
    "title", "meta", "link", "img", "picture", "source",
})
# Inline elements: their text continues the run around them.
INLINE_TAGS = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
    "u", "var", "wbr", "ins", "del", "nobr",
})
HEADINGS = {"h1": HEADING2, "h2": HEADING2, "h3": HEADING3, "h4": HEADING3, "h5": HEADING3,
            "h6": HEADING3}
CELLS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "
PREFORMATTED = "pre"  # a run inside <pre>: its lines become paragraphs of their own
# class/id words of page furniture. Matched as whole words of the attribute (split at spaces,
# hyphens and underscores), so "shared-story" or "commentary" are not taken for them.
FURNITURE_WORDS = frozenset({
    "share", "sharing", "social", "socials", "comment", "comments", "related", "sidebar",
    "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs",
    "footer", "masthead", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe",
    "subscription", "promo", "advert", "advertisement", "ad", "ads", "adsbygoogle", "banner",
    "popup", "modal", "toolbar", "pagination", "pager", "recommended", "recommendations",
    "trending", "popular", "outbrain", "taboola", "sponsored", "disqus", "sr",
    "byline", "author", "tags", "tagcloud", "signup", "paywall", "print", "rating",
    "sharedaddy", "jp", "wp_rp", "yarpp", "crp", "mostread", "most",
})
# ...unless the same attribute also says it is the article ("article-body related-fix").
CONTENT_WORDS = frozenset({"article", "content", "entry", "post", "story", "body", "text",
                           "main", "prose", "richtext"})
# ...of those, the ones that never show text at all: skipped whatever their size, since a
# JSON-LD block can outweigh the article it describes.
NEVER_SHOWN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title",
                              "meta", "link"})
_ATTR_WORDS = re.compile(r"[a-z0-9]+")
FURNITURE_NAME = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(sorted(FURNITURE_WORDS, key=len, reverse=True)) + r")(?![a-z0-9])")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# A run this long (characters, link text excluded) counts as prose.
PROSE_CHARS = 60
# Link-heavy runs are navigation, whatever their length.
MAX_LINK_SHARE = 0.5
# Skipped elements never hold more than this share of the page's text (see _Walker).
MAX_SKIPPED_SHARE = 0.5
# An ancestor joins the article when it adds this many times more prose than other text.
# Measured on the development set: 1 lets teaser lists in, 4 leaves split bodies apart.
WIDEN_GAIN = 3.0


@dataclass(eq=False)
class Run:
    """Text between two block boundaries."""

    owner: HtmlElement  # the innermost block-level element holding it
    kind: str
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    item_of: HtmlElement | None = None  # the list it is an item of
    teaser: bool = False  # in a card of another story (teasers.py)

    text: str = ""  # set by finish()
    chars: int = 0

    def finish(self) -> Run:
        text = "".join(self.parts)
        if self.kind == PREFORMATTED:  # code and verse keep their lines
            self.text = "\n".join(line for raw in text.splitlines() if (line := " ".join(raw.split())))
        else:
            self.text = " ".join(text.split())
        self.chars = len(self.text)
        return self


def is_hidden(attrib) -> bool:
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    style = attrib.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def is_furniture(element: HtmlElement) -> bool:
    attrib = element.attrib
    if not attrib:
        return False
    if is_hidden(attrib):
        return True
    return furniture_names(attrib.get("class", ""), attrib.get("id", ""))


@lru_cache(maxsize=4096)  # a page repeats the same few class names on many elements
def furniture_names(class_: str, id_: str) -> bool:
    names = f"{class_} {id_}".lower()
    if not FURNITURE_NAME.search(names):
        return False
    return not CONTENT_WORDS & set(_ATTR_WORDS.findall(names))


def _data_cell(cell: HtmlElement) -> bool:
    """A table cell holding only inline content: a datum. Cells holding blocks are page layout
    (old sites set whole pages in tables) and are read as containers."""
    return all(inner.tag in INLINE_TAGS or inner.tag == "br" or inner.tag.__class__ is not str
               for inner in cell.iterdescendants())


class _Walker:
    """Cuts the page into runs. A run is opened lazily, at its first text, so the many
    elements that hold none cost no allocation."""

    def __init__(self, page_chars: int) -> None:
        self.runs: list[Run] = []
        self.current: Run | None = None
        self.context: tuple = (None, PARAGRAPH, None)  # owner, kind, item_of of the next run
        # Broken markup (an unclosed <nav> or popup) can put the whole page inside furniture:
        # an element holding over half the page's text is never skipped.
        self.max_skipped = page_chars * MAX_SKIPPED_SHARE

    def skipped(self, element: HtmlElement) -> bool:
        if element.tag in NEVER_SHOWN_TAGS:
            return True
        if element.tag not in SKIPPED_TAGS and not is_furniture(element):
            return False
        return len(element.text_content()) <= self.max_skipped

    def boundary(self, owner: HtmlElement, kind: str, item_of: HtmlElement | None) -> None:
        self.current = None
        self.context = (owner, kind, item_of)

    def add(self, text: str | None, in_link: bool) -> None:
        if not text:
            return
        run = self.current
        if run is None:
            if text.isspace():
                return
            owner, kind, item_of = self.context
            run = self.current = Run(owner, kind, item_of=item_of)
            self.runs.append(run)
        run.parts.append(text)
        if in_link:
            run.link_chars += len(text.strip())

    def walk(self, root: HtmlElement) -> list[Run]:
        self.context = (root, PARAGRAPH, None)
        # Explicit stack: pages can nest deeper than Python's recursion limit. A frame is
        # (element, owner, kind, item_of, in_link) with the parent's context; a frame of
        # element None closes the block whose context follows, and one of a string adds a tail.
        stack: list[tuple] = [(root, root, PARAGRAPH, None, False)]
        pop, push = stack.pop, stack.append
        while stack:
            element, owner, kind, item_of, in_link = pop()
            if element is None:  # after a block: text continues in a new run of the parent's
                self.boundary(owner, kind, item_of)
                continue
            if element.__class__ is str:
                self.add(element, in_link)
                continue
            tag = element.tag
            if tag.__class__ is not str:
                continue  # comments, processing instructions
            tail = element.tail
            data_cell = tag in CELLS and _data_cell(element)
            if data_cell:
                if self.current is not None:
                    self.add(CELL_SEPARATOR, False)  # a row reads as one line, cells apart
                tag = "span"
            if tag in INLINE_TAGS:
                # Class names are not judged inline: code highlighters call spans "comment".
                if tag in SKIPPED_TAGS or element.attrib and is_hidden(element.attrib):
                    self.add(tail, in_link)
                    continue
                link = in_link or tag == "a"
                if tail:
                    push((tail, owner, kind, item_of, in_link))
                self.add(element.text, link)
                for child in reversed(element):
                    push((child, owner, kind, item_of, link))
                continue
            if tag == "br":
                self.boundary(owner, kind, item_of)
                self.add(tail, in_link)
                continue
            if self.skipped(element):
                self.add(tail, in_link)
                continue
            inner_kind, inner_item = kind, item_of
            if tag in HEADINGS:
                inner_kind = HEADINGS[tag]
            elif tag == "li":
                inner_kind, inner_item = LIST, element.getparent()
            elif tag == "blockquote":
                inner_kind = QUOTE
            elif tag == "tr":
                inner_kind, inner_item = LIST, element.getparent()
            elif tag in ("ul", "ol", "table", "td", "th"):  # cells here hold blocks: layout
                inner_kind, inner_item = PARAGRAPH, None
            elif tag == "pre":
                inner_kind = PREFORMATTED
            if tail:
                push((tail, owner, kind, item_of, in_link))
            push((None, owner, kind, item_of, in_link))
            self.boundary(element, inner_kind, inner_item)
            self.add(element.text, in_link)
            for child in reversed(element):
                push((child, element, inner_kind, inner_item, in_link))
        return [run for run in self.runs if run.finish().text]


def is_prose(run: Run) -> bool:
    chars = run.chars
    return chars >= PROSE_CHARS and run.link_chars <= MAX_LINK_SHARE * chars


def best_container(runs: list[Run]) -> HtmlElement | None:
    """The element holding the article: the best-scored one, widened to the ancestor that adds
    more prose than furniture (bodies split across several containers)."""
    scores: dict[HtmlElement, float] = {}
    for run in runs:
        if run.teaser or run.kind in (HEADING2, HEADING3) or not is_prose(run):
            continue
        points = 1 + run.text.count(",") + run.text.count("،") + min(run.chars // 100, 3)
        parent = run.owner if run.kind == PARAGRAPH and run.owner.tag != "p" else \
            run.owner.getparent()
        if run.kind == LIST and run.item_of is not None:
            parent = run.item_of.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + points
        grandparent = parent.getparent()
        if grandparent is not None:
            scores[grandparent] = scores.get(grandparent, 0) + points / 2
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    chain = [best, *best.iterancestors()]
    masses = _chain_masses(runs, chain)
    base_prose, base_other = masses[0]
    chosen = best
    for ancestor, (prose, other) in zip(chain[1:], masses[1:], strict=True):
        if prose - base_prose >= WIDEN_GAIN * (other - base_other):
            chosen = ancestor
    return chosen


def _chain_masses(runs: list[Run], chain: list[HtmlElement]) -> list[tuple[int, int]]:
    """(prose chars, other chars) inside each element of chain, an element and its ancestors.
    Each run is placed at the innermost chain element holding it, found by walking up from its
    owner; the walk is remembered per element, so every element of the page is climbed once."""
    level: dict[HtmlElement, int | None] = {element: index for index, element in enumerate(chain)}
    own = [[0, 0] for _ in chain]
    for run in runs:
        path = []
        element = run.owner
        while element is not None and element not in level:
            path.append(element)
            element = element.getparent()
        index = level[element] if element is not None else None
        for passed in path:
            level[passed] = index
        if index is None:
            continue
        prose = not run.teaser and run.kind not in (HEADING2, HEADING3) and is_prose(run)
        entry = own[index]
        if prose:
            entry[0] += run.chars - run.link_chars
            entry[1] += run.link_chars
        elif run.kind != LIST or run.link_chars:  # short list items without links: steps,
            entry[1] += run.chars                  # points of the story, neither for nor against
    masses, prose, other = [], 0, 0
    for entry in own:  # innermost first: each element holds the runs of those inside it
        prose, other = prose + entry[0], other + entry[1]
        masses.append((prose, other))
    return masses


def density_blocks(tree: HtmlElement, teasers: set[HtmlElement] = frozenset()) -> list[Block]:
    """The article's blocks. Teasers are elements holding cards of other stories: never read as
    the article, but counted as the furniture they are when widening (see best_container)."""
    body = tree.find(".//body")
    body = body if body is not None else tree
    runs = _Walker(len(body.text_content())).walk(body)
    in_teasers = {element for teaser in teasers for element in teaser.iter()}
    for run in runs:
        run.teaser = run.owner in in_teasers
    container = best_container(runs)
    if container is None:
        return []
    inside = set(container.iter())
    article = [run for run in runs if run.owner in inside and not run.teaser]
    in_flow = _in_flow(article)
    # Elements whose own children carry the article's prose: its text flow.
    flow_parents = {run.owner.getparent() for run in article
                    if is_prose(run) and run.kind == PARAGRAPH and run.owner.tag == "p"}
    blocks: list[Block] = []
    for run, flowing in zip(article, in_flow, strict=True):
        text = run.text
        # Link-heavy runs are navigation, unless they stand as lines inside the article's text.
        if run.link_chars > MAX_LINK_SHARE * len(text) and run.kind != LIST and not (
                flowing and _own_line(run, flow_parents)):
            continue
        if run.kind == LIST:
            blocks.append(Block(LIST, items=(text,)))
        elif run.kind == PREFORMATTED:
            blocks.extend(Block(PARAGRAPH, line) for line in text.split("\n"))
        else:
            blocks.append(Block(run.kind, text))
    return _merge_lists(blocks)


def _in_flow(runs: list[Run]) -> list[bool]:
    """For each run, whether prose comes both before and after it: it is inside the article's
    text, not in the furniture at its edges."""
    prose = [is_prose(run) and run.kind not in (HEADING2, HEADING3) for run in runs]
    before, after = [], []
    seen = False
    for flag in prose:
        before.append(seen)
        seen = seen or flag
    seen = False
    for flag in reversed(prose):
        after.append(seen)
        seen = seen or flag
    return [b and a for b, a in zip(before, reversed(after), strict=True)]


def _own_line(run: Run, flow_parents: set[HtmlElement]) -> bool:
    """A link standing as a line of the article: a heading that is a link (a listicle's pick, a
    guide's chapter) or a paragraph that is one, beside the article's own paragraphs (a source,
    a document, a bare address). Link lines in other blocks (<div> strips, a shop box's <p>s)
    are the page's buttons and menus, and so are stock lines ("Leave a comment", "Read more")
    wherever they stand: kept, they could even end the article early (see cut_trailer)."""
    if run.kind not in (HEADING2, HEADING3) and not (
            run.kind == PARAGRAPH and run.owner.tag == "p" and run.owner.getparent() in flow_parents):
        return False
    return not (FURNITURE.match(run.text) or TRAILER.match(run.text))


def _merge_lists(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for block in blocks:
        if block.kind == LIST and merged and merged[-1].kind == LIST:
            merged[-1] = merged[-1].with_items([*merged[-1].items, *block.items])
        else:
            merged.append(block)
    return merged
