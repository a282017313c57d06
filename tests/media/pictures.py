"""Real image files made with Pillow for the tests."""

import struct
import zlib
from io import BytesIO

from PIL import Image, ImageDraw


def picture(width: int, height: int, fmt: str = "JPEG", mode: str = "RGB", colour=(200, 60, 40)) -> bytes:
    image = Image.new(mode, (width, height), colour if mode == "RGB" else colour + (128,))
    ImageDraw.Draw(image).ellipse((width // 4, height // 4, width // 2, height // 2), fill="navy")
    out = BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A small PNG whose header claims `width` x `height` pixels (a decompression bomb's shape)."""
    data = bytearray(picture(8, 8, "PNG"))
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return bytes(data)


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script>fetch("/admin/").then(r => r.text())</script><rect width="100" height="100"/></svg>'
)
HTML_PAGE = b"<!DOCTYPE html><html><head><title>Not found</title></head><body>Gone</body></html>"
