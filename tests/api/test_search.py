"""Full-text search through the API (`q`): the site's search, its filters and its two orders,
published articles only, and a clear 400 for anything it cannot search."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.api import cursors

from .conftest import WHEN, headlines

pytestmark = pytest.mark.django_db
LIST = "/api/v1/articles"
TR, AR = "Suriye: Şam'da Görüşmeler Yeniden Başladı", "سوريا: استئناف المحادثات في دمشق"


def test_a_search_finds_published_articles_in_every_language_and_nothing_else(client, newsroom):
    assert headlines(client.get(LIST, {"q": "syria"})) == ["Syria: Talks Resume in Damascus"]
    assert headlines(client.get(LIST, {"q": "SURİYE"})) == [TR]
    # Hamza and diacritics folded, as on the site.
    assert headlines(client.get(LIST, {"q": "إستئناف"})) == [AR]
    assert headlines(client.get(LIST, {"q": "talk*"})) == ["Syria: Talks Resume in Damascus"]


def test_the_api_finds_what_the_site_search_finds(client, newsroom, make_article):
    for i in range(5):
        make_article(headline=f"Damascus report {i}", body="<p>Talks in Damascus.</p>" * (i + 1),
                     when=WHEN - timedelta(days=i * 40))
    for query in ({"q": "damascus"}, {"q": "damascus", "sort": "date"}, {"q": '"talks in"'}):
        html = client.get("/search/", query).content.decode()
        on_site = [re.sub(r"<[^>]+>", "", h) for h in re.findall(r'<li class="story".*?<h2><a [^>]*>(.*?)</a>', html, re.S)]
        assert headlines(client.get(LIST, query)) == on_site and on_site


def test_relevance_puts_a_headline_match_first_and_date_the_latest(client, newsroom, make_article):
    make_article(headline="Weather report", body="<p>Rain fell in Damascus.</p>", when=WHEN + timedelta(hours=1))
    assert headlines(client.get(LIST, {"q": "damascus"}))[0] == "Syria: Talks Resume in Damascus"
    assert headlines(client.get(LIST, {"q": "damascus", "sort": "date"}))[0] == "Weather report"


@pytest.mark.parametrize(("query", "expected"), [
    ({"language": "tr"}, [TR]),
    ({"section": "economy"}, [AR]),
    ({"place": "syria", "language": "en"}, ["Syria: Talks Resume in Damascus"]),
    ({"published_before": "2018-07-20T08:30:00+03:00"}, [TR, AR]),
    ({"published_after": "2018-07-20T08:30:00+03:00"}, ["Syria: Talks Resume in Damascus"]),
])
def test_the_list_filters_narrow_a_search(client, newsroom, query, expected):
    seen = []
    for word in ("syria", "suriye", "سوريا"):  # the country in each edition's words
        seen += headlines(client.get(LIST, {"q": word, **query}))
    assert sorted(seen) == sorted(expected)


def test_a_search_from_a_source_finds_only_its_articles(client, newsroom):
    assert headlines(client.get(LIST, {"q": "suriye", "source": newsroom["other"].pk})) == [TR]
    assert headlines(client.get(LIST, {"q": "suriye", "source": newsroom["wire"].pk})) == []


@pytest.mark.parametrize("sort", ["relevance", "date"])
@pytest.mark.parametrize("limit", [1, 3, 100])
def test_search_pages_walk_every_match_once(client, newsroom, make_article, settings, sort, limit):
    settings.NEWSDESK_API_RATE = "1000/min"
    settings.NEWSDESK_SEARCH_WINDOW = 4  # pages cross the windows of newest matches too
    for i in range(11):
        make_article(headline=f"Aleppo report {i}", body="<p>Aleppo.</p>" * (i % 3 + 1), when=WHEN - timedelta(hours=i % 5, minutes=i))
    seen, cursor = [], None
    for _ in range(20):
        page = client.get(LIST, {"q": "aleppo", "sort": sort, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        seen += [item["headline"] for item in page["items"]]
        cursor = page["next"]
        if cursor is None:
            break
    assert sorted(seen) == sorted(f"Aleppo report {i}" for i in range(11))


def test_cursors_of_a_list_and_of_a_search_are_not_mixed(client, newsroom, make_article):
    for i in range(3):
        make_article(headline=f"Aleppo report {i}", when=WHEN - timedelta(hours=i))
    by_relevance = client.get(LIST, {"q": "aleppo", "limit": 1}).json()["next"]
    by_date = client.get(LIST, {"q": "aleppo", "sort": "date", "limit": 1}).json()["next"]
    listed = client.get(LIST, {"limit": 1}).json()["next"]
    for query, message in [
        ({"q": "aleppo", "cursor": listed}, "cursor: not a cursor of a search (q)"),
        ({"cursor": by_relevance}, "cursor: not a cursor of a list without q"),
        ({"q": "aleppo", "sort": "date", "cursor": by_relevance}, "cursor: not a cursor of a search in this order"),
        ({"q": "aleppo", "cursor": by_date}, "cursor: not a cursor of a search in this order"),
        ({"q": "aleppo", "cursor": cursors.encode_search("w.1.2.3")}, "cursor: not a cursor of a search in this order"),
        ({"q": "aleppo", "cursor": "€"}, "cursor: not a cursor this API gave"),
    ]:
        response = client.get(LIST, query)
        assert response.status_code == 400, query
        assert response.json()["detail"].startswith(message), response.json()


def test_a_search_never_shows_a_scheduled_article_when_its_time_has_not_come(client, newsroom, make_article):
    make_article(headline="Aleppo tomorrow", when=timezone.now() + timedelta(minutes=5))
    make_article(headline="Aleppo today", when=timezone.now() - timedelta(minutes=5))
    assert headlines(client.get(LIST, {"q": "aleppo"})) == ["Aleppo today"]


@pytest.mark.parametrize("text", [
    'syria"', '"syria', "syria AND NOT damascus", "NEAR(syria damascus)", "syria*", "syr*", "{syria}", "syria:",
    "syria' OR 1=1; --", "syria\x00\x07", "syria\u202e", "^syria", "syria -talks", "(syria", "syria)",
])
def test_hostile_queries_are_searched_as_plain_words(client, newsroom, text):
    assert headlines(client.get(LIST, {"q": text})) in (["Syria: Talks Resume in Damascus"], [])


@pytest.mark.parametrize(("text", "message"), [
    ("", 'q: nothing to search for: give a word, a "phrase" or a prefix*'),
    ("*", 'q: nothing to search for'),
    ('""', "q: nothing to search for"),
    ("( * ) -- ; '", "q: nothing to search for"),
    ("\x00\x01\x02", "q: nothing to search for"),
    ("syria " * 834, "q: String should have at most 500 characters"),
])
def test_a_query_with_nothing_to_search_or_too_long_is_refused_with_the_reason(client, newsroom, text, message):
    response = client.get(LIST, {"q": text})
    assert response.status_code == 400
    assert response.json()["detail"].startswith(message)


def test_relevance_without_a_search_is_refused(client, newsroom):
    response = client.get(LIST, {"sort": "relevance"})
    assert response.status_code == 400
    assert response.json()["detail"] == "sort: relevance orders a search: give q too"
    assert headlines(client.get(LIST, {"sort": "date", "language": "en"})) == ["Syria: Talks Resume in Damascus", "Egypt: Markets Rally"]
