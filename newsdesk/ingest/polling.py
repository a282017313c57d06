"""Polling one source: claim it, fetch and parse its feed, record the new entries and the
source's health. The entries are processed later, one task each (see pipeline.py).
"""

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.sources.models import Source

from . import feeds, schedule
from .canonical import canonical_url, link_problem, printable_link
from .errors import FeedError, FetchError
from .fetch import Fetcher
from .models import Entry
from .pipeline import LEASE
from .report import entry_to_data

logger = logging.getLogger(__name__)

POLL_LEASE = timedelta(minutes=5)  # a poll is a few feed fetches: far shorter than this
# A sitemap index can list hundreds of sitemaps (one a month, say); new reports are in the
# newest, so a poll reads only these many of them.
SITEMAPS_PER_INDEX = 2


def pause_after() -> int:
    return getattr(settings, "NEWSDESK_PAUSE_AFTER_FAILURES", 8)


@dataclass
class PollResult:
    source_id: int
    new_entries: list[int] = field(default_factory=list)
    not_modified: bool = False
    error: str = ""


def due_sources(now: datetime | None = None) -> list[int]:
    now = now or timezone.now()
    return list(
        Source.objects.filter(enabled=True, paused=False)
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .filter(Q(polling_until__isnull=True) | Q(polling_until__lt=now))
        .order_by("next_poll_at", "id")
        .values_list("id", flat=True)
    )


def claim_source(source_id: int, now: datetime) -> bool:
    """A row claim: of two consumers polling the same source, exactly one gets True."""
    return bool(
        Source.objects.filter(pk=source_id)
        .filter(Q(polling_until__isnull=True) | Q(polling_until__lt=now))
        .update(polling_until=now + POLL_LEASE)
    )


def poll(source_id: int, fetcher: Fetcher) -> PollResult | None:
    """None when another consumer is polling this source right now."""
    now = timezone.now()
    if not claim_source(source_id, now):
        logger.info("source %s is being polled elsewhere; skipped", source_id)
        return None
    result = PollResult(source_id)
    try:
        source = Source.objects.get(pk=source_id)
        try:
            result.new_entries, result.not_modified = read_feed(source, fetcher, now)
        except (FetchError, FeedError) as exc:
            result.error = str(exc)
            record_failure(source, exc, now)
        except Exception as exc:
            # A poll must always end with the source's health written and a next poll set: else
            # the source is picked again every minute and no one is told why.
            logger.exception("source %s: unexpected error while polling", source_id)
            result.error = f"unexpected error while reading the feed ({type(exc).__name__}: {exc})"
            record_failure(source, Exception(result.error), now)
        else:
            record_success(source, len(result.new_entries), now)
    finally:
        Source.objects.filter(pk=source_id).update(polling_until=None)
    return result


def read_feed(source: Source, fetcher: Fetcher, now: datetime) -> tuple[list[int], bool]:
    fetched = fetcher.get(
        source.feed_url, etag=source.etag, last_modified=source.last_modified,
        trusted_host=trusted_host(source),
    )
    if fetched.not_modified:
        return [], True
    feed = feeds.parse(fetched.body, fetched.url, now=now, content_type=fetched.content_type)
    entries = feed.entries
    source.etag, source.last_modified = fetched.etag[:300], fetched.last_modified[:100]
    if feed.sitemaps:
        entries = read_listed_sitemaps(source, feed.sitemaps, fetcher, now)
        # An index can stay the same while its newest sitemap grows: never ask "modified since?".
        source.etag = source.last_modified = ""
    return record_entries(source, entries, now), False


def read_listed_sitemaps(source: Source, sitemaps: list[feeds.Sitemap], fetcher: Fetcher,
                         now: datetime) -> list[feeds.Entry]:
    """The entries of a sitemap index's newest sitemaps. One that fails is passed over while
    another is read; when none can be, the poll fails with the first one's reason."""
    entries: list[feeds.Entry] = []
    failures: list[tuple[str, Exception]] = []
    for sitemap in feeds.newest_sitemaps(sitemaps, SITEMAPS_PER_INDEX):
        try:
            fetched = fetcher.get(sitemap.loc, trusted_host=trusted_host(source))
            child = feeds.parse(fetched.body, fetched.url, now=now, content_type=fetched.content_type)
            if child.sitemaps:
                raise FeedError("a sitemap index inside a sitemap index is not followed")
        except (FetchError, FeedError) as exc:
            logger.warning("source %s: sitemap %s: %s", source.pk, sitemap.loc, exc)
            failures.append((sitemap.loc, exc))
        else:
            entries.extend(child.entries)
    if failures and not entries:
        loc, first = failures[0]
        error = FeedError(f"no sitemap of the index could be read ({loc}: {first})")
        error.retry_after = getattr(first, "retry_after", None)  # a 429's wait still holds
        raise error
    return entries


def trusted_host(source: Source) -> str | None:
    """The source's own host, when an admin allowed it on a private address (the demo agency)."""
    return urlsplit(source.feed_url).hostname if source.allow_private_address else None


