from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "newsdesk.search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401  (the index follows every article write)
