"""Renditions served to readers from our own storage, under names that carry the content hash:
such a name never changes meaning, so browsers and CDNs may keep it for a year."""

import re

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from . import renditions, storage
from .models import Image

SHA256 = re.compile(r"[0-9a-f]{64}")
YEAR = 365 * 24 * 3600


@require_safe
def rendition(request, sha256: str, width: int, ext: str):
    if not SHA256.fullmatch(sha256) or ext not in renditions.FORMATS:
        raise Http404("No such image")
    image = Image.objects.filter(sha256=sha256, status=Image.Status.READY).only("width").first()
    if image is None or width not in image.widths():
        raise Http404("No such image")
    try:
        path = storage.rendition(sha256, width, ext)
    except OSError as exc:  # the original is gone from the disk, or unreadable
        raise Http404("Image not available") from exc
    response = FileResponse(path.open("rb"), content_type=renditions.CONTENT_TYPES[ext])
    response["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    return response
