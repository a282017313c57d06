from django.apps import AppConfig


class DeploymentConfig(AppConfig):
    name = "newsdesk.deployment"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deployment checks)
