"""Finding the article body: our own density reading first, trafilatura when it falls short.

The density reading (density.py) walks the page once and takes the element where the prose is
densest; on most pages that is the article, at a fraction of a full extractor's cost. When it
covers little of the page's visible text it has most likely locked onto a side box, or the page
has no such element (text set in bare <br>-separated lines, say), so trafilatura's recall setting
gets a say and the longer body wins. Its recall setting was measured against the balanced one as
that second opinion: slightly better bodies over the development set, and cheaper, because it
skips the comparison with readability and jusText on long texts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from newsdesk.extract.blocks import Block, blocks_from_plain_text, blocks_from_trafilatura
from newsdesk.extract.boilerplate import word_count
from newsdesk.extract.density import density_blocks
from newsdesk.extract.teasers import teaser_items

logger = logging.getLogger(__name__)

# Comments are never article text. Images are left out: asking for them changes which
# elements trafilatura keeps, for the worse on our benchmark; the lead image comes from metadata.
def trafilatura_options(url: str) -> Extractor:
    # "xml": we read the body tree ourselves; the "python" format would also render it to text.
    return Extractor(output_format="xml", comments=False, tables=True, images=False,
                     formatting=False, url=url or None, recall=True)


@dataclass(frozen=True)
class BodyCandidate:
    strategy: str
    blocks: list[Block]


def run_trafilatura(tree: HtmlElement, url: str) -> BodyCandidate:
    document = trafilatura.bare_extraction(tree, options=trafilatura_options(url))
    if document is None or document.body is None:
        return BodyCandidate("trafilatura", [])
    return BodyCandidate("trafilatura", blocks_from_trafilatura(document.body))


# Under this share of the page's visible words, the first pass probably missed the article.
MIN_PAGE_SHARE = 0.3
# A JSON-LD articleBody replaces the extracted body when it has this many times its words.
DECLARED_BODY_RATIO = 1.5
MIN_DECLARED_WORDS = 100
def candidate_words(candidate: BodyCandidate) -> int:
    return sum(word_count(block.plain) for block in candidate.blocks)


def extract_body(tree: HtmlElement, url: str, clean, page_words: int,
                 article_body: str = "") -> BodyCandidate:
    """The body's blocks after cleaning (clean: blocks -> blocks), by the rules above;
    page_words is the page's count of visible words, article_body the JSON-LD articleBody."""
    found = _from_page(tree, url, clean, page_words)
    if article_body:
        declared = BodyCandidate("json-ld", clean(blocks_from_plain_text(article_body)))
        # The page's own statement of its body wins only when clearly fuller than what was
        # found: some sites put a teaser or a truncated body there.
        words = candidate_words(declared)
        if words >= MIN_DECLARED_WORDS and words >= DECLARED_BODY_RATIO * candidate_words(found):
            return declared
    return found


def _from_page(tree: HtmlElement, url: str, clean, page_words: int) -> BodyCandidate:
    teasers = teaser_items(tree, url)
    first = BodyCandidate("density", clean(density_blocks(tree, teasers)))
    if candidate_words(first) >= MIN_PAGE_SHARE * page_words:
        return first
    for teaser in teasers:  # the tree is not read again after this: trafilatura need not see them
        teaser.drop_tree()
    second = run_trafilatura(tree, url)
    second = BodyCandidate(second.strategy, clean(second.blocks))
    logger.debug("short density pass (%d of %d words): trafilatura gave %d", candidate_words(first),
                 page_words, candidate_words(second))
    return second if candidate_words(second) > candidate_words(first) else first
