"""Addresses built from the edition's home are the ones Django's URL resolver gives."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils.translation import override

from newsdesk.articles import addresses
from newsdesk.portal.models import Portal

SLUGS = ["aleppo-talks-resume", "türkiye-seçim-sonuçları", "محادثات-حلب", "a&b=c;d", "100%-sure", "x~y:z@w?q#f"]


@pytest.mark.django_db
@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("code", ["en", "tr", "ar"])
def test_an_article_address_is_the_one_reverse_gives(code, slug):
    with override(code):
        expected = reverse("article", kwargs={"year": 2018, "month": "07", "day": "02", "slug": slug})
    assert addresses.article(code, date(2018, 7, 2), slug, Portal.load()) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("slug", SLUGS)
@pytest.mark.parametrize("code", ["en", "tr", "ar"])
@pytest.mark.parametrize("kind", ["section", "place"])
def test_a_topic_address_is_the_one_reverse_gives(code, slug, kind):
    with override(code):
        expected = reverse(kind, kwargs={"slug": slug})
    assert addresses.topic(code, kind, slug) == expected


@pytest.mark.django_db
def test_a_new_main_edition_moves_the_addresses():
    assert addresses.article("tr", date(2018, 7, 2), "x").startswith("/tr/2018/")
    portal = Portal.load()
    portal.languages = "tr,en,ar"  # the first is the main edition
    portal.save()
    assert addresses.article("tr", date(2018, 7, 2), "x") == "/2018/07/02/x/"
    assert addresses.article("en", date(2018, 7, 2), "x") == "/en/2018/07/02/x/"
