"""Relevance pages over bounded windows of matches: pure, given a way to read one window.

Scoring a match costs a read of its word positions, and a common word matches one article in
six or seven: scoring every match of it to keep the best twenty is what made such a search slow.
So relevance is ranked within windows: the newest WINDOW matches (in the index's own
publication order, which both indexes read without scoring), then the next WINDOW older ones,
and so on. A search with at most WINDOW matches is ranked exactly as a whole; a larger one
lists its newest WINDOW matches best first, then the older ones best first, window by window,
so every match is still reached exactly once. News relevance decays with age: the recency
boost already scores a report a month old below a fresh one of the same text.

A page's cursor names its window by the window's newest match (`top`), so later publications
never shift the windows of a search being paged.
"""

from collections.abc import Callable
from dataclasses import dataclass

# Matches ranked together (the NEWSDESK_SEARCH_WINDOW setting). At 140k articles a common word
# has ~15,000-21,000 matches; a window of 1,000 covers the last weeks to months of its reports.
WINDOW = 1000


@dataclass(frozen=True)
class Match:
    key: object  # the backend's order: larger is newer (SQLite: the row key; PostgreSQL: (published_at, id))
    article_id: int
    published_at: object
    score: float


@dataclass(frozen=True)
class Ranked:
    match: Match
    top: Match  # its window's newest match


# read(bound, inclusive, size): up to `size` matches, newest first, whose key is at most
# (inclusive) or below (not inclusive) `bound`; bound None: up to now.
Reader = Callable[[object, bool, int], list[Match]]


def best_first(matches: list[Match]) -> list[Match]:
    return sorted(matches, key=lambda m: (m.score, m.key), reverse=True)


def after(matches: list[Match], score: float, key) -> list[Match]:
    """The matches ranked below (score, key), in rank order."""
    return [m for m in best_first(matches) if (m.score, m.key) < (score, key)]


def page(read: Reader, size: int, top=None, last: tuple | None = None, window: int = WINDOW) -> list[Ranked]:
    """Up to `size` ranked matches: those after `last` (score, key) in the window whose newest
    match has the key `top`, then the following windows', until the page is full or the
    matches end."""
    out: list[Ranked] = []
    matches = read(top, True, window)
    while matches:
        top = matches[0]
        ranked = after(matches, *last) if last is not None else best_first(matches)
        out += [Ranked(m, top) for m in ranked[: size - len(out)]]
        if len(out) >= size or len(matches) < window:
            break
        matches, last = read(matches[-1].key, False, window), None
    return out
