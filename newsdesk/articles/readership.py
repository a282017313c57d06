"""Most read: page views counted without a database write per view.

Each web process counts its article views in memory and hands them over in batches (every
FLUSH_SECONDS, or sooner after FLUSH_VIEWS views): into a Redis hash when REDIS_URL is set, so
every web node shares it, else into a small file in the data directory. Every minute the job
consumer folds the batches into ReadCount rows (article, hour); "most read" sums the last day.
A process that dies loses at most its last few seconds of views: acceptable for a ranking.
"""

import json
import logging
import os
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone

from . import tallies

logger = logging.getLogger(__name__)

FLUSH_SECONDS = 10
FLUSH_VIEWS = 500
WINDOW = timedelta(hours=24)
KEEP = timedelta(days=3)
PENDING = "newsdesk:reads:pending"


class FileBatches:
    """Batches as files under the data directory: written whole, then renamed into place."""

    def __init__(self, folder: Path):
        self.folder = folder

    def put(self, views: Counter) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        partial = self.folder / f".{name}.tmp"
        partial.write_text(json.dumps(views))
        os.replace(partial, self.folder / f"{name}.json")

    def take(self) -> Counter:
        total = Counter()
        for batch in sorted(self.folder.glob("*.json")):
            try:
                total.update(json.loads(batch.read_text()))
            except (OSError, ValueError) as exc:  # a batch we cannot read is dropped, not retried for ever
                logger.warning("unreadable view batch %s dropped: %s", batch.name, exc)
            batch.unlink(missing_ok=True)
        return total


class RedisBatches:
    """One shared hash; taking renames it first, so views counted meanwhile go to a new one."""

    def __init__(self, url: str, key: str = PENDING):
        import redis

        self.client = redis.Redis.from_url(url)
        self.key = key

    def put(self, views: Counter) -> None:
        pipe = self.client.pipeline()
        for slug, n in views.items():
            pipe.hincrby(self.key, slug, n)
        pipe.execute()

    def take(self) -> Counter:
        taking = f"{self.key}:{uuid.uuid4().hex}"
        try:
            self.client.rename(self.key, taking)
        except Exception as exc:  # noqa: BLE001  (redis answers "no such key" as an error)
            if "no such key" in str(exc).lower():
                return Counter()
            raise
        rows = self.client.hgetall(taking)
        self.client.delete(taking)
        return Counter({k.decode(): int(v) for k, v in rows.items()})


def batches():
    if settings.REDIS_URL:
        return RedisBatches(settings.REDIS_URL)
    return FileBatches(settings.DATA_DIR / "reads")


class Tally:
    """This process's views since its last hand-over (thread-safe)."""

    def __init__(self):
        self.views = Counter()
        self.lock = threading.Lock()
        self.since = time.monotonic()

    def add(self, slug: str) -> None:
        with self.lock:
            self.views[slug] += 1
            due = sum(self.views.values()) >= FLUSH_VIEWS or time.monotonic() - self.since >= FLUSH_SECONDS
        if due:
            self.flush()

    def flush(self) -> None:
        with self.lock:
            views, self.views, self.since = self.views, Counter(), time.monotonic()
        if views:
            try:
                batches().put(views)
            except Exception:  # noqa: BLE001  (a view count must never fail a page)
                logger.exception("could not hand over %d article views", sum(views.values()))


tally = Tally()


def count_view(slug: str) -> None:
    tally.add(slug)


def fold() -> int:
    """Consumer: add the waiting batches to the hour's ReadCount rows; forget old hours."""
    Article, ReadCount = apps.get_model("articles", "Article"), apps.get_model("articles", "ReadCount")
    views = batches().take()
    ids = dict(Article.objects.filter(slug__in=list(views)).values_list("slug", "id"))
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    with transaction.atomic():
        for slug, n in views.items():
            if slug in ids:  # an article deleted meanwhile is passed over
                add_views(ReadCount, ids[slug], hour, n)
        ReadCount.objects.filter(hour__lt=hour - KEEP).delete()
    return sum(views.values())


def add_views(ReadCount, article_id: int, hour, n: int) -> None:
    key = {"article_id": article_id, "hour": connection.ops.adapt_datetimefield_value(hour)}
    tallies.add(ReadCount, key, "views", n)


def most_read(language: str, limit: int = 5) -> list:
    """The edition's public articles most viewed in the last 24 hours, most first; cached a minute
    under one key per edition."""
    from . import changes

    key = f"most-read:{language}"
    # Stamped with the edition's version: a withdrawn article leaves the list at once.
    stamp = (changes.snapshot([f"edition:{language}"]), timezone.now().strftime("%Y%m%d%H%M"))
    stored = cache.get(key)
    if stored is not None and stored[0] == stamp:
        return stored[1]
    Article, ReadCount = apps.get_model("articles", "Article"), apps.get_model("articles", "ReadCount")
    top = list(
        ReadCount.objects.filter(hour__gte=timezone.now() - WINDOW, article__in=Article.objects.published()
                                 .in_edition(language))
        .values("article").annotate(n=Sum("views")).order_by("-n", "-article")[:limit]
    )
    fields = ("headline", "slug", "published_at", "language")
    articles = Article.objects.only(*fields).in_bulk([row["article"] for row in top])
    found = [articles[row["article"]] for row in top if row["article"] in articles]
    cache.set(key, (stamp, found), 120)
    return found
