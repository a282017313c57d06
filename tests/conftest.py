"""Shared fixtures: a configured portal and a way to write articles through the real model."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import caches

ISTANBUL = ZoneInfo("Europe/Istanbul")


def pytest_configure(config):
    # Plain static names: the live server serves them from the apps (no collectstatic per run).
    from django.conf import settings

    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def fresh_cache():
    for name in ("default", "pages", "search"):
        caches[name].clear()
    yield
    for name in ("default", "pages", "search"):
        caches[name].clear()


@pytest.fixture
def portal(db):
    from newsdesk.portal.models import Portal

    p = Portal(
        name="Islamic Invitation Turkey",
        facebook_url="https://www.facebook.com/example",
        twitter_url="https://twitter.com/example",
        youtube_url="https://www.youtube.com/example",
        time_zone="Europe/Istanbul",
    )
    p.save()
    return p


@pytest.fixture
def make_article(db):
    from newsdesk.articles.models import Article

    def make(headline="Syria: Talks Resume in Damascus", when=None, status="published", **fields):
        when = when or datetime(2017, 1, 28, 15, 51, tzinfo=ISTANBUL)
        fields.setdefault("body", "<p>First paragraph.</p><p>Second paragraph.</p>")
        return Article.objects.create(headline=headline, published_at=when, status=status, **fields)

    return make
