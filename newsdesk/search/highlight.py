"""Snippets with the matched words marked: pure, and HTML-safe (every piece of text is escaped
with the standard library's escape, quotes included; only our own <mark> tags are markup)."""

import re
from html import escape

from django.utils.safestring import SafeString, mark_safe

from .query import stemmed
from .text import stem, words

# A word as written, Arabic short vowels and tatweel included, so marks land on whole words.
_WRITTEN = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640])+")
WIDTH = 32  # words in a snippet
LEAD = 8  # words shown before the first match
SCAN = 6000  # characters read for a snippet: the summary and the body's start


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
            found = any(self._term(stem(w, self.language)) for w in words(written, self.language))
            self.seen[written] = found
        return found

    def _term(self, term: str) -> bool:
        return term in self.exact or any(term.startswith(p) for p in self.prefixes)


def mark(text: str, matcher: Matcher) -> SafeString:
    """All of `text`, escaped, with matched words in <mark>."""
    return _render(text, list(_WRITTEN.finditer(text)), 0, None, matcher)


def snippet(text: str, matcher: Matcher) -> SafeString:
    """About WIDTH words of `text` around its first match (its start when nothing matches)."""
    text = text[:SCAN]
    tokens = list(_WRITTEN.finditer(text))
    first = next((i for i, t in enumerate(tokens) if matcher(t.group())), 0)
    start = max(0, first - LEAD)
    end = min(len(tokens), start + WIDTH)
    return _render(text, tokens, start, end, matcher)


def _render(text, tokens, start: int, end: int | None, matcher: Matcher) -> SafeString:
    if not tokens:
        return mark_safe(escape(text.strip()))
    chosen = tokens[start:end]
    out = ["… " if start > 0 else escape(text[: chosen[0].start()])]
    for i, token in enumerate(chosen):
        word = escape(token.group())
        out.append(f"<mark>{word}</mark>" if matcher(token.group()) else word)
        stop = chosen[i + 1].start() if i + 1 < len(chosen) else (token.end() if end is not None and end < len(tokens) else len(text))
        out.append(escape(text[token.end() : stop]))
    if end is not None and end < len(tokens):
        out.append(" …")
    return mark_safe("".join(out).strip())
