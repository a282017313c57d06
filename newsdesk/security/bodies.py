"""How large a request body is read: small for everyone, large only for the desk's own requests.

Readers never send more than a search or a sign-in form, so a body larger than Django's default
(2.5 MB) is refused with 413 before a byte of it is read, unless it is a signed-in staff member's
request to the admin: an article with a long body or an image upload, where the form itself says
what is too large. DATA_UPLOAD_MAX_MEMORY_SIZE stays the desk's ceiling.
"""

from django.conf import settings
from django.http import HttpResponse


class BodyLimitMiddleware:
    """After the authentication middleware (it asks who is signed in), before any view reads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = content_length(request.META)
        if length > settings.NEWSDESK_PUBLIC_BODY_MAX and not is_desk_request(request):
            return too_large(length, settings.NEWSDESK_PUBLIC_BODY_MAX)
        return self.get_response(request)


def content_length(meta) -> int:
    value = meta.get("CONTENT_LENGTH") or "0"
    return int(value) if value.isascii() and value.isdigit() else 0  # Django reads no body then


def is_desk_request(request) -> bool:
    # The user is looked up only for a large body to the admin: readers' requests never touch
    # the session.
    return request.path_info.startswith(f"/{settings.NEWSDESK_ADMIN_PATH}") and request.user.is_staff


def too_large(length: int, limit: int) -> HttpResponse:
    return HttpResponse(f"Request body too large: {length:,} bytes, at most {limit:,} here.\n",
                        status=413, content_type="text/plain; charset=utf-8")
