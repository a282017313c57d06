from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "newsdesk.ingest"
    verbose_name = "Ingestion"

    def ready(self):
        # Registers the Huey tasks with djhuey's consumer (`newsdesk run_huey`).
        from . import tasks  # noqa: F401
