"""Imported articles join their stories (#14: every stored article joins a story). Bulk writes
send no signals, so the import queues its articles once it has written them, and a Huey consumer
of its own (another process, Redis as the queue) assigns them after the import has ended."""

import os
import signal
import subprocess
import time

import pytest

from tests.ingest.conftest import redis_url  # noqa: F401  (Redis of the tests' own)
from tests.ingest.processes import count, database_env, newsdesk

from .conftest import SITE

PUBLISHED = "SELECT COUNT(*) FROM articles_article WHERE status = 'published'"
PUBLISHED_IN_STORIES = (
    "SELECT COUNT(*) FROM articles_article a JOIN stories_storyversion v ON v.article_id = a.id"
    " WHERE a.status = 'published'"
)


@pytest.mark.django_db(transaction=True)
def test_imported_published_articles_join_stories_once_the_queued_work_runs(portal, redis_url, tmp_path):  # noqa: F811
    env = {**database_env(tmp_path), "REDIS_URL": redis_url}
    out = run_import(env)
    assert "6 articles queued to join their stories" in out
    published = count(env, PUBLISHED)
    assert published >= 3 and count(env, "SELECT COUNT(*) FROM stories_storyversion") == 0  # nothing waited for

    consumer = newsdesk("run_huey", "--workers", "2", env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while count(env, PUBLISHED_IN_STORIES) < published and time.monotonic() < deadline:
            assert consumer.poll() is None, "the consumer stopped"
            time.sleep(0.5)
    finally:
        os.killpg(consumer.pid, signal.SIGTERM)
        consumer.wait(30)
    assert count(env, PUBLISHED_IN_STORIES) == published
    assert count(env, "SELECT COUNT(*) FROM stories_storyversion") == count(env, "SELECT COUNT(*) FROM articles_article")

    again = run_import(env)
    assert "0 created" in again and "queued" not in again  # a re-run queues nothing


def run_import(env: dict) -> str:
    """The command in a process of its own, as an operator runs it; its output."""
    child = newsdesk("import-wordpress", str(SITE), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    return out
