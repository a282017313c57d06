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
