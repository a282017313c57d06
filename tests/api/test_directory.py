"""Sections, places and sources: names per edition, and nothing about a source that is not public."""

import pytest

pytestmark = pytest.mark.django_db


def test_sections_give_their_names_in_each_language(client, newsroom):
    assert client.get("/api/v1/sections").json() == [
        {"id": newsroom["economy"].pk, "slug": "economy", "names": {"en": "Economy", "tr": "Economy", "ar": "Economy"}},
        {"id": newsroom["world"].pk, "slug": "world", "names": {"en": "World", "tr": "Dünya", "ar": "العالم"}},
    ]


def test_places_give_their_country_names_from_cldr(client, newsroom):
    places = {p["slug"]: p for p in client.get("/api/v1/places").json()}
    assert places["egypt"]["names"] == {"en": "Egypt", "tr": "Mısır", "ar": "مصر"}
    assert places["syria"] == {
        "id": newsroom["syria"].pk, "slug": "syria", "code": "SY", "names": {"en": "Syria", "tr": "Suriye", "ar": "سوريا"},
    }


def test_sources_show_name_site_and_language_and_nothing_of_their_health(client, newsroom):
    response = client.get("/api/v1/sources")
    assert response.json() == [
        {"id": newsroom["wire"].pk, "name": "Levant Wire", "site": "https://levant.example/", "language": "en"},
        {"id": newsroom["other"].pk, "name": "Nile Wire", "site": "", "language": ""},
    ]
    assert b"HTTP 500" not in response.content and b"rss.xml" not in response.content
