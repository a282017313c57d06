from datetime import UTC, datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.backups import archive
from newsdesk.backups.database import BackupError


class Command(BaseCommand):
    help = "Write a consistent backup of the running site (database, secret key, media) as a tar.gz."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="file to write (default: newsdesk-backup-<time>.tar.gz)")

    def handle(self, *args, path=None, **options):
        target = Path(path or f"newsdesk-backup-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.tar.gz")
        if target.is_dir():
            target = target / f"newsdesk-backup-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.tar.gz"
        try:
            manifest = archive.backup(target.resolve())
        except (BackupError, OSError) as exc:
            raise CommandError(f"Backup failed: {exc}") from exc
        articles = manifest["counts"].get("articles.Article", 0)
        self.stdout.write(f"Wrote {target}: {articles} articles, {manifest['media_files']} media files.")
