"""Lead images: fetched once, by the worker, after the article is stored, through the polite
client (robots, per-host gate, private addresses refused, size cap, timeouts). Checking and
storing the bytes is newsdesk.media's. An image that cannot be had is recorded on its row with
the reason; the article is stored and public either way.
"""

import logging
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from django.db.models import F

from newsdesk.articles.models import Article
from newsdesk.media import records
from newsdesk.media.checks import MAX_BYTES
from newsdesk.media.models import Image

from .errors import (
    FetchError,
    HTTPStatusError,
    NetworkError,
    Refused,
    RobotsDisallowed,
    TimedOut,
    TooLarge,
)
from .fetch import Fetcher

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 4
FIRST_DELAY = 60  # seconds; doubled on each retry
LAST_DELAY = 3600


class TryLater(Exception):
    def __init__(self, message: str, delay: float):
        super().__init__(message)
        self.delay = delay


def fetcher_like(pages: Fetcher) -> Fetcher:
    """A client with the page client's gate and robots cache (one politeness for the host) and
    the image size cap."""
    images = Fetcher(replace(pages.policy, max_bytes=MAX_BYTES), gate=pages.gate)
    images.robots = pages.robots
    return images


def queue(stored, report) -> None:
    """After a report is stored as a new article: link its lead image and queue the fetch. Any
    failure here is logged and left: the article is stored already."""
    if stored.outcome != "created" or not report.lead_image:
        return
    try:
        url = urljoin(report.url, report.lead_image.strip())
        image = records.attach(stored.article_id, url, report.lead_image_caption)
        if image is not None and image.status == Image.Status.PENDING:
            # Imported here: the tasks module imports the pipeline, which imports this one.
            from .tasks import fetch_lead_image

            fetch_lead_image(image.pk, stored.article_id)
    except Exception:
        logger.exception("lead image of article %s not queued", stored.article_id)


def fetch(image_id: int, fetcher: Fetcher, article_id: int | None = None) -> str:
    """The image row's new status; raises TryLater on a passing failure with tries left."""
    image = Image.objects.filter(pk=image_id).first()
    if image is None or image.status != Image.Status.PENDING:
        return image.status if image else "gone"
    Image.objects.filter(pk=image_id).update(attempts=F("attempts") + 1)
    attempt = image.attempts + 1
    try:
        fetched = fetcher.get(image.source_url, robots=True, trusted_host=trusted_host(article_id))
    except FetchError as exc:
        return fetch_failed(image_id, exc, attempt)
    return records.accept(image_id, fetched.body, fetched.content_type)


def fetch_failed(image_id: int, exc: FetchError, attempt: int) -> str:
    if transient(exc) and attempt < MAX_ATTEMPTS:
        records.note_retry(image_id, str(exc))
        delay = min(max(FIRST_DELAY * 2 ** (attempt - 1), exc.retry_after or 0), LAST_DELAY)
        raise TryLater(str(exc), delay) from exc
    refused = isinstance(exc, Refused | TooLarge | RobotsDisallowed)
    return records.refuse(image_id, str(exc), Image.Status.REFUSED if refused else Image.Status.FAILED)


def transient(exc: FetchError) -> bool:
    """Worth another try later: the server was slow, unreachable or briefly failing."""
    if isinstance(exc, TimedOut | NetworkError):
        return True
    return isinstance(exc, HTTPStatusError) and (exc.status >= 500 or exc.status == 429)


def trusted_host(article_id: int | None) -> str | None:
    """The article's source's own host, when the source may be on a private address (as pages
    are fetched); other hosts must be public."""
    article = Article.objects.filter(pk=article_id).select_related("source").first() if article_id else None
    source = article.source if article else None
    if source is None or not source.allow_private_address:
        return None
    return urlsplit(source.feed_url).hostname
