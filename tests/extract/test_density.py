"""The density reading: the article's paragraphs out of the page's furniture, however the page
is built (page builders, broken markup, tables, code, old-style layout tables)."""

import json

from newsdesk.extract import extract
from newsdesk.extract.density import density_blocks
from newsdesk.extract.page_input import parse

URL = "https://wire.example/news/2024/05/17/harbour"
STORY = [
    "Dredging of the inner harbour will begin in April, the port authority said on Monday, "
    "after two years of delays caused by a dispute over where the silt should be dumped.",
    "The work is expected to take eleven weeks and will deepen the main channel by almost two "
    "metres, allowing larger ferries to dock at the passenger terminal during low tide.",
    "Fishing crews will be moved to the north quay while the dredgers operate, and the "
    "authority promised that mooring fees would be waived for the whole period of the works.",
    "Environmental groups welcomed the decision to take the silt to a licensed site inland "
    "rather than releasing it at sea, which had been the original plan rejected last year.",
]
MENU = "".join(f'<li><a href="/{s}">{s.title()} news and analysis</a></li>'
               for s in ("politics", "economy", "world", "science", "culture", "sports"))
SIDEBAR_TEASERS = "".join(
    f"<div class='teaser'><a href='/t/{i}'>Council approves a new budget for the coastal towns "
    f"after a long debate number {i}</a><p>Short teaser.</p></div>" for i in range(8))


def page(body: str) -> str:
    return (f"<html><head><title>Harbour dredging to start - Wire</title></head><body>"
            f"<header><nav><ul>{MENU}</ul></nav></header>{body}"
            f"<aside class='sidebar'>{SIDEBAR_TEASERS}</aside>"
            "<footer><p>© Wire. All rights reserved.</p><a href='#'>Scroll Up</a></footer>"
            "</body></html>")


def paragraphs(html: str) -> list[str]:
    return extract(html, URL).text.split("\n\n")


def article(*paras: str) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def test_the_article_is_read_without_menu_sidebar_or_footer():
    html = page(f"<main><article><h1>Harbour dredging to start</h1>{article(*STORY)}"
                "<div class='share-strip'><a href='#'>Facebook</a> <a href='#'>X</a></div>"
                "</article></main>")
    assert paragraphs(html) == STORY


def test_a_body_split_across_page_builder_sections_is_read_whole():
    sections = "".join(
        f"<section class='builder-row'><div class='builder-col'><div class='builder-text'>"
        f"{article(p)}</div></div></section>" for p in STORY)
    assert paragraphs(page(f"<div class='page-content'>{sections}</div>")) == STORY


def test_sections_of_short_bullet_points_are_read_with_the_prose():
    # A how-to split into sections, most of them plain bullet points: the points are the story.
    points = ["Check the tide tables", "Book the slipway early", "Carry spare fuel",
              "Tell the harbour master", "Keep the radio on channel 16", "Wear a life jacket"]
    bullets = "<ul>" + "".join(f"<li>{p}</li>" for p in points) + "</ul>"
    sections = (f"<div class='sect'><h2>Before</h2>{article(*STORY[:3])}</div>"
                f"<div class='sect'><h2>Checklist</h2>{bullets}</div>"
                f"<div class='sect'><h2>After</h2>{bullets.replace('Check', 'Recheck')}{article(STORY[3])}</div>")
    blocks = density_blocks(parse(page(f"<main><div class='post'>{sections}</div></main>")))
    text = "\n".join(block.plain for block in blocks)
    assert all(p in text for p in STORY) and "Recheck the tide tables" in text
    assert "Short teaser" not in text and "news and analysis" not in text


def test_an_unclosed_menu_does_not_swallow_the_article():
    # The menu is never closed: the parser puts the whole page inside it.
    html = ("<html><body><nav class='menu'><ul>" + MENU + "<div class='entry'>"
            + article(*STORY) + "</div></body></html>")
    assert paragraphs(html) == STORY


def test_text_after_a_line_break_is_kept():
    html = page(f"<article><p>{STORY[0]}<br><br>{STORY[1]}</p>{article(*STORY[2:])}</article>")
    assert paragraphs(html) == STORY


def test_hidden_parts_and_share_strips_are_left_out():
    html = page("<article>" + article(STORY[0])
                + "<div style='display: none'>Subscribe to read the rest of this story now</div>"
                + "<div class='social-share'>Share this story with your friends today</div>"
                + article(*STORY[1:]) + "</article>")
    assert paragraphs(html) == STORY


def test_a_data_table_reads_as_one_line_per_row():
    table = ("<table><tr><th>Quay</th><th>Depth</th></tr>"
             "<tr><td>North</td><td>7.5 m</td></tr><tr><td>South</td><td>6 m</td></tr></table>")
    blocks = density_blocks(parse(page(f"<article>{article(*STORY[:2])}{table}"
                                       f"{article(*STORY[2:])}</article>")))
    rows = [b.items for b in blocks if b.kind == "ul"]
    assert rows == [("Quay | Depth", "North | 7.5 m", "South | 6 m")]


def test_an_old_style_layout_table_keeps_its_paragraphs_as_paragraphs():
    html = ("<html><body><table><tr><td class='nav'>" + MENU.replace("li>", "div>") + "</td>"
            "<td><font size='2'>" + article(*STORY) + "</font></td></tr></table></body></html>")
    blocks = density_blocks(parse(html))
    assert [b.text for b in blocks if b.kind == "p"] == STORY


def test_code_keeps_its_lines_and_its_highlighted_comments():
    code = ("<pre><code><span class='comment'># deepen the channel</span>\n"
            "dredge --depth 2\n<span class='token comment'># then survey</span>\nsurvey</code></pre>")
    text = extract(page(f"<article>{article(*STORY[:2])}{code}{article(*STORY[2:])}</article>"),
                   URL).text
    assert "# deepen the channel\n\ndredge --depth 2\n\n# then survey\n\nsurvey" in text


def test_a_page_without_an_article_element_falls_back_to_a_second_extractor():
    # Bare text in <br>-separated lines of a single <div>: no element holds paragraphs.
    lines = "<br>".join(STORY)
    result = extract(f"<html><body><div>{lines}</div></body></html>", URL)
    assert result.ok
    assert all(p in result.text for p in STORY)


def test_structured_data_inside_the_article_is_never_read_as_text():
    # CMS plugins print the page's JSON-LD where the article is rendered; on a short story it
    # can hold more characters than the story itself (keywords, every image size, the author).
    data = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                       "headline": "Harbour dredging to start",
                       "keywords": [f"harbour works topic {i}" for i in range(300)],
                       "articleSection": "Local news"})
    html = page(f"<main><article><h1>Harbour dredging to start</h1>"
                f'<script type="application/ld+json">{data}</script>{article(*STORY)}'
                "</article></main>")
    assert paragraphs(html) == STORY
