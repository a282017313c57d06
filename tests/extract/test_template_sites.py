"""Site templates on whole sites: six made-up sites (Arabic, Turkish, English) of many pages each,
and the demo agency. Pages arrive one by one as ingestion has them; once the template has seen
MIN_PAGES pages, no line of the site's template is left in any body and no article paragraph is
removed."""

import html
import itertools
import json
import re
from functools import cache

import pytest
from lxml import html as lxml_html

from newsdesk.demo.agency import UI, Agency
from newsdesk.extract import ExtractedArticle, SiteTemplate, extract
from newsdesk.extract.template import MIN_PAGES, block_key
from newsdesk.ingest.pipeline import TEMPLATE_EVERY, TEMPLATE_YOUNG

from . import made_up_sites
from .made_up_sites import (
    MAX_PARAGRAPH_WORDS,
    MIN_PARAGRAPH_WORDS,
    PAGES,
    SITE_KEYS,
    SITES,
    Page,
    site,
    words,
)

DEMO_PAGES = 36
DEMO_URL = "http://127.0.0.1:8800"
PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)


def ingested(pages: list[Page]) -> list[tuple[Page, ExtractedArticle, bool]]:
    """Each page extracted as the ingestion pipeline does it (learned_template): the template
    is read from its stored (JSON) form, taught the page while young or on every
    TEMPLATE_EVERY-th entry, stored again, then used on the page it was just taught.
    Returns (page, article, whether the template was ready for it)."""
    stored = None
    results = []
    for serial, page in enumerate(pages, start=1):  # the serial stands for the entry's id
        template = SiteTemplate.from_dict(stored)
        if (template.pages < TEMPLATE_YOUNG or serial % TEMPLATE_EVERY == 0) and template.learn(
                page.html):
            stored = json.loads(json.dumps(template.to_dict()))
        article = extract(page.html, page.url, feed_title=page.title, template=template)
        results.append((page, article, template.ready))
    return results


@cache
def site_pages(key: str) -> tuple[Page, ...]:
    return tuple(site(key).pages())


@cache
def site_results(key: str) -> tuple[tuple[Page, ExtractedArticle, bool], ...]:
    return tuple(ingested(list(site_pages(key))))


def norm(text: str) -> str:
    """Words only: a line reads the same whatever its punctuation, case and spacing."""
    return " ".join(words(text))


def paragraphs(article: ExtractedArticle) -> list[str]:
    return article.text.split("\n\n") if article.text else []


def lines_left(article: ExtractedArticle, lines) -> list[str]:
    """The lines found in the body: as a paragraph of their own, or (lines of two words or
    more) inside the text."""
    body = {norm(p) for p in paragraphs(article)}
    text = f" {norm(article.text)} "
    return [line for line in lines
            if norm(line) in body or (len(words(line)) > 1 and f" {norm(line)} " in text)]


def in_order(wanted, got) -> bool:
    remaining = iter(got)
    return all(any(p == g for g in remaining) for p in wanted)


def site_lines(pages) -> set[str]:
    """Template lines on every page of the site: menus, strips, notices, footers, prose lines."""
    return set.intersection(*(set(p.furniture) for p in pages))




# ------------------------------------------------------------------------- the sites

def test_the_made_up_sites_are_many_real_looking_pages():
    assert len(SITES) >= 6
    assert sorted(s.lang for s in SITES) == ["ar", "ar", "en", "en", "tr", "tr"]
    assert len({s.render for s in SITES}) == len(SITES)  # a template of its own each
    for key in SITE_KEYS:
        pages = site_pages(key)
        assert len(pages) == PAGES >= 25
        assert len({p.title for p in pages}) > PAGES * 0.8
        all_paragraphs = [para for p in pages for para in p.paragraphs]
        for page in pages:
            assert 3 <= len(page.paragraphs) <= 8
            assert all(MIN_PARAGRAPH_WORDS <= len(words(para)) <= MAX_PARAGRAPH_WORDS
                       for para in page.paragraphs)
            assert set(page.prose_lines) <= set(page.furniture)
            # Checking a body for furniture must not trip over the story's own words.
            story = f" {norm(' '.join(page.paragraphs + page.captions))} "
            assert not [line for line in page.furniture
                        if len(words(line)) > 1 and f" {norm(line)} " in story]
        # No paragraph is on two pages: the template has no right to any of them.
        assert len({block_key(p) for p in all_paragraphs}) == len(all_paragraphs)
        lang = site(key).lang
        text = " ".join(all_paragraphs)
        if lang == "ar":
            assert '<html lang="ar" dir="rtl">' in pages[0].html
            assert len(re.findall(r"[\u0600-\u06ff]", text)) > 0.7 * len(re.sub(r"\W", "", text))
        if lang == "tr":
            assert '<html lang="tr">' in pages[0].html
            assert set("çğıöşü") <= set(text)


def test_the_made_up_sites_are_deterministic():
    first = site("ekspres").page(7)
    site_again = site("ekspres")
    assert site_again.page(7) == first
    made_up_sites._story.cache_clear()
    made_up_sites._paragraph_keys.cache_clear()
    assert made_up_sites.site("ekspres").page(7) == first


# ------------------------------------------------------- learned templates on the sites

@pytest.mark.parametrize("key", SITE_KEYS)
def test_no_site_line_is_left_once_the_template_has_seen_enough_pages(key):
    lines = site_lines(site_pages(key))
    checked = [(page, article) for page, article, ready in site_results(key) if ready]
    assert [page.index for page, _ in checked] == list(range(MIN_PAGES - 1, PAGES))
    left = {page.index: found for page, article in checked
            if (found := lines_left(article, lines))}
    assert not left


