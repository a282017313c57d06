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
_WRITTEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")
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
        self.exact, self.prefixes = set(), []
        for clause in stemmed(clauses, language):
            if clause.prefix:
                self.prefixes.append(clause.words[0])
            else:
                self.exact.update(clause.words)
        self.seen: dict[str, bool] = {}

    def __call__(self, written: str) -> bool:
        found = self.seen.get(written)
        if found is None:
            found = any(self._term(term) for term in terms_of(written, self.language))
            self.seen[written] = found
        return found

    def _term(self, term: str) -> bool:
        return term in self.exact or any(term.startswith(p) for p in self.prefixes)


def mark(text: str, matcher: Matcher) -> SafeString:
    """All of `text`, escaped, with matched words in <mark>."""
    return _render(text, list(_WRITTEN.finditer(text)), False, False, matcher)


def snippet(text: str, matcher: Matcher) -> SafeString:
    """About WIDTH words of `text` around its first match (its start when nothing matches).
    Words are read only up to the snippet's end: a report's first match is mostly in its first
    lines, so most of the SCAN characters need no reading."""
    text = text[:SCAN]
    before: deque = deque(maxlen=LEAD)
    skipped = 0  # words before the snippet's first
    tokens = _WRITTEN.finditer(text)
    for token in tokens:
        if matcher(token.group()):
            chosen = [*before, token]
            break
        if len(before) == LEAD:
            skipped += 1
        before.append(token)
    else:  # no match: the text's start
        skipped, tokens = 0, _WRITTEN.finditer(text)
        chosen = []
    chosen += islice(tokens, WIDTH - len(chosen))
    more = next(tokens, None) is not None
    return _render(text, chosen, skipped > 0, more, matcher)


def _render(text, chosen, cut_before: bool, cut_after: bool, matcher: Matcher) -> SafeString:
    """`chosen`: consecutive words of `text`; `cut_before`/`cut_after`: whether words of it
    come before or after them (shown as an ellipsis; otherwise the text up to its edge).
    The text between marks is escaped in one piece: escaping works character by character."""
    if not chosen:
        return mark_safe(escape(text.strip()))
    out = ["… "] if cut_before else []
    done = chosen[0].start() if cut_before else 0
    for token in chosen:
        if matcher(token.group()):
            out.append(f"{escape(text[done : token.start()])}<mark>{escape(token.group())}</mark>")
            done = token.end()
    out.append(escape(text[done : chosen[-1].end() if cut_after else len(text)]))
    if cut_after:
        out.append(" …")
    return mark_safe("".join(out).strip())
