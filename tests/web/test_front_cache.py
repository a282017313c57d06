"""Readers' repeated requests for cached pages are answered in front of Django (web.frontcache),
with the very headers the whole stack sends, and never once a change has committed."""

import os
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest
import redis
from django.core.signals import request_started
from django.utils import timezone

from newsdesk.web.frontcache import FrontCache
from newsdesk.wsgi import django_application

ISTANBUL = ZoneInfo("Europe/Istanbul")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
PER_ANSWER = {"date", "x-cache"}  # the one header a miss and a hit differ by (Date: the server's)


class Site:
    """newsdesk's WSGI application as a server runs it, and how many requests reached Django."""

    def __init__(self):
        self.client = httpx.Client(transport=httpx.WSGITransport(app=FrontCache(django_application)),
                                   base_url="http://testserver")
        self.through_django = 0
        request_started.connect(self.count, dispatch_uid=id(self))

    def count(self, **kwargs):
        self.through_django += 1

    def get(self, path, method="GET", **headers) -> tuple[httpx.Response, bool]:
        """The answer, and whether Django answered it."""
        before = self.through_django
        response = self.client.request(method, path, headers=headers)
        return response, self.through_django > before

    def close(self):
        request_started.disconnect(dispatch_uid=id(self))
        self.client.close()


@pytest.fixture
def site():
    served = Site()
    yield served
    served.close()


def comparable(response: httpx.Response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k not in PER_ANSWER}


def warm(site: Site, path: str, **headers) -> httpx.Response:
    """Asked until the front answers: a miss, a hit through Django, then the front."""
    for _ in range(3):
        response, by_django = site.get(path, **headers)
    assert not by_django, f"{path} was never answered in front of Django"
    return response


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("accept", ["gzip, br", "identity"])
def test_a_hit_answered_in_front_of_django_carries_the_same_headers_as_a_miss(site, portal, make_article, accept):
    article = make_article(when=datetime(2018, 7, 19, 9, 0, tzinfo=ISTANBUL))
    path = article.get_absolute_url()
    miss, _ = site.get(path, **{"Accept-Encoding": accept})
    assert miss.headers["X-Cache"] == "miss"
    front = warm(site, path, **{"Accept-Encoding": accept})
    assert front.headers["X-Cache"] == "hit" and comparable(front) == comparable(miss)
    assert front.content == miss.content and "Vary" in front.headers and "Cookie" not in front.headers["Vary"]
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
                   "Content-Language", "Cache-Control", "ETag"):
        assert header in front.headers
    assert ("content-encoding" in front.headers) == (accept != "identity")


@pytest.mark.django_db(transaction=True)
def test_head_and_not_modified_answers_match_the_whole_stack(site, portal, make_article):
    path = make_article().get_absolute_url()
    page = warm(site, path)
    head_by_django, _ = site.get(path, method="HEAD")
    head = warm(site, path, method="HEAD")
    # The body of a HEAD is the server's to drop (the web server does), for both alike.
    assert head.content == head_by_django.content and comparable(head) == comparable(head_by_django)
    assert head.headers["Content-Length"] == page.headers["Content-Length"]
    for method in ("GET", "HEAD"):
        by_django, _ = site.get(path, method=method, **{"If-None-Match": page.headers["ETag"]})
        front = warm(site, path, method=method, **{"If-None-Match": page.headers["ETag"]})
        assert front.status_code == by_django.status_code == 304
        assert comparable(front) == comparable(by_django) and front.headers["ETag"] == page.headers["ETag"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("headers", [
    {"Cookie": "sessionid=abc"}, {"Cookie": "csrftoken=bad"}, {"If-Modified-Since": "Sat, 01 Jan 2000 00:00:00 GMT"},
    {"If-None-Match": '"another"'}, {"Origin": "https://example.org"},
])
def test_requests_django_would_answer_otherwise_go_through_it(site, portal, make_article, headers):
    path = make_article().get_absolute_url()
    warm(site, path)
    for _ in range(3):
        _, by_django = site.get(path, **headers)
        assert by_django


@pytest.mark.django_db(transaction=True)
def test_a_withdrawn_article_leaves_at_once_while_unrelated_changes_keep_pages_in_front(site, portal, make_article):
    older = make_article(headline="Older report", when=datetime(2018, 7, 10, 9, 0, tzinfo=ISTANBUL))
    report = make_article(headline="Report to withdraw", when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL))
    make_article(headline="Turkish report", when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL), language="tr")
    older_page = warm(site, older.get_absolute_url())
    warm(site, report.get_absolute_url())

    make_article(headline="Another edition's report", language="ar", when=timezone.now() - timedelta(minutes=1))
    again, by_django = site.get(older.get_absolute_url())
    assert not by_django and again.content == older_page.content  # another edition: nothing here moved

    report.status = "withdrawn"
    report.save()
    assert site.get(report.get_absolute_url())[0].status_code == 404
    assert "Report to withdraw" not in site.get("/2018/07/20/")[0].text
    after = warm(site, older.get_absolute_url())
    assert "Total: 1 content" in after.text and "Report to withdraw" not in after.text


