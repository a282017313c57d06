"""What the public sees, in named parts that change on their own ("tags").

A cached page or header records the version of each tag it was drawn from and stays good while
none of them moves, so a publish in one edition leaves another edition's pages, and yesterday's
article pages, cached. The tags:

  site                       the portal settings, sections, places; anything bulk (imports, recounts)
  edition:<lang>             the edition's lists, feeds and header (any public change in it)
  day|month|year:<lang>:<d>  an archive period, and the article pages of a day
  section|place:<slug>:<lang> a section's or country's page and feeds

Versions live in the shared cache (the file cache, or Redis with REDIS_URL) so every web process
sees a change at once. They move when the change commits, never before: a page drawn from the old
rows in between is stale as soon as the bump lands. A tag missing from the cache (evicted, or a
cache cleared) counts as changed. Every bump also writes a new change stamp (`STAMP`, a random
token): a process that saw the same stamp a moment ago knows no tag moved since, in one read
(web.frontcache answers hits that way). Articles scheduled for later need no bump when their time comes:
every entry also records the next moment an article becomes due (`due()`), and is stale from then.
"""

import time
import uuid
from datetime import datetime

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

SITE = "site"
PREFIX = "tag:"
DUE_KEY = "tags:next-due"
STAMP = "tags:stamp"
NEVER = float("inf")


def bump(*tags: str) -> None:
    """Move the tags' versions (no tag: the site's, which every page depends on)."""
    now = time.time_ns()
    moved = {PREFIX + tag: now for tag in (tags or (SITE,))}
    # The stamp last: the file cache writes in this order (Redis all at once), so a reader that
    # sees the new stamp sees the new versions too. Random, not a clock or a counter: two
    # processes bumping at once must never write the same stamp.
    cache.set_many({**moved, STAMP: uuid.uuid4().hex}, None)


def bump_on_commit(*tags: str) -> None:
    transaction.on_commit(lambda: bump(*tags))


def snapshot(tags, started: set[str] | None = None) -> dict[str, int]:
    """The tags' versions for something about to be drawn (a missing tag is started now, and
    added to `started` when given)."""
    keys = [PREFIX + t for t in tags]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            if cache.add(key, time.time_ns(), None) and started is not None:
                started.add(key.removeprefix(PREFIX))
            found[key] = cache.get(key)
    return {key.removeprefix(PREFIX): found[key] for key in keys}


def forget(tags) -> None:
    """Remove tags started for something that proved not worth keeping (a 404 for a made-up place
    or day), so made-up addresses leave nothing behind. Anything recorded under them meanwhile
    counts as changed: stale, never wrong."""
    cache.delete_many([PREFIX + t for t in tags])


def read(tags) -> dict[str, int]:
    """The tags' current versions, in one round trip; absent ones are left out."""
    found = cache.get_many([PREFIX + t for t in tags])
    return {key.removeprefix(PREFIX): value for key, value in found.items()}


def stamped(tags) -> tuple[str | None, dict[str, int]]:
    """The change stamp and the tags' current versions, the stamp read first (with the file
    cache, one key after another): versions read after it are at least as new as it says."""
    keys = [STAMP, *(PREFIX + t for t in tags)]
    found = cache.get_many(keys)
    stamp = found.pop(STAMP, None)
    if stamp is None:
        # Started (or evicted): a new one. None is returned all the same: a bump may have landed
        # between this read and the add, after the versions were read.
        cache.add(STAMP, uuid.uuid4().hex, None)
    return stamp, {key.removeprefix(PREFIX): value for key, value in found.items()}


def stamp() -> str | None:
    return cache.get(STAMP)


def unchanged(recorded: dict[str, int], current: dict[str, int]) -> bool:
    return all(current.get(tag) == version for tag, version in recorded.items())


def due() -> float:
    """The moment (Unix time) the next scheduled article becomes public, or NEVER."""
    stored = cache.get(DUE_KEY)
    if stored is not None and stored > time.time():
        return stored
    return refresh_due()


def refresh_due() -> float:
    from django.apps import apps

    Article = apps.get_model("articles", "Article")
    upcoming = (
        Article.objects.filter(status="published", published_at__gt=timezone.now())
        .order_by("published_at").values_list("published_at", flat=True).first()
    )
    moment = upcoming.timestamp() if isinstance(upcoming, datetime) else NEVER
    cache.set(DUE_KEY, moment, None)
    return moment
