"""Two Huey consumers polling the same sources at once, on SQLite or PostgreSQL, with Redis: no duplicates."""

import os
import signal
import time

import pytest

from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, article_page, rss
from .processes import count, database_env, newsdesk


@pytest.fixture
def queue(redis_url):
    return redis_url


@pytest.mark.django_db(transaction=True)
def test_two_consumers_polling_the_same_sources_store_each_report_once(queue, site_factory, tmp_path):
    sites = [site_factory() for _ in range(3)]
    for n, s in enumerate(sites):
        items = []
        for k in range(6):
            text = [f"Report {k}: " + p for p in WIRE_TEXT]
            s.routes[f"/news/{k}"] = (200, article_page(f"Report {k} from Damascus", text).encode())
            # Every agency carries the same six reports (the same text) under its own URLs.
            items.append({"link": s.url(f"/news/{k}"), "title": f"Report {k} from Damascus"})
        s.routes["/rss.xml"] = (200, rss(items))
        Source.objects.create(name=f"Wire {n}", feed_url=s.url("/rss.xml"), auto_publish=True, allow_private_address=True)
    env = {**database_env(tmp_path), "REDIS_URL": queue, "NEWSDESK_FETCH_MIN_DELAY": "0.2"}
    consumers = [newsdesk("run_huey", "--workers", "3", env=env, start_new_session=True) for _ in range(2)]
    try:
        for _ in range(2):  # each source is queued twice: two consumers may take it at once
            assert newsdesk("ingest", "--enqueue", env=env).wait(60) == 0
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and count(env, "SELECT COUNT(*) FROM ingest_entry WHERE state = 'done'") < 18:
            time.sleep(0.5)
    finally:
        for c in consumers:
            os.killpg(c.pid, signal.SIGTERM)
        for c in consumers:
            c.wait(30)
    assert count(env, "SELECT COUNT(*) FROM ingest_entry WHERE state = 'done'") == 18
    assert count(env, "SELECT COUNT(*) FROM articles_article") == 6
    assert count(env, "SELECT COUNT(DISTINCT fingerprint) FROM articles_article") == 6
    assert count(env, "SELECT COUNT(*) FROM stories_alsoreported") == 12
