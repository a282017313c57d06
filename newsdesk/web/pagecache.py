"""Whole public pages, cached for anonymous readers until public content changes.

The key carries the content version (articles.changes), the language, the address and the
current minute: a publish shows at once, and an article scheduled for 14:05 shows at 14:05.
"""

import hashlib
from functools import wraps

from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from newsdesk.articles import changes

MAX_AGE = 60


def page_key(request) -> str:
    address = hashlib.sha1(request.get_full_path().encode()).hexdigest()
    minute = timezone.now().strftime("%Y%m%d%H%M")
    return f"page:{changes.version()}:{get_language()}:{minute}:{address}"


def cached_page(view=None, *, alias="pages"):
    """Cache the view's 200 responses in the cache `alias` (search pages keep their own, so a
    flood of one-off queries never pushes the site's pages out)."""
    if view is None:
        return lambda v: cached_page(v, alias=alias)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        cacheable = request.method in ("GET", "HEAD") and not request.user.is_authenticated
        if not cacheable:
            return view(request, *args, **kwargs)
        key = page_key(request)
        pages = caches[alias]
        stored = pages.get(key)
        if stored is not None:
            response = HttpResponse(stored[0], content_type=stored[1])
        else:
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                pages.set(key, (response.content, response["Content-Type"]), MAX_AGE + 30)
        patch_cache_control(response, public=True, max_age=MAX_AGE)
        return response

    return wrapper
