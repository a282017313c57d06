"""Sitemaps list exactly what readers may see."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from lxml import etree

ISTANBUL = ZoneInfo("Europe/Istanbul")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def mixed(portal, make_article):
    public = make_article(headline="Syria: Roads Reopen", when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL))
    make_article(headline="Hidden draft", when=datetime(2018, 7, 20, 10, 0, tzinfo=ISTANBUL), status="draft")
    make_article(headline="Withdrawn story", when=datetime(2018, 7, 20, 11, 0, tzinfo=ISTANBUL), status="withdrawn")
    make_article(headline="Embargoed story", when=timezone.now() + timedelta(hours=2))
    return public


@pytest.mark.django_db
def test_sitemap_index_points_at_monthly_sitemaps_of_public_articles(client, mixed):
    index = etree.fromstring(client.get("/sitemap.xml").content)
    months = [loc.text for loc in index.iter(SITEMAP + "loc")]
    assert "http://testserver/sitemap-2018-07.xml" in months
    urls = []
    for month in months:
        sitemap = etree.fromstring(client.get(month.removeprefix("http://testserver")).content)
        urls += [loc.text for loc in sitemap.iter(SITEMAP + "loc")]
    assert urls == ["http://testserver" + mixed.get_absolute_url()]


@pytest.mark.django_db
def test_sitemap_for_an_impossible_month_is_not_found(client, mixed):
    assert client.get("/sitemap-2018-13.xml").status_code == 404

