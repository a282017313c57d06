"""WordPress's automatic paragraphs: what its `wpautop` filter makes of a post written in the
classic editor, where a blank line starts a paragraph and a single newline breaks the line. Pure.

The rules, in WordPress's order: blank lines split paragraphs; block-level elements stand on their
own and are never wrapped in <p>; a single newline inside a paragraph becomes <br />, except next
to a block element; <pre> keeps its text as written.
"""

import re

BLOCKS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|"
    "blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|"
    "footer|nav|figure|figcaption|details|menu|summary"
)
OPEN_BLOCK = re.compile(rf"(<(?:{BLOCKS})[\s/>])", re.I)
CLOSE_BLOCK = re.compile(rf"(</(?:{BLOCKS})>)", re.I)
# What autop must not touch: the text inside <pre> (and inside script/style, which it keeps whole).
VERBATIM = re.compile(r"(<(pre|script|style|textarea)(?:\s[^>]*)?>)(.*?)(</\2>)", re.I | re.S)
# A figure (a converted [caption]) stands whole: its image and caption are not paragraphs.
FIGURE = re.compile(r"<figure[\s>].*?</figure>", re.I | re.S)
HELD_FIGURE = re.compile("<p>\x03(\\d+)\x04</p>")
DOUBLE_BR = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.I)
PARAGRAPH_SPLIT = re.compile(r"\n\s*\n")
EMPTY_P = re.compile(r"<p>\s*</p>")
UNWRAP_OPEN = re.compile(rf"<p>\s*(</?(?:{BLOCKS})[^>]*>)", re.I)
UNWRAP_CLOSE = re.compile(rf"(</?(?:{BLOCKS})[^>]*>)\s*</p>", re.I)
TEXT_THEN_CLOSE = re.compile(r"<p>([^<]+)</(div|address|form)>", re.I)
BR_AFTER_BLOCK = re.compile(rf"(</?(?:{BLOCKS})[^>]*>)\s*<br />", re.I)
BR_BEFORE_BLOCK = re.compile(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", re.I)
# Paragraphs hold no blank lines by now, so only spaces and tabs can precede a newline.
SINGLE_NEWLINE = re.compile(r"(?<!<br />)[ \t]*\n")


def autop(text: str, br: bool = True) -> str:
    """`text` with paragraphs and line breaks made explicit, as WordPress shows it."""
    if not text.strip():
        return ""
    text, kept = hold(text.replace("\r\n", "\n").replace("\r", "\n"))
    figures: list[str] = []
    text = FIGURE.sub(lambda m: figures.append(m.group(0)) or f"\n\n\x03{len(figures) - 1}\x04\n\n", text)
    text = DOUBLE_BR.sub("\n\n", text + "\n")
    # A block element stands apart from the text around it.
    text = OPEN_BLOCK.sub(r"\n\n\1", text)
    text = CLOSE_BLOCK.sub(r"\1\n\n", text)
    text = re.sub(r"\n\n+", "\n\n", text)
    paragraphs = [p.strip() for p in PARAGRAPH_SPLIT.split(text) if p.strip()]
    text = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    text = unwrap_blocks(text)
    if br:
        text = SINGLE_NEWLINE.sub("<br />\n", text.replace("</p>\n", "</p>\x00"))
        text = text.replace("\x00", "\n")
        text = BR_AFTER_BLOCK.sub(r"\1", text)
        text = BR_BEFORE_BLOCK.sub(r"\1", text)
    text = re.sub(r"\n</p>", "</p>", text)
    text = HELD_FIGURE.sub(lambda m: figures[int(m.group(1))], text)
    return release(text, kept).strip()


def unwrap_blocks(text: str) -> str:
    """No <p> around a block element's tags; a blockquote holds its paragraphs."""
    text = EMPTY_P.sub("", text)
    text = TEXT_THEN_CLOSE.sub(r"<p>\1</p></\2>", text)
    text = re.sub(r"<p>\s*<blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.I)
    text = re.sub(r"</blockquote>\s*</p>", "</p></blockquote>", text, flags=re.I)
    text = UNWRAP_OPEN.sub(r"\1", text)
    text = UNWRAP_CLOSE.sub(r"\1", text)
    return EMPTY_P.sub("", text)


def hold(text: str) -> tuple[str, list[str]]:
    """Set verbatim text aside behind placeholders; the element's own tags stay for the rules."""
    kept: list[str] = []

    def keep(match: re.Match) -> str:
        kept.append(match.group(3))
        return f"{match.group(1)}\x01{len(kept) - 1}\x02{match.group(4)}"

    return VERBATIM.sub(keep, text), kept


def release(text: str, kept: list[str]) -> str:
    return re.sub("\x01(\\d+)\x02", lambda m: kept[int(m.group(1))], text) if kept else text
