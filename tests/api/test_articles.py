"""The article list, one article by id or slug: what a client gets, what it never gets."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.api import cursors

from .conftest import WHEN, headlines

pytestmark = pytest.mark.django_db
LIST = "/api/v1/articles"


def test_the_list_gives_every_published_article_latest_first_and_nothing_else(client, newsroom):
    assert headlines(client.get(LIST)) == [
        "Syria: Talks Resume in Damascus", "Suriye: Şam'da Görüşmeler Yeniden Başladı",
        "سوريا: استئناف المحادثات في دمشق", "Egypt: Markets Rally",
    ]


def test_an_article_carries_its_address_times_section_places_and_credits(client, newsroom):
    article = newsroom["public"]["en"]
    item = client.get(LIST, {"language": "en", "limit": 1}).json()["items"][0]
    assert item["url"] == "http://testserver/2018/07/20/" + article.slug + "/"
    assert item["published_at"] == "2018-07-20T06:00:00Z"
    assert item["updated_at"].endswith("Z")
    assert item["body"] == "<p>First paragraph.</p><p>Second paragraph.</p>"
    assert (item["summary"], item["agency"], item["author"]) == ("Talks resumed.", "Levant News Agency", "R. Haddad")
    assert item["original_url"] == "https://levant.example/reports/1"
    assert item["section"] == {
        "id": newsroom["world"].pk, "slug": "world", "names": {"en": "World", "tr": "Dünya", "ar": "العالم"},
    }
    assert item["places"] == [{
        "id": newsroom["syria"].pk, "slug": "syria", "code": "SY", "names": {"en": "Syria", "tr": "Suriye", "ar": "سوريا"},
    }]
    assert item["source_id"] == newsroom["wire"].pk


def test_each_article_is_addressed_in_its_own_edition(client, newsroom):
    urls = {item["language"]: item["url"] for item in client.get(LIST).json()["items"]}
    assert urls["tr"].startswith("http://testserver/tr/2018/07/20/")
    assert urls["ar"].startswith("http://testserver/ar/2018/07/20/")


@pytest.mark.parametrize(("query", "expected"), [
    ({"language": "tr"}, ["Suriye: Şam'da Görüşmeler Yeniden Başladı"]),
    ({"section": "economy"}, ["سوريا: استئناف المحادثات في دمشق", "Egypt: Markets Rally"]),
    ({"place": "syria"}, ["Syria: Talks Resume in Damascus", "Suriye: Şam'da Görüşmeler Yeniden Başladı"]),
    ({"section": "world", "language": "en"}, ["Syria: Talks Resume in Damascus"]),
    ({"published_after": "2018-07-20"}, [
        "Syria: Talks Resume in Damascus", "Suriye: Şam'da Görüşmeler Yeniden Başladı",
        "سوريا: استئناف المحادثات في دمشق",
    ]),
    ({"published_before": "2018-07-20"}, ["Egypt: Markets Rally"]),
    # A moment with its zone: 07:00 in Istanbul is 04:00 UTC; the Turkish report came at 08:00 local.
    ({"published_after": "2018-07-20T04:00:00Z", "published_before": "2018-07-20T09:00:00+03:00"},
     ["Suriye: Şam'da Görüşmeler Yeniden Başladı", "سوريا: استئناف المحادثات في دمشق"]),
])
def test_the_list_narrows_by_each_filter(client, newsroom, query, expected):
    assert headlines(client.get(LIST, query)) == expected


def test_the_list_narrows_by_source(client, newsroom):
    assert headlines(client.get(LIST, {"source": newsroom["other"].pk})) == ["Suriye: Şam'da Görüşmeler Yeniden Başladı"]
    assert headlines(client.get(LIST, {"source": newsroom["wire"].pk})) == ["Syria: Talks Resume in Damascus"]


@pytest.mark.parametrize("query", [
    {"section": "world"}, {"place": "syria"}, {"published_after": "2000-01-01"}, {"language": "en"},
])
def test_hidden_articles_never_appear_whatever_the_filter(client, newsroom, query):
    shown = headlines(client.get(LIST, {**query, "limit": 100}))
    assert shown and not [h for h in shown if "on Syria" in h]


def test_hidden_articles_are_not_found_by_id_or_slug(client, newsroom):
    for article in newsroom["hidden"]:
        by_id = client.get(f"{LIST}/{article.pk}")
        assert by_id.status_code == 404
        assert by_id.json() == {"detail": f"no published article with id {article.pk}"}
        assert client.get(f"{LIST}/slug/{article.slug}").status_code == 404


def test_an_article_is_found_by_id_and_by_slug(client, newsroom):
    article = newsroom["public"]["ar"]
    by_id = client.get(f"{LIST}/{article.pk}")
    by_slug = client.get(f"{LIST}/slug/{article.slug}")
    assert by_id.status_code == by_slug.status_code == 200
    assert by_id.json() == by_slug.json()
    assert by_id.json()["headline"] == "سوريا: استئناف المحادثات في دمشق"


def test_a_scheduled_article_appears_once_its_time_has_come(client, newsroom, make_article):
    due = make_article(headline="Due a moment ago", when=timezone.now() - timedelta(seconds=1))
    assert "Due a moment ago" in headlines(client.get(LIST))
    assert client.get(f"{LIST}/{due.pk}").status_code == 200


@pytest.fixture
def busy(portal, make_article):
    """Sixty reports, some sharing a publication moment (the id breaks the tie), plus hidden ones."""
    made = []
    for i in range(60):
        when = WHEN - timedelta(minutes=i // 3)  # three reports a minute
        made.append(make_article(headline=f"Report {i}", when=when, language="en" if i % 4 else "tr"))
        if i % 10 == 0:
            make_article(headline=f"Draft {i}", when=when, status="draft")
    return made


def walk(client, query, limit):
    seen, cursor = [], None
    while True:
        page = client.get(LIST, {**query, "limit": limit, **({"cursor": cursor} if cursor else {})}).json()
        seen += [(item["published_at"], item["id"]) for item in page["items"]]
        cursor = page["next"]
        if cursor is None:
            return seen


@pytest.mark.parametrize("limit", [1, 7, 20, 100])
def test_pages_walk_every_article_once_latest_first(client, busy, limit):
    seen = walk(client, {}, limit)
    assert len(seen) == len(busy) == len(set(seen))
    assert seen == sorted(seen, key=lambda s: (s[0], s[1]), reverse=True)


def test_pages_walk_a_filtered_list_within_its_date_range(client, busy):
    query = {"language": "en", "published_after": "2018-07-20T08:50:00+03:00", "published_before": "2018-07-20T09:00:00+03:00"}
    seen = walk(client, query, 4)
    expected = [a for a in busy if a.language == "en" and WHEN - timedelta(minutes=10) <= a.published_at < WHEN]
    assert sorted(i for _, i in seen) == sorted(a.pk for a in expected) and len(seen) == len(set(seen))


def test_an_article_published_while_a_client_pages_does_not_shift_its_pages(client, busy, make_article):
    first = client.get(LIST, {"limit": 10}).json()
    make_article(headline="Newer report", when=WHEN + timedelta(minutes=1))
    second = client.get(LIST, {"limit": 10, "cursor": first["next"]}).json()
    assert second["items"][0]["id"] == busy[10].pk


@pytest.mark.parametrize(("query", "message"), [
    ({"limit": 1000}, "limit: Input should be less than or equal to 100"),
    ({"limit": 0}, "limit: Input should be greater than or equal to 1"),
    ({"limit": "ten"}, "limit: Input should be a valid integer"),
    ({"published_after": "28/01/2017"}, "published_after: Input should be a valid datetime"),
    ({"published_before": "2018-02-30"}, "published_before: Input should be a valid datetime"),
    ({"published_before": "0001-01-01"}, "published_before: 0001-01-01T00:00:00"),
    ({"published_after": "9999-12-31T23:59:59-12:00"}, "published_after: 9999-12-31T23:59:59-12:00 is out of range"),
    ({"cursor": "not-ours"}, "cursor: not a cursor this API gave"),
    ({"cursor": "€"}, "cursor: not a cursor this API gave"),
    ({"cursor": cursors.encode(WHEN, 0)}, "cursor: names no possible article"),
    ({"source": "9" * 30}, "source: Input should be less than or equal to"),
    ({"language": "english"}, "language: String should match pattern"),
])
def test_bad_parameters_are_refused_with_the_reason(client, newsroom, query, message):
    response = client.get(LIST, query)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(message)


@pytest.mark.parametrize(("query", "message"), [
    ({"section": "sport"}, "section: there is no section 'sport'"),
    ({"place": "atlantis"}, "place: there is no place 'atlantis'"),
    ({"source": 999999}, "source: there is no source 999999"),
])
def test_unknown_sections_places_and_sources_are_not_found(client, newsroom, query, message):
    response = client.get(LIST, query)
    assert response.status_code == 404
    assert response.json() == {"detail": message}


@pytest.mark.parametrize("path", ["0", "-1", "abc", "99999999999999999999"])
def test_odd_article_ids_are_a_clear_error(client, newsroom, path):
    response = client.get(f"{LIST}/{path}")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("article_id: Input should be")


@pytest.mark.parametrize("path", ["/api/v1/nothing", "/api/v2/articles"])
def test_other_api_addresses_answer_404_in_json(client, newsroom, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": f"no such API address: {path}"}
