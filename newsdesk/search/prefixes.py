"""Prefixes read as the index's own words (PostgreSQL): pure text work on tsquery syntax.

In GIN a prefix (`welc:*`) is a partial match: the index gathers every entry of every word it
completes to, over the whole archive, before the weeks (newsdesk.search.periods) narrow them, so
a prefix cost grows with the archive. Completed to the words the index holds (a table of its
lexemes kept at index time), the same clause is a few exact words, which GIN intersects with a
span of weeks inside the index like any other word.
"""

import re

# Words a prefix is completed to at most. Each word costs GIN a look-up per span of weeks (some
# 5 index pages: 256 words took 55 ms of index time for a month at 1M articles on a loaded
# machine), so a prefix completing to more (two or three letters on a real archive's
# vocabulary) stays GIN's partial match: the same results, at what it cost before completion.
MOST = 100

_PREFIX = re.compile(r"'([^'\\]+)':\*")
_LAST = 0x10FFFF
_SURROGATES = range(0xD800, 0xE000)


def stem(tsquery_text: str) -> str | None:
    """The lexeme of a single prefix clause as to_tsquery gave it (`'welc':*` -> `welc`); ''
    when to_tsquery dropped it (a stop word); None when it became anything else (a word the
    parser split in two): such a clause is left to GIN's partial match."""
    if tsquery_text == "":
        return ""
    found = _PREFIX.fullmatch(tsquery_text)
    return found.group(1) if found else None


def following(prefix: str) -> str | None:
    """The first string after every string that starts with `prefix`, in code point order
    (PostgreSQL's "C" collation on UTF-8); None when no such string exists."""
    while prefix:
        code = ord(prefix[-1]) + 1
        if code in _SURROGATES:
            code = _SURROGATES.stop
        if code <= _LAST:
            return prefix[:-1] + chr(code)
        prefix = prefix[:-1]
    return None


def any_of(lexemes) -> str:
    """tsquery input matching any of these exact lexemes (read by a cast: no stemming again)."""
    quoted = ("'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in lexemes)
    return "(" + " | ".join(quoted) + ")"
