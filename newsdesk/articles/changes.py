"""A number that changes whenever anything the public sees changes.

Cached pages and the header are keyed by it, so a publish, an edit, a withdrawal or a new site
name reaches every web process at once (the cache is shared), with no list of keys to delete.
"""

import time

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "articles:public-version"


def bump() -> None:
    cache.set(VERSION_KEY, time.time_ns(), None)


def bump_on_commit() -> None:
    transaction.on_commit(bump)


def version() -> int:
    return cache.get_or_set(VERSION_KEY, time.time_ns, None)
