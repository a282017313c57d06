"""Is this image safe to keep? Pure: bytes in, a description or a refusal with its reason out.

Whatever the server's Content-Type says, the bytes must decode as one of the raster formats a
browser shows; vector images (SVG) are refused because they can carry scripts and links.
"""

import warnings
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, UnidentifiedImageError
from PIL.ExifTags import Base

FORMATS = ("JPEG", "PNG", "WEBP", "GIF")
# 40 megapixels is a 7700 x 5200 photograph: more than any lead image needs, and a bound on
# the memory a decode takes (about 160 MB as RGBA). Pillow only warns up to twice its own limit.
MAX_PIXELS = 40_000_000
MAX_BYTES = 15 * 1024 * 1024
# Pillow only warns between its limit and twice it, and a warning lets the decode go on: here it
# is an error, whatever image a process opens.
warnings.simplefilter("error", Image.DecompressionBombWarning)


class ImageRefused(Exception):
    """The bytes are not an image we keep; the message says why, in an editor's words."""


@dataclass(frozen=True)
class Checked:
    format: str  # one of FORMATS
    width: int  # as shown, after the camera's orientation is applied
    height: int


def inspect(data: bytes, content_type: str = "") -> Checked:
    if not data:
        raise ImageRefused("the response is empty")
    if is_svg(data, content_type):
        raise ImageRefused("SVG refused: vector images can carry scripts")
    try:
        with Image.open(BytesIO(data), formats=FORMATS) as image:
            check_pixels(*image.size)
            image.load()  # the header can lie: the whole picture must decode
            width, height = oriented_size(image)
            return Checked(image.format, width, height)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(f"refused: too many pixels ({exc})") from exc
    except UnidentifiedImageError as exc:
        raise ImageRefused(f"not a JPEG, PNG, WebP or GIF image ({describe(data)})") from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ImageRefused(f"the image is corrupt or truncated ({exc})") from exc


def check_pixels(width: int, height: int) -> None:
    if width < 1 or height < 1:
        raise ImageRefused(f"refused: the image claims a size of {width}x{height}")
    if width * height > MAX_PIXELS:
        raise ImageRefused(
            f"refused: {width}x{height} pixels is more than {MAX_PIXELS // 1_000_000} megapixels"
        )


def oriented_size(image: Image.Image) -> tuple[int, int]:
    """Width and height as a reader sees them: EXIF orientations 5-8 swap them."""
    orientation = image.getexif().get(Base.Orientation, 1)
    width, height = image.size
    return (height, width) if orientation in (5, 6, 7, 8) else (width, height)


def is_svg(data: bytes, content_type: str) -> bool:
    return "svg" in content_type.lower() or b"<svg" in data[:1024].lower()


def describe(data: bytes) -> str:
    """What the bytes look like instead, for the error message."""
    head = data[:256].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "an HTML page"
    if head.startswith((b"<", b"{")):
        return "a text document"
    return f"starts with {data[:8].hex(' ')}"
