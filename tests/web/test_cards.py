"""Story cards are kept per process: a reader still sees every change at once, and cards stay
escaped."""

from datetime import datetime
from itertools import count
from zoneinfo import ZoneInfo

import pytest
from lxml import html

from newsdesk.articles.models import Article, Section

WHEN = datetime(2017, 1, 28, 15, 51, tzinfo=ZoneInfo("Europe/Istanbul"))
fresh_address = (f"?drawn={n}" for n in count())  # a page the page cache has not kept


def cards(client, path):
    page = html.fromstring(client.get(path + next(fresh_address)).content)
    return [(li.cssselect("h2 a")[0].text_content(), li.cssselect(".meta")[0].text_content())
            for li in page.cssselect("li.story")]


@pytest.fixture
def world(portal):
    return Section.objects.create(name="World", name_tr="Dünya", slug="world")


@pytest.mark.django_db
def test_a_corrected_headline_shows_at_once_even_without_a_new_stamp(client, world, make_article):
    article = make_article(headline="Talks resume", when=WHEN, section=world)
    for path in ("/", "/2017/01/28/", "/section/world/"):
        assert cards(client, path)[0][0] == "Talks resume"
    # A bulk update leaves updated_at as it was: the card must not be an old one all the same.
    Article.objects.filter(pk=article.pk).update(headline="Talks resume in Geneva", author="Desk")
    for path in ("/", "/2017/01/28/", "/section/world/"):
        headline, meta = cards(client, path)[0]
        assert headline == "Talks resume in Geneva" and "Desk" in meta


@pytest.mark.django_db
def test_a_renamed_section_shows_its_new_name_in_each_edition(client, world, make_article):
    make_article(headline="Talks resume", when=WHEN, section=world)
    make_article(headline="Görüşmeler yeniden başladı", when=WHEN, section=world, language="tr")
    assert "World" in cards(client, "/")[0][1] and "Dünya" in cards(client, "/tr/")[0][1]
    Section.objects.filter(pk=world.pk).update(name="International", name_tr="Uluslararası")
    assert "International" in cards(client, "/")[0][1]
    assert "Uluslararası" in cards(client, "/tr/")[0][1]


@pytest.mark.django_db
def test_a_new_time_zone_moves_the_times_cards_show(client, portal, make_article):
    make_article(headline="Talks resume", when=WHEN)
    assert "28/01/2017 15:51" in cards(client, "/")[0][1]
    portal.time_zone = "UTC"
    portal.save()
    assert "28/01/2017 12:51" in cards(client, "/")[0][1]


@pytest.mark.django_db
def test_cards_show_hostile_text_as_text(client, world, make_article):
    hostile = '<img src=x onerror="alert(1)">'
    make_article(headline=f"Talks {hostile}", summary=f"Summary {hostile}", author=hostile, agency=hostile,
                 when=WHEN, section=world)
    Section.objects.filter(pk=world.pk).update(name=f"World {hostile}")
    page = html.fromstring(client.get("/2017/01/28/").content)
    assert not page.cssselect("main img")
    card = page.cssselect("li.story")[0]
    assert card.cssselect("h2 a")[0].text_content() == f"Talks {hostile}"
    assert card.cssselect(".summary")[0].text_content() == f"Summary {hostile}"
    assert card.cssselect(".byline")[0].text_content() == hostile
    assert card.cssselect(".meta a")[0].text_content() == f"World {hostile}"
