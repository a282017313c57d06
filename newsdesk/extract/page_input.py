"""Turning whatever a fetch returned into page text, or a reason why there is no page to read.

Everything the extractor does afterwards is bounded by what this lets through: size is capped
so a 20 MB download cannot stall a worker, and binary data never reaches the HTML parser.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from trafilatura.utils import detect_encoding, load_html

# Real article pages stay well under this (the largest in our development set is 1.6 MB).
MAX_INPUT_BYTES = 5_000_000
# Signatures of common binary payloads served where a page was expected.
BINARY_MAGIC = {
    b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF", b"PK\x03\x04": "ZIP",
    b"\x1f\x8b": "gzip", b"RIFF": "RIFF", b"\x00\x00\x01\x00": "ICO", b"OggS": "Ogg",
    b"ID3": "MP3", b"\x7fELF": "ELF", b"BZh": "bzip2", b"\xfd7zXZ": "xz",
}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
# Share of control characters above which a "page" is binary noise.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Characters XML does not allow: the parser lets them into text nodes, but lxml refuses any
# later edit of a node holding one (dropping an element moves its tail), so they go before
# parsing. A reader never sees them. (Lone surrogates become "?" when encoding.)
NOT_XML_ASCII = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
NOT_XML_CHARS = ("\ufffe", "\uffff")


@dataclass(frozen=True)
class PageInput:
    text: str = ""
    reason: str = ""  # why there is no text to read; "" when there is


def read_input(html: bytes | str | None) -> PageInput:
    if html is None:
        return PageInput(reason="empty input")
    if not isinstance(html, bytes | str):
        return PageInput(reason=f"unsupported input type {type(html).__name__}")
    size = len(html)  # characters for text: never fewer than a quarter of the bytes
    if size > MAX_INPUT_BYTES:
        return PageInput(reason=f"input too large ({size} bytes, limit {MAX_INPUT_BYTES})")
    if isinstance(html, bytes):
        kind = next((name for magic, name in BINARY_MAGIC.items() if html.startswith(magic)), "")
        if kind:
            return PageInput(reason=f"binary input ({kind})")
        html = decode(html)
    if not html.strip():
        return PageInput(reason="empty input")
    sample = html[:4096]
    if len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        return PageInput(reason="binary input (control characters)")
    if "<" not in html:
        return PageInput(reason="not HTML (no markup)")
    return PageInput(text=html)


def decode(data: bytes) -> str:
    """Bytes to text: a byte-order mark first, then UTF-8, then the charset the page declares,
    then a statistical guess; undecodable bytes become U+FFFD rather than an error."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guesses = []
    if declared := DECLARED_CHARSET.search(data[:4096]):
        guesses.append(declared.group(1).decode("ascii", "ignore"))
    guesses.extend(detect_encoding(data))
    for encoding in guesses:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


def _html_parser() -> etree.HTMLParser:
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                              collect_ids=False, default_doctype=False)
    # Every element an HtmlElement, chosen in C: lxml.html's own lookup calls into Python for
    # each element touched, which cost more than the parse itself over a whole extraction.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _html_parser()


def parse(text: str) -> HtmlElement | None:
    """The page's element tree, or None when the text does not parse as an HTML document."""
    data = xml_safe(text)
    try:
        tree = etree.fromstring(data, _PARSER)
    except (etree.ParserError, ValueError):
        tree = None
    if tree is None:
        tree = load_html(data.decode("utf-8"))  # trafilatura's loader copes with a few more broken pages
    if tree is None or tree.find(".//body") is None and len(tree) == 0:
        return None
    return tree


def xml_safe(text: str) -> bytes:
    """The page as UTF-8 without the characters XML does not allow (bytes.translate: a regular
    expression over the whole page cost more than the rest of reading the input)."""
    for char in NOT_XML_CHARS:
        if char in text:
            text = text.replace(char, "")
    return text.encode("utf-8", "replace").translate(None, NOT_XML_ASCII)


def looks_truncated(text: str) -> bool:
    tail = text[-2048:].lower()
    return "</html" not in tail and "</body" not in tail


# Elements that never show text to a reader. JSON-LD scripts stay: extraction's last-resort
# rescue reads an article body from them.
INVISIBLE = ("script", "style", "noscript", "template", "svg", "link", "iframe")


def strip_invisible(tree: HtmlElement) -> str:
    """Remove what a reader never sees (smaller trees are faster to extract from) and return the
    visible text of the body."""
    doomed = [e for e in tree.iter(INVISIBLE)
              if e.tag != "script" or (e.get("type") or "").lower() != "application/ld+json"]
    for element in doomed:
        element.drop_tree()  # keeps the tail text, which is visible
    body = tree.find(".//body")
    body = tree if body is None else body
    # Text nodes joined with spaces, so "<td>May 3,</td><td>2025</td>" keeps its words apart.
    text = " ".join(body.itertext())
    for script in body.iter("script"):  # the JSON-LD left in the body is not visible either
        text = text.replace(script.text, " ", 1) if script.text else text
    return text
