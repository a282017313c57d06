from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from newsdesk.articles.models import Article
from newsdesk.demo.populate import populate
from newsdesk.demo.wire import parse_split


class Command(BaseCommand):
    help = "Set the site up as the demo portal and fill it with generated agency reports."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=15000, help="how many reports to add (default 15000)")
        parser.add_argument("--seed", type=int, default=2018)
        parser.add_argument(
            "--languages", default="en=2,tr=1,ar=1", metavar="SPLIT",
            help="share of reports per language, as weights (default en=2,tr=1,ar=1: half English)",
        )
        parser.add_argument("--if-empty", action="store_true", help="do nothing when articles exist already")

    def handle(self, *args, articles, seed, languages, if_empty, **options):
        if articles < 0:
            raise CommandError("--articles must be 0 or more")
        try:
            split = parse_split(languages)
        except ValueError as exc:
            raise CommandError(f"--languages: {exc}") from exc
        if if_empty and Article.objects.exists():
            self.stdout.write("Articles exist already; demo content not added.")
            return
        with tqdm(total=articles, unit="article", disable=not self.stdout.isatty()) as bar:
            stored = populate(articles, seed=seed, split=split, progress=lambda n: bar.update(n - bar.n))
            bar.update(stored - bar.n)
        self.stdout.write(self.style.SUCCESS(f"Stored {stored:,} demo articles."))
