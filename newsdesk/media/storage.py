"""Where kept images live: under MEDIA_ROOT, named by the sha256 of their bytes, so the same
picture from two agencies or two reports is stored once and its names never change."""

import hashlib
import os
import tempfile
from pathlib import Path

from django.conf import settings

from . import renditions

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def original_path(sha256: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "originals" / sha256[:2] / sha256


def rendition_name(sha256: str, width: int, ext: str) -> str:
    return f"{sha256}-{width}.{ext}"


def rendition_path(sha256: str, width: int, ext: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "renditions" / sha256[:2] / rendition_name(sha256, width, ext)


def keep_original(data: bytes) -> str:
    """Store the bytes (once) and return their hash."""
    sha256 = digest(data)
    path = original_path(sha256)
    if not path.exists():
        write_atomically(path, data)
    return sha256


def write_atomically(path: Path, data: bytes) -> None:
    """Readers and other workers see the whole file or none of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def rendition(sha256: str, width: int, ext: str) -> Path:
    """The rendition's file, made from the original the first time it is asked for."""
    path = rendition_path(sha256, width, ext)
    if not path.exists():
        write_atomically(path, renditions.render(original_path(sha256).read_bytes(), width, ext))
    return path


def make_renditions(sha256: str, widths: list[int]) -> None:
    for width in widths:
        for ext in renditions.FORMATS:
            rendition(sha256, width, ext)
