from django.apps import AppConfig
from django.db.models.signals import post_migrate


class DeskConfig(AppConfig):
    name = "newsdesk.desk"
    verbose_name = "Editors' desk"

    def ready(self):
        from django.contrib import admin

        from . import (
            audit_admin,  # noqa: F401
            roles,
        )
        from .editing import admin as editing_admin  # noqa: F401  (the article admin, with roles and audit)
        from .queue import admin as queue_admin  # noqa: F401

        admin.site.index_template = "desk/dashboard.html"

        # A flush or a new app brings new permissions: the roles follow them.
        post_migrate.connect(roles.sync_after_migrate, dispatch_uid="desk-roles")
