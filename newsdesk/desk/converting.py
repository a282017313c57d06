"""Posts converted (shortcodes, paragraphs, sanitising, language, the search index's words) in a
second process while the importer writes the batch before: conversion is most of an import's
work and needs nothing but the item, so two cores do a large export in about the time of the
slower half.

The search index's words are pure too, and either side can make them: the converting process
makes them for a share of each batch's posts and the writer (search.indexing) for the rest. The
share follows the writer's waits, so both cores stay busy whichever side is longer for an
export (long bodies weigh on conversion, many short items on writing).

The worker is spawned, not forked: it starts clean (no copy of the parent's database
connection) and imports only the pure conversion code. When the importer dies, even by SIGKILL,
the worker finds its pipe closed and ends; it never writes anything.
"""

import multiprocessing
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from zoneinfo import ZoneInfo

from newsdesk.search.backends import words_for
from newsdesk.search.documents import searchable_text

from . import posts
from .wxr import Item


@dataclass(frozen=True)
class Settings:
    zone: ZoneInfo
    base_url: str
    default_language: str
    status_map: tuple[tuple[str, str], ...]
    vendor: str = ""  # the database's, for the search index's words; "" for none (a dry run)


# A wait longer than this for a conversion means the converting process is the slower side.
WAITED = 0.01  # seconds
STEP = 0.1  # of a batch's posts, moved between the sides per batch


def convert_all(settings: Settings, items: list[Item], with_words: int | None = None) -> list[posts.Converted]:
    """The items converted, the first `with_words` of them (all by default) with their words."""
    status_map = dict(settings.status_map)
    index_words = words_for(settings.vendor) if settings.vendor else None
    with_words = len(items) if with_words is None else with_words
    done = []
    for n, item in enumerate(items):
        c = posts.convert(item, settings.zone, settings.base_url, settings.default_language, status_map)
        # Published with a time, as the index takes them (search.indexing.indexable); the writer
        # makes no use of words for any other.
        if index_words and n < with_words and c.status == "published" and c.published_at is not None:
            c.words = index_words(c.headline, searchable_text(c.summary, c.body), c.language)
        done.append(c)
    return done


class Converter:
    """submit() a batch's posts; the returned function gives their conversions, in order."""

    def __init__(self, parallel: bool):
        self.pool = multiprocessing.get_context("spawn").Pool(1) if parallel else None
        self.share = 0.5  # of each batch's posts whose words the converting process makes

    def submit(self, settings: Settings, items: list[Item]) -> Callable[[], list[posts.Converted]]:
        if self.pool is None or not items:
            done = convert_all(settings, items)
            return lambda: done
        pending = self.pool.apply_async(convert_all, (settings, items, round(self.share * len(items))))
        return partial(self.receive, pending)

    def receive(self, pending) -> list[posts.Converted]:
        """The conversions; a wait for them moves words to the writer, none moves them back."""
        started = time.monotonic()
        done = pending.get()
        behind = time.monotonic() - started > WAITED
        self.share = min(1.0, max(0.0, self.share - STEP if behind else self.share + STEP))
        return done

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self.pool is not None:
            self.pool.terminate()  # nothing of it is waited for once the import has finished
            self.pool.join()
