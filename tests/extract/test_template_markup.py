"""What a site template learns from a page's markup: every line a reader sees, whatever the tag
holding it, and each line of a block broken by <br>, as extraction makes each a block."""

from lxml import html as lxml_html

from newsdesk.extract import SiteTemplate
from newsdesk.extract.template import MIN_PAGES, block_key, page_block_keys


def learned_from(pages: list[str]) -> SiteTemplate:
    template = SiteTemplate()
    for page in pages:
        assert template.learn(page)
    return template


def old_style_page(n: int) -> str:
    return (f'<html><head><link rel="canonical" href="https://old.example/{n}"></head><body>'
            f"<table><tr><td><font size=2><i>Staff report</i><br>Page {n}</font>"
            f"<p><font size=1>Email this story | Print this story</font></p>"
            f"<center><u>Tallow Creek since 1908</u></center>"
            f"<font size=1>Have a news tip? Call the newsroom.<br>Newsroom: 555-0142<br>"
            f"<a href='#'>Scroll Up</a></font></td></tr></table></body></html>")


def test_lines_in_old_style_tags_are_learned():
    # <font>, <i>, <u>, <center> hold whole lines on old sites; a list of "text tags" missed them.
    template = learned_from([old_style_page(n) for n in range(MIN_PAGES)])
    for line in ("Staff report", "Email this story | Print this story", "Tallow Creek since 1908"):
        assert template.is_template(line), line


def test_each_line_of_a_block_broken_by_br_is_learned():
    # Extraction makes every <br>-separated line a block of its own, so each is learned too.
    template = learned_from([old_style_page(n) for n in range(MIN_PAGES)])
    for line in ("Have a news tip? Call the newsroom.", "Newsroom: 555-0142", "Scroll Up"):
        assert template.is_template(line), line


def test_code_is_not_learned():
    page = ("<html><body><script>var tracker = 1;</script><style>p { color: red }</style>"
            "<!-- a comment --><p>Visible line</p></body></html>")
    assert page_block_keys(lxml_html.fromstring(page)) == {block_key("Visible line")}
