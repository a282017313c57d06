from django.db import migrations

from newsdesk.search.backends import for_connection


def add_prefix_index(apps, schema_editor):
    for_connection(schema_editor.connection).add_prefix_index(schema_editor)


def drop_prefix_index(apps, schema_editor):
    for_connection(schema_editor.connection).drop_prefix_index(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_lexemes")]

    operations = [migrations.RunPython(add_prefix_index, drop_prefix_index)]
