"""The demo agency's three editions, taken in through the real ingestion pipeline: every report
arrives with the language detected from its page, its country, byline and edition's name."""

import re

import pytest
from django.core.management import call_command

from newsdesk.articles.models import Article
from newsdesk.demo.agency import Agency, register_demo_sources, serve
from newsdesk.demo.lexicon import AUTHORS, COUNTRIES


@pytest.fixture
def agency_site(settings):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = True
    settings.NEWSDESK_FETCH_MIN_DELAY = 0
    agency = Agency(seed=7, feed_size=10)
    server = serve(agency, port=0)
    yield agency, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_each_edition_arrives_in_its_own_language(agency_site, portal, client):
    agency, base = agency_site
    sources = register_demo_sources(base, agency)
    assert [s.language for s in sources] == ["", "", ""]  # detected per article, as for any agency
    call_command("ingest", once=True)
    names = {"en": "Gulf Press Service", "tr": "Körfez Haber Ajansı", "ar": "وكالة الخليج للأنباء"}
    for source, (language, prefix) in zip(sources, [("en", "/news/"), ("tr", "/tr/news/"), ("ar", "/ar/news/")],
                                          strict=True):
        articles = list(Article.objects.published().filter(source=source).prefetch_related("places"))
        assert len(articles) == 10
        for article in articles:
            assert article.language == language, (article.headline, article.language)
            assert article.original_url.startswith(base + prefix)
            assert article.agency == names[language] and article.author in AUTHORS[language]
            country = article.headline.split(":")[0]
            key = next(c.key for c in COUNTRIES if getattr(c, language)[0] == country)
            assert key in {p.name for p in article.places.all()}
            assert "Scroll Up" not in article.body and "Yukarı çık" not in article.body
            assert "إلى الأعلى" not in article.body
        assert client.get(articles[0].get_absolute_url()).status_code == 200


def test_editions_declare_their_language_and_direction(agency_site):
    agency, _ = agency_site
    now = agency.due(400).timestamp()
    for language, opening in (("en", '<html lang="en">'), ("tr", '<html lang="tr">'),
                              ("ar", '<html lang="ar" dir="rtl">')):
        k = agency.recent(now, 1, language)[0]
        assert agency.article(k, now, language).startswith(f"<!DOCTYPE html>{opening}")
        assert opening in agency.home(now, language)
        assert f"<language>{language}</language>" in agency.rss("http://x", now, language)
        others = [lang for lang in ("en", "tr", "ar") if lang != language]
        assert all(agency.article(k, now, other) is None for other in others)  # one page, one edition
    sitemap = agency.sitemap("http://x", now)
    assert {m for m in re.findall(r"<news:language>(\w+)<", sitemap)} == {"en", "tr", "ar"}
