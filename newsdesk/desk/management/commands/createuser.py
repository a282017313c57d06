"""`newsdesk createuser --role editor NAME`: a staff account in one of the desk's roles, for
scripted set-up. The password never goes on the command line (it would show in `ps` and in shell
history): it comes from an environment variable, or the account waits for one set in the admin."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from newsdesk.desk import roles


class Command(BaseCommand):
    help = "Create a staff account as administrator, editor or contributor."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=roles.ROLES)
        parser.add_argument("--email", default="")
        parser.add_argument("--password-from-env", metavar="VAR", help="name of the variable holding the password")

    def handle(self, *args, username, role, email, password_from_env, **options):
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise CommandError(f"A user named {username!r} exists already.")
        user = User(username=username, email=email, is_staff=True)
        password = self.password(password_from_env, user)
        with transaction.atomic():
            if password is None:
                user.set_unusable_password()
            else:
                user.set_password(password)
            user.save()
            user.groups.add(Group.objects.get(name=role))
        note = "" if password else " (no password yet: set one in the admin)"
        self.stdout.write(f"Created {role} {username}{note}.")

    def password(self, variable: str | None, user) -> str | None:
        if not variable:
            return None
        password = os.environ.get(variable)
        if not password:
            raise CommandError(f"The environment variable {variable} is not set or empty.")
        try:
            validate_password(password, user)
        except ValidationError as exc:
            raise CommandError("The password is refused: " + " ".join(exc.messages)) from exc
        return password
