"""A small newsroom for the API: sections, places, sources and articles in three languages, with
every status the public must never see beside the published ones."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import caches
from django.utils import timezone

from newsdesk.articles.models import Place, Section
from newsdesk.sources.models import Source

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL)


@pytest.fixture(autouse=True)
def fresh_throttle():
    caches["throttle"].clear()
    yield
    caches["throttle"].clear()


@pytest.fixture
def newsroom(portal, make_article):
    world = Section.objects.create(name="World", name_tr="Dünya", name_ar="العالم", slug="world")
    economy = Section.objects.create(name="Economy", slug="economy")
    syria = Place.objects.create(name="Syria", slug="syria", code="SY")
    egypt = Place.objects.create(name="Egypt", slug="egypt", code="EG")
    wire = Source.objects.create(
        name="Levant Wire", homepage="https://levant.example/", feed_url="https://levant.example/rss.xml",
        language="en", last_error="HTTP 500 from https://levant.example/rss.xml", consecutive_failures=3,
    )
    other = Source.objects.create(name="Nile Wire", feed_url="https://nile.example/rss.xml")
    public = {
        "en": make_article(headline="Syria: Talks Resume in Damascus", when=WHEN, section=world, source=wire,
                           agency="Levant News Agency", author="R. Haddad",
                           original_url="https://levant.example/reports/1", summary="Talks resumed."),
        "tr": make_article(headline="Suriye: Şam'da Görüşmeler Yeniden Başladı", when=WHEN - timedelta(hours=1),
                           section=world, language="tr", source=other),
        "ar": make_article(headline="سوريا: استئناف المحادثات في دمشق", when=WHEN - timedelta(hours=2),
                           section=economy, language="ar"),
        "egypt": make_article(headline="Egypt: Markets Rally", when=WHEN - timedelta(days=1), section=economy),
    }
    public["en"].places.add(syria)
    public["tr"].places.add(syria)
    public["egypt"].places.add(egypt)
    hidden = [
        make_article(headline="Draft on Syria", status="draft", section=world, source=wire),
        make_article(headline="Pending on Syria", status="pending", section=world, source=wire),
        make_article(headline="Withdrawn on Syria", status="withdrawn", section=world, source=wire),
        make_article(headline="Scheduled on Syria", when=timezone.now() + timedelta(days=1), section=world,
                     source=wire),
    ]
    for article in hidden:
        article.places.add(syria)
    return {"public": public, "hidden": hidden, "world": world, "economy": economy, "syria": syria, "wire": wire, "other": other}


def headlines(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["headline"] for item in response.json()["items"]]
