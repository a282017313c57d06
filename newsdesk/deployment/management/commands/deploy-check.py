"""`newsdesk deploy-check`: the deployment checks, failing on a warning as well as an error."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = ("Say what is wrong with this deployment's settings (Django's and newsdesk's deployment "
            "checks); exit non-zero if anything is.")

    def handle(self, *args, **options):
        call_command("check", deploy=True, fail_level="WARNING")
