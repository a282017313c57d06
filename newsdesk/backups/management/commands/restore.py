from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from newsdesk.backups import archive
from newsdesk.backups.database import BackupError


class Command(BaseCommand):
    help = "Restore a backup made by `newsdesk backup` into an empty data directory and database."

    def add_arguments(self, parser):
        parser.add_argument("path", help="the backup's tar.gz")
        parser.add_argument("--force", action="store_true", help="replace a database and media that are not empty")

    def handle(self, *args, path, force=False, **options):
        try:
            manifest = archive.restore(Path(path), force=force)
        except (BackupError, OSError) as exc:
            raise CommandError(f"Restore failed: {exc}") from exc
        articles = manifest["counts"].get("articles.Article", 0)
        self.stdout.write(f"Restored {path} (made {manifest['created_at']}): {articles} articles.")
