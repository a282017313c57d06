"""Site templates: what a source repeats on every page is learned and removed from its bodies,
never an article's own paragraphs."""

import json
import random

from newsdesk.extract import SiteTemplate, extract
from newsdesk.extract.template import MAX_ENTRIES, MAX_RECENT_PAGES, MIN_PAGES

from .site_pages import MENU, MOST_READ, SITE_LINES, STORIES, site_page

URL = "https://courier.example/news/{}"


def learned(pages: range) -> SiteTemplate:
    template = SiteTemplate()
    for index in pages:
        assert template.learn(site_page(index))
    return template


def paragraphs(index: int, template: SiteTemplate | None = None) -> list[str]:
    return extract(site_page(index), URL.format(index), template=template).text.split("\n\n")


def test_learned_template_removes_the_sites_lines_from_every_page():
    template = learned(range(len(STORIES)))
    for index, (_, story) in enumerate(STORIES):
        body = paragraphs(index, template)
        assert not [line for line in body if line in SITE_LINES + MENU + MOST_READ]
        assert "Scroll Up" not in "\n".join(body)
        assert body == story


def test_the_template_removes_what_generic_cleaning_cannot_recognise():
    without = paragraphs(0)
    assert set(SITE_LINES) & set(without)  # prose-like lines: only repetition gives them away
    assert not set(SITE_LINES) & set(paragraphs(0, learned(range(len(STORIES)))))


def test_a_sources_first_pages_are_kept_whole():
    for seen in range(1, MIN_PAGES):
        template = learned(range(seen))
        assert not template.ready
        assert paragraphs(0, template) == paragraphs(0)


def test_a_refetched_page_does_not_count_as_another_page():
    template = SiteTemplate()
    assert template.learn(site_page(0))
    assert not template.learn(site_page(0))
    assert not template.learn(site_page(0).encode("utf-8"))
    assert template.pages == 1
    assert paragraphs(0, template) == paragraphs(0)


def test_a_paragraph_two_stories_share_is_kept():
    shared = ("The port authority has been asked to publish its full maintenance plan, which "
              "residents say should have been made public when the harbour works were announced.")
    pages = [site_page(i).replace("</h1>", f"</h1><p>{shared}</p>") if i < 2 else site_page(i)
             for i in range(len(STORIES))]
    template = SiteTemplate()
    for page in pages:
        template.learn(page)
    body = extract(pages[0], URL.format(0), template=template).text.split("\n\n")
    assert shared in body


def test_an_old_teaser_stops_counting_once_the_site_moves_on():
    teaser = "Harbour regatta draws record crowds to the seafront despite the rain"
    template = SiteTemplate()
    for n in range(40):
        extra = f"<p>{teaser}</p>" if n < MIN_PAGES else ""
        template.learn(site_page(n % len(STORIES)).replace(
            'href="https://courier.example/news/', f'href="https://courier.example/{n}/news/'
        ).replace("</h1>", f"</h1>{extra}"))
    assert not template.is_template(teaser)
    assert template.is_template(SITE_LINES[0])


def test_template_survives_a_round_trip_through_json():
    template = learned(range(len(STORIES)))
    stored = json.loads(json.dumps(template.to_dict()))
    restored = SiteTemplate.from_dict(stored)
    assert restored.to_dict() == template.to_dict()
    assert paragraphs(1, restored) == paragraphs(1, template)


def test_template_stays_bounded_however_many_pages_it_learns():
    rng = random.Random(7)
    words = [f"word{n}" for n in range(500)]
    template = SiteTemplate()
    for n in range(150):
        unique = "".join(f"<p>{' '.join(rng.choices(words, k=8))}</p>" for _ in range(40))
        template.learn(f'<html><head><link rel="canonical" href="https://courier.example/{n}">'
                       f"</head><body><p>{SITE_LINES[2]}</p>{unique}</body></html>")
    stored = template.to_dict()
    assert len(stored["blocks"]) <= MAX_ENTRIES
    assert len(stored["recent"]) <= MAX_RECENT_PAGES
    assert len(json.dumps(stored)) < 120_000
    assert template.is_template(SITE_LINES[2])


def test_an_unreadable_stored_template_starts_afresh():
    for stored in (None, {}, {"version": 99, "pages": 5}, {"version": 1, "blocks": "x"},
                   {"version": 1, "pages": "many", "recent": [], "blocks": {}}):
        template = SiteTemplate.from_dict(stored)
        assert template.pages == 0 and not template.counts


def test_pages_that_cannot_be_read_teach_nothing():
    template = SiteTemplate()
    assert not template.learn(b"")
    assert not template.learn(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert template.pages == 0


def test_a_body_the_template_would_empty_is_kept_whole():
    # Reports that differ only in their numbers look alike to the template (numbers are ignored so
    # that "© 2024" and "© 2025" match); the article must survive, not vanish.
    _, story = STORIES[0]

    def numbered(n: int) -> str:  # a wire page with nothing but the report
        body = "".join(f"<p>Report {n}: {line}</p>" for line in story)
        return f"<html><head><title>Report {n}</title></head><body><article><h1>Report {n}</h1>{body}</article></body></html>"

    template = SiteTemplate()
    for n in range(MIN_PAGES + 2):
        template.learn(numbered(n))
    body = extract(numbered(99), URL.format(99), template=template).text.split("\n\n")
    assert body == [f"Report 99: {line}" for line in story]
