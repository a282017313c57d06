"""Every fault leaves a clear error on its source; the other sources go on; nothing half-stored."""

import gzip
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.ingest import pipeline, polling
from newsdesk.ingest.fetch import Fetcher, Policy
from newsdesk.ingest.models import Entry
from newsdesk.ingest.politeness import HostGate
from newsdesk.sources.models import Source

from .conftest import trickle
from .feeds_for_tests import WIRE_TEXT, article_page, rss

FAULTS = {
    "trickle": (trickle(0.1), "timed out after 2s"),
    "server-error": ((500, b"Internal error"), "HTTP 500 Internal Server Error"),
    "invalid-xml": ((200, b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</ti'), "invalid XML"),
    "html": ((200, b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>"), "HTML page, not a feed"),
    "empty-feed": ((200, b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'), "no entries"),
    "empty-body": ((200, b""), "the response is empty"),
    "over-the-cap": ((200, b"<rss>" + b" " * (2 * 1024 * 1024)), "response larger than 1 MB"),
    "gzip-bomb": ((200, gzip.compress(b" " * (64 * 1024 * 1024)), {"Content-Encoding": "gzip"}), "once decompressed"),
    "redirect-loop": ((302, b"", {"Location": "/rss.xml"}), "redirect loop"),
}


def good_feed(site):
    site.routes["/story"] = (200, article_page("Talks Resume in Damascus", WIRE_TEXT).encode())
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/story"), "title": "Talks Resume"}]))
    return Source.objects.create(name="Good wire", feed_url=site.url("/rss.xml"), auto_publish=True)


def small_fetcher():
    policy = Policy(connect_timeout=1, total_timeout=2, max_bytes=1024 * 1024, min_delay=0, allow_private=True)
    return Fetcher(policy, gate=HostGate())


@pytest.mark.django_db
@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_failing_feed_is_flagged_and_the_other_sources_go_on(site_factory, fault):
    bad_site, good_site = site_factory(), site_factory()
    route, message = FAULTS[fault]
    bad_site.routes["/rss.xml"] = route
    bad = Source.objects.create(name="Bad wire", feed_url=bad_site.url("/rss.xml"))
    good = good_feed(good_site)
    fetcher = small_fetcher()
    for source_id in polling.due_sources():
        result = polling.poll(source_id, fetcher)
        for entry_id in result.new_entries:
            pipeline.process_entry(entry_id, fetcher)
    bad.refresh_from_db()
    assert message in bad.last_error
    assert bad.consecutive_failures == 1 and bad.next_poll_at > timezone.now() and not bad.paused
    assert Article.objects.filter(source=good).count() == 1 and not Article.objects.filter(source=bad).exists()


@pytest.mark.django_db
def test_429_pushes_the_next_poll_past_retry_after(site):
    site.routes["/rss.xml"] = (429, b"slow down", {"Retry-After": "7200"})
    source = Source.objects.create(name="Busy wire", feed_url=site.url("/rss.xml"), min_interval=60)
    polling.poll(source.pk, small_fetcher())
    source.refresh_from_db()
    assert "HTTP 429" in source.last_error
    assert source.next_poll_at >= timezone.now() + timedelta(seconds=7190)


@pytest.mark.django_db
def test_304_means_nothing_new_and_counts_as_success(site):
    def route(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.reply(304)
        else:
            handler.reply(200, rss([{"link": "https://agency.example/1", "title": "One", "content": "<p>x</p>"}]), {"ETag": '"v1"'})

    site.routes["/rss.xml"] = route
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"))
    fetcher = small_fetcher()
    assert len(polling.poll(source.pk, fetcher).new_entries) == 1
    second = polling.poll(source.pk, fetcher)
    source.refresh_from_db()
    assert second.not_modified and second.new_entries == []
    assert source.etag == '"v1"' and source.consecutive_failures == 0 and source.last_error == ""


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["http://10.0.0.1/feed.xml", "http://169.254.169.254/latest/meta-data/", "http://localhost/rss.xml"])
def test_a_feed_at_a_private_address_is_refused(settings, url):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False
    source = Source.objects.create(name="Sneaky", feed_url=url)
    polling.poll(source.pk, Fetcher(Policy.from_settings(), gate=HostGate()))
    source.refresh_from_db()
    assert source.last_error.startswith("refused: ") and source.consecutive_failures == 1


@pytest.mark.django_db
def test_a_feed_pointing_at_private_pages_stores_nothing(site, settings):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False
    site.routes["/rss.xml"] = (200, rss([{"link": "http://169.254.169.254/latest/meta-data/", "title": "Meta"}]))
    source = Source.objects.create(name="Local wire", feed_url=site.url("/rss.xml"), allow_private_address=True)
    fetcher = Fetcher(Policy.from_settings(min_delay=0), gate=HostGate())
    [entry_id] = polling.poll(source.pk, fetcher).new_entries
    assert pipeline.process_entry(entry_id, fetcher) == "failed"
    assert "169.254.169.254 is a link-local address" in Entry.objects.get().last_error
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_repeated_failures_back_off_and_then_pause_the_source(site, settings):
    settings.NEWSDESK_PAUSE_AFTER_FAILURES = 3
    site.routes["/rss.xml"] = (503, b"down")
    source = Source.objects.create(name="Down wire", feed_url=site.url("/rss.xml"), min_interval=60)
    waits = []
    for _ in range(3):
        Source.objects.filter(pk=source.pk).update(next_poll_at=None)
        polling.poll(source.pk, small_fetcher())
        source.refresh_from_db()
        waits.append((source.next_poll_at - source.last_polled_at).total_seconds())
    assert source.paused and "paused after 3 failures" in source.last_error
    assert 30 <= waits[0] <= 60 and 60 <= waits[1] <= 120 and 120 <= waits[2] <= 240
    assert source.pk not in polling.due_sources(timezone.now() + timedelta(days=1))


@pytest.mark.django_db
def test_a_page_that_keeps_failing_is_retried_then_marked_failed_with_its_reason(site):
    site.routes["/story"] = (500, b"oops")
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/story"), "title": "Talks Resume"}]))
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True)
    fetcher = small_fetcher()
    [entry_id] = polling.poll(source.pk, fetcher).new_entries
    for _ in range(pipeline.MAX_ATTEMPTS - 1):
        with pytest.raises(pipeline.TryLater, match="HTTP 500"):
            pipeline.process_entry(entry_id, fetcher)
    assert pipeline.process_entry(entry_id, fetcher) == "failed"
    entry = Entry.objects.get()
    assert entry.state == "failed" and "HTTP 500" in entry.last_error and not Article.objects.exists()


BAD_LINKS = {
    "http://agency.example:99999/a": "Port out of range",
    "http://[2001:db8::1/a": "Invalid IPv6 URL",
    "javascript:alert(1)": "not a web link (javascript scheme)",
    "http://agency.example/a\u0000b": "control characters",
    "https://agency.example/" + "x" * 3000: "longer than 1000 characters",
}


def json_feed(items: list[dict]) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": items}).encode()


@pytest.mark.django_db
def test_a_malformed_link_costs_its_own_entry_and_the_others_are_stored(site):
    body = "".join(f"<p>{p}</p>" for p in WIRE_TEXT * 2)
    good = [{"url": site.url(f"/news/{n}"), "title": f"Talks Resume, day {n}", "content_html": f"<p>Day {n}.</p>{body}"}
            for n in (1, 2)]
    bad = [{"url": link, "title": "Broken"} for link in BAD_LINKS]
    site.routes["/feed.json"] = (200, json_feed([good[0], *bad, good[1]]), {"Content-Type": "application/feed+json"})
    source = Source.objects.create(name="Wire", feed_url=site.url("/feed.json"), auto_publish=True)
    fetcher = small_fetcher()
    result = polling.poll(source.pk, fetcher)
    assert result.error == "" and len(result.new_entries) == 2
    assert [pipeline.process_entry(e, fetcher) for e in result.new_entries] == ["created", "created"]
    source.refresh_from_db()
    assert source.last_success_at and source.consecutive_failures == 0 and source.next_poll_at > timezone.now()
    failed = list(Entry.objects.filter(state="failed").values_list("url", "last_error"))
    assert len(failed) == len(BAD_LINKS)
    for reason in BAD_LINKS.values():
        assert any(reason in error for _url, error in failed), reason
    Source.objects.filter(pk=source.pk).update(next_poll_at=None)
    assert polling.poll(source.pk, fetcher).new_entries == []  # each bad link is recorded once
    assert Entry.objects.filter(state="failed").count() == len(BAD_LINKS)


@pytest.mark.django_db
def test_an_unexpected_error_in_a_poll_is_recorded_on_the_source_like_a_fetch_error(site):
    site.routes["/feed.json"] = (200, json_feed(["an item that is not an object"]))
    source = Source.objects.create(name="Odd wire", feed_url=site.url("/feed.json"))
    result = polling.poll(source.pk, small_fetcher())
    source.refresh_from_db()
    assert "unexpected error while reading the feed" in result.error
    assert "unexpected error" in source.last_error and source.consecutive_failures == 1
    assert source.next_poll_at > timezone.now() and source.pk not in polling.due_sources()
