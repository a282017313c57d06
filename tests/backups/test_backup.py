"""A backup taken while articles keep arriving restores, in a fresh data directory (or a fresh
PostgreSQL database), to exactly what it held, with counts that agree with a recount."""

import json
import os
import stat
import subprocess
import sys
import tarfile
import threading
import uuid
from datetime import timedelta

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.sources.models import Source

pytestmark = pytest.mark.django_db(transaction=True)

# Run inside the restored site: what it holds, and whether its day counts match a recount.
INSPECT = """
import json
from newsdesk.articles import counts
from newsdesk.articles.models import Article, DayCount
from newsdesk.sources.models import Source
stored = sorted((str(r.day), r.language, r.count) for r in DayCount.objects.all())
recount = sorted((str(r.day), r.language, r.count) for r in counts.counted_rows(Article, DayCount))
print(json.dumps({"headlines": sorted(Article.objects.values_list("headline", flat=True)),
                  "sources": sorted(Source.objects.values_list("name", flat=True)),
                  "day_counts_agree": stored == recount, "days": len(stored)}))
"""


class Newsroom(threading.Thread):
    """Writes published articles one after another until told to stop, as ingestion does."""

    def __init__(self):
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.written = 0

    def run(self):
        try:
            while not self.stop.is_set():
                Article.objects.create(headline=f"Wire report {self.written}: talks go on", status="published",
                                       published_at=timezone.now() - timedelta(hours=self.written % 72),
                                       body="<p>Talks went on in the capital.</p>")
                self.written += 1
        finally:
            connection.close()


@pytest.fixture
def fresh_site(tmp_path):
    """The environment of a new, empty site: its own data directory and, on PostgreSQL, database."""
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env["NEWSDESK_DATA_DIR"] = str(tmp_path / "restored")
    if connection.vendor != "postgresql":
        env.pop("DATABASE_URL", None)
        yield env
        return
    name = f"newsdesk_restore_{uuid.uuid4().hex[:10]}"
    s = connection.settings_dict
    admin = psycopg.connect(host=s["HOST"], port=s["PORT"] or 5432, user=s["USER"], password=s["PASSWORD"] or None,
                            dbname="postgres", autocommit=True)
    admin.execute(f'CREATE DATABASE "{name}"')
    env["DATABASE_URL"] = f"postgres://{s['USER']}@{s['HOST']}:{s['PORT'] or 5432}/{name}"
    yield env
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def newsdesk(env, *args):
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], env=env, capture_output=True, text=True, timeout=300)


def test_backup_during_ingest_restores_everything_it_held(portal, make_article, tmp_path, fresh_site, settings):
    Source.objects.create(name="Levant News Agency", feed_url="https://levant.example/rss.xml")
    first = [make_article(headline=f"Before the backup {i}").headline for i in range(20)]
    (settings.DATA_DIR / "secret_key").exists() or (settings.DATA_DIR / "secret_key").write_text("k" * 50)
    media = settings.MEDIA_ROOT / "originals" / "ab"
    media.mkdir(parents=True, exist_ok=True)
    (media / "ab12.jpg").write_bytes(b"\xff\xd8 a picture")

    newsroom = Newsroom()
    newsroom.start()
    while newsroom.written < 30:  # the backup starts mid-stream
        newsroom.stop.wait(0.01)
    target = tmp_path / "site.tar.gz"
    call_command("backup", str(target))
    newsroom.stop.set()
    newsroom.join(30)
    assert newsroom.written > 30 and stat.S_IMODE(target.stat().st_mode) == 0o600

    with tarfile.open(target) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    held = manifest["counts"]["articles.Article"]
    assert 20 + 30 <= held <= 20 + newsroom.written

    restored = newsdesk(fresh_site, "restore", str(target))
    assert restored.returncode == 0, restored.stderr
    seen = json.loads(newsdesk(fresh_site, "shell", "--verbosity", "0", "-c", INSPECT).stdout)
    assert len(seen["headlines"]) == held and set(first) <= set(seen["headlines"])
    assert all(f"Wire report {i}: talks go on" in seen["headlines"] for i in range(held - 20))  # no gap
    assert seen["sources"] == ["Levant News Agency"]
    assert seen["day_counts_agree"] and seen["days"] >= 1
    data_dir = fresh_site["NEWSDESK_DATA_DIR"]
    key = os.path.join(data_dir, "secret_key")
    assert open(key).read() == (settings.DATA_DIR / "secret_key").read_text()
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert open(os.path.join(data_dir, "media", "originals", "ab", "ab12.jpg"), "rb").read() == b"\xff\xd8 a picture"


def test_restore_refuses_a_site_that_has_content_unless_forced(portal, make_article, tmp_path, fresh_site):
    make_article(headline="Kept in the backup")
    target = tmp_path / "site.tar.gz"
    call_command("backup", str(target))
    assert newsdesk(fresh_site, "restore", str(target)).returncode == 0
    again = newsdesk(fresh_site, "restore", str(target))
    assert again.returncode != 0 and "add --force" in again.stderr
    forced = newsdesk(fresh_site, "restore", "--force", str(target))
    assert forced.returncode == 0, forced.stderr
    assert json.loads(newsdesk(fresh_site, "shell", "--verbosity", "0", "-c", INSPECT).stdout)["headlines"] == ["Kept in the backup"]


def test_a_file_that_is_no_backup_is_refused_clearly(tmp_path, db):
    bogus = tmp_path / "notes.tar.gz"
    bogus.write_text("not an archive")
    with pytest.raises(CommandError, match="is not a newsdesk backup"):
        call_command("restore", str(bogus))
