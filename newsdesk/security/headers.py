"""Response headers that Django 5.2 has no setting for.

The Content-Security-Policy itself comes from django-csp (settings.CONTENT_SECURITY_POLICY): it is
the package Django 6's built-in CSP grew from, with the same dict of directives, so moving to
Django 6 is a change of setting names, not of policy.
"""

# Features a news site never uses: no page of ours, nor anything injected into one, may ask for them.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer",
        "microphone", "midi", "payment", "usb", "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class AdminPolicyMiddleware:
    """The editors' pages (behind sign-in) allow inline scripts and styles: the admin's own widgets
    set styles from script, and the body editor loads its modules through an inline import map.
    Public pages keep the strict policy: nothing a reader is served runs inline."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        from django.conf import settings

        if request.path_info.startswith(f"/{settings.NEWSDESK_ADMIN_PATH}"):
            response._csp_update = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}
        return response
