"""Relevance over windows of the newest matches: the best recent report leads, every match is
still listed exactly once, and pages hold still while news arrives."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.search import ranking

pytestmark = pytest.mark.django_db


@pytest.fixture
def aleppo_archive(portal, make_article):
    """Twelve body mentions over the last twelve days, one fresh headline among them, and an
    old report that names Aleppo in its headline and body alike."""
    now = timezone.now()
    for day in range(12):
        make_article(headline=f"Daily bulletin {day}", body="<p>Rain fell in Aleppo and beyond.</p>",
                     when=now - timedelta(days=day, hours=1))
    make_article(headline="Aleppo reopens its market", body="<p>Shops opened in Aleppo.</p>",
                 when=now - timedelta(days=2, hours=2))
    make_article(headline="Aleppo, Aleppo: a history", body="<p>Aleppo, Aleppo, Aleppo.</p>",
                 when=now - timedelta(days=900))
    return now


def walk(client, params, pages=10) -> list[str]:
    seen = []
    for _ in range(pages):
        html = client.get("/search/", params).content.decode()
        seen += [re.sub(r"<[^>]+>", "", h) for h in re.findall(r'<li class="story".*?<h2><a [^>]*>(.*?)</a>', html, re.S)]
        cursor = re.search(r'after=([^"&]+)', html)
        if not cursor:
            return seen
        params = {**params, "after": cursor.group(1)}
    return seen


def test_the_best_recent_report_leads_however_many_reports_match(client, settings, aleppo_archive):
    settings.NEWSDESK_SEARCH_WINDOW = 5
    ranked = walk(client, {"q": "aleppo"})
    assert ranked[0] == "Aleppo reopens its market"
    assert len(ranked) == len(set(ranked)) == 14


def test_with_few_matches_the_whole_archive_is_ranked_as_one(client, settings, aleppo_archive):
    settings.NEWSDESK_SEARCH_WINDOW = 1000
    ranked = walk(client, {"q": "aleppo"})
    # The old report's text outweighs the recency of the fresh bulletins.
    assert ranked[:2] == ["Aleppo reopens its market", "Aleppo, Aleppo: a history"]


def test_beyond_the_newest_window_older_matches_follow_best_first(client, settings, aleppo_archive):
    settings.NEWSDESK_SEARCH_WINDOW = 5
    ranked = walk(client, {"q": "aleppo"})
    # Windows of five, newest first: bulletins 0-2, the market and bulletin 3; bulletins 4-8;
    # bulletins 9-11 and the old history, which leads its own window.
    assert set(ranked[:5]) == {"Daily bulletin 0", "Daily bulletin 1", "Daily bulletin 2", "Daily bulletin 3",
                               "Aleppo reopens its market"}
    assert set(ranked[5:10]) == {f"Daily bulletin {day}" for day in range(4, 9)}
    assert ranked[10] == "Aleppo, Aleppo: a history"


@pytest.mark.parametrize("window", [3, 7, 20, 1000])
def test_pages_across_windows_list_every_match_once(client, settings, portal, make_article, window):
    settings.NEWSDESK_SEARCH_WINDOW = window
    now = timezone.now()
    for i in range(45):
        make_article(headline=f"Aleppo report {i}", body="<p>Aleppo.</p>" * (i % 4 + 1),
                     when=now - timedelta(minutes=i % 7, seconds=i))
    seen = walk(client, {"q": "aleppo"})
    assert sorted(seen) == sorted(f"Aleppo report {i}" for i in range(45))


def test_a_report_published_while_a_reader_pages_does_not_shift_the_windows(client, settings, portal, make_article):
    settings.NEWSDESK_SEARCH_WINDOW = 4
    now = timezone.now()
    for i in range(30):
        make_article(headline=f"Aleppo report {i}", when=now - timedelta(hours=i + 1))
    first = client.get("/search/", {"q": "aleppo"}).content.decode()
    cursor = re.search(r'after=([^"&]+)', first).group(1)
    for i in range(6):
        make_article(headline=f"Aleppo update {i}", when=now - timedelta(minutes=i + 1))
    rest = walk(client, {"q": "aleppo", "after": cursor, "uncached": "1"})
    assert sorted(rest) == sorted(f"Aleppo report {i}" for i in range(20, 30))


def test_a_window_ranks_best_first_and_the_next_window_follows():
    archive = list(enumerate([5.0, 1.0, 9.0, 2.0, 3.0, 4.0, 2.0]))  # (key, score), key = age order

    def read(bound, inclusive, size):
        rows = [m for m in archive if bound is None or m[0] < bound or (inclusive and m[0] == bound)]
        return sorted(rows, reverse=True)[:size]

    first = ranking.page(read, 4, window=3)
    assert [r.key for r in first] == [5, 4, 6, 2]
    assert [r.top for r in first] == [6, 6, 6, 3]
    last = first[-1]
    rest = ranking.page(read, 10, top=last.top, last=(last.score, last.key), window=3)
    assert [r.key for r in rest] == [3, 1, 0]
