"""`newsdesk stories rebuild [--since DATE] [--force]`: stories for existing articles."""

import sys
from datetime import datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from newsdesk.articles.models import Article
from newsdesk.portal.models import Portal
from newsdesk.stories import bulk, embedding


class Command(BaseCommand):
    help = "Assign stories to stored articles (resumable: those with a story are skipped unless --force)."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        rebuild = actions.add_parser("rebuild", help="assign stories to existing articles, oldest first")
        rebuild.add_argument("--since", help="only articles published on or after this day (YYYY-MM-DD)")
        rebuild.add_argument("--force", action="store_true", help="assign again those that have a story (not pinned ones)")

    def handle(self, *args, action, since=None, force=False, **options):
        articles = Article.objects.all()
        if since:
            articles = articles.filter(published_at__gte=start_of(since))
        try:
            with tqdm(total=self.count(articles, force), unit="article", file=sys.stderr,
                      disable=not sys.stderr.isatty()) as bar:
                done = bulk.rebuild(articles, force=force, progress=bar.update)
        except embedding.ModelUnavailable as exc:
            raise CommandError(f"stories cannot be rebuilt without the sentence model: {exc}") from exc
        self.stdout.write(f"{done} articles assigned to stories.")

    @staticmethod
    def count(articles, force: bool) -> int:
        wanted = articles.exclude(story_version__pinned=True)
        return wanted.count() if force else wanted.filter(story_version__isnull=True).count()


def start_of(text: str) -> datetime:
    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise CommandError(f"--since {text!r} is not a day like 2024-05-06") from None
    return timezone.make_aware(datetime.combine(day, time.min), Portal.load().zone)
