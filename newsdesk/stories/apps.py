from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "newsdesk.stories"
    verbose_name = "Stories"

    def ready(self):
        from . import signals, tasks  # noqa: F401  (connects the signal, registers the task)
