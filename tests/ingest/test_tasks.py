"""The Huey tasks, run by Huey in immediate mode: the minute tick brings the demo agency's reports."""

import time
from contextlib import contextmanager

import pytest
from huey.contrib.djhuey import HUEY

from newsdesk.articles.models import Article
from newsdesk.demo.agency import SLOT, Agency, register_demo_source, serve
from newsdesk.ingest import polling, tasks
from newsdesk.ingest.fetch import Fetcher
from newsdesk.ingest.models import Entry


@contextmanager
def huey_immediate():
    """Huey runs each task as it is queued, in this process (its real code path, no consumer)."""
    HUEY.immediate = True
    try:
        yield
    finally:
        HUEY.immediate = False


@pytest.fixture
def agency():
    a = Agency(seed=11, feed_size=5)
    server = serve(a, port=0)
    yield a, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_the_minute_tick_polls_a_registered_demo_agency_and_publishes_its_reports(agency, settings):
    settings.NEWSDESK_FETCH_MIN_DELAY = 0
    _, base = agency
    source = register_demo_source(base + "/rss.xml", name="Gulf Press Service")
    with huey_immediate():
        tasks.tick()
    assert Article.objects.published().filter(source=source).count() == 5
    source.refresh_from_db()
    assert source.next_poll_at and source.last_success_at
    with huey_immediate():
        tasks.tick()  # not due yet: nothing fetched twice
    assert Entry.objects.count() == 5


@pytest.mark.django_db
def test_the_tick_requeues_entries_whose_worker_disappeared(agency, settings):
    settings.NEWSDESK_FETCH_MIN_DELAY = 0
    _, base = agency
    source = register_demo_source(base + "/rss.xml")
    result = polling.poll(source.pk, Fetcher())  # entries recorded, their tasks never queued
    Entry.objects.filter(pk__in=result.new_entries).update(claimed_until=None)
    source.__class__.objects.filter(pk=source.pk).update(next_poll_at=None, paused=True)
    with huey_immediate():
        tasks.tick()
    assert Article.objects.count() == 5 and not Entry.objects.filter(state="new").exists()


def test_the_demo_agency_publishes_a_new_report_every_20_to_40_seconds():
    a = Agency(seed=3)
    now = time.time()
    newest = a.latest(now)
    gaps = [(a.due(k) - a.due(k - 1)).total_seconds() for k in range(newest - 50, newest)]
    assert all(20 <= g <= 40 for g in gaps) and a.due(newest).timestamp() <= now < a.due(newest + 1).timestamp()
    assert a.report(newest) == Agency(seed=3).report(newest)  # same seed, same site
    assert abs(sum(gaps) / len(gaps) - SLOT) < 3
    english = next(k for k in range(newest, newest - 50, -1) if a.report(k).language == "en")
    page = a.article(english, now)  # the English edition's page, with its English furniture
    for clutter in ("Scroll Up", "cookie", "Related news", "Share:", "Politics</a>"):
        assert clutter in page
    assert a.article(newest + 1, now) is None  # the future is not published yet
