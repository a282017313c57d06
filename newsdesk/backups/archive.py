"""`newsdesk backup` and `newsdesk restore`: one tar.gz holding the database copy, the data
directory's secret key, the media and a manifest (what was copied, when, and the row counts)."""

import json
import os
import shutil
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import caches
from django.db import connection

from . import database
from .database import BackupError

FORMAT = 1
MANIFEST = "manifest.json"
KEY_FILE = "secret_key"
# The site's configuration from the environment, minus secrets (those stay with the operator).
CONFIGURATION = ("NEWSDESK_", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "DEBUG", "REDIS_URL")
SECRETS = ("SECRET_KEY", "DATABASE_URL")


def backup(target: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsdesk-backup-") as work:
        folder = Path(work)
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "database": connection.vendor,
            "counts": database.dump(folder),
            "environment": {k: v for k, v in sorted(os.environ.items())
                            if k.startswith(CONFIGURATION) and k not in SECRETS},
            "secret_key": _copy_key(folder),
            "media_files": _copy_media(folder),
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        partial = target.with_name(target.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            for item in sorted(folder.iterdir()):
                tar.add(item, arcname=item.name)
        partial.replace(target)  # a backup file that exists is a whole one
        target.chmod(0o600)  # it holds the secret key
    return manifest


def _copy_key(folder: Path) -> bool:
    key = settings.DATA_DIR / KEY_FILE
    if key.exists():
        shutil.copyfile(key, folder / KEY_FILE)
    return key.exists()


def _copy_media(folder: Path) -> int:
    media = Path(settings.MEDIA_ROOT)
    if not media.is_dir():
        return 0
    shutil.copytree(media, folder / "media")
    return sum(1 for p in (folder / "media").rglob("*") if p.is_file())


def restore(source: Path, force: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="newsdesk-restore-") as work:
        folder = Path(work)
        manifest = _unpack(source, folder)
        media = Path(settings.MEDIA_ROOT)
        has_media = media.is_dir() and any(media.iterdir())
        if not force and (not database.is_empty() or has_media):
            raise BackupError("this site already has a database or media: restore only into an "
                              "empty one, or add --force to replace what is there")
        database.clear()
        database.load(folder, manifest["database"])
        _put_key(folder)
        if (folder / "media").is_dir():
            shutil.rmtree(media, ignore_errors=True)
            shutil.copytree(folder / "media", media)
    for cache in caches.all():  # nothing cached from the replaced site may outlive it
        cache.clear()
    return manifest


def _unpack(source: Path, folder: Path) -> dict:
    if not source.is_file():
        raise BackupError(f"{source} is not a file")
    try:
        with tarfile.open(source, "r:gz") as tar:
            tar.extractall(folder, filter="data")  # no absolute paths, links or devices
        manifest = json.loads((folder / MANIFEST).read_text())
    except (tarfile.TarError, OSError, ValueError) as exc:
        raise BackupError(f"{source} is not a newsdesk backup: {exc}") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} has backup format {manifest.get('format')}, this newsdesk reads {FORMAT}")
    return manifest


def _put_key(folder: Path) -> None:
    if not (folder / KEY_FILE).exists():
        return
    fresh = settings.DATA_DIR / (KEY_FILE + ".restoring")
    fresh.unlink(missing_ok=True)
    fd = os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private from the start
    with os.fdopen(fd, "wb") as file:
        file.write((folder / KEY_FILE).read_bytes())
    fresh.replace(settings.DATA_DIR / KEY_FILE)
