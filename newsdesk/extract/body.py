"""Finding the article body: trafilatura's extraction, with a second opinion when it falls short.

The first pass uses trafilatura's recall setting, which keeps more of the page (the cleaning
layers then remove the furniture it lets through) and is cheaper than the balanced setting on
long articles, because it skips the comparison with other algorithms. When that pass covers
little of the page's visible text it has most likely locked onto a side box, so the balanced
setting, which cross-checks with readability and jusText, gets a say and the longer body wins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Extractor

from newsdesk.extract.blocks import Block, blocks_from_plain_text, blocks_from_trafilatura
from newsdesk.extract.boilerplate import word_count

logger = logging.getLogger(__name__)

# Comments are never article text. Images are left out: asking for them changes which
# elements trafilatura keeps, for the worse on our benchmark; the lead image comes from metadata.
STRATEGIES = {
    "balanced": {},
    "recall": {"recall": True},
}


def options_for(strategy: str, url: str) -> Extractor:
    # "xml": we read the body tree ourselves; the "python" format would also render it to text.
    return Extractor(output_format="xml", comments=False, tables=True, images=False,
                     formatting=False, url=url or None, **STRATEGIES[strategy])


@dataclass(frozen=True)
class BodyCandidate:
    strategy: str
    blocks: list[Block]


def run_trafilatura(tree: HtmlElement, url: str, strategy: str) -> BodyCandidate:
    document = trafilatura.bare_extraction(tree, options=options_for(strategy, url))
    if document is None or document.body is None:
        return BodyCandidate(strategy, [])
    return BodyCandidate(strategy, blocks_from_trafilatura(document.body))


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
    first = run_trafilatura(tree, url, "recall")
    first = BodyCandidate(first.strategy, clean(first.blocks))
    if candidate_words(first) >= MIN_PAGE_SHARE * page_words:
        return first
    second = run_trafilatura(tree, url, "balanced")
    second = BodyCandidate(second.strategy, clean(second.blocks))
    logger.debug("short first pass (%d of %d words): balanced pass gave %d", candidate_words(first),
                 page_words, candidate_words(second))
    return second if candidate_words(second) > candidate_words(first) else first
