"""What pages tell search engines and social sites: JSON-LD, OpenGraph and Twitter cards,
canonical addresses."""

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from lxml import html

from newsdesk.articles.models import Place, Section
from newsdesk.media import records
from newsdesk.media.models import Image
from tests.media.pictures import picture

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2017, 1, 28, 15, 51, tzinfo=ISTANBUL)


@pytest.fixture
def story(portal, make_article, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    section = Section.objects.create(name="World", name_tr="Dünya", slug="world")
    syria = Place.objects.create(name="Syria", slug="syria", code="SY")
    article = make_article(
        headline="Syria: Roads Reopen", when=WHEN, section=section, agency="Levant News Agency",
        author="Jane Doe", summary="Roads to Aleppo reopened.", original_url="https://agency.example/reports/1",
        lead_image_url="https://agency.example/p.jpg",
    )
    article.places.add(syria)
    # The agency's picture, fetched and stored: pages name our own copy, never the agency's.
    image = records.attach(article.pk, article.lead_image_url, "Roads to Aleppo")
    records.accept(image.pk, picture(1600, 900), "image/jpeg")
    article.image = Image.objects.get(pk=image.pk)
    return article


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def linked_data(tree) -> dict:
    found = {}
    for script in tree.cssselect('script[type="application/ld+json"]'):
        data = json.loads(script.text)
        found[data["@type"]] = data
    return found


def crumbs(tree):
    return [(i["position"], i["name"], i["item"]) for i in linked_data(tree)["BreadcrumbList"]["itemListElement"]]


@pytest.mark.django_db
def test_article_pages_describe_the_news_article_in_json_ld(client, story, portal):
    url = "http://testserver" + story.get_absolute_url()
    data = linked_data(page(client, story.get_absolute_url()))["NewsArticle"]
    assert data["@context"] == "https://schema.org"
    assert (data["headline"], data["url"], data["mainEntityOfPage"]["@id"]) == (story.headline, url, url)
    assert datetime.fromisoformat(data["datePublished"]) == WHEN
    assert datetime.fromisoformat(data["dateModified"]) >= WHEN
    assert data["author"] == [{"@type": "Person", "name": "Jane Doe"}]
    assert data["publisher"]["name"] == portal.name
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/static/")
    assert data["image"] == [f"http://testserver/media/{story.image.sha256}-1280.jpg"]
    assert (data["articleSection"], data["inLanguage"]) == ("World", "en")
    assert data["isBasedOn"] == "https://agency.example/reports/1"


@pytest.mark.django_db
def test_json_ld_is_in_the_editions_language_and_credits_the_agency_without_a_byline(client, portal, make_article):
    section = Section.objects.create(name="World", name_tr="Dünya", slug="world")
    article = make_article(headline="Yollar açıldı", when=WHEN, language="tr", section=section, agency="Ajans")
    data = linked_data(page(client, article.get_absolute_url()))["NewsArticle"]
    assert (data["articleSection"], data["inLanguage"]) == ("Dünya", "tr")
    assert data["author"] == [{"@type": "Organization", "name": "Ajans"}]


@pytest.mark.django_db
def test_json_ld_cannot_be_closed_by_what_an_article_says(client, portal, make_article):
    hostile = 'Breaking </script><script>alert(1)</script> <!-- & "quotes"'
    article = make_article(headline=hostile, when=WHEN, summary="</SCRIPT> ends here")
    raw = client.get(article.get_absolute_url()).content.decode()
    assert "</script><script>" not in raw and "<!-- &" not in raw and "</SCRIPT>" not in raw
    tree = html.fromstring(raw)
    assert {s.get("type") for s in tree.cssselect("script")} == {"application/ld+json"}
    data = linked_data(tree)["NewsArticle"]
    assert (data["headline"], data["description"]) == (hostile, "</SCRIPT> ends here")


@pytest.mark.django_db
def test_archives_and_articles_carry_their_breadcrumbs(client, story, portal, make_article):
    site, base = portal.name, "http://testserver"
    year, month, day = (site, f"{base}/"), ("2017", f"{base}/2017/"), ("January 2017", f"{base}/2017/01/")
    expected = [year, month, day, ("28 January 2017", f"{base}/2017/01/28/")]
    numbered = [(n, *item) for n, item in enumerate(expected, start=1)]
    assert crumbs(page(client, "/2017/")) == numbered[:2]
    assert crumbs(page(client, "/2017/01/")) == numbered[:3]
    assert crumbs(page(client, "/2017/01/28/")) == numbered
    assert crumbs(page(client, story.get_absolute_url())) == numbered + [
        (5, story.headline, base + story.get_absolute_url())]
    make_article(headline="Yollar açıldı", when=WHEN, language="tr")
    turkish = crumbs(page(client, "/tr/2017/01/"))
    assert turkish[1:] == [(2, "2017", f"{base}/tr/2017/"), (3, "Ocak 2017", f"{base}/tr/2017/01/")]


@pytest.mark.django_db
def test_article_pages_carry_opengraph_and_twitter_cards(client, story):
    tree = page(client, story.get_absolute_url())

    def meta(key):
        return [m.get("content") for m in tree.xpath(f'//meta[@property="{key}" or @name="{key}"]')]

    url = "http://testserver" + story.get_absolute_url()
    assert meta("og:type") == ["article"] and meta("og:title") == [story.headline] and meta("og:url") == [url]
    assert meta("og:image") == [f"http://testserver/media/{story.image.sha256}-1280.jpg"] and meta("og:description") == ["Roads to Aleppo reopened."]
    assert meta("og:locale") == ["en_US"] and meta("article:section") == ["World"]
    assert meta("twitter:card") == ["summary_large_image"] and meta("twitter:site") == ["@example"]
    assert datetime.fromisoformat(meta("article:published_time")[0]) == WHEN
    home = page(client, "/tr/")
    assert home.xpath('//meta[@property="og:type"]/@content') == ["website"]
    assert home.xpath('//meta[@property="og:locale"]/@content') == ["tr_TR"]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/tr/", "/2017/", "/2017/01/", "/2017/01/28/", "/section/world/",
                                  "/tr/place/syria/", "ARTICLE"])
def test_every_page_names_its_canonical_address_without_stray_queries(client, story, path):
    path = story.get_absolute_url() if path == "ARTICLE" else path
    tree = page(client, path + "?utm_source=newsletter&fbclid=x")
    assert tree.xpath('//link[@rel="canonical"]/@href') == ["http://testserver" + path]
    assert tree.xpath('//meta[@property="og:url"]/@content') == ["http://testserver" + path]
    # Only data in script elements and no inline styles: a strict Content-Security-Policy holds.
    assert {s.get("type") for s in tree.cssselect("script")} <= {"application/ld+json"}
    assert not tree.cssselect("style, [style]")


@pytest.mark.django_db
def test_a_page_back_in_time_keeps_its_cursor_in_its_canonical_address(client, story, make_article):
    newer = [make_article(headline=f"Later {i}", when=WHEN + timedelta(minutes=i + 1)) for i in range(25)]
    tree = page(client, f"/?before={newer[5].pk}&utm_medium=x")
    assert tree.xpath('//link[@rel="canonical"]/@href') == [f"http://testserver/?before={newer[5].pk}"]


@pytest.mark.django_db
def test_a_missing_page_names_no_canonical_address(client, story):
    response = client.get("/section/nothing/")
    assert response.status_code == 404
    assert not html.fromstring(response.content).xpath('//link[@rel="canonical"]')