def record_entries(source: Source, entries: list[feeds.Entry], now: datetime) -> list[int]:
    """Write the entries not seen before (by canonical URL); their ids, to be processed. An entry
    whose link cannot be fetched is written as failed, with its reason, and the rest go on."""
    by_url, bad = sort_links(entries)
    seen = set(Entry.objects.filter(url__in=[*by_url, *bad]).values_list("url", flat=True))
    # Repeating the partial index's condition lets SQLite search the index instead of every row.
    stored = Article.objects.filter(original_url__in=by_url).exclude(original_url="").order_by()
    seen |= set(stored.values_list("original_url", flat=True))
    fresh = [u for u in by_url if u not in seen]
    Entry.objects.bulk_create(
        [Entry(source=source, url=u, data=entry_to_data(by_url[u]), claimed_until=now + LEASE) for u in fresh]
        + [bad_entry(source, u, *bad[u], now) for u in bad if u not in seen],
        ignore_conflicts=True,  # another source's poll may record the same URL at the same moment
    )
    return list(
        Entry.objects.filter(url__in=fresh, source=source, state=Entry.State.NEW).values_list("id", flat=True)
    )


def sort_links(entries: list[feeds.Entry]) -> tuple[dict[str, feeds.Entry], dict[str, tuple[feeds.Entry, str]]]:
    """(canonical URL -> entry, for good links; printable link -> (entry, reason), for bad ones)."""
    good: dict[str, feeds.Entry] = {}
    bad: dict[str, tuple[feeds.Entry, str]] = {}
    for entry in entries:
        if problem := link_problem(entry.link):
            bad.setdefault(printable_link(entry.link), (entry, problem))
        else:
            good.setdefault(canonical_url(entry.link), entry)
    return good, bad


def bad_entry(source: Source, link: str, entry: feeds.Entry, problem: str, now: datetime) -> Entry:
    logger.warning("source %s: entry %s left out: %s", source.pk, link[:200], problem)
    data = entry_to_data(replace(entry, link=link))
    return Entry(source=source, url=link, data=data, state=Entry.State.FAILED, last_error=problem, done_at=now)


def bounds(source: Source) -> schedule.Bounds:
    return schedule.Bounds(source.min_interval, source.max_interval)


def record_success(source: Source, new_items: int, now: datetime) -> None:
    decision = schedule.after_success(now, source.poll_interval, new_items, bounds(source))
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=now, last_success_at=now, last_error="", consecutive_failures=0,
        next_poll_at=decision.next_poll_at, poll_interval=decision.interval, last_new_items=new_items,
        etag=source.etag, last_modified=source.last_modified,
    )
    logger.info("source %s polled: %d new entries, next poll at %s", source.pk, new_items, decision.next_poll_at)


def record_failure(source: Source, exc: Exception, now: datetime) -> None:
    failures = source.consecutive_failures + 1
    decision = schedule.after_failure(
        now, source.poll_interval, failures, bounds(source),
        pause_after=pause_after(), retry_after=getattr(exc, "retry_after", None),
    )
    message = str(exc)
    if decision.paused:
        message += f" — paused after {failures} failures in a row; re-enable in the admin"
    Source.objects.filter(pk=source.pk).update(
        last_polled_at=now, last_error=message[:2000], consecutive_failures=failures,
        next_poll_at=decision.next_poll_at, paused=decision.paused,
    )
    logger.warning("source %s failed (%d in a row): %s", source.pk, failures, message)


def stalled_entries(now: datetime | None = None, source_id: int | None = None) -> list[int]:
    """Entries still waiting whose worker or queued task is gone (lease expired)."""
    now = now or timezone.now()
    waiting = Entry.objects.filter(state=Entry.State.NEW).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    )
    if source_id is not None:
        waiting = waiting.filter(source_id=source_id)
    ids = list(waiting.values_list("id", flat=True)[:1000])
    Entry.objects.filter(pk__in=ids).update(claimed_until=now + LEASE)
    return ids


def waiting_entries(source_id: int) -> list[int]:
    """Every entry of the source still waiting, claimed or not (for a poll an operator runs)."""
    return list(
        Entry.objects.filter(source_id=source_id, state=Entry.State.NEW).order_by("id").values_list("id", flat=True)
    )


# Done entries are kept this long: past it a feed no longer lists them, and a stored report's URL
# is still known from its article. Failed ones stay for the operator to read.
KEEP_DONE = timedelta(days=90)


def prune_done_entries(now: datetime | None = None, batch: int = 5000) -> int:
    """Delete entries done longer than KEEP_DONE ago, a batch at a time (short transactions while
    workers write); how many went."""
    cutoff = (now or timezone.now()) - KEEP_DONE
    pruned = 0
    while ids := list(Entry.objects.filter(state=Entry.State.DONE, done_at__lt=cutoff)
                      .values_list("id", flat=True)[:batch]):
        pruned += Entry.objects.filter(pk__in=ids).delete()[0]
    return pruned
