"""The polite client against real local servers: limits, failures, charsets and refusals."""

import gzip
import itertools
import threading
import time
import zlib

import pytest
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from newsdesk.ingest.errors import (
    HTTPStatusError,
    Refused,
    RobotsDisallowed,
    TimedOut,
    TooLarge,
    TooManyRedirects,
)
from newsdesk.ingest.fetch import Fetcher, Policy, retry_after_seconds
from newsdesk.ingest.politeness import HostGate, SharedHostGate

from .conftest import trickle

ARABIC = "قال مسؤولون في دمشق يوم الاثنين إن المحادثات بشأن التجارة والاستثمار كانت بناءة"
TURKISH = "Şam'daki yetkililer pazartesi günü ticaret ve yatırım görüşmelerinin yapıcı geçtiğini söyledi"


def test_a_server_trickling_bytes_hits_the_total_deadline(site, fetcher):
    site.routes["/feed"] = trickle(0.1)
    started = time.monotonic()
    with pytest.raises(TimedOut, match="timed out after 2s"):
        fetcher.get(site.url("/feed"))
    assert time.monotonic() - started < 20  # stopped by the deadline, not by the end of the body


def test_a_silent_server_times_out(site, fetcher):
    site.routes["/feed"] = lambda handler: time.sleep(5)
    with pytest.raises(TimedOut, match="timed out after 2s"):
        fetcher.get(site.url("/feed"))


def test_a_server_error_says_its_status(site, fetcher):
    site.routes["/feed"] = (500, b"oops")
    with pytest.raises(HTTPStatusError, match="HTTP 500 Internal Server Error") as caught:
        fetcher.get(site.url("/feed"))
    assert caught.value.status == 500


def test_429_carries_the_servers_retry_after(site, fetcher):
    site.routes["/feed"] = (429, b"slow down", {"Retry-After": "120"})
    with pytest.raises(HTTPStatusError, match="retry after 120s") as caught:
        fetcher.get(site.url("/feed"))
    assert caught.value.retry_after == 120


def test_retry_after_as_an_http_date_is_understood():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480 - 60) == 60
    assert retry_after_seconds("soon") is None


def test_conditional_get_sends_the_stored_validators_and_reads_304(site, fetcher):
    def route(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.reply(304)
        else:
            handler.reply(200, b"<rss/>", {"ETag": '"v1"', "Last-Modified": "Mon, 02 Jan 2017 10:00:00 GMT"})

    site.routes["/feed"] = route
    first = fetcher.get(site.url("/feed"))
    assert (first.etag, first.last_modified) == ('"v1"', "Mon, 02 Jan 2017 10:00:00 GMT")
    second = fetcher.get(site.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    assert site.requests[-1][1]["If-Modified-Since"] == "Mon, 02 Jan 2017 10:00:00 GMT"


def test_a_body_over_the_cap_is_refused_while_streaming(site, fetcher):
    def route(handler):  # no Content-Length: the cap must hold while reading
        handler.send_response(200)
        handler.end_headers()
        for _ in range(40):
            handler.wfile.write(b"x" * 65536)

    site.routes["/big"] = route
    site.routes["/announced"] = (200, b"x" * (2 * 1024 * 1024))
    for path in ("/big", "/announced"):
        with pytest.raises(TooLarge, match="response larger than 1 MB"):
            fetcher.get(site.url(path))


def test_a_gzip_bomb_fails_cleanly(site, fetcher):
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 300_000
    site.routes["/bomb"] = (200, bomb, {"Content-Encoding": "gzip"})
    with pytest.raises(TooLarge, match="larger than 1 MB once decompressed"):
        fetcher.get(site.url("/bomb"))


def test_compressed_pages_arrive_decompressed(site, fetcher):
    page = b"<p>Officials in Ankara said the talks had been constructive.</p>"
    site.routes["/page"] = (200, gzip.compress(page), {"Content-Encoding": "gzip"})
    assert fetcher.get(site.url("/page")).body == page
    assert "gzip" in site.requests[-1][1]["Accept-Encoding"]


@pytest.mark.parametrize("wbits", [15, -15], ids=["zlib-wrapped", "raw"])
def test_deflated_pages_arrive_decompressed_whichever_deflate_the_server_means(site, fetcher, wbits):
    page = "<p>Ankara'daki yetkililer görüşmelerin yapıcı geçtiğini söyledi.</p>".encode() * 50
    packer = zlib.compressobj(wbits=wbits)
    site.routes["/page"] = (200, packer.compress(page) + packer.flush(), {"Content-Encoding": "deflate"})
    assert fetcher.get(site.url("/page")).body == page


def test_a_redirect_loop_stops_with_a_clear_error(site, fetcher):
    site.routes["/a"] = (302, b"", {"Location": "/b"})
    site.routes["/b"] = (301, b"", {"Location": "/a"})
    with pytest.raises(TooManyRedirects, match="redirect loop"):
        fetcher.get(site.url("/a"))


def test_redirects_are_followed_up_to_the_cap(site, fetcher):
    for n in range(8):
        site.routes[f"/r{n}"] = (302, b"", {"Location": f"/r{n + 1}"})
    site.routes["/r8"] = (200, b"here")
    with pytest.raises(TooManyRedirects, match="more than 5 redirects"):
        fetcher.get(site.url("/r0"))
    assert fetcher.get(site.url("/r4")).body == b"here"


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (f"<html><body><p>{ARABIC}</p></body></html>".encode("cp1256"), "text/html", ARABIC),
        (f"<html><body><p>{ARABIC}</p></body></html>".encode("iso-8859-6"), "text/html", ARABIC),
        (f"<p>{ARABIC}</p>".encode("cp1256"), "text/html; charset=ISO-8859-1", ARABIC),
        (f"<p>{TURKISH}</p>".encode("cp1254"), "text/html", TURKISH),
        (f"<p>{TURKISH}</p>".encode("iso-8859-9"), "text/html; charset=iso-8859-9", TURKISH),
        (f"<p>{TURKISH}</p>".encode(), "text/html; charset=windows-1254", TURKISH),
        (f'<meta charset="windows-1256"><p>{ARABIC}</p>'.encode(), "text/html", ARABIC),
        (b"\xef\xbb\xbf" + f"<p>{ARABIC}</p>".encode(), "text/html; charset=windows-1256", ARABIC),
    ],
    ids=["arabic-1256-unlabelled", "arabic-8859-6-unlabelled", "arabic-1256-labelled-latin1",
         "turkish-1254-unlabelled", "turkish-8859-9", "utf8-labelled-1254", "utf8-meta-lies", "bom"],
)
def test_pages_in_wrong_or_missing_charsets_read_right(site, fetcher, body, content_type, expected):
    site.routes["/page"] = (200, body, {"Content-Type": content_type})
    assert expected in fetcher.get(site.url("/page")).text()


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://10.0.0.1/feed.xml", "refused: 10.0.0.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address"),
        ("http://localhost/feed.xml", "is a loopback address (localhost)"),
        ("http://[::1]/feed.xml", "refused: ::1 is a loopback address"),
        ("http://0.0.0.0/feed.xml", "refused: 0.0.0.0 is"),
        ("file:///etc/passwd", "is not an http(s) address"),
    ],
)
def test_private_and_local_addresses_are_refused(url, reason):
    fetcher = Fetcher(Policy(allow_private=False, min_delay=0, total_timeout=2), gate=HostGate())
    with pytest.raises(Refused) as caught:
        fetcher.get(url)
    assert reason in str(caught.value)


