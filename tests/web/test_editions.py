"""English, Turkish and Arabic editions: each lists, counts and feeds its own language."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from lxml import etree, html

from newsdesk.articles.models import Place, Section
from newsdesk.web import header

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL)


@pytest.fixture
def editions(portal, make_article):
    section = Section.objects.create(name="World", name_tr="Dünya", name_ar="العالم", slug="world")
    syria = Place.objects.create(name="Syria", slug="syria", code="SY")
    made = {
        "en": make_article(headline="Syria: Talks Resume in Damascus", when=WHEN, section=section),
        "tr": make_article(headline="Suriye: Şam'da Görüşmeler Yeniden Başladı", when=WHEN, section=section,
                           language="tr"),
        "ar": make_article(headline="سوريا: استئناف المحادثات في دمشق", when=WHEN, section=section, language="ar"),
    }
    for article in made.values():
        article.places.add(syria)
    return made


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return html.fromstring(response.content)


def headlines(tree):
    return [a.text_content() for a in tree.cssselect(".story h2 a")]


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", ["", "/tr", "/ar"])
@pytest.mark.parametrize("path", ["/", "/2018/07/20/", "/section/world/", "/place/syria/"])
def test_each_edition_lists_only_its_own_language(client, editions, prefix, path):
    lang = prefix.strip("/") or "en"
    assert headlines(page(client, prefix + path)) == [editions[lang].headline]


@pytest.mark.django_db
def test_each_edition_counts_only_its_own_language(client, editions, make_article, portal):
    make_article(headline="Another English report", when=WHEN + timedelta(hours=1))
    for lang, expected in (("en", 2), ("tr", 1), ("ar", 1)):
        built = header.build(portal, lang, WHEN.date())
        assert (built.strip[0].count, built.total) == (expected, expected)
    month = page(client, "/tr/2018/07/")
    assert [li.text_content().split() for li in month.cssselect(".days li")] == [["20/07/2018", "(1)"]]
    assert "(2)" in page(client, "/2018/").cssselect(".days li")[0].text_content()


@pytest.mark.django_db
def test_an_article_has_one_address_in_its_own_edition(client, editions):
    turkish = editions["tr"]
    assert turkish.get_absolute_url().startswith("/tr/2018/07/20/")
    assert editions["ar"].get_absolute_url().startswith("/ar/2018/07/20/")
    assert editions["en"].get_absolute_url().startswith("/2018/07/20/")
    wrong = client.get(turkish.get_absolute_url().removeprefix("/tr"))
    assert wrong.status_code == 301 and wrong["Location"] == turkish.get_absolute_url()
    assert client.get(turkish.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_sections_places_and_the_site_name_are_in_the_editions_language(client, editions, portal):
    portal.name_tr, portal.name_ar = "İslami Davet Türkiye", "الدعوة الإسلامية تركيا"
    portal.save()
    tr, ar = page(client, "/tr/place/syria/"), page(client, "/ar/place/syria/")
    assert tr.cssselect("h1")[0].text_content() == "Suriye" and ar.cssselect("h1")[0].text_content() == "سوريا"
    assert "Dünya" in [a.text_content() for a in tr.cssselect("nav.sections a")]
    assert "العالم" in [a.text_content() for a in ar.cssselect("nav.sections a")]
    assert tr.cssselect(".brand a")[0].text_content() == "İslami Davet Türkiye"
    assert page(client, "/").cssselect(".brand a")[0].text_content() == portal.name
    article = page(client, editions["tr"].get_absolute_url())
    assert [a.text_content() for a in article.cssselect("a.place")] == ["Suriye"]


@pytest.mark.django_db
def test_the_switcher_opens_the_same_page_in_another_edition(client, editions):
    def switcher(url):
        return {a.get("hreflang"): a.get("href") for a in page(client, url).cssselect("nav.languages a")}

    assert switcher("/2018/07/20/") == {"en": "/2018/07/20/", "tr": "/tr/2018/07/20/", "ar": "/ar/2018/07/20/"}
    assert switcher("/ar/section/world/") == {"en": "/section/world/", "tr": "/tr/section/world/",
                                              "ar": "/ar/section/world/"}
    # An article without a linked translation: the other editions' switcher links go home.
    assert switcher(editions["tr"].get_absolute_url()) == {"en": "/", "tr": editions["tr"].get_absolute_url(),
                                                           "ar": "/ar/"}


@pytest.mark.django_db
def test_pages_carry_hreflang_alternates_for_their_counterparts(client, editions):
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in page(client, "/tr/2018/07/").cssselect('link[rel=alternate][hreflang]')
    }
    assert alternates == {"en": "http://testserver/2018/07/", "tr": "http://testserver/tr/2018/07/",
                          "ar": "http://testserver/ar/2018/07/", "x-default": "http://testserver/2018/07/"}
    article = page(client, editions["ar"].get_absolute_url())
    assert [link.get("hreflang") for link in article.cssselect('link[rel=alternate][hreflang]')] == ["ar"]


@pytest.mark.django_db
def test_the_main_edition_and_the_editions_offered_are_portal_settings(client, editions, portal):
    portal.languages = "tr,en"
    portal.save()
    assert headlines(page(client, "/")) == [editions["tr"].headline]
    assert headlines(page(client, "/en/")) == [editions["en"].headline]
    moved = client.get("/tr/2018/07/20/")
    assert moved.status_code == 301 and moved["Location"] == "/2018/07/20/"
    assert client.get("/ar/").status_code == 404
    assert editions["tr"].get_absolute_url().startswith("/2018/07/20/")
    # An article in a language without an edition lives in the main edition.
    assert editions["ar"].get_absolute_url().startswith("/2018/07/20/")


@pytest.mark.django_db
def test_feeds_and_sitemaps_are_per_edition(client, editions):
    items = etree.fromstring(client.get("/tr/feed/").content).findall("./channel/item")
    assert [i.findtext("title") for i in items] == [editions["tr"].headline]
    index = etree.fromstring(client.get("/ar/sitemap.xml").content)
    months = [loc.text for loc in index.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert months == ["http://testserver/ar/sitemap-home.xml", "http://testserver/ar/news-sitemap.xml",
                      "http://testserver/ar/sitemap-2018-07.xml"]
    urls = [loc.text for loc in etree.fromstring(client.get("/ar/sitemap-2018-07.xml").content).iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert urls == ["http://testserver" + editions["ar"].get_absolute_url()]


@pytest.mark.django_db
def test_day_archives_link_the_days_around_them_and_name_the_month(client, editions, make_article):
    make_article(headline="Earlier", when=WHEN - timedelta(days=3))
    make_article(headline="Later", when=WHEN + timedelta(days=2))
    make_article(headline="Not in this edition", when=WHEN + timedelta(days=1), language="tr")
    day = page(client, "/2018/07/20/")
    assert day.cssselect(".days-around a[rel=prev]")[0].get("href") == "/2018/07/17/"
    assert day.cssselect(".days-around a[rel=next]")[0].get("href") == "/2018/07/22/"
    assert day.cssselect(".crumbs a")[1].text_content() == "July 2018"
    assert page(client, "/tr/2018/07/20/").cssselect(".crumbs a")[1].text_content() == "Temmuz 2018"


@pytest.mark.django_db
def test_lists_page_both_ways(client, portal, make_article):
    made = [make_article(headline=f"Report number {i}", when=WHEN + timedelta(minutes=i)) for i in range(45)]
    first = page(client, "/")
    second = page(client, "/" + first.cssselect(".pager a[rel=next]")[0].get("href"))
    back = page(client, "/" + second.cssselect(".pager a[rel=prev]")[0].get("href"))
    assert headlines(back) == headlines(first) == [a.headline for a in reversed(made)][:20]
    assert not first.cssselect(".pager a[rel=prev]")


@pytest.mark.django_db
def test_an_article_in_a_language_without_an_edition_is_kept_but_shown_nowhere(client, admin_client, editions,
                                                                              make_article):
    german = make_article(headline="Syrien: Gespräche in Damaskus wieder aufgenommen", when=WHEN, language="de")
    for prefix in ("", "/tr", "/ar"):
        assert german.headline not in client.get(prefix + "/2018/07/20/").content.decode()
    assert client.get(german.get_absolute_url()).status_code == 404
    admin = html.fromstring(admin_client.get("/admin/articles/article/").content.decode())
    choices = [a.text_content() for a in admin.cssselect("#changelist-filter a")]
    # Listed without counting the archive (the counts cost a scan of every article per page view).
    assert "de – no edition: not shown" in choices and "en" in choices
