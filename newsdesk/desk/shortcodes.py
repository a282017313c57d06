"""WordPress shortcodes in post content, turned into plain HTML before paragraphs are made. Pure.

[caption] becomes a figure with its figcaption; [embed]URL[/embed], [video]/[audio] with a source
and a bare media URL on a line of its own become links (we embed nothing from other sites); any
other shortcode is removed and counted, keeping what it encloses, since a plugin's wrapper
([su_quote]…[/su_quote]) usually holds the writer's own text.

Without the site's list of registered shortcodes, `[word]` alone in a sentence ("[sic]",
"[Reuters]") is text: a shortcode is recognised by WordPress's own names, by a plugin's
underscore or hyphen (vc_row, contact-form-7), by attributes, or by a matching closing tag.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field

CORE = {"caption", "wp_caption", "gallery", "audio", "video", "playlist", "embed"}
# Attributes follow a space, or an equals sign in WordPress.com's [youtube=https://…].
TAG = re.compile(r"\[(/?)([A-Za-z][\w-]*)((?:[\s=][^\[\]]*)?)\s*(/?)\]")
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
IMG = re.compile(r"<img\b[^>]*>", re.I)
LINKED_IMG = re.compile(r"<a\b[^>]*>\s*<img\b[^>]*>\s*</a>", re.I)
URL = re.compile(r"https?://[^\s\[\]<>\"']+")
MEDIA_SITES = {"youtube", "vimeo", "dailymotion", "soundcloud", "twitter", "instagram"}
BARE_URL = re.compile(r"^[ \t]*(https?://[^\s<>\"']+)[ \t]*$", re.M)


@dataclass
class Converted:
    html: str
    removed: Counter = field(default_factory=Counter)  # shortcode name -> times removed


def convert(content: str) -> Converted:
    removed: Counter = Counter()
    names = closed_names(content)
    out, pos = [], 0
    for match in TAG.finditer(content):
        if match.start() < pos:
            continue
        slash, name, attrs, _self = match.groups()
        if not is_shortcode(name, attrs, name.lower() in names):
            continue
        out.append(content[pos:match.start()])
        inner, end = enclosed(content, match, name)
        if name.lower() in MEDIA_SITES and (url := URL.search(attrs)):
            out.append(link(html.unescape(url.group(0))))  # [youtube https://…]: WordPress.com's embeds
        else:
            out.append(render(name.lower(), attributes(attrs), inner, slash, removed))
        pos = end
    out.append(content[pos:])
    return Converted(bare_urls("".join(out)), removed)


def closed_names(content: str) -> set[str]:
    return {m.group(2).lower() for m in TAG.finditer(content) if m.group(1)}


def is_shortcode(name: str, attrs: str, closed: bool) -> bool:
    lowered = name.lower()
    return lowered in CORE or lowered in MEDIA_SITES or "_" in name or "-" in name or "=" in attrs or closed


def enclosed(content: str, match: re.Match, name: str) -> tuple[str | None, int]:
    """What an opening tag encloses up to its `[/name]`, and where the shortcode ends."""
    if match.group(1) or match.group(4):
        return None, match.end()
    close = re.compile(rf"\[/{re.escape(name)}\]", re.I).search(content, match.end())
    if close is None:
        return None, match.end()
    return content[match.end():close.start()], close.end()


def attributes(text: str) -> dict[str, str]:
    return {m.group(1).lower(): next(g for g in m.groups()[1:] if g is not None) for m in ATTRIBUTE.finditer(text)}


def render(name: str, attrs: dict, inner: str | None, closing: str, removed: Counter) -> str:
    if closing:  # a stray closing tag
        removed[name] += 1
        return ""
    if name in ("caption", "wp_caption"):
        return figure(inner or "", attrs.get("caption", ""))
    if name == "embed":
        return link((inner or "").strip())
    if name in ("video", "audio") and (src := media_source(attrs)):
        return link(src)
    removed[name] += 1
    if not inner or name in ("video", "audio", "playlist", "gallery"):
        return ""  # media without a source we can link to; a gallery's images are the attachments
    kept = convert(inner)
    removed.update(kept.removed)
    return kept.html


def figure(inner: str, caption: str) -> str:
    """[caption]<img> text[/caption] -> <figure><img><figcaption>text</figcaption></figure>."""
    image = LINKED_IMG.search(inner) or IMG.search(inner)
    if image is None:
        return inner
    text = caption or (inner[:image.start()] + inner[image.end():]).strip()
    caption_html = f"<figcaption>{text}</figcaption>" if text else ""
    return f"<figure>{image.group(0)}{caption_html}</figure>"


def media_source(attrs: dict) -> str:
    for key in ("src", "mp4", "m4v", "webm", "ogv", "mp3", "ogg", "wav", "m4a"):
        if attrs.get(key, "").startswith(("http://", "https://")):
            return attrs[key]
    return ""


def link(url: str) -> str:
    if not url.startswith(("http://", "https://")):
        return html.escape(url)
    shown = html.escape(url)
    return f'<a href="{shown}">{shown}</a>'


def bare_urls(content: str) -> str:
    """A URL alone on its line is WordPress's auto-embed; here a link to it."""
    return BARE_URL.sub(lambda m: link(m.group(1)), content)
