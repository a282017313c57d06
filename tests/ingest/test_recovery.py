"""A worker killed in the middle of an entry: nothing half-stored, the entry stored once after."""

import os
import signal
import sqlite3
import threading

import psycopg
import pytest
from django.db import connection

from newsdesk.ingest import polling
from newsdesk.ingest.fetch import Fetcher, Policy
from newsdesk.ingest.politeness import HostGate
from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, article_page, rss
from .processes import count, database_env, newsdesk, sqlite_file


def hold_article_writes(env: dict):
    """Another connection takes the write lock, so a worker blocks just before storing."""
    path = sqlite_file(env)
    if path:
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        return db
    s = connection.settings_dict
    db = psycopg.connect(dbname=s["NAME"], user=s["USER"], password=s.get("PASSWORD") or None,
                         host=s["HOST"] or "127.0.0.1", port=s["PORT"] or 5432)
    db.execute("LOCK TABLE articles_article IN SHARE ROW EXCLUSIVE MODE")
    return db


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_after_the_page_fetch_leaves_no_article_and_the_entry_is_stored_once(site, tmp_path):
    page_asked, page_may_go, page_sent = threading.Event(), threading.Event(), threading.Event()

    def story(handler):
        page_asked.set()
        page_may_go.wait(10)
        handler.reply(200, article_page("Syria: Talks Resume in Damascus", WIRE_TEXT).encode())
        page_sent.set()

    site.routes["/story"] = story
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/story"), "title": "Syria: Talks Resume in Damascus"}]))
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True, allow_private_address=True)
    [entry_id] = polling.poll(source.pk, Fetcher(Policy(min_delay=0), gate=HostGate())).new_entries
    env = database_env(tmp_path)

    worker = newsdesk("shell", "-c", f"from newsdesk.ingest.tasks import process_entry; process_entry.call_local({entry_id})", env=env)
    try:
        assert page_asked.wait(30), "the worker never asked for the page"
        lock = hold_article_writes(env)
        page_may_go.set()
        assert page_sent.wait(10)
        threading.Event().wait(1.0)  # the worker extracts, then waits on the lock to store
        os.kill(worker.pid, signal.SIGKILL)
        assert worker.wait(10) == -signal.SIGKILL
    finally:
        page_may_go.set()
        if worker.poll() is None:
            worker.kill()
    lock.rollback()
    lock.close()
    assert count(env, "SELECT COUNT(*) FROM articles_article") == 0
    assert count(env, "SELECT COUNT(*) FROM ingest_entry WHERE id = ? AND state = 'new'", entry_id) == 1

    # Restart: a foreground poll picks up the waiting entry; a second one finds nothing to do.
    for _ in range(2):
        assert newsdesk("ingest", "--source", str(source.pk), "--once", env=env).wait(60) == 0
    assert count(env, "SELECT COUNT(*) FROM articles_article WHERE original_url = ?", site.url("/story")) == 1
    assert count(env, "SELECT COUNT(*) FROM ingest_entry WHERE state = 'done' AND outcome = 'created'") == 1
    assert count(env, "SELECT COUNT(*) FROM articles_daycount WHERE count = 1") == 1
