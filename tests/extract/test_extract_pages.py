"""Whole pages in, articles out: made-up agency pages in English, Turkish and Arabic, each with
the furniture real sites carry (menus, share strips, cookie notices, related lists, footers with
"Scroll Up"), checked against the expected result kept beside the page."""

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from newsdesk.extract import extract

PAGES = Path(__file__).parent / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.html"))
TAG = re.compile(r"</?([a-z0-9]+)")


def load(name: str) -> tuple[bytes, dict]:
    html = (PAGES / f"{name}.html").read_bytes()
    expected = json.loads((PAGES / f"{name}.expected.json").read_text(encoding="utf-8"))
    return html, expected


@pytest.fixture(params=PAGE_NAMES)
def page(request):
    html, expected = load(request.param)
    return extract(html, expected["url"]), expected


def test_page_metadata_is_read(page):
    article, expected = page
    assert article.ok and article.reason == ""
    assert article.title == expected["title"]
    assert article.published == datetime.fromisoformat(expected["published"])
    assert article.published.utcoffset() == datetime.fromisoformat(expected["published"]).utcoffset()
    assert article.author == expected["author"]
    assert article.language == expected["language"]
    assert article.site_name == expected["site_name"]
    assert article.lead_image == expected["lead_image"]


def test_every_article_paragraph_is_kept_in_order(page):
    article, expected = page
    paragraphs = article.text.split("\n\n")
    positions = [paragraphs.index(p) for p in expected["paragraphs"] if p in paragraphs]
    missing = [p[:60] for p in expected["paragraphs"] if p not in paragraphs]
    assert not missing
    assert positions == sorted(positions)


def test_page_furniture_is_left_out(page):
    article, expected = page
    for phrase in expected["absent"]:
        assert phrase not in article.text
        assert phrase not in article.body_html


def test_paragraphs_are_neither_empty_nor_repeated(page):
    article, _ = page
    paragraphs = article.text.split("\n\n")
    assert all(p.strip() for p in paragraphs)
    assert len(paragraphs) == len(set(paragraphs))


def test_body_html_uses_only_the_clean_tags(page):
    article, _ = page
    allowed = {"p", "h2", "h3", "ul", "li", "blockquote", "figure", "figcaption", "img"}
    assert set(TAG.findall(article.body_html)) <= allowed
    assert "<script" not in article.body_html and "style=" not in article.body_html


def test_captions_stay_out_of_the_text_but_label_their_figure(page):
    article, expected = page
    for caption in expected["captions"]:
        assert caption not in article.text
        assert f"<figcaption>{caption}</figcaption>" in article.body_html


def test_a_page_in_a_legacy_turkish_encoding_reads_the_same():
    html, expected = load("tr_agency")
    legacy = html.decode("utf-8").encode("cp1254")
    assert extract(legacy, expected["url"]) == extract(html, expected["url"])
