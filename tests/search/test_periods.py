"""Matches read a span of weeks at a time, newest first (PostgreSQL): the spans change what a
search costs, never what it finds or in which order."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from newsdesk.search import periods

from .test_ranking import walk


@pytest.fixture
def scattered(portal, make_article):
    """Aleppo reports thick in the last weeks, then thinning out over six years, with a
    month of silence; other reports between them."""
    now = timezone.now()
    ages = [timedelta(hours=5 * i + 1) for i in range(30)]  # the last week
    ages += [timedelta(days=40 + 9 * i) for i in range(25)]  # after a quiet month, every nine days
    ages += [timedelta(days=400 + 150 * i) for i in range(12)]  # a few a year back to six years
    for i, age in enumerate(ages):
        make_article(headline=f"Aleppo report {i}", body="<p>Aleppo.</p>" * (i % 3 + 1), when=now - age)
        make_article(headline=f"Weather bulletin {i}", when=now - age - timedelta(minutes=3))
    return [f"Aleppo report {i}" for i in range(len(ages))]


@pytest.mark.parametrize("window", [4, 25, 1000])
def test_relevance_pages_over_years_list_every_match_once(client, settings, scattered, window):
    settings.NEWSDESK_SEARCH_WINDOW = window
    seen = walk(client, {"q": "aleppo"}, pages=20)
    assert sorted(seen) == sorted(scattered)


def test_pages_by_date_over_years_list_every_match_newest_first(client, scattered):
    assert walk(client, {"q": "aleppo", "sort": "date"}, pages=20) == scattered


def test_a_date_range_ends_the_walk_at_its_start(client, scattered):
    since = (timezone.now() - timedelta(days=980)).date().isoformat()
    assert walk(client, {"q": "aleppo", "sort": "date", "from": since}, pages=20) == scattered[:59]


def test_a_week_begins_at_the_same_instant_in_python_and_sql():
    thursday = datetime(2026, 11, 26, tzinfo=UTC)  # weeks since 1970 begin on Thursdays, in UTC
    assert periods.of(thursday) == periods.of(thursday - timedelta(microseconds=1)) + 1
    assert periods.of(periods.EPOCH) == 0 and periods.of(periods.EPOCH - timedelta(seconds=1)) == -1


def test_spans_follow_the_matches_found():
    assert periods.next_span(0, 0, 0, 1000) == periods.FIRST
    assert periods.next_span(1, 4, 160, 840) == 27  # 840 more at 40 a week, and a margin
    assert periods.next_span(1, 4, 0, 1000) is None  # nothing lately: the rest at once
    assert periods.next_span(periods.MOST, 40, 10, 990) is None
    assert periods.next_span(1, 4, 1, 10**9) is None  # beyond any archive

