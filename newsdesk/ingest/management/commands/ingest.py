"""`newsdesk ingest`: poll sources in the foreground, with a progress bar (no consumer needed)."""

import logging
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from newsdesk.ingest import pipeline, polling
from newsdesk.ingest.fetch import Fetcher
from newsdesk.ingest.models import Entry
from newsdesk.sources.models import Source


@contextmanager
def quiet_ingest_log(verbosity: int):
    """This command reports every poll error, failed entry and outcome itself: ingestion's own
    log lines would say each twice and break the progress bar. -v 2 shows them as well."""
    logger = logging.getLogger("newsdesk.ingest")
    level = logger.level
    if verbosity < 2:
        logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


class Command(BaseCommand):
    help = "Poll agency sources now and store their new reports (Ctrl-C stops)."

    def add_arguments(self, parser):
        parser.add_argument("--source", type=int, action="append", help="source id (repeatable; default: all enabled)")
        parser.add_argument("--once", action="store_true", help="poll once and exit instead of polling when due")
        parser.add_argument("--enqueue", action="store_true", help="queue the polls for the background consumer and exit")

    def handle(self, *args, source, once, enqueue, **options):
        ids = source or list(Source.objects.filter(enabled=True, paused=False).values_list("id", flat=True))
        missing = set(ids) - set(Source.objects.filter(pk__in=ids).values_list("id", flat=True))
        if missing:
            raise CommandError(f"no source with id {', '.join(map(str, sorted(missing)))} (see `newsdesk sources list`)")
        if enqueue:
            from newsdesk.ingest.tasks import poll_source

            for source_id in ids:
                poll_source(source_id)
            self.stdout.write(f"Queued {len(ids)} polls for the background consumer.")
            return
        fetcher = Fetcher()
        try:
            with quiet_ingest_log(options["verbosity"]):
                self.run_polls(ids, fetcher)
                while not once:
                    time.sleep(30)
                    self.run_polls([i for i in polling.due_sources() if not source or i in source], fetcher)
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")
        finally:
            fetcher.close()

    def run_polls(self, ids: list[int], fetcher: Fetcher) -> None:
        for source_id in ids:
            result = polling.poll(source_id, fetcher)
            name = Source.objects.filter(pk=source_id).values_list("name", flat=True).first()
            if result is None:
                self.stdout.write(f"{name}: being polled by another process; skipped")
            elif result.error:
                self.stderr.write(f"{name}: {result.error}")
            elif result.not_modified:
                self.stdout.write(f"{name}: not modified since the last poll")
            self.process(name, polling.waiting_entries(source_id), fetcher)

    def process(self, name: str, entry_ids: list[int], fetcher: Fetcher) -> None:
        if not entry_ids:
            return
        outcomes: dict[str, int] = {}
        # The bar goes where messages go, and only to a terminal: a log file gets the summary.
        terminal = self.stderr._out
        bar = tqdm(entry_ids, desc=name, unit="entry", file=terminal, disable=not self.stderr.isatty())
        for entry_id in bar:
            try:
                outcome = pipeline.process_entry(entry_id, fetcher)
            except pipeline.TryLater as exc:
                outcome = "retry later"
                self.warn(bar, f"entry {entry_id}: {exc}")
            if outcome == "failed":
                reason = Entry.objects.filter(pk=entry_id).values_list("last_error", flat=True).first()
                self.warn(bar, f"entry {entry_id} failed: {reason}")
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
        summary = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
        self.stdout.write(f"{name}: {summary}")

    def warn(self, bar: tqdm, message: str) -> None:
        """A line above the bar, not through it."""
        if bar.disable:
            self.stderr.write(message)
        else:
            bar.write(self.stderr.style_func(message), file=self.stderr._out)
