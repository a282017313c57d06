"""Posts converted (shortcodes, paragraphs, sanitising, language, the search index's words) in a
second process while the importer writes the batch before: conversion is most of an import's
work and needs nothing but the item, so two cores do a large export in about the time of the
slower half.

The search index's words are pure too, and either side can make them: the converting process
makes them for a share of each batch's posts and the writer (search.indexing) for the rest. The
share follows the writer's waits, so both cores stay busy whichever side is longer for an
export (long bodies weigh on conversion, many short items on writing).

The worker is a new interpreter, not a fork: it starts clean (no copy of the parent's database
connection or of Django) and imports only the pure conversion code. Batches and conversions
travel pickled over its standard input and output, in order, so it needs no semaphores and no
resource tracker beside it (multiprocessing's pool cost one more process of 13 MB). When the
importer dies, even by SIGKILL, the worker reads the end of its input and ends; it never writes
anything.
"""

import os
import pickle
import queue
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
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


class ConverterGone(RuntimeError):
    pass


class Converter:
    """submit() a batch's posts; the returned function gives their conversions, in order."""

    def __init__(self, parallel: bool, command: list[str] | None = None):
        self.worker = None
        self.share = 0.5  # of each batch's posts whose words the converting process makes
        if parallel:
            # -P: the worker's import path is the installed one, never the current folder's.
            self.worker = subprocess.Popen(command or [sys.executable, "-P", "-m", __name__],
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)
            # A thread writes batches and another reads conversions as soon as they come: the
            # worker never waits for the writer to want its answer before it takes the next batch.
            self.outbox: queue.SimpleQueue = queue.SimpleQueue()
            self.inbox: queue.SimpleQueue = queue.SimpleQueue()
            for target in (self.send, self.read):
                threading.Thread(target=target, daemon=True).start()

    def submit(self, settings: Settings, items: list[Item]) -> Callable[[], list[posts.Converted]]:
        if self.worker is None or not items:
            done = convert_all(settings, items)
            return lambda: done
        self.outbox.put((settings, items, round(self.share * len(items))))
        return self.receive  # conversions come back in the order batches were sent

    def send(self) -> None:
        try:
            while (job := self.outbox.get()) is not None:
                pickle.dump(job, self.worker.stdin, pickle.HIGHEST_PROTOCOL)
                self.worker.stdin.flush()
            self.worker.stdin.close()
        except (BrokenPipeError, OSError):
            pass  # the worker has gone: receive() says so

    def read(self) -> None:
        try:
            while True:
                self.inbox.put(pickle.load(self.worker.stdout))
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            self.inbox.put(None)  # the worker has gone

    def receive(self) -> list[posts.Converted]:
        """The next batch's conversions; a wait for them moves words to the writer, none moves
        them back."""
        started = time.monotonic()
        answer = self.inbox.get()
        if answer is None:
            raise ConverterGone(f"the converting process ended ({self.ended()})")
        ok, done = answer
        if not ok:
            raise ConverterGone(f"the converting process failed:\n{done}")
        behind = time.monotonic() - started > WAITED
        self.share = min(1.0, max(0.0, self.share - STEP if behind else self.share + STEP))
        return done

    def ended(self) -> str:
        """Why no more answers come. Output that is not an answer leaves the worker running and
        waiting for input: it is stopped, never waited for."""
        try:
            return f"exit status {self.worker.wait(timeout=5)}"
        except subprocess.TimeoutExpired:
            self.worker.kill()
            self.worker.wait()
            return "its output could not be read, so it was stopped"

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace) -> None:
        if self.worker is not None:
            self.outbox.put(None)  # the end of its input: the worker ends
            self.worker.kill()  # nothing of it is waited for once the import has finished
            self.worker.wait()


def serve(source, sink) -> None:
    """The worker: (settings, items, with_words) in, (True, conversions) or (False, the
    traceback) out, until its input ends."""
    while True:
        try:
            settings, items, with_words = pickle.load(source)
        except EOFError:
            return
        try:
            answer = (True, convert_all(settings, items, with_words))
        except Exception:
            answer = (False, traceback.format_exc())
        try:
            pickle.dump(answer, sink, pickle.HIGHEST_PROTOCOL)
            sink.flush()
        except BrokenPipeError:
            return  # the importer has gone


def main() -> None:
    # The answers travel on the standard output the importer reads; anything else written there
    # (a library's stray print) goes to the standard error instead, so it cannot break them.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    main()
