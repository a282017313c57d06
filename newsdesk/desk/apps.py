from django.apps import AppConfig


class DeskConfig(AppConfig):
    name = "newsdesk.desk"
    verbose_name = "Editors' desk"
    default_auto_field = "django.db.models.BigAutoField"
