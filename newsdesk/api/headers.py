"""What every /api/ answer says about itself: the methods it allows (GET, HEAD, OPTIONS: the API
has no write path) and how long it may be kept (a minute, like the site's pages;
ConditionalGetMiddleware adds the ETag that lets browsers and proxies revalidate)."""

from django.http import HttpResponse, HttpResponseNotAllowed
from django.utils.cache import patch_cache_control

ALLOWED = "GET, HEAD, OPTIONS"
MAX_AGE = 60
PREFIX = "/api/"


class ApiHeadersMiddleware:
    """Sits inside CorsMiddleware, which answers browsers' preflight requests before this."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS":
            response = HttpResponse()
            response["Allow"] = ALLOWED
            return response
        if request.method not in ("GET", "HEAD"):  # the documents and the docs page too: read-only
            response = HttpResponseNotAllowed(["GET", "HEAD", "OPTIONS"])
            return response
        response = self.get_response(request)
        if response.status_code == 405:
            response["Allow"] = ALLOWED
        elif request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=MAX_AGE)
        return response
