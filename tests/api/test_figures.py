"""The header's figures through the API: per day and language, and the total, by the one
visibility rule."""

from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db
COUNTS = "/api/v1/counts"


def test_counts_give_every_day_of_the_range_and_the_total_of_a_language(client, newsroom):
    answer = client.get(COUNTS, {"start": "2018-07-19", "end": "2018-07-21", "language": "en"}).json()
    assert answer == {
        "language": "en", "start": "2018-07-19", "end": "2018-07-21",
        "days": [{"day": "2018-07-19", "count": 1}, {"day": "2018-07-20", "count": 1}, {"day": "2018-07-21", "count": 0}],
        "total": 2,  # drafts, pending, withdrawn and scheduled reports are not counted
    }


def test_counts_default_to_the_main_edition_and_the_header_strip(client, portal, newsroom):
    answer = client.get(COUNTS).json()
    assert answer["language"] == "en" and answer["end"] == portal.today().isoformat()
    assert len(answer["days"]) == 5 and answer["total"] == 2
    assert client.get(COUNTS, {"language": "ar"}).json()["total"] == 1


def test_an_article_published_a_moment_ago_counts_and_one_due_later_does_not(client, newsroom, make_article):
    make_article(headline="Just in", when=timezone.now() - timedelta(seconds=1))
    make_article(headline="Later today", when=timezone.now() + timedelta(minutes=1))
    answer = client.get(COUNTS, {"start": (timezone.now() - timedelta(days=2)).date().isoformat()}).json()
    assert sum(day["count"] for day in answer["days"]) == 1
    assert answer["total"] == 3


@pytest.mark.parametrize(("query", "message"), [
    ({"start": "2018-07-21", "end": "2018-07-19"}, "start: 2018-07-21 is after end 2018-07-19"),
    ({"start": "2017-07-18", "end": "2018-07-19"}, "start, end: at most 366 days at a time"),
    ({"start": "2018-13-01"}, "start: Input should be a valid date"),
    ({"language": "Arabic"}, "language: String should match pattern"),
])
def test_bad_ranges_are_refused_with_the_reason(client, newsroom, query, message):
    response = client.get(COUNTS, query)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(message)


@pytest.mark.parametrize(("start", "end"), [("2016-01-01", "2016-12-31"), ("0001-01-01", "0001-01-01"),
                                            ("9999-01-01", "9999-12-31")])
def test_a_full_leap_year_and_the_calendars_ends_are_answered(client, newsroom, start, end):
    response = client.get(COUNTS, {"start": start, "end": end})
    assert response.status_code == 200
    assert response.json()["days"][-1]["day"] == end
