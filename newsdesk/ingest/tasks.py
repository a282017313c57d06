"""Huey tasks, thin: each parses its arguments and calls one function of polling or pipeline.

Run by `newsdesk run_huey` (started by `newsdesk run`). A poll records its new entries in the
database before queueing one process_entry task each, and the minute tick re-queues entries whose
task was lost (a killed worker), so every entry is processed once whatever happens to a worker.
"""

import logging
import threading

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task
from huey.exceptions import RetryTask

from . import images, pipeline, polling
from .fetch import Fetcher

logger = logging.getLogger(__name__)

_fetcher: Fetcher | None = None
_image_fetcher: Fetcher | None = None
_fetcher_guard = threading.Lock()


def worker_fetcher() -> Fetcher:
    """One client per consumer process: its per-host gate and robots cache are shared by threads."""
    global _fetcher
    with _fetcher_guard:
        if _fetcher is None:
            _fetcher = Fetcher()
        return _fetcher


def image_fetcher() -> Fetcher:
    """The worker's client with the image size cap, sharing its per-host gate and robots cache."""
    global _image_fetcher
    pages = worker_fetcher()
    with _fetcher_guard:
        if _image_fetcher is None:
            _image_fetcher = images.fetcher_like(pages)
        return _image_fetcher


@db_periodic_task(crontab(minute="*"))
def tick() -> None:
    """Every minute: poll the sources that are due, re-queue entries whose worker disappeared."""
    for source_id in polling.due_sources():
        poll_source(source_id)
    for entry_id in polling.stalled_entries():
        process_entry(entry_id)


@db_periodic_task(crontab(hour="3", minute="17"))
def prune() -> None:
    """Nightly: forget entries done long ago, so the to-do list does not grow with the archive."""
    logger.info("pruned %d done entries", polling.prune_done_entries())


@db_task()
def poll_source(source_id: int) -> int:
    result = polling.poll(source_id, worker_fetcher())
    if result is None:
        return 0
    for entry_id in result.new_entries:
        process_entry(entry_id)
    return len(result.new_entries)


@db_task()
def process_entry(entry_id: int) -> str:
    try:
        return pipeline.process_entry(entry_id, worker_fetcher())
    except pipeline.TryLater as exc:
        delay = max(exc.retry_after or 0, 60)
        logger.info("entry %s will be retried in %ss: %s", entry_id, delay, exc)
        raise RetryTask(str(exc), delay=delay) from exc


@db_task()
def fetch_lead_image(image_id: int, article_id: int | None = None) -> str:
    try:
        return images.fetch(image_id, image_fetcher(), article_id)
    except images.TryLater as exc:
        logger.info("image %s will be retried in %ss: %s", image_id, exc.delay, exc)
        raise RetryTask(str(exc), delay=exc.delay) from exc
