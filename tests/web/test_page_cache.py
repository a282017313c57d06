"""The page cache stays warm while news flows and is never wrong: two web processes, one writer."""

import gzip
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
from django.utils import timezone
from lxml import html

from newsdesk.articles.models import Place

from ..webnodes import free_port, node_env, start_node, stop_node

ISTANBUL = ZoneInfo("Europe/Istanbul")


@pytest.fixture
def web_nodes(transactional_db, portal):
    """Two web nodes (the reference server, one worker each: two processes with their own page
    stores) on the test database and this process's shared cache."""
    env = node_env()
    ports = [free_port(), free_port()]
    servers = [start_node(port, env) for port in ports]
    yield [f"http://127.0.0.1:{port}" for port in ports]
    for server in servers:
        stop_node(server, 10)


def many(bases: list[str], path: str, n: int = 4) -> list[httpx.Response]:
    """`n` requests to each node."""
    return [httpx.get(base + path, timeout=10) for _ in range(n) for base in bases]


def test_pages_stay_cached_across_other_publishing_and_never_show_what_was_withdrawn(web_nodes, make_article):
    yesterday = make_article(headline="Yesterday's report", when=datetime(2018, 7, 19, 9, 0, tzinfo=ISTANBUL))
    today = make_article(headline="Today's report", when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL))
    old_page = yesterday.get_absolute_url()
    assert {r.status_code for r in many(web_nodes, old_page)} == {200}
    assert {r.headers["X-Cache"] for r in many(web_nodes, old_page)} == {"hit"}  # both nodes warm

    make_article(headline="Breaking report", when=timezone.now() - timedelta(minutes=1))
    after = many(web_nodes, old_page)
    # Another article's publishing leaves the page cached, while its masthead counts the new one.
    assert {r.headers["X-Cache"] for r in after} == {"hit"}
    assert all("Total: 3 content" in r.text for r in after)
    assert all("Breaking report" in r.text for r in many(web_nodes, "/"))

    many(web_nodes, today.get_absolute_url())
    today.status = "withdrawn"
    today.save()
    assert {r.status_code for r in many(web_nodes, today.get_absolute_url())} == {404}
    assert {r.status_code for r in many(web_nodes, "/2018/07/20/")} == {404}
    for response in many(web_nodes, old_page):  # its neighbour no longer links it
        assert "Today's report" not in response.text and "Total: 2 content" in response.text


def test_a_node_confirms_a_copy_another_node_drew_without_drawing_it(web_nodes, make_article):
    article = make_article(headline="A report", when=datetime(2018, 7, 19, 9, 0, tzinfo=ISTANBUL))
    path = article.get_absolute_url()
    one, other = web_nodes
    site = {"Host": "localhost"}  # as nginx sends it to every node

    def get(base: str, etag: str | None = None) -> httpx.Response:
        return httpx.get(base + path, headers={**site, **({"If-None-Match": etag} if etag else {})}, timeout=10)

    sent = get(one)
    # nginx (or a browser) revalidating its copy at the node that never drew the page.
    confirmed = get(other, sent.headers["ETag"])
    assert confirmed.status_code == 304 and confirmed.headers["ETag"] == sent.headers["ETag"]
    assert get(other).headers["X-Cache"] == "miss"  # it had not drawn it

    make_article(headline="Breaking report", when=timezone.now() - timedelta(minutes=1))
    for base in web_nodes:  # the masthead moved: the old copy is no longer the page
        again = get(base, sent.headers["ETag"])
        assert again.status_code == 200 and "Total: 2 content" in again.text

    article.status = "withdrawn"
    article.save()
    assert [get(base, sent.headers["ETag"]).status_code for base in web_nodes] == [404, 404]


def test_a_change_of_settings_reaches_every_cached_page_at_once(web_nodes, make_article, portal):
    article = make_article(headline="A report", when=datetime(2018, 7, 19, 9, 0, tzinfo=ISTANBUL))
    many(web_nodes, article.get_absolute_url())
    portal.name = "Renamed Portal"
    portal.save()
    assert all("Renamed Portal" in r.text for r in many(web_nodes, article.get_absolute_url()))


@pytest.mark.django_db
def test_pages_are_kept_per_scheme_and_host(client, portal, make_article, settings):
    settings.ALLOWED_HOSTS = ["testserver", "news.example.org"]
    article = make_article()
    one = client.get(article.get_absolute_url())
    other = client.get(article.get_absolute_url(), HTTP_HOST="news.example.org")
    canonical = html.fromstring(other.content).cssselect("link[rel=canonical]")[0].get("href")
    assert canonical.startswith("http://news.example.org/") and b"news.example.org" not in one.content


@pytest.mark.django_db
def test_cached_pages_answer_conditional_get_and_head_and_come_compressed(client, portal, make_article):
    article = make_article()
    first = client.get(article.get_absolute_url())
    again = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    head = client.head(article.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert (again.status_code, head.status_code) == (304, 304)
    packed = client.get(article.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip, br")
    assert packed["Content-Encoding"] == "gzip" and "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == first.content


@pytest.mark.django_db
def test_a_walk_through_the_archive_leaves_other_cached_pages_cached(client, portal, make_article):
    from datetime import date

    from newsdesk.articles import changes, tags

    article = make_article()
    first = client.get(article.get_absolute_url())
    # What drawing one old article a day for ten years records: a version for each day's tags.
    walked = {tag for n in range(3650) for tag in tags.period_tags(date(2000, 1, 1) + timedelta(days=n), "en")}
    recorded = changes.snapshot(walked)
    assert changes.read(walked) == recorded  # no version was dropped to make room
    again = client.get(article.get_absolute_url())
    assert (again["X-Cache"], again["ETag"]) == ("hit", first["ETag"])


@pytest.mark.django_db
def test_made_up_addresses_leave_nothing_in_the_shared_cache(client, portal, make_article):
    from newsdesk.articles import changes

    make_article()
    made_up = [f"/place/nowhere-{n}/" for n in range(20)] + [f"/{1900 + n}/02/03/" for n in range(20)]
    assert {client.get(address).status_code for address in made_up} == {404}
    tags = [f"place:nowhere-{n}:en" for n in range(20)] + [f"day:en:{1900 + n}-02-03" for n in range(20)]
    assert changes.read(tags) == {}


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_article_appears_at_its_time_with_no_write(client, portal, make_article):
    make_article(headline="Earlier report", when=timezone.now() - timedelta(hours=1))
    due = timezone.now() + timedelta(seconds=5)
    make_article(headline="Embargoed until now", when=due)
    assert "Embargoed until now" not in client.get("/").content.decode()
    time.sleep(max(0.0, (due - timezone.now()).total_seconds()) + 0.2)
    page = client.get("/").content.decode()
    assert "Embargoed until now" in page and "Total: 2 content" in page


@pytest.mark.django_db(transaction=True)
def test_a_renamed_country_reaches_cached_pages(client, portal, make_article):
    article = make_article()
    place = Place.objects.create(name="Syria", slug="syria", code="SY")
    article.places.add(place)
    assert "Syria" in client.get(article.get_absolute_url()).content.decode()
    place.name = "Syrian Arab Republic"
    place.save()
    assert "Syrian Arab Republic" in client.get(article.get_absolute_url()).content.decode()
