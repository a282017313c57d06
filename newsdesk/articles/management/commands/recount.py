from django.core.management.base import BaseCommand

from newsdesk.articles import counts


class Command(BaseCommand):
    help = "Recount published articles per site day (after a bulk import)."

    def handle(self, *args, **options):
        days = counts.rebuild()
        self.stdout.write(f"Recounted {days} days.")
