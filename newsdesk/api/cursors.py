"""The article list's cursor: an opaque token naming the last article a page showed by
(published_at, id), so the next page is a keyset query however deep into the archive it goes.

Pure: a token in, a (moment, id) out, or BadCursor with the reason.
"""

import base64
import binascii
import re
from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MAX_ID = 2**63 - 1  # the largest id either database can hold (a bigger one would fail the query)
TOKEN = re.compile(r"(-?[0-9]{1,18})\.([0-9]{1,19})")
# A search page's cursor: the search's own keyset cursor (newsdesk.search.paging), marked so
# that a list cursor and a search cursor are never taken one for the other.
SEARCH_MARK = "s."


class BadCursor(ValueError):
    pass


def encode(published_at: datetime, pk: int) -> str:
    micros = (published_at - EPOCH) // timedelta(microseconds=1)
    return base64.urlsafe_b64encode(f"{micros}.{pk}".encode()).decode().rstrip("=")


def decode(token: str) -> tuple[datetime, int]:
    try:
        padded = token.encode("ascii") + b"=" * (-len(token) % 4)
        text = base64.b64decode(padded, altchars=b"-_", validate=True).decode("ascii")
    except (UnicodeError, binascii.Error) as exc:
        raise BadCursor("not a cursor this API gave") from exc
    match = TOKEN.fullmatch(text)
    if not match:
        raise BadCursor("not a cursor of a list without q" if text.startswith(SEARCH_MARK) else "not a cursor this API gave")
    micros, pk = int(match[1]), int(match[2])
    if not 0 < pk <= MAX_ID:
        raise BadCursor("names no possible article")
    try:
        return EPOCH + timedelta(microseconds=micros), pk
    except OverflowError as exc:
        raise BadCursor("names a time out of range") from exc



def encode_search(cursor: str) -> str:
    return base64.urlsafe_b64encode((SEARCH_MARK + cursor).encode("ascii")).decode().rstrip("=")


def decode_search(token: str) -> str:
    """The search cursor inside a token from encode_search; BadCursor for any other token."""
    try:
        padded = token.encode("ascii") + b"=" * (-len(token) % 4)
        text = base64.b64decode(padded, altchars=b"-_", validate=True).decode("ascii")
    except (UnicodeError, binascii.Error) as exc:
        raise BadCursor("not a cursor this API gave") from exc
    if not text.startswith(SEARCH_MARK):
        raise BadCursor("not a cursor of a search (q)")
    return text[len(SEARCH_MARK):]
