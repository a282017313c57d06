from django.core.management.base import BaseCommand
from tqdm import tqdm

from newsdesk.articles.models import Article
from newsdesk.search import indexing
from newsdesk.search.models import Entry


class Command(BaseCommand):
    help = "Rebuild the search index from the published articles, in batches."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="only when the index is empty and articles are published"
        )

    def handle(self, *args, if_empty, **options):
        published = Article.objects.filter(status=Article.Status.PUBLISHED, published_at__isnull=False)
        if if_empty and (Entry.objects.exists() or not published.exists()):
            self.stdout.write("The search index is in place; nothing rebuilt.")
            return
        with tqdm(total=published.count(), unit="article", disable=not self.stdout.isatty()) as bar:
            done = indexing.rebuild(progress=lambda n: bar.update(n - bar.n))
        self.stdout.write(self.style.SUCCESS(f"Indexed {done:,} articles ({indexing.size() / 1e6:.1f} MB of index)."))
