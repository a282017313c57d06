"""Feeds out: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of each edition, section, place and source,
valid by their specifications and listing exactly what readers may see."""

import json
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import feedparser
import jsonschema
import pytest
from django.utils import timezone
from lxml import html

from newsdesk.articles.models import Place, Section
from newsdesk.sources.models import Source

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL)
JSON_FEED = json.loads((Path(__file__).parent / "schemas" / "jsonfeed-1.1.json").read_text())
FORMATS = {"feed/": "rss20", "feed/atom/": "atom10", "feed/json/": "json"}
CHANNELS = ["", "section/world/", "place/syria/", "source/"]


@pytest.fixture
def site(portal, make_article):
    """One public report per edition in a section, a place and from a source, with hidden ones beside."""
    world = Section.objects.create(name="World", name_tr="Dünya", slug="world")
    syria = Place.objects.create(name="Syria", slug="syria", code="SY")
    agency = Source.objects.create(name="Levant News Agency", feed_url="https://agency.example/rss.xml")
    body = '<p>Troops <a href="/2018/07/19/earlier/">pulled back</a>.</p><figure><img src="/media/p.jpg" alt=""></figure>'
    made = {}
    for lang, headline in (("en", "Syria: Roads Reopen"), ("tr", "Suriye: Yollar Yeniden Açıldı")):
        made[lang] = make_article(
            headline=headline, when=WHEN, language=lang, section=world, source=agency, body=body,
            summary=f"{headline} summary", author="Jane Doe", original_url=f"https://agency.example/{lang}/1",
        )
        hidden = [
            make_article(headline=f"Hidden draft {lang}", when=WHEN, status="draft", language=lang),
            make_article(headline=f"Hidden pending {lang}", when=WHEN, status="pending", language=lang),
            make_article(headline=f"Hidden withdrawn {lang}", when=WHEN, status="withdrawn", language=lang),
            make_article(headline=f"Hidden scheduled {lang}", when=timezone.now() + timedelta(hours=2), language=lang),
        ]
        for article in [made[lang], *hidden]:
            article.places.add(syria)
            article.section, article.source = world, agency
            article.save()
    return {"articles": made, "source": agency}


def feed_url(prefix, channel, fmt, site):
    channel = f"source/{site['source'].pk}/" if channel == "source/" else channel
    return f"{prefix}/{channel}{fmt}"


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def entries_of(response, kind):
    """(id, title, link, published) of each entry, parsed back by feedparser or, for JSON Feed,
    checked against the JSON Feed 1.1 schema."""
    if kind == "json":
        assert response["Content-Type"].startswith("application/feed+json")
        document = json.loads(response.content)
        jsonschema.validate(document, JSON_FEED)
        return [(i["id"], i["title"], i["url"], datetime.fromisoformat(i["date_published"])) for i in document["items"]]
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == kind
    return [
        (e.id, e.title, e.link, datetime(*e.published_parsed[:6], tzinfo=ZoneInfo("UTC")))
        for e in parsed.entries
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/tr"])
@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_each_feed_of_each_channel_lists_the_editions_public_reports(client, site, prefix, channel, fmt):
    article = site["articles"][prefix.strip("/") or "en"]
    entries = entries_of(fetch(client, feed_url(prefix, channel, fmt, site)), FORMATS[fmt])
    assert [(title, link, published) for _, title, link, published in entries] == [
        (article.headline, "http://testserver" + article.get_absolute_url(), WHEN)
    ]
    assert entries[0][0] == f"tag:testserver,{article.created_at:%Y-%m-%d}:article/{article.pk}"


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_feeds_carry_the_sanitised_body_with_absolute_addresses(client, site, fmt):
    content = fetch(client, f"/feed/{fmt.removeprefix('feed/')}").content.decode()
    if fmt == "feed/json/":
        body = json.loads(content)["items"][0]["content_html"]
    else:
        parsed = feedparser.parse(content)
        body = parsed.entries[0].content[0].value
    links = html.fragment_fromstring(body, create_parent="div")
    assert links.cssselect("a")[0].get("href") == "http://testserver/2018/07/19/earlier/"
    assert links.cssselect("img")[0].get("src") == "http://testserver/media/p.jpg"


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_summaries_only_when_the_portal_says_so(client, site, portal, fmt):
    portal.feed_full_content = False
    portal.save()
    content = fetch(client, f"/{fmt}").content.decode()
    assert "pulled back" not in content and "/media/p.jpg" not in content
    assert "Syria: Roads Reopen summary" in content
    if fmt == "feed/json/":
        jsonschema.validate(json.loads(content), JSON_FEED)


@pytest.mark.django_db
def test_feed_ids_titles_links_and_dates_survive_regeneration_and_edits(client, site, portal):
    article = site["articles"]["tr"]
    before = {fmt: entries_of(fetch(client, f"/tr/{fmt}"), kind) for fmt, kind in FORMATS.items()}
    assert before == {fmt: entries_of(fetch(client, f"/tr/{fmt}"), kind) for fmt, kind in FORMATS.items()}
    # Turkish becomes the main edition: the address moves, the id stays.
    portal.languages = "tr,en,ar"
    portal.save()
    for fmt, kind in FORMATS.items():
        (old_id, _, old_link, _), = before[fmt]
        (new_id, _, new_link, _), = entries_of(fetch(client, f"/{fmt}"), kind)
        assert new_id == old_id and new_link == "http://testserver" + article.get_absolute_url() != old_link


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", FORMATS)
def test_feeds_answer_conditional_requests_with_304(client, site, fmt):
    first = fetch(client, f"/{fmt}")
    modified = parsedate_to_datetime(first["Last-Modified"])
    assert modified >= site["articles"]["en"].updated_at.replace(microsecond=0)
    assert client.get(f"/{fmt}", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(f"/{fmt}", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/section/nothing/feed/", "/place/atlantis/feed/atom/", "/source/999999/feed/json/",
                                 "/source/99999999999999999999999/feed/", "/source/x/feed/",
                                 "/section/%00/feed/", "/place/a%01b/feed/json/"])
def test_feeds_of_unknown_channels_are_not_found(client, site, url):
    assert client.get(url).status_code == 404


def advertised(client, url):
    page = html.fromstring(fetch(client, url).content)
    return [(link.get("type"), link.get("href")) for link in page.cssselect("link[rel=alternate][type]")]


@pytest.mark.django_db
def test_pages_advertise_their_feeds_for_autodiscovery(client, site):
    site_feeds = [("application/rss+xml", "/feed/"), ("application/atom+xml", "/feed/atom/"),
                  ("application/feed+json", "/feed/json/")]
    assert advertised(client, "/") == site_feeds
    assert advertised(client, "/section/world/") == [
        ("application/rss+xml", "/section/world/feed/"), ("application/atom+xml", "/section/world/feed/atom/"),
        ("application/feed+json", "/section/world/feed/json/"), *site_feeds,
    ]
    assert advertised(client, "/tr/place/syria/")[:3] == [
        ("application/rss+xml", "/tr/place/syria/feed/"), ("application/atom+xml", "/tr/place/syria/feed/atom/"),
        ("application/feed+json", "/tr/place/syria/feed/json/"),
    ]
    for _, href in advertised(client, "/tr/section/world/"):
        assert client.get(href).status_code == 200
