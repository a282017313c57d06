"""The list's cursor: what the API gives comes back as the same (moment, id); anything else is
refused with a reason, never an error deeper down."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.api import cursors

moments = st.datetimes(
    min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)
)


@given(moments, st.integers(min_value=1, max_value=cursors.MAX_ID))
def test_a_cursor_gives_back_the_moment_and_id_it_was_made_from(moment, pk):
    token = cursors.encode(moment, pk)
    assert token.isascii() and "=" not in token and "/" not in token and "+" not in token
    assert cursors.decode(token) == (moment, pk)


@pytest.mark.parametrize(("token", "reason"), [
    ("", "not a cursor this API gave"),
    ("not-ours", "not a cursor this API gave"),
    ("ÿÿ", "not a cursor this API gave"),
    ("MTIzNDU2", "not a cursor this API gave"),  # "123456": no id
    (cursors.encode(datetime(2018, 7, 20, tzinfo=UTC), 0), "names no possible article"),
    ("OTk5OTk5OTk5OTk5OTk5OTk5Ljk5", "names a time out of range"),  # 999999999999999999.99
])
def test_a_token_the_api_did_not_give_is_refused_with_a_reason(token, reason):
    with pytest.raises(cursors.BadCursor, match=reason):
        cursors.decode(token)


def test_an_id_beyond_what_the_database_holds_is_refused():
    with pytest.raises(cursors.BadCursor, match="names no possible article"):
        cursors.decode(cursors.encode(datetime(2018, 7, 20, tzinfo=UTC) - timedelta(days=1), cursors.MAX_ID + 1))
