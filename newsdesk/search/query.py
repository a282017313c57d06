"""What a reader typed, read as search clauses: pure, and total over any string.

The syntax is small on purpose: words (all must match), "quoted phrases" and prefixes (`alep*`).
Everything else a reader or a robot may type (FTS operators, SQL, brackets, stray quotes,
control characters) is a separator between words, so no input reaches a database as syntax.
"""

import re
import unicodedata
from dataclasses import dataclass

from .text import normalise, stem, unify

MAX_LENGTH = 500  # characters of query text; longer input is refused, not cut (a clear 400)
MAX_CLAUSES = 12  # each clause is an index look-up; a wall of words would cost a wall of them
MIN_PREFIX = 2  # one-letter prefixes match most of the index

_TOKEN = re.compile(r'"([^"]*)"?|([^\W_]+)(\*?)')


class QueryTooLong(ValueError):
    pass


@dataclass(frozen=True)
class Clause:
    words: tuple[str, ...]  # one word, or a phrase's words in order
    prefix: bool = False


def printable(text: str) -> str:
    """The text without control characters (NUL among them): never searched, never echoed."""
    return "".join(c if unicodedata.category(c) != "Cc" else " " for c in text).strip()


def parse(raw: str) -> tuple[Clause, ...]:
    """Clauses of the query text, de-duplicated and capped; () when nothing searchable is left."""
    if len(raw) > MAX_LENGTH:
        raise QueryTooLong(f"a search is at most {MAX_LENGTH} characters")
    clauses: list[Clause] = []
    for match in _TOKEN.finditer(unify(raw)):
        phrase, word, star = match.groups()
        if phrase is not None:
            found = tuple(re.findall(r"[^\W_]+", phrase))
            clause = Clause(found) if found else None
        else:
            clause = Clause((word,), prefix=bool(star) and len(word) >= MIN_PREFIX)
        if clause and clause not in clauses:
            clauses.append(clause)
    return tuple(clauses[:MAX_CLAUSES])


def normalised(clauses, language: str) -> tuple[Clause, ...]:
    """The clauses in `language`'s spelling (case, Arabic forms), not yet stemmed."""
    out = []
    for c in clauses:
        found = tuple(w for word in c.words for w in re.findall(r"[^\W_]+", normalise(word, language)))
        if found:
            out.append(Clause(found, c.prefix and len(found) == 1))
    return tuple(out)


def stemmed(clauses, language: str) -> tuple[Clause, ...]:
    """The clauses as `language`'s index terms."""
    return tuple(Clause(tuple(stem(w, language) for w in c.words), c.prefix) for c in normalised(clauses, language))
