"""OPML, the list format feed readers exchange: sources in and out. Pure."""

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from lxml import etree


class OPMLError(ValueError):
    pass


@dataclass
class Outline:
    name: str
    feed_url: str
    homepage: str = ""
    language: str = ""


def parse(data: bytes) -> list[Outline]:
    """Every outline with an xmlUrl, at any depth (readers group feeds in folders)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OPMLError(f"not an OPML file: {exc}") from exc
    if root.tag != "opml":
        raise OPMLError(f"not an OPML file: the root element is <{root.tag}>")
    found = []
    for node in root.iter("outline"):
        url = (node.get("xmlUrl") or "").strip()
        if url:
            name = node.get("title") or node.get("text") or url
            found.append(Outline(name.strip(), url, (node.get("htmlUrl") or "").strip(), node.get("language") or ""))
    return found


def render(outlines: list[Outline], title: str = "newsdesk sources") -> str:
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        f"  <head><title>{title}</title></head>",
        "  <body>",
    ]
    for o in outlines:
        extra = f" htmlUrl={quoteattr(o.homepage)}" if o.homepage else ""
        extra += f" language={quoteattr(o.language)}" if o.language else ""
        lines.append(
            f'    <outline type="rss" text={quoteattr(o.name)} title={quoteattr(o.name)} '
            f"xmlUrl={quoteattr(o.feed_url)}{extra}/>"
        )
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)
