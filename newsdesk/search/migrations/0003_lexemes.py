from django.db import migrations

from newsdesk.search.backends import for_connection


def add_lexemes(apps, schema_editor):
    for_connection(schema_editor.connection).add_lexemes(schema_editor)


def drop_lexemes(apps, schema_editor):
    for_connection(schema_editor.connection).drop_lexemes(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_periods")]

    operations = [migrations.RunPython(add_lexemes, drop_lexemes)]
