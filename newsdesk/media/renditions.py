"""Responsive renditions of a kept image: WebP and JPEG at a few widths, never upscaled. Pure."""

from io import BytesIO

from PIL import Image, ImageOps

WIDTHS = (320, 640, 960, 1280)
FORMATS = {"webp": "WEBP", "jpg": "JPEG"}  # file extension -> Pillow's encoder
CONTENT_TYPES = {"webp": "image/webp", "jpg": "image/jpeg"}
QUALITY = {"webp": 80, "jpg": 82}


def widths_for(width: int) -> list[int]:
    """The widths to offer for an image `width` pixels wide: the standard ones below it, and the
    image's own width when it is narrower than the largest (so it is never enlarged)."""
    below = [w for w in WIDTHS if w < width]
    largest = min(width, WIDTHS[-1])
    return below if largest in below else below + [largest]


def height_at(width: int, height: int, wanted: int) -> int:
    return max(1, round(height * wanted / width))


def render(original: bytes, width: int, ext: str) -> bytes:
    """The image `width` pixels wide, as `ext` ("webp" or "jpg"); the first frame of an animation."""
    with Image.open(BytesIO(original)) as image:
        image.seek(0)
        frame = ImageOps.exif_transpose(image)
        frame = flatten(frame, keep_alpha=ext == "webp")
        if width < frame.width:
            size = (width, height_at(frame.width, frame.height, width))
            frame = frame.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        out = BytesIO()
        frame.save(out, FORMATS[ext], quality=QUALITY[ext], optimize=ext == "jpg")
        return out.getvalue()


def flatten(image: Image.Image, keep_alpha: bool) -> Image.Image:
    """RGB (or RGBA for WebP): palette, CMYK and grey images converted; transparency laid on
    white for JPEG, which has none."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if not has_alpha:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    if keep_alpha:
        return rgba
    background = Image.new("RGB", rgba.size, "white")
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background
