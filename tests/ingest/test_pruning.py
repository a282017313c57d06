"""Old done entries are forgotten nightly; what they recorded is not fetched again."""

from datetime import timedelta

import pytest
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.ingest import pipeline, polling
from newsdesk.ingest.fetch import Fetcher, Policy
from newsdesk.ingest.models import Entry
from newsdesk.ingest.politeness import HostGate
from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, article_page, rss


def fetcher() -> Fetcher:
    return Fetcher(Policy(connect_timeout=1, total_timeout=2, max_bytes=1024 * 1024, min_delay=0,
                          allow_private=True), gate=HostGate())


@pytest.mark.django_db
def test_done_entries_older_than_90_days_are_pruned_and_their_reports_not_fetched_again(site):
    site.routes["/story"] = (200, article_page("Talks Resume in Damascus", WIRE_TEXT).encode())
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/story"), "title": "Talks Resume"}]))
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True)
    client = fetcher()
    [entry_id] = polling.poll(source.pk, client).new_entries
    assert pipeline.process_entry(entry_id, client) == "created"
    now = timezone.now()
    Entry.objects.filter(pk=entry_id).update(done_at=now - timedelta(days=91))
    recent = Entry.objects.create(source=source, url="https://wire.example/recent", state=Entry.State.DONE,
                                  done_at=now - timedelta(days=89))
    failed = Entry.objects.create(source=source, url="https://wire.example/failed", state=Entry.State.FAILED,
                                  done_at=now - timedelta(days=400), last_error="HTTP 500")
    waiting = Entry.objects.create(source=source, url="https://wire.example/waiting")

    assert polling.prune_done_entries(now) == 1
    assert set(Entry.objects.values_list("pk", flat=True)) == {recent.pk, failed.pk, waiting.pk}

    Source.objects.filter(pk=source.pk).update(next_poll_at=None)
    assert polling.poll(source.pk, client).new_entries == []  # the article still knows its URL
    assert site.hits("/story") == 1 and Article.objects.count() == 1
