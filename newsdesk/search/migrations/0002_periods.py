from django.db import migrations

from newsdesk.search.backends import for_connection


def add_periods(apps, schema_editor):
    for_connection(schema_editor.connection).add_periods(schema_editor)


def drop_periods(apps, schema_editor):
    for_connection(schema_editor.connection).drop_periods(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_periods, drop_periods)]
