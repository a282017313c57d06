"""One feed entry to one stored article (or a clear reason why not), each step a small function:

canonical URL (at poll time) -> skip if known -> fetch the page when the feed has only a summary
-> extract -> sanitise (Article.save) -> section and places -> dedupe -> store in one transaction
-> published now or pending, per the source.
"""

import logging
from datetime import timedelta
from urllib.parse import urlsplit

from django.db.models import F, OuterRef, Subquery
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal
from newsdesk.sources.models import Source

from . import images
from .errors import FeedError, FetchError, HTTPStatusError, NetworkError, TimedOut
from .fetch import Fetcher
from .models import Entry
from .report import (
    NotAReport,
    Report,
    carries_full_text,
    entry_from_data,
    extract_page,
    from_feed,
    from_page,
)
from .store import Stored, finish_entry, same_url, store

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # longer than any page fetch and extraction can take
MAX_ATTEMPTS = 5
TEMPLATE_YOUNG = 30
TEMPLATE_EVERY = 25


class TryLater(Exception):
    """A passing failure (timeout, 5xx, 429): the entry stays waiting and the task is retried."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


def is_transient(exc: FetchError) -> bool:
    if isinstance(exc, TimedOut | NetworkError):
        return True
    return isinstance(exc, HTTPStatusError) and (exc.status >= 500 or exc.status == 429)


def claim(entry_id: int) -> Entry | None:
    """Take the entry for this worker; None when it is done or gone."""
    now = timezone.now()
    taken = Entry.objects.filter(pk=entry_id, state=Entry.State.NEW).update(
        claimed_until=now + LEASE, attempts=F("attempts") + 1
    )
    if not taken:
        return None
    # The article already stored at the entry's URL, if any, comes in the same query.
    stored = Article.objects.filter(same_url(OuterRef("url"))).order_by().values("id")[:1]
    return (
        Entry.objects.select_related("source")
        .annotate(stored_article_id=Subquery(stored))
        .get(pk=entry_id)
    )


def process_entry(entry_id: int, fetcher: Fetcher) -> str:
    """The outcome: created, updated, skipped, also-reported, failed or gone. Raises TryLater."""
    entry = claim(entry_id)
    if entry is None:
        return "gone"
    try:
        outcome = run(entry, fetcher)
    except FetchError as exc:
        if is_transient(exc) and entry.attempts < MAX_ATTEMPTS:
            Entry.objects.filter(pk=entry.pk).update(last_error=str(exc))
            raise TryLater(str(exc), exc.retry_after) from exc
        return fail(entry, exc)
    except (NotAReport, FeedError) as exc:
        return fail(entry, exc)
    logger.info("entry %s (%s) from source %s: %s", entry.pk, entry.url, entry.source_id, outcome)
    return outcome


def fail(entry: Entry, exc: Exception) -> str:
    logger.warning("entry %s (%s) from source %s failed: %s", entry.pk, entry.url, entry.source_id, exc)
    Entry.objects.filter(pk=entry.pk).update(
        state=Entry.State.FAILED, last_error=str(exc)[:2000], claimed_until=None, done_at=timezone.now()
    )
    return "failed"


def run(entry: Entry, fetcher: Fetcher) -> str:
    """`entry` as claim() gives it: with the id of the article already stored at its URL."""
    if entry.stored_article_id:
        finish_entry(entry.pk, Stored("skipped", entry.stored_article_id))
        return "skipped"
    report = build_report(entry, fetcher)
    stored = store(report, entry.source, entry_id=entry.pk)
    images.queue(stored, report)  # fetched by its own task: a slow image never slows storing
    return stored.outcome


def build_report(entry: Entry, fetcher: Fetcher) -> Report:
    item = entry_from_data(entry.data)
    fetched_at = timezone.now()
    if carries_full_text(item):
        return from_feed(item, entry.url, fetched_at)
    html = fetch_page(item.link or entry.url, entry.source, fetcher)
    template = learned_template(entry, html)
    extracted = extract_page(html, entry.url, item, template, Portal.load().time_zone)
    return from_page(item, entry.url, extracted, fetched_at)


def learned_template(entry: Entry, html: str):
    """The source's page template, taught this page. Stored while the template is young and on
    every TEMPLATE_EVERY-th entry after: it is tens of kilobytes, and the site's furniture
    does not change from one report to the next."""
    from newsdesk.extract import SiteTemplate

    source = entry.source
    template = stored_template(source)
    young = template.pages < TEMPLATE_YOUNG
    if young or entry.pk % TEMPLATE_EVERY == 0:
        template = SiteTemplate.from_dict(source.site_template)  # its own copy, to be taught
        if template.learn(html):
            Source.objects.filter(pk=source.pk).update(site_template=template.to_dict())
    return template


# Source id -> (the stored form, the template read from it). Reading a template took longer than
# comparing its stored form with the one read last; the templates kept here are never taught.
_read_templates: dict[int, tuple[dict, object]] = {}


def stored_template(source: Source):
    from newsdesk.extract import SiteTemplate

    kept = _read_templates.get(source.pk)
    if kept is None or kept[0] != source.site_template:
        kept = (source.site_template, SiteTemplate.from_dict(source.site_template))
        _read_templates[source.pk] = kept
    return kept[1]


def fetch_page(url: str, source, fetcher: Fetcher) -> str:
    trusted = urlsplit(source.feed_url).hostname if source.allow_private_address else None
    fetched = fetcher.get(url, robots=True, trusted_host=trusted)
    return fetched.text()
