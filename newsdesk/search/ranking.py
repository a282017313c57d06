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

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter

# Matches ranked together (the NEWSDESK_SEARCH_WINDOW setting). At 140k articles a common word
# has ~15,000-21,000 matches; a window of 1,000 covers the last weeks to months of its reports.
WINDOW = 1000
BY_SCORE = itemgetter(1, 0)  # (score, key) of a (key, score) match


@dataclass(frozen=True)
class Ranked:
    key: object  # the backend's order key, larger is newer (SQLite: the row key; PostgreSQL: (published_at, id))
    score: float
    top: object  # the key of its window's newest match


# read(bound, inclusive, size): up to `size` (key, score) pairs, newest first, whose key is at
# most (inclusive) or below (not inclusive) `bound`; bound None: up to now.
Reader = Callable[[object, bool, int], list[tuple]]


def best_first(matches: list[tuple], wanted: int, last: tuple | None = None) -> list[tuple]:
    """The best `wanted` (score, key) of the matches in rank order, those after `last` (score,
    key) only. A heap keeps only the page's few of a window's 1,000, compared by a C key: the
    same order as sorting them all, in a fraction of the time."""
    if last is not None:
        matches = [(key, score) for key, score in matches if (score, key) < last]
    return [(score, key) for key, score in heapq.nlargest(wanted, matches, key=BY_SCORE)]


def page(read: Reader, size: int, top=None, last: tuple | None = None, window: int = WINDOW) -> list[Ranked]:
    """Up to `size` ranked matches: those after `last` (score, key) in the window whose newest
    match has the key `top`, then the following windows', until the page is full or the
    matches end."""
    out: list[Ranked] = []
    matches = read(top, True, window)
    while matches:
        top = matches[0][0]
        out += [Ranked(key, score, top) for score, key in best_first(matches, size - len(out), last)]
        if len(out) >= size or len(matches) < window:
            break
        matches, last = read(matches[-1][0], False, window), None
    return out
