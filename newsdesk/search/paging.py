"""Keyset cursors for result pages: the last hit's sort key, as text in the page's address.

A relevance cursor also carries the moment its scores were computed, so the recency boost
scores every page of one search alike, and the newest match of the last hit's window (see
newsdesk.search.ranking). Anything that does not read back gives the first page.
"""

from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def encode(by_date: bool, score: float, article_id: int, published_at: datetime, scored_at: datetime,
           top: tuple[datetime, int] | None = None) -> str:
    """`top`: (published_at, id) of the newest match in the last hit's window (relevance only)."""
    if by_date:
        return f"d.{_micros(published_at)}.{article_id}"
    top_at, top_id = top or (published_at, article_id)
    return f"w.{_micros(scored_at)}.{_micros(top_at)}.{top_id}.{_micros(published_at)}.{article_id}.{score!r}"


def decode(cursor: str, by_date: bool):
    """(after, scored_at) for a search request; (None, None) for a cursor we did not write.
    A relevance `after` is (score, published_at, id, (top published_at, top id))."""
    parts = cursor.split(".", 1)
    try:
        if by_date and parts[0] == "d":
            when, pk = parts[1].split(".")
            return (_moment(when), _id(pk)), None
        if not by_date and parts[0] == "w":
            scored, top_when, top_pk, when, pk, score = parts[1].split(".", 5)
            value = float(score)
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError("not a score")
            return (value, _moment(when), _id(pk), (_moment(top_when), _id(top_pk))), _moment(scored)
    except (ValueError, IndexError, OverflowError):
        pass
    return None, None


def _micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)  # exact: no float on the way


def _moment(text: str) -> datetime:
    if not text.isdigit() or len(text) > 17:
        raise ValueError("not a moment")
    return EPOCH + timedelta(microseconds=int(text))


def _id(text: str) -> int:
    if not text.isdigit() or len(text) > 18:
        raise ValueError("not an id")
    return int(text)
