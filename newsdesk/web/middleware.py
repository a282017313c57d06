from django.utils import timezone

from newsdesk.portal.models import Portal


class SiteTimeZoneMiddleware:
    """Dates on public pages are the site's dates: render them in its zone, not the server's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timezone.activate(Portal.load().zone)
        try:
            return self.get_response(request)
        finally:
            timezone.deactivate()
