"""Bytes to text for agency pages: declared charsets are often wrong, so they are checked.

Order: a byte-order mark wins; text that decodes as strict UTF-8 (with non-ASCII in it) is
UTF-8 whatever the label says, because servers label UTF-8 as ISO-8859-1 or windows-125x far more
often than a legacy-encoded page happens to be valid UTF-8; then the declared charset (HTTP
header, then <meta> or the XML declaration); then detection; then windows-1252.
"""

import codecs
import re

from charset_normalizer import from_bytes

BOMS = [(codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I)
# WHATWG Encoding: browsers read these labels as the Windows superset, and so do we.
SUPERSETS = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254"}
# Detection picks among the encodings agencies we carry actually use.
CANDIDATES = ["cp1256", "iso8859-6", "cp1254", "cp1252", "cp1251", "iso8859-7"]


def codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return SUPERSETS.get(name, name)


def declared(body: bytes, content_type: str | None) -> str | None:
    header = None
    if content_type and (m := HEADER_CHARSET.search(content_type)):
        header = codec_name(m.group(1))
    inner = None
    head = body[:4096]
    for pattern in (XML_ENCODING, META_CHARSET):
        if inner is None and (m := pattern.search(head)):
            inner = codec_name(m.group(1).decode("ascii", "ignore"))
    # A header saying ISO-8859-1 is usually the web server's default, not the author's choice:
    # the document's own declaration knows better.
    if header == "cp1252" and inner:
        return inner
    return header or inner


def detect(body: bytes) -> str:
    best = from_bytes(body[:65536], cp_isolation=CANDIDATES).best()
    return codec_name(best.encoding) if best is not None else "cp1252"


def decode(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, the codec used) for a page's bytes and its Content-Type header."""
    for bom, name in BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace"), name
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not text.isascii() or declared(body, content_type) in (None, "utf-8"):
            return text, "utf-8"
    name = declared(body, content_type)
    # Nothing usable declared, or only the Western default (often a server's blanket label on an
    # Arabic or Turkish page): let detection decide.
    if name in (None, "utf-8", "cp1252"):
        name = detect(body)
    return body.decode(name, errors="replace"), name
