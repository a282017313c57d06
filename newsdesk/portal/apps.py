from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "newsdesk.portal"
    verbose_name = "Portal settings"
