"""Every public page: what a reader gets, what they never get, and how many queries it costs."""

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html

from newsdesk.articles.models import Place, Section

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2017, 1, 28, 15, 51, tzinfo=ISTANBUL)


@pytest.fixture
def story(portal, make_article):
    section = Section.objects.create(name="World", slug="world")
    syria = Place.objects.create(name="Syria", slug="syria", code="SY")
    article = make_article(
        headline="Syria: ISIL Withdraws from More Positions Near Key Road to Aleppo",
        when=WHEN,
        section=section,
        agency="Levant News Agency",
        original_url="https://agency.example/reports/1",
        body="<p>Army troops pushed back.</p><p>Sources said the road was secure.</p>",
    )
    article.places.add(syria)
    return article


def text_of(response) -> str:
    return " ".join(html.fromstring(response.content).text_content().split())


@pytest.mark.django_db
def test_article_page_shows_headline_stamp_body_credit_and_share_links(client, story):
    response = client.get("/2017/01/28/" + story.slug + "/")
    assert response.status_code == 200
    page = html.fromstring(response.content)
    assert page.cssselect("article h1")[0].text_content() == story.headline
    assert page.cssselect("article time")[0].text_content() == "28 January 2017 15:51"
    assert [p.text_content() for p in page.cssselect(".body p")] == [
        "Army troops pushed back.", "Sources said the road was secure."
    ]
    assert page.cssselect(".credit a")[0].get("href") == "https://agency.example/reports/1"
    assert {a.text_content() for a in page.cssselect(".share a")} == {"Facebook", "X", "WhatsApp", "Telegram", "E-mail"}
    assert page.cssselect("a.place")[0].get("href") == "/place/syria/"
    # No third-party scripts, nor any of ours: JSON-LD data only.
    assert {s.get("type") for s in page.cssselect("script")} == {"application/ld+json"}
    assert page.cssselect("a.scroll-up")[0].get("href") == "#top" and page.get("id") == "top"


@pytest.mark.django_db
def test_article_page_links_its_neighbours(client, story, make_article):
    older = make_article(headline="Earlier report", when=WHEN - timedelta(hours=1))
    newer = make_article(headline="Later report", when=WHEN + timedelta(hours=1))
    page = html.fromstring(client.get(story.get_absolute_url()).content)
    assert page.cssselect(".neighbours a[rel=prev]")[0].get("href") == newer.get_absolute_url()
    assert page.cssselect(".neighbours a[rel=next]")[0].get("href") == older.get_absolute_url()


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["draft", "pending", "withdrawn"])
def test_unpublished_articles_are_not_reachable(client, portal, make_article, status):
    article = make_article(headline="Not for readers", status=status)
    assert client.get(f"/2017/01/28/{article.slug}/").status_code == 404
    for url in ("/", "/2017/01/28/", "/tr/", "/2017/01/"):
        assert "Not for readers" not in client.get(url).content.decode()


@pytest.mark.django_db
def test_scheduled_article_stays_hidden_until_its_time(client, portal, make_article):
    article = make_article(headline="Embargoed", when=timezone.now() + timedelta(hours=3))
    assert client.get(article.get_absolute_url()).status_code == 404
    assert "Embargoed" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_article_under_the_wrong_date_is_not_found(client, story):
    assert client.get(f"/2017/01/27/{story.slug}/").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/2017/02/30/", "/2017/13/", "/2017/00/01/", "/2017/01/28/no-such-story/",
                                 "/section/nothing/", "/place/atlantis/", "/no/such/page/", "/9999/99/99/x/"])
