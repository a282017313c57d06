"""Snippets with the matched words marked: pure, and HTML-safe (every piece of text is escaped
with the standard library's escape, quotes included; only our own <mark> tags are markup)."""

import re
from collections import deque
from html import escape
from itertools import islice

from django.utils.safestring import SafeString, mark_safe

from .query import stemmed
from .text import stem, words

# A word as written, Arabic short vowels and tatweel included, so marks land on whole words.
# Runs of either kind, never backtracked into: the same words as a repeat of single characters,
# read in a third less time (a result page reads some thousands of words).
_WRITTEN = re.compile(r"(?:[^\W_]++|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]++)++")
WIDTH = 32  # words in a snippet
LEAD = 8  # words shown before the first match
SCAN = 6000  # characters read for a snippet: the summary and the body's start
# Index terms of words as written, per language, kept across searches: a result page reads some
# hundreds of distinct words, mostly ones earlier pages read. Emptied when full.
_TERMS: dict[str, dict[str, tuple[str, ...]]] = {}
TERMS_KEPT = 50_000


def terms_of(written: str, language: str) -> tuple[str, ...]:
    known = _TERMS.setdefault(language, {})
    if (found := known.get(written)) is None:
        if len(known) >= TERMS_KEPT:
            known.clear()
        found = known[written] = tuple(stem(w, language) for w in words(written, language))
    return found


class Matcher:
    """Whether a written word is one of the query's terms, in the article's language."""

    def __init__(self, clauses, language: str):
        self.language = language
        exact, prefixes = set(), []
        for clause in stemmed(clauses, language):
            if clause.prefix:
                prefixes.append(clause.words[0])
            else:
                exact.update(clause.words)
        self.exact, self.prefixes = frozenset(exact), tuple(prefixes)
        # Every written word answered so far: the loops below read it directly (a dictionary
        # look-up instead of a call per word; most of a page's words are met again).
        self.seen: dict[str, bool] = {}

    def __call__(self, written: str) -> bool:
        found = self.seen.get(written)
        if found is None:
            terms = terms_of(written, self.language)
            found = not self.exact.isdisjoint(terms) or (
                bool(self.prefixes) and any(term.startswith(self.prefixes) for term in terms))
            self.seen[written] = found
        return found


def mark(text: str, matcher: Matcher) -> SafeString:
    """All of `text`, escaped, with matched words in <mark>."""
    return _render(text, list(_WRITTEN.finditer(text)), False, False, matcher)


def snippet(text: str, matcher: Matcher) -> SafeString:
    """About WIDTH words of `text` around its first match (its start when nothing matches).
    Words are read only up to the snippet's end: a report's first match is mostly in its first
    lines, so most of the SCAN characters need no reading."""
    text = text[:SCAN]
    seen = matcher.seen
    before: deque = deque(maxlen=LEAD)
    read = 0  # words before the match
    tokens = _WRITTEN.finditer(text)
    for token in tokens:
        word = token.group()
        found = seen.get(word)
        if found if found is not None else matcher(word):
            chosen = [*before, token]
            break
        before.append(token)
        read += 1
    else:  # no match: the text's start
        read, tokens = 0, _WRITTEN.finditer(text)
        chosen = []
    chosen += islice(tokens, WIDTH - len(chosen))
    more = next(tokens, None) is not None
    return _render(text, chosen, read > LEAD, more, matcher)


def _render(text, chosen, cut_before: bool, cut_after: bool, matcher: Matcher) -> SafeString:
    """`chosen`: consecutive words of `text`; `cut_before`/`cut_after`: whether words of it
    come before or after them (shown as an ellipsis; otherwise the text up to its edge).
    The text between marks is escaped in one piece: escaping works character by character."""
    if not chosen:
        return mark_safe(escape(text.strip()))
    seen = matcher.seen
    out = ["… "] if cut_before else []
    done = chosen[0].start() if cut_before else 0
    for token in chosen:
        word = token.group()
        found = seen.get(word)
        if found if found is not None else matcher(word):
            out.append(f"{escape(text[done : token.start()])}<mark>{escape(word)}</mark>")
            done = token.end()
    out.append(escape(text[done : chosen[-1].end() if cut_after else len(text)]))
    if cut_after:
        out.append(" …")
    return mark_safe("".join(out).strip())
