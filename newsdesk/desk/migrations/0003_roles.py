"""The administrator, editor and contributor groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from newsdesk.desk import roles


def create_roles(apps, schema_editor):
    # Permissions are made after `migrate` ends; the groups need them now.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, verbosity=0, apps=apps)
        config.models_module = None
    roles.sync(apps)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=roles.ROLES).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0002_audit"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("articles", "0006_desk_fields"),
        ("sources", "0003_drop_source_kind"),
        ("portal", "0002_edition_names"),
        ("stories", "0001_initial"),
        ("media", "0001_initial"),
        ("ingest", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
