"""End-to-end ingest rate from the demo agency on 127.0.0.1: feed -> page -> extract -> dedupe ->
store, one process, one thread, so the figure is articles per second per core.

    .venv/bin/python -m bench.ingest.rate --articles 5000                  # SQLite in a temp dir
    .venv/bin/python -m bench.ingest.rate --articles 5000 --database-url postgres://postgres@127.0.0.1:5432/newsdesk_bench

The PostgreSQL database must exist (createdb newsdesk_bench); it is migrated, and the run's
articles are told apart by the agency's port. The agency runs in a child process so that
serving pages does not share this process's core. The per-host pause is 0 (the agency is local).
"""

import argparse
import multiprocessing
import os
import socket
import sys
import tempfile
import time
from collections import Counter, defaultdict
from functools import wraps


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--database-url", default="", help="PostgreSQL URL; default: SQLite in a temp dir")
    parser.add_argument("--seed", type=int, default=0, help="agency seed (default: from the clock)")
    return parser.parse_args()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_agency(port: int, articles: int, seed: int) -> None:
    from newsdesk.demo.agency import Agency, serve

    serve(Agency(seed=seed, feed_size=articles), "127.0.0.1", port)
    while True:
        time.sleep(3600)


def setup_django(database_url: str) -> None:
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)
    os.environ["NEWSDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="newsdesk-bench-")
    os.environ.setdefault("LOG_LEVEL", "WARNING")  # a log line per entry would be measured too
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


class Clock:
    """Wall time spent in named steps (nested steps are subtracted from their parent)."""

    def __init__(self):
        self.spent: dict[str, float] = defaultdict(float)
        self.stack: list[str] = []

    def wrap(self, module, name: str, step: str):
        original = getattr(module, name)

        @wraps(original)
        def timed(*args, **kwargs):
            started = time.perf_counter()
            self.stack.append(step)
            try:
                return original(*args, **kwargs)
            finally:
                self.stack.pop()
                elapsed = time.perf_counter() - started
                self.spent[step] += elapsed
                if self.stack:
                    self.spent[self.stack[-1]] -= elapsed

        setattr(module, name, timed)


def instrument() -> Clock:
    from newsdesk.ingest import pipeline, store
    from newsdesk.stories import duplicates

    clock = Clock()
    clock.wrap(pipeline, "fetch_page", "fetch")
    clock.wrap(pipeline, "learned_template", "extract")
    clock.wrap(pipeline, "extract_page", "extract")
    clock.wrap(pipeline, "store", "store")
    for name in ("text_fingerprint", "signature"):
        clock.wrap(store.fingerprints, name, "dedupe")
    clock.wrap(store.duplicates, "nearest", "dedupe")
    clock.wrap(duplicates, "remember", "dedupe")
    return clock


def main() -> int:
    args = parse_args()
    seed = args.seed or int(time.time())
    port = free_port()
    agency = multiprocessing.get_context("fork").Process(target=run_agency, args=(port, args.articles, seed), daemon=True)
    agency.start()
    try:
        setup_django(args.database_url)
        return measure(args, port, seed)
    finally:
        agency.terminate()


def measure(args, port: int, seed: int) -> int:
    from django.db import connection

    from newsdesk.demo.agency import register_demo_source
    from newsdesk.ingest import pipeline, polling
    from newsdesk.ingest.fetch import Fetcher, Policy

    time.sleep(0.5)
    source = register_demo_source(f"http://127.0.0.1:{port}/rss.xml", name=f"Bench agency {port}")
    fetcher = Fetcher(Policy.from_settings(min_delay=0, max_bytes=64 * 1024 * 1024, total_timeout=60))
    clock = instrument()
    wall, cpu = time.perf_counter(), time.process_time()
    result = polling.poll(source.pk, fetcher)
    poll_seconds = time.perf_counter() - wall
    if result is None or result.error:
        print(f"poll failed: {result and result.error}", file=sys.stderr)
        return 1
    outcomes = Counter()
    for entry_id in result.new_entries:
        outcomes[pipeline.process_entry(entry_id, fetcher)] += 1
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    report(args, connection.vendor, seed, outcomes, wall, cpu, poll_seconds, clock)
    return 0


def report(args, vendor, seed, outcomes, wall, cpu, poll_seconds, clock) -> None:
    stored = outcomes.get("created", 0)
    print(f"ingest rate, {vendor}, demo agency on 127.0.0.1 (seed {seed})")
    print(f"  entries: {sum(outcomes.values())}  outcomes: {dict(outcomes)}")
    print(f"  wall {wall:.1f} s, CPU of this process {cpu:.1f} s (feed fetch + parse {poll_seconds:.1f} s)")
    print(f"  {stored / wall:.1f} articles/s wall, one process one thread")
    print(f"  {stored / cpu:.1f} articles/s per core of CPU time (the agency runs in another process)")
    accounted = sum(clock.spent.values()) + poll_seconds
    split = {**clock.spent, "feed": poll_seconds, "other": max(0.0, wall - accounted)}
    print("  where the time goes (wall, per article):")
    for step, seconds in sorted(split.items(), key=lambda kv: -kv[1]):
        print(f"    {step:8s} {seconds:7.1f} s  {100 * seconds / wall:5.1f}%  {1000 * seconds / max(1, stored):6.2f} ms")
    db = f" --database-url {args.database_url}" if args.database_url else ""
    print(f"  reproduce: .venv/bin/python -m bench.ingest.rate --articles {args.articles}{db} --seed {seed}")


if __name__ == "__main__":
    sys.exit(main())
