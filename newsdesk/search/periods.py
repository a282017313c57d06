"""Weeks of publication, and how many of them to read next: pure arithmetic for the PostgreSQL
backend, which reads a search's matches newest week first instead of all at once.

A GIN index cannot hand its matches over in date order, so "the newest N matches" made
PostgreSQL fetch and sort every match's row (a common word: 21,000 rows at 140k articles, and
seven times as many at 1M). Restricted to a span of weeks, the index intersects the span's
entries with the words' and only the span's matches are fetched: a window costs about as many
rows as it holds, however large the archive.
"""

import math
from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
WEEK = timedelta(weeks=1)
# The same week number in SQL, exact (extract() returns numeric), for a generated column.
SQL = "floor(extract(epoch FROM (published_at AT TIME ZONE 'UTC')) / 604800)::integer"

# The first span read: a month, where a common word at the demo's 40 reports a day already
# gives some 170 matches, enough for a page by date and an estimate for a window.
FIRST = 4
# Spans read before the rest of the archive is read at once: a word this rare lately costs
# what it did before periods (it has few matches).
MOST = 4
# Weeks named one by one in a query at most (ten years); a longer rest is read by its words.
LISTED = 520
# Read a little beyond the estimate, so that a window rarely needs one more span.
MARGIN = 1.25


def of(moment: datetime) -> int:
    """The week (since 1970, in UTC) of a moment; integer arithmetic, as exact as the SQL."""
    return (moment - EPOCH) // WEEK


def next_span(read: int, weeks: int, found: int, wanted: int) -> int | None:
    """Weeks to read next after `read` spans covering `weeks` weeks gave `found` matches, with
    `wanted` more to find: as many as the matches so far say the rest needs, which bounds the
    rows read by the matches wanted, not by the archive. None: read everything older at once,
    for a word with no match lately (it has few anywhere), one this sparse, or after MOST spans."""
    if read == 0:
        return FIRST
    if read >= MOST or found == 0:
        return None
    estimate = math.ceil(wanted * weeks / found * MARGIN)
    return estimate if estimate <= LISTED else None
