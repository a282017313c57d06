"""The header line, exactly as the seed portal shows it."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from lxml import html

from newsdesk.articles.models import DayCount
from newsdesk.web import header
from newsdesk.web import masthead as cached_masthead

ISTANBUL = ZoneInfo("Europe/Istanbul")
TODAY = date(2018, 7, 20)


def seed_history(make_article, language="en"):
    """The seed's counts in one edition: 26 today (stored as articles), earlier days and the rest
    of the archive."""
    for i in range(26):
        make_article(headline=f"Report {i} {language}", when=datetime(2018, 7, 20, 8, i, tzinfo=ISTANBUL), language=language)
    earlier = {date(2018, 7, 19): 33, date(2018, 7, 18): 38, date(2018, 7, 17): 48, date(2018, 7, 16): 45}
    rest = 140_211 - 26 - sum(earlier.values())
    # History older than the strip stands as maintained counts, as a long-running site has it.
    DayCount.objects.bulk_create(
        [DayCount(day=d, language=language, count=n) for d, n in {**earlier, date(2010, 1, 1): rest}.items()]
    )


def masthead(lang: str, built, portal):
    with translation.override(lang):
        return html.fromstring(f"<div>{render_to_string('web/_masthead.html', {'header': built})}</div>")


def masthead_text(lang: str, built, portal) -> str:
    node = masthead(lang, built, portal).cssselect(".dateline")[0]
    return re.sub(r"\s+", " ", node.text_content()).strip()


@pytest.mark.django_db
def test_english_header_line_matches_the_seed(portal, make_article):
    seed_history(make_article)
    built = header.build(portal, "en", TODAY)
    assert masthead_text("en", built, portal) == (
        "20 July 2018 - Friday - 7 Dhul-Qaʿda 1439 | 20/07/2018 (26) 19/07/2018 (33) 18/07/2018 (38) "
        "17/07/2018 (48) 16/07/2018 (45) Total: 140,211 content Facebook Twitter Youtube"
    )
    assert built.strip[0].url == "/2018/07/20/" and built.strip[4].url == "/2018/07/16/"


@pytest.mark.django_db
def test_turkish_and_arabic_headers_use_their_own_words_and_grouping(portal, make_article):
    seed_history(make_article, "tr")
    seed_history(make_article, "ar")
    with translation.override("tr"):
        tr = masthead_text("tr", header.build(portal, "tr", TODAY), portal)
    assert tr.startswith("20 Temmuz 2018 - Cuma - 7 Zilkade 1439 |") and "Toplam: 140.211 içerik" in tr
    ar = masthead_text("ar", header.build(portal, "ar", TODAY), portal)
    assert "7 ذو القعدة 1439" in ar and "الجمعة" in ar and "140,211" in ar


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "tr", "ar"])
def test_the_masthead_links_every_language_of_the_site(client, portal, lang):
    page = html.fromstring(client.get("/" if lang == "en" else f"/{lang}/").content.decode())
    links = page.cssselect("nav.languages a")
    assert [(a.get("hreflang"), a.get("href"), a.text_content()) for a in links] == [
        ("en", "/", "English"), ("tr", "/tr/", "Türkçe"), ("ar", "/ar/", "العربية")
    ]
    assert [a.get("hreflang") for a in links if a.get("aria-current")] == [lang]


@pytest.mark.django_db
def test_a_day_without_articles_shows_zero(portal, make_article):
    make_article(when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL))
    built = header.build(portal, "en", TODAY)
    assert [(d.label, d.count) for d in built.strip] == [
        ("20/07/2018", 1), ("19/07/2018", 0), ("18/07/2018", 0), ("17/07/2018", 0), ("16/07/2018", 0)
    ]
    assert built.total == 1


@pytest.mark.django_db
def test_hijri_adjustment_shifts_the_hijri_date_only(portal):
    portal.hijri_adjustment = 1
    portal.save()
    line = header.build(portal, "en", TODAY).date_line
    assert line == "20 July 2018 - Friday - 8 Dhul-Qaʿda 1439"


@pytest.mark.django_db
def test_strip_length_follows_the_setting(portal):
    portal.strip_days = 3
    portal.save()
    assert len(header.build(portal, "en", TODAY).strip) == 3


@pytest.mark.django_db
def test_header_on_a_page_reflects_a_new_article_at_once(
    portal, make_article, client, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    client.get("/")  # warm the cache
    with django_capture_on_commit_callbacks(execute=True):
        fresh = make_article(headline="Fresh report", when=timezone.now() - timedelta(minutes=1))
    page = client.get("/").content.decode()
    day = portal.local_day(fresh.published_at).strftime("%d/%m/%Y")  # yesterday in the first minute after midnight
    assert f"{day} (1)" in page and "Total: 1 content" in page


@pytest.mark.django_db
def test_missing_social_links_are_not_shown(portal):
    portal.youtube_url = ""
    portal.save()
    built = header.build(portal, "en", TODAY)
    assert [label for label, _ in built.social] == ["Facebook", "Twitter"]


@pytest.mark.django_db
def test_the_header_keeps_a_bounded_set_of_cache_entries_as_minutes_pass(portal, make_article, monkeypatch):
    from pathlib import Path

    from django.core.cache import cache
    from django.utils import timezone

    from newsdesk.articles import changes

    make_article()
    version = changes.snapshot([changes.SITE])
    start = timezone.now()
    files = []
    for minute in range(60):
        monkeypatch.setattr(timezone, "now", lambda m=minute: start + timedelta(minutes=m))
        for lang in ("en", "tr", "ar"):
            with translation.override(lang):
                cached_masthead.html(lang)
        files.append(len(list(Path(cache._dir).glob("*.djcache"))))
    # A fixed set of keys (a masthead and a tag per edition, the site's tag, the next due moment,
    # the settings), not one per minute: the file cache never reaches its cull, which would throw
    # the tag versions out with the rest.
    assert files[-1] == files[0] <= 10
    assert changes.read([changes.SITE]) == version  # never culled out with the rest
