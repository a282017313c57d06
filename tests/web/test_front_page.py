"""The front page: lead story, top stories, breaking strip, sections, most read."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone
from lxml import html

from newsdesk.articles import readership
from newsdesk.articles.models import Section


def front(client, url="/"):
    return html.fromstring(client.get(url).content)


@pytest.fixture
def news(portal, make_article):
    world = Section.objects.create(name="World", name_tr="Dünya", slug="world")
    economy = Section.objects.create(name="Economy", slug="economy")
    now = timezone.now() - timedelta(minutes=1)
    made = [
        make_article(headline=f"Report {i}", when=now - timedelta(minutes=i), section=(world, economy)[i % 2],
                     author="Staff writer", agency="Levant News Agency")
        for i in range(12)
    ]
    return made


@pytest.mark.django_db
def test_the_latest_story_leads_and_the_next_four_are_top_stories(client, news):
    page = front(client)
    assert page.cssselect(".lead-story h2")[0].text_content() == "Report 0"
    assert [h.text_content() for h in page.cssselect(".top-stories h3")] == ["Report 1", "Report 2", "Report 3", "Report 4"]
    assert "Staff writer" in page.cssselect(".lead-story .byline")[0].text_content()
    assert page.cssselect(".lead-story .agency")[0].text_content() == "Levant News Agency"


@pytest.mark.django_db
def test_sections_show_their_latest_not_already_on_the_front(client, news):
    blocks = {
        b.cssselect("h2")[0].text_content(): [a.text_content() for a in b.cssselect("li > a")]
        for b in front(client).cssselect(".section-block")
    }
    assert blocks == {"Economy": ["Report 5", "Report 7", "Report 9", "Report 11"],
                      "World": ["Report 6", "Report 8", "Report 10"]}


@pytest.mark.django_db
def test_breaking_items_show_in_a_strip_for_half_a_day(client, news, make_article,
                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        make_article(headline="Quake hits the coast", when=timezone.now() - timedelta(minutes=2), breaking=True)
        make_article(headline="Old alert", when=timezone.now() - timedelta(hours=13), breaking=True)
    strip = front(client).cssselect(".breaking a")
    assert [a.text_content() for a in strip] == ["Quake hits the coast"]
    assert not front(client, "/tr/").cssselect(".breaking")


@pytest.mark.django_db
def test_pages_back_in_time_show_only_the_list(client, news):
    older = front(client).cssselect(".pager a[rel=next]")
    assert not older  # twelve reports fit on one page
    page = front(client, f"/?before={news[3].pk}")
    assert not page.cssselect(".lead-story") and page.cssselect(".story h2 a")[0].text_content() == "Report 4"


@pytest.mark.django_db
def test_most_read_counts_views_in_batches_and_ranks_the_last_day(client, news, settings, tmp_path,
                                                                  django_capture_on_commit_callbacks):
    readership.tally.flush()  # views other tests left in this process's tally go to their own folder
    settings.DATA_DIR = tmp_path
    for article, views in ((news[3], 3), (news[7], 5), (news[1], 1)):
        for _ in range(views):
            assert client.get(article.get_absolute_url()).status_code == 200  # the first view caches the page
    readership.tally.flush()
    assert not readership.apps.get_model("articles", "ReadCount").objects.exists()  # no write per view
    assert readership.fold() == 9
    assert [a.headline for a in readership.most_read("en")] == ["Report 7", "Report 3", "Report 1"]
    assert [a.text_content() for a in front(client).cssselect(".most-read li a")] == ["Report 7", "Report 3", "Report 1"]
    with django_capture_on_commit_callbacks(execute=True):
        news[7].status = "withdrawn"
        news[7].save()
    assert [a.headline for a in readership.most_read("en")] == ["Report 3", "Report 1"]
    assert readership.most_read("tr") == []
    assert not list(Path(tmp_path, "reads").glob("*.json"))  # batches are taken once


@pytest.mark.django_db
def test_the_edition_has_a_manifest_and_an_icon(client, portal):
    portal.name_ar = "الدعوة"
    portal.save()
    manifest = client.get("/ar/manifest.webmanifest").json()
    assert (manifest["lang"], manifest["dir"], manifest["start_url"], manifest["name"]) == ("ar", "rtl", "/ar/", "الدعوة")
    page = front(client, "/ar/")
    assert page.cssselect('link[rel=manifest]')[0].get("href") == "/ar/manifest.webmanifest"
    icon = page.cssselect('link[rel=icon]')[0].get("href")
    assert finders.find(icon.removeprefix("/static/"))
    assert client.get("/favicon.ico")["Location"] == icon


@pytest.mark.django_db
def test_a_pinned_story_leads_its_edition_until_unpinned(client, news, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news[6].pinned = True
        news[6].save()
    page = front(client)
    assert page.cssselect(".lead-story h2")[0].text_content() == "Report 6"
    assert [h.text_content() for h in page.cssselect(".top-stories h3")] == ["Report 0", "Report 1", "Report 2", "Report 3"]
    assert not front(client, "/tr/").cssselect(".lead-story")  # nothing Turkish to lead there