def test_unknown_dates_and_slugs_are_friendly_404s(client, story, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in text_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?before=abc", "?before=-1", "?before=99999999999999999999999", "?before=", "?page=x"])
def test_malformed_query_parameters_are_ignored(client, story, query):
    response = client.get("/" + query)
    assert response.status_code == 200
    assert story.headline in text_of(response)


@pytest.mark.django_db
def test_home_pages_through_every_story_once_latest_first(client, portal, make_article):
    made = [make_article(headline=f"Report number {i}", when=WHEN + timedelta(minutes=i)) for i in range(45)]
    seen, url = [], "/"
    while url:
        page = html.fromstring(client.get(url).content)
        seen += [a.text_content() for a in page.cssselect(".story h2 a")]
        nxt = page.cssselect(".pager a[rel=next]")
        url = "/" + nxt[0].get("href") if nxt else None
    assert seen == [a.headline for a in reversed(made)]


@pytest.mark.django_db
def test_day_month_and_year_archives_list_what_was_published(client, story, make_article):
    make_article(headline="Next day report", when=WHEN + timedelta(days=1))
    day = text_of(client.get("/2017/01/28/"))
    assert story.headline in day and "Next day report" not in day and "28 January 2017" in day
    month = html.fromstring(client.get("/2017/01/").content)
    assert [li.text_content().split() for li in month.cssselect(".days li")] == [["29/01/2017", "(1)"], ["28/01/2017", "(1)"]]
    year = text_of(client.get("/2017/"))
    assert "January 2017 (2)" in year


@pytest.mark.django_db
def test_section_and_place_pages_list_their_articles(client, story, make_article):
    make_article(headline="Unrelated report", when=WHEN)
    for url in ("/section/world/", "/place/syria/"):
        text = text_of(client.get(url))
        assert story.headline in text and "Unrelated report" not in text


@pytest.mark.django_db
def test_turkish_and_arabic_pages_set_language_and_direction(client, story):
    tr = html.fromstring(client.get("/tr/").content)
    ar = html.fromstring(client.get("/ar/2017/01/").content)
    assert (tr.get("lang"), tr.get("dir")) == ("tr", "ltr")
    assert (ar.get("lang"), ar.get("dir")) == ("ar", "rtl")
    assert "إلى الأعلى" in ar.cssselect("a.scroll-up")[0].text_content()


@pytest.mark.django_db
def test_pages_answer_conditional_requests_with_304(client, story):
    first = client.get("/")
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


# Each page's committed number of queries with nothing cached (header, settings and page): a
# change that needs more fails here; one that needs fewer lowers the number in the file.
QUERY_FLOORS = json.loads((Path(__file__).parent / "query_floors.json").read_text())
PAGES = list(QUERY_FLOORS)


@pytest.fixture
def busy_site(story, make_article):
    for i in range(30):
        make_article(headline=f"Filler {i}", when=WHEN - timedelta(minutes=i + 1), section=story.section)
    return story


def queries_for(client, path):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in queries]


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_public_pages_use_a_bounded_number_of_queries(client, busy_site, path):
    floor = QUERY_FLOORS[path]
    path = busy_site.get_absolute_url() if path == "ARTICLE" else path
    cold = queries_for(client, path)  # nothing cached: header, settings and page all built
    assert len(cold) <= floor, cold
    assert len(cold) == floor, f"{path} now takes {len(cold)} queries: lower its floor in query_floors.json"
    assert queries_for(client, path) == []  # the page is served from the cache


@pytest.mark.django_db
def test_a_cached_page_changes_as_soon_as_an_article_is_published(
    client, busy_site, make_article, django_capture_on_commit_callbacks
):
    assert "Breaking report" not in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        make_article(headline="Breaking report", when=timezone.now() - timedelta(minutes=1))
    assert "Breaking report" in client.get("/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        busy_site.status = "withdrawn"
        busy_site.save()
    assert client.get(busy_site.get_absolute_url()).status_code == 404
    assert busy_site.headline not in client.get("/2017/01/28/").content.decode()


@pytest.mark.django_db
def test_public_pages_may_be_kept_by_shared_caches_and_revalidated_by_browsers(client, story):
    response = client.get("/")
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=5, stale-while-revalidate=30"
    assert "Cookie" not in response.get("Vary", "")  # a shared cache may keep one copy for all readers
    assert not response.cookies


@pytest.mark.django_db
def test_a_server_error_shows_a_friendly_page_without_touching_the_database(rf, django_assert_num_queries):
    from newsdesk.web.views import server_error

    with django_assert_num_queries(0):
        response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.mark.django_db
def test_a_day_archive_never_shows_another_days_articles_whatever_the_cursor(client, story, make_article):
    make_article(headline="A report the next day", when=WHEN + timedelta(days=1))
    later = make_article(headline="A report two days later", when=WHEN + timedelta(days=2))
    text = text_of(client.get(f"/2017/01/28/?before={later.pk}"))
    assert story.headline in text and "next day" not in text and "two days later" not in text


@pytest.mark.django_db
def test_archives_count_today_as_the_header_does_without_articles_due_later_today(client, portal, make_article):
    from newsdesk.web import header

    # The site's zone is chosen so that its clock reads about noon whenever the test runs: an hour
    # ago and a moment before midnight are then both today, at any hour of the real day.
    now = timezone.now()
    offset = 12 - now.hour  # -11 to +12 hours from UTC
    portal.time_zone = "Etc/GMT" if offset == 0 else f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"
    portal.save()
    today = portal.today()
    start, end = portal.day_bounds(today)
    make_article(headline="Out this morning", when=now - timedelta(hours=1))
    make_article(headline="Embargoed until tonight", when=end - timedelta(seconds=1))
    label = today.strftime("%d/%m/%Y")
    month = html.fromstring(client.get(f"/{today:%Y}/{today:%m}/").content)
    assert [li.text_content().split() for li in month.cssselect(".days li")] == [[label, "(1)"]]
    year = html.fromstring(client.get(f"/{today:%Y}/").content)
    assert [li.text_content().split()[-1] for li in year.cssselect(".days li")] == ["(1)"]
    assert header.current("en").strip[0].count == 1
