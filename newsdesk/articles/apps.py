from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "newsdesk.articles"

    def ready(self):
        from . import signals  # noqa: F401  (day counts follow deletions)
