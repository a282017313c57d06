import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
django_application = get_wsgi_application()

from newsdesk.web.frontcache import FrontCache  # noqa: E402 (needs the settings loaded)

# Readers' repeated requests for cached pages are answered before Django (web.frontcache).
application = FrontCache(django_application)
