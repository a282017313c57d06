"""A steady wire: one new report stored and published per second (or --every seconds), through
the same store as ingestion (dedupe, countries, day counts, search index, page cache tags), until
stopped. Run inside a site's environment; prints how many it published when stopped (SIGTERM).

    NEWSDESK_DATA_DIR=... python -m bench.serve.publisher [--every 1.0]
"""

import argparse
import os
import random
import signal
import sys
import time

import django


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--every", type=float, default=1.0)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    django.setup()
    from django.utils import timezone

    from newsdesk.demo.wire import Wire
    from newsdesk.ingest.report import Report, plain
    from newsdesk.ingest.store import store
    from newsdesk.sources.models import Source

    source, _ = Source.objects.get_or_create(
        feed_url="https://wire.example/bench/feed", defaults={"name": "Bench Wire", "auto_publish": True},
    )
    wire = Wire(random.Random(time.time_ns()), prefix=f"bench{os.getpid()}-")
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    published, due = 0, time.monotonic()
    while not stopping:
        now = timezone.now()
        made = wire.day([now], timezone.localdate(now))[0]
        report = Report(
            url=f"https://wire.example/bench/{time.time_ns()}", headline=made.headline, body_html=made.body_html,
            text=plain(made.body_html), summary=made.summary, published=now, language=made.language,
            categories=[made.section, made.country],
        )
        published += store(report, source).outcome == "created"
        due += args.every
        time.sleep(max(0.0, due - time.monotonic()))
    print(f"published {published}", flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
