"""Small real-looking feeds and pages for the local agency servers in the tests."""

from email.utils import format_datetime
from html import escape

WIRE_TEXT = [
    "Officials in Damascus said on Monday that the talks on trade and investment had been "
    "constructive, and that a joint committee would meet again next month to review progress.",
    "Delegates from Turkey and Syria reviewed a list of projects worth an estimated 240 million "
    "dollars, including road links, customs procedures and two new border crossings.",
    "According to the statement, both sides agreed to exchange expert teams on water management "
    "and to publish the first results of the joint study before the end of the year.",
    "A spokesperson said further details would be announced at a press conference in Damascus "
    "on Thursday, after the delegations have briefed their governments.",
]


def rss(items: list[dict], title: str = "Wire") -> bytes:
    """items: dicts with link, title, description, content, date (datetime), categories."""
    out = []
    for it in items:
        parts = []
        if it.get("title") is not None:
            parts.append(f"<title>{escape(it['title'])}</title>")
        if it.get("link"):
            parts.append(f"<link>{escape(it['link'])}</link>")
        if it.get("description"):
            parts.append(f"<description>{escape(it['description'])}</description>")
        if it.get("content"):
            parts.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        if it.get("date"):
            parts.append(f"<pubDate>{format_datetime(it['date'], usegmt=True)}</pubDate>")
        parts += [f"<category>{escape(c)}</category>" for c in it.get("categories", [])]
        out.append(f"<item>{''.join(parts)}</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title>{''.join(out)}</channel></rss>"
    ).encode()


def article_page(headline: str, paragraphs: list[str], agency: str = "Wire", date: str = "",
                 lang: str = "en", charset_meta: bool = True) -> str:
    meta = '<meta charset="utf-8">' if charset_meta else ""
    stamp = f'<meta property="article:published_time" content="{date}"><time datetime="{date}">{date}</time>' if date else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head>{meta}<title>{escape(headline)} | {agency}</title>'
        f'<meta property="og:title" content="{escape(headline)}"></head><body>'
        '<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></nav>'
        f"<article><h1>{escape(headline)}</h1>{stamp}<div class='body'>{body}</div></article>"
        '<div class="share">Share: Facebook Twitter WhatsApp</div>'
        '<div class="cookies">We use cookies. By continuing you accept our cookie policy.</div>'
        "<footer><p>All rights reserved.</p><a href='#'>Scroll Up</a></footer></body></html>"
    )
