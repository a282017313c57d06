"""Sitemaps and robots.txt list exactly what readers may see, in pages the protocol allows."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from lxml import etree

from newsdesk.articles.models import DayCount

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL)
NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
HIDDEN = ("draft", "pending", "withdrawn")


def hide_some(make_article, when):
    for status in HIDDEN:
        make_article(headline=f"Hidden {status}", when=when, status=status)
    make_article(headline="Hidden scheduled", when=timezone.now() + timedelta(hours=2))


@pytest.fixture
def mixed(portal, make_article):
    public = make_article(headline="Syria: Roads Reopen", when=WHEN)
    hide_some(make_article, WHEN)
    return public


def xml(client, url):
    response = client.get(url.removeprefix("http://testserver"))
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def locs(tree):
    return tree.xpath("//s:loc/text()", namespaces=NS)


def listed(client, prefix=""):
    """Every article address the edition's sitemaps list, page by page."""
    urls = []
    for sitemap in locs(xml(client, f"{prefix}/sitemap.xml")):
        if "/sitemap-20" in sitemap:
            urls += locs(xml(client, sitemap))
    return urls


@pytest.mark.django_db
def test_sitemap_index_lists_the_home_the_news_and_the_months_of_public_articles(client, mixed):
    assert locs(xml(client, "/sitemap.xml")) == [
        "http://testserver/sitemap-home.xml", "http://testserver/news-sitemap.xml",
        "http://testserver/sitemap-2018-07.xml",
    ]
    assert listed(client) == ["http://testserver" + mixed.get_absolute_url()]


@pytest.mark.django_db
def test_sitemap_for_an_impossible_month_is_not_found(client, mixed):
    assert client.get("/sitemap-2018-13.xml").status_code == 404


@pytest.mark.django_db
def test_a_month_past_the_page_size_is_split_into_pages_that_list_each_article_once(
    client, portal, make_article, settings
):
    settings.SITEMAP_PAGE_SIZE = 2
    made = [make_article(headline=f"Report {i}", when=WHEN + timedelta(hours=7 * i)) for i in range(5)]
    hide_some(make_article, WHEN + timedelta(hours=8))
    index = locs(xml(client, "/sitemap.xml"))
    assert index[2:] == ["http://testserver/sitemap-2018-07.xml", "http://testserver/sitemap-2018-07.xml?p=2",
                         "http://testserver/sitemap-2018-07.xml?p=3"]
    pages = [locs(xml(client, url)) for url in index[2:]]
    assert [len(p) for p in pages] == [2, 2, 1]
    assert sum(pages, []) == ["http://testserver" + a.get_absolute_url() for a in made]
    for query in ("?p=4", "?p=0", "?p=x", "?p=-1", "?p=99999999999999999999"):
        assert client.get("/sitemap-2018-07.xml" + query).status_code == 404


@pytest.mark.django_db
def test_the_index_pages_a_50001_article_month_from_the_day_counts(client, portal):
    # The index is laid out from the maintained counts, not by counting articles: the counts of a
    # 50,001-article month are enough to show it needs two files.
    DayCount.objects.create(day=date(2016, 3, 5), language="en", count=30_000)
    DayCount.objects.create(day=date(2016, 3, 6), language="en", count=20_001)
    DayCount.objects.create(day=date(2016, 4, 1), language="en", count=50_000)
    DayCount.objects.create(day=date(2016, 3, 5), language="tr", count=7)
    assert locs(xml(client, "/sitemap.xml"))[2:] == [
        "http://testserver/sitemap-2016-04.xml",
        "http://testserver/sitemap-2016-03.xml", "http://testserver/sitemap-2016-03.xml?p=2",
    ]
    assert locs(xml(client, "/tr/sitemap.xml"))[2:] == ["http://testserver/tr/sitemap-2016-03.xml"]


@pytest.mark.django_db
def test_news_sitemap_names_the_last_two_days_public_articles(client, portal, make_article):
    fresh = make_article(headline="Talks resume", when=timezone.now() - timedelta(hours=1))
    turkish = make_article(headline="Görüşmeler sürüyor", when=timezone.now() - timedelta(hours=3), language="tr")
    make_article(headline="Old news", when=timezone.now() - timedelta(days=3))
    hide_some(make_article, timezone.now() - timedelta(hours=2))
    tree = xml(client, "/news-sitemap.xml")
    assert locs(tree) == ["http://testserver" + fresh.get_absolute_url()]
    news = tree.xpath("//news:news", namespaces=NS)[0]
    assert news.xpath("news:publication/news:name/text()", namespaces=NS) == [portal.name]
    assert news.xpath("news:publication/news:language/text()", namespaces=NS) == ["en"]
    assert news.xpath("news:title/text()", namespaces=NS) == ["Talks resume"]
    stamp = datetime.fromisoformat(news.xpath("news:publication_date/text()", namespaces=NS)[0])
    assert stamp == fresh.published_at.replace(microsecond=0)
    tr = xml(client, "/tr/news-sitemap.xml")
    assert locs(tr) == ["http://testserver" + turkish.get_absolute_url()]
    assert tr.xpath("//news:language/text()", namespaces=NS) == ["tr"]


@pytest.mark.django_db
def test_drafts_pending_scheduled_and_withdrawn_are_in_no_sitemap(client, mixed):
    everything = b"".join(client.get(url).content for url in (
        "/sitemap.xml", "/sitemap-2018-07.xml", "/news-sitemap.xml", "/sitemap-home.xml"))
    assert b"hidden" not in everything.lower()


@pytest.mark.django_db
def test_edition_homes_carry_hreflang_alternates(client, portal):
    links = xml(client, "/tr/sitemap-home.xml").xpath("//s:url/xhtml:link", namespaces=NS)
    assert locs(xml(client, "/tr/sitemap-home.xml")) == ["http://testserver/tr/"]
    assert {link.get("hreflang"): link.get("href") for link in links} == {
        "en": "http://testserver/", "tr": "http://testserver/tr/", "ar": "http://testserver/ar/",
        "x-default": "http://testserver/",
    }


@pytest.mark.django_db
def test_robots_txt_names_every_editions_sitemaps(client, portal):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    named = [line.split(" ", 1)[1] for line in response.content.decode().splitlines() if line.startswith("Sitemap:")]
    assert named == [
        "http://testserver/sitemap.xml", "http://testserver/news-sitemap.xml",
        "http://testserver/tr/sitemap.xml", "http://testserver/tr/news-sitemap.xml",
        "http://testserver/ar/sitemap.xml", "http://testserver/ar/news-sitemap.xml",
    ]
    for url in named:
        xml(client, url)
    portal.languages = "tr,en"
    portal.save()
    assert "/ar/" not in client.get("/robots.txt").content.decode()