@pytest.mark.django_db(transaction=True)
def test_a_scheduled_article_appears_in_front_at_its_time(site, portal, make_article):
    make_article(headline="Earlier report", when=timezone.now() - timedelta(hours=1))
    due = timezone.now() + timedelta(seconds=5)
    make_article(headline="Embargoed until now", when=due)
    assert "Embargoed until now" not in warm(site, "/").text
    time.sleep(max(0.0, (due - timezone.now()).total_seconds()) + 0.2)
    page, _ = site.get("/")
    assert "Embargoed until now" in page.text and "Total: 2 content" in page.text


@pytest.mark.django_db(transaction=True)
def test_the_front_page_is_drawn_again_when_its_time_to_live_ends(site, portal, make_article, monkeypatch):
    make_article(when=timezone.now() - timedelta(hours=1))
    warm(site, "/")
    later = time.time() + 61  # the front page's time to live is 60 s
    monkeypatch.setattr(time, "time", lambda: later)
    page, by_django = site.get("/")
    assert by_django and page.headers["X-Cache"] == "miss"


@pytest.fixture
def on_redis(settings):
    client = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1)
    client.flushdb()
    redis_cache = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": TEST_REDIS_URL}
    settings.CACHES = {**settings.CACHES, "default": redis_cache, "pages": {**redis_cache, "KEY_PREFIX": "pages"}}
    yield
    client.flushdb()


@pytest.mark.django_db(transaction=True)
def test_with_redis_a_withdrawal_reaches_the_front_at_once(on_redis, site, portal, make_article):
    report = make_article(headline="Report to withdraw", when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL))
    page = warm(site, report.get_absolute_url(), **{"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip" and "Report to withdraw" in page.text  # httpx inflates
    report.status = "withdrawn"
    report.save()
    assert site.get(report.get_absolute_url())[0].status_code == 404


def test_on_a_web_node_hits_in_front_answer_as_the_whole_stack_does(transactional_db, portal, make_article):
    from ..webnodes import free_port, node_env, start_node, stop_node

    path = make_article(when=datetime(2018, 7, 19, 9, 0, tzinfo=ISTANBUL)).get_absolute_url()
    port = free_port()
    node = start_node(port, node_env())
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            for method in ("GET", "HEAD"):
                answers = [client.request(method, path, headers={"Accept-Encoding": "gzip"}) for _ in range(4)]
                assert [a.headers["X-Cache"] for a in answers] == ["miss" if method == "GET" else "hit"] + ["hit"] * 3
                assert all(comparable(a) == comparable(answers[0]) for a in answers)
                assert all(a.content == answers[0].content for a in answers)
            head = client.head(path, headers={"Accept-Encoding": "gzip"})
            assert head.content == b"" and int(head.headers["Content-Length"]) > 512
    finally:
        stop_node(node, 10)