def test_a_redirect_to_a_private_address_is_refused(site):
    # The source's own host is trusted, every hop it redirects to is checked again.
    site.routes["/feed"] = (302, b"", {"Location": "http://10.0.0.1/admin"})
    site.routes["/moved"] = (302, b"", {"Location": "http://localhost:1/feed"})
    fetcher = Fetcher(Policy(allow_private=False, min_delay=0), gate=HostGate())
    with pytest.raises(Refused, match="refused: 10.0.0.1 is a private address"):
        fetcher.get(site.url("/feed"), trusted_host="127.0.0.1")
    with pytest.raises(Refused, match="loopback address .localhost."):
        fetcher.get(site.url("/moved"), trusted_host="127.0.0.1")
    with pytest.raises(Refused, match="127.0.0.1 is a loopback address"):
        fetcher.get(site.url("/feed"))
    assert site.hits("/feed") == 1 and site.hits("/moved") == 1


def test_one_request_at_a_time_per_host(site, fetcher):
    site.routes["/page"] = lambda handler: (time.sleep(0.05), handler.reply(200, b"ok"))
    threads = [threading.Thread(target=fetcher.get, args=(site.url("/page"),)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert site.hits("/page") == 6 and site.most_at_once == 1


def take_turns(site, fetchers: list[Fetcher], each: int) -> list[float]:
    """Fetch /page `each` times from every fetcher at once; when each request reached the site."""
    starts: list[float] = []
    site.routes["/page"] = lambda handler: (starts.append(time.monotonic()), time.sleep(0.05), handler.reply(200, b"ok"))
    threads = [threading.Thread(target=f.get, args=(site.url("/page"),)) for f in fetchers for _ in range(each)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(starts)


def test_consumers_on_other_processes_take_turns_at_a_host_through_redis(site, redis_url):
    # Each fetcher has a gate of its own, as consumers in two processes or on two machines do.
    policy = Policy(connect_timeout=1, total_timeout=2, min_delay=0.2, allow_private=True)
    fetchers = [Fetcher(policy, gate=SharedHostGate(redis.Redis.from_url(redis_url), hold_limit=3)) for _ in range(2)]
    starts = take_turns(site, fetchers, each=3)
    assert len(starts) == 6 and site.most_at_once == 1
    assert min(later - earlier for earlier, later in itertools.pairwise(starts)) >= 0.2


def test_without_redis_the_shared_gate_falls_back_to_this_process(site):
    unreachable = redis.Redis(host="127.0.0.1", port=1, retry=Retry(NoBackoff(), 0))
    policy = Policy(connect_timeout=1, total_timeout=2, min_delay=0, allow_private=True)
    starts = take_turns(site, [Fetcher(policy, gate=SharedHostGate(unreachable, hold_limit=3))], each=4)
    assert len(starts) == 4 and site.most_at_once == 1


def test_robots_txt_is_honoured_for_article_pages(site, fetcher):
    site.routes["/robots.txt"] = (200, b"User-agent: *\nDisallow: /private/\n", {"Content-Type": "text/plain"})
    site.routes["/private/report"] = (200, b"secret")
    site.routes["/news/report"] = (200, b"public")
    with pytest.raises(RobotsDisallowed, match="robots.txt"):
        fetcher.get(site.url("/private/report"), robots=True)
    assert fetcher.get(site.url("/news/report"), robots=True).body == b"public"
    fetcher.get(site.url("/news/report"), robots=True)
    assert site.hits("/robots.txt") == 1  # cached per host


def test_the_configured_user_agent_is_sent(site, fetcher):
    site.routes["/feed"] = (200, b"ok")
    fetcher.get(site.url("/feed"))
    assert site.requests[-1][1]["User-Agent"] == "newsdesk-test/1.0"
