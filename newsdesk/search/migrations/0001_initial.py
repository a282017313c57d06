from django.db import migrations, models

from newsdesk.search.backends import for_connection


def create_words(apps, schema_editor):
    for_connection(schema_editor.connection).create_structures(schema_editor)


def drop_words(apps, schema_editor):
    for_connection(schema_editor.connection).drop_structures(schema_editor)


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Entry",
            fields=[
                ("article_id", models.BigIntegerField(primary_key=True, serialize=False)),
                ("language", models.CharField(max_length=8)),
                ("published_at", models.DateTimeField()),
                ("section_id", models.BigIntegerField(null=True)),
                ("source_id", models.BigIntegerField(null=True)),
                ("row_key", models.BigIntegerField(null=True)),
            ],
            options={"verbose_name_plural": "entries"},
        ),
        migrations.RunPython(create_words, drop_words),
    ]