@pytest.mark.parametrize("key", SITE_KEYS)
def test_no_other_furniture_line_is_left(key):
    # Lines that change from page to page: bylines, dates, breadcrumbs, lists of other stories.
    lines = site_lines(site_pages(key))
    left = {page.index: found for page, article, ready in site_results(key) if ready
            if (found := lines_left(article, set(page.furniture) - lines))}
    assert not left


@pytest.mark.parametrize("key", SITE_KEYS)
def test_no_article_paragraph_is_removed(key):
    for page, article, _ in site_results(key):
        assert in_order(page.paragraphs, paragraphs(article)), page.index


@pytest.mark.parametrize("key", SITE_KEYS)
def test_the_body_is_the_story_once_the_template_has_seen_enough_pages(key):
    wrong = {}
    for page, article, ready in site_results(key):
        if not ready:
            continue
        got = paragraphs(article)
        if got != list(page.paragraphs):
            wrong[page.index] = [p for p in got if p not in page.paragraphs]
        # Captions are kept apart from the text.
        assert not [c for c in page.captions if norm(c) in norm(article.text)], page.index
    assert not wrong


@pytest.mark.parametrize("key", SITE_KEYS)
def test_without_the_template_prose_like_site_lines_leak(key):
    """The prose lines are what only the template can remove: generic cleaning keeps them."""
    leaked = {}
    for page, article, ready in site_results(key):
        plain = extract(page.html, page.url, feed_title=page.title)
        if found := lines_left(plain, page.prose_lines):
            leaked[page.index] = found
            assert not lines_left(article, page.prose_lines) or not ready
    assert len(leaked) >= PAGES // 2, leaked


@pytest.mark.parametrize("key", SITE_KEYS)
def test_a_sites_first_page_keeps_every_article_paragraph(key):
    (page, article, ready), = ingested([site_pages(key)[0]])
    assert not ready
    assert in_order(page.paragraphs, paragraphs(article))
    assert article.text == extract(page.html, page.url, feed_title=page.title).text


# ---------------------------------------------------------------------- the demo agency

@pytest.mark.parametrize("key", SITE_KEYS)
def test_every_page_gets_the_day_it_prints(key):
    # No feed date is given: the day comes from the page alone, in its own language.
    wrong = [(page.index, page.published.date(), article.published)
             for page, article, _ in site_results(key)
             if article.published is None or article.published.date() != page.published.date()]
    assert wrong == []


def demo_pages(seed: int, language: str) -> list[Page]:
    """The first DEMO_PAGES report pages of one edition of the agency (each edition has a feed
    of its own, so ingestion learns one template per edition), with the report's paragraphs."""
    agency = Agency(seed)
    pages = []
    numbers = (k for k in range(1, 20 * DEMO_PAGES) if agency.report(k).language == language)
    for k in itertools.islice(numbers, DEMO_PAGES):
        report = agency.report(k)
        page_html = agency.article(k, float("inf"), language)
        story = tuple(html.unescape(p) for p in PARAGRAPH.findall(report.body_html))
        # A tag or a related headline may name a country the report names too: such lines
        # cannot be looked for in the body.
        text = f" {norm(' '.join(story))} "
        furniture = tuple(line for line in demo_furniture(page_html)
                          if len(words(line)) < 2 or f" {norm(line)} " not in text)
        pages.append(Page("demo", k, DEMO_URL + agency.path(k, report), page_html,
                          report.headline, story, (), furniture, (), report.published_at))
    return pages


def demo_furniture(page_html: str) -> tuple[str, ...]:
    """Every line of the page outside the report's body, as page_block_keys sees lines."""
    tree = lxml_html.fromstring(page_html)
    for body in tree.xpath('//div[@class="article-body"]'):
        body.drop_tree()
    lines = []
    for element in tree.find(".//body").iter():
        own = (element.text or "").strip() or any((c.tail or "").strip() for c in element)
        if own and (line := " ".join(element.text_content().split())):
            lines.append(line)
    return tuple(dict.fromkeys(lines))


@cache
def demo_results(seed: int, language: str):
    return tuple(ingested(demo_pages(seed, language)))


# 2018 is the demo's default; 0, 1 and 11 once wrote paragraphs that recurred across reports.
DEMO_SEEDS = (2018, 7, 0, 1, 11)


DEMO_EDITIONS = [(seed, language) for seed in DEMO_SEEDS for language in ("en", "tr", "ar")]


@pytest.mark.parametrize(("seed", "language"), DEMO_EDITIONS)
def test_no_template_line_is_left_on_the_demo_agency(seed, language):
    results = demo_results(seed, language)
    assert len(results) == DEMO_PAGES
    lines = site_lines([page for page, _, _ in results])
    assert {UI[language]["up"], UI[language]["related"], UI[language]["accept"]} <= lines
    left = {page.index: found for page, article, ready in results if ready
            if (found := lines_left(article, page.furniture))}
    assert not left


@pytest.mark.parametrize(("seed", "language"), DEMO_EDITIONS)
def test_every_demo_report_is_kept_whole(seed, language):
    wrong = {}
    for page, article, ready in demo_results(seed, language):
        got = paragraphs(article)
        if not in_order(page.paragraphs, got) or ready and got != list(page.paragraphs):
            wrong[page.index] = ([p[:60] for p in page.paragraphs if p not in got],
                                 [p[:60] for p in got if p not in page.paragraphs])
    assert not wrong
