"""When sources are polled: adaptive intervals within bounds, backoff with jitter, pausing."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from newsdesk.ingest import polling, schedule
from newsdesk.sources.models import Source

NOW = datetime(2024, 5, 1, 12, tzinfo=UTC)
BOUNDS = schedule.Bounds(min_interval=300, max_interval=3600)


def test_a_busy_source_is_polled_more_often_and_a_quiet_one_less_within_bounds():
    busy, quiet = 1200, 1200
    for _ in range(10):
        busy = schedule.adapted_interval(busy, new_items=8, bounds=BOUNDS)
        quiet = schedule.adapted_interval(quiet, new_items=0, bounds=BOUNDS)
    assert busy == 300 and quiet == 3600
    assert schedule.adapted_interval(900, new_items=1, bounds=BOUNDS) == 900


def test_a_new_source_starts_at_its_shortest_interval():
    decision = schedule.after_success(NOW, 0, 2, BOUNDS)
    assert decision.interval == 300 and decision.next_poll_at == NOW + timedelta(seconds=300)


def test_failures_back_off_exponentially_with_jitter_and_pause_after_n():
    rng = random.Random(1)
    waits = [schedule.after_failure(NOW, 300, n, BOUNDS, pause_after=8, rng=rng) for n in range(1, 9)]
    seconds = [(w.next_poll_at - NOW).total_seconds() for w in waits]
    for n, s in enumerate(seconds[:6], start=1):
        ceiling = min(schedule.MAX_BACKOFF, 300 * 2 ** (n - 1))
        assert ceiling / 2 <= s <= ceiling
    assert max(seconds) <= schedule.MAX_BACKOFF
    assert [w.paused for w in waits] == [False] * 7 + [True]
    jittered = {schedule.backoff_seconds(3, BOUNDS, random.Random(seed)) for seed in range(5)}
    assert len(jittered) == 5  # sources failing together do not retry in lockstep


def test_retry_after_wins_when_the_server_asks_for_longer():
    decision = schedule.after_failure(NOW, 300, 1, BOUNDS, pause_after=8, retry_after=5000, rng=random.Random(0))
    assert decision.next_poll_at == NOW + timedelta(seconds=5000)



@pytest.mark.django_db
def test_due_sources_are_the_enabled_unpaused_unclaimed_ones_whose_time_has_come():
    now = timezone.now()

    def source(name, **fields):
        return Source.objects.create(name=name, feed_url=f"https://{name}.example/rss", **fields).pk

    due = [source("new"), source("late", next_poll_at=now - timedelta(minutes=5)),
           source("on-time", next_poll_at=now), source("lease-over", polling_until=now - timedelta(seconds=1))]
    source("early", next_poll_at=now + timedelta(seconds=1))
    source("disabled", enabled=False)
    source("paused", paused=True, next_poll_at=now - timedelta(hours=1))
    source("being-polled", polling_until=now + timedelta(minutes=1))
    assert sorted(polling.due_sources(now)) == sorted(due)
