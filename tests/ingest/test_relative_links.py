"""Links and images in stored bodies point at the agency, never at our own site."""

import pytest

from newsdesk.articles.html import absolute_urls
from newsdesk.articles.models import Article
from newsdesk.ingest import pipeline, polling
from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, rss

BODY = "".join(f"<p>{p}</p>" for p in WIRE_TEXT * 2)
RELATIVE = '<p><img src="/media/p.jpg" alt="Delegates"> See <a href="/news/2">day two</a> and <a href="more">more</a>.</p>'


def ingest(site, path: str, fetcher) -> Article:
    source = Source.objects.create(name="Wire", feed_url=site.url(path), auto_publish=True)
    result = polling.poll(source.pk, fetcher)
    assert result.error == "", result.error
    assert [pipeline.process_entry(e, fetcher) for e in result.new_entries] == ["created"]
    return Article.objects.get()


@pytest.mark.django_db
def test_relative_links_in_rss_content_point_at_the_agency(site, fetcher):
    site.routes["/rss.xml"] = (200, rss([{"link": "/news/1", "title": "Talks Resume", "content": RELATIVE + BODY}]))
    article = ingest(site, "/rss.xml", fetcher)
    assert article.original_url == site.url("/news/1")
    assert f'src="{site.url("/media/p.jpg")}"' in article.body
    assert f'href="{site.url("/news/2")}"' in article.body and f'href="{site.url("/news/more")}"' in article.body
    assert 'src="/' not in article.body and 'href="/' not in article.body


@pytest.mark.django_db
def test_atom_links_follow_the_feed_and_content_its_xml_base(site, fetcher):
    feed = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
    <title>Wire</title><id>urn:wire</id><entry><title>Talks Resume</title><id>urn:1</id>
    <link href="/news/1"/><updated>2024-04-30T10:00:00Z</updated>
    <content type="html" xml:base="https://cdn.agency.example/wire/"><![CDATA[{RELATIVE}{BODY}]]></content>
    </entry></feed>"""
    site.routes["/atom.xml"] = (200, feed.encode(), {"Content-Type": "application/atom+xml"})
    article = ingest(site, "/atom.xml", fetcher)
    assert article.original_url == site.url("/news/1")
    assert 'src="https://cdn.agency.example/media/p.jpg"' in article.body
    assert 'href="https://cdn.agency.example/wire/more"' in article.body


@pytest.mark.django_db
def test_a_pages_figures_follow_its_base_href(site, fetcher):
    paragraphs = "".join(f"<p>{p}</p>" for p in WIRE_TEXT)
    site.routes["/news/1"] = (200, f"""<!DOCTYPE html><html><head><meta charset="utf-8">
    <base href="https://cdn.agency.example/2024/"><title>Talks Resume</title></head><body><article>
    <h1>Talks Resume</h1>{paragraphs[:-4]}</p><figure><img src="photos/p.jpg"><figcaption>Delegates in
    Damascus.</figcaption></figure>{paragraphs}</article></body></html>""".encode())
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/news/1"), "title": "Talks Resume"}]))
    article = ingest(site, "/rss.xml", fetcher)
    assert 'src="https://cdn.agency.example/2024/photos/p.jpg"' in article.body


def test_srcset_candidates_and_odd_links_are_made_absolute_or_left_alone():
    html = ('Lead <img src="a.jpg" srcset="/a-1x.jpg 1x, a-2x.jpg 2x"> <a href="mailto:desk@agency.example">desk</a>'
            ' <a href="http://[broken/x">odd</a> <a href="https://other.example/x">other</a> tail')
    out = absolute_urls(html, "https://agency.example/news/1")
    assert out.startswith("Lead ") and out.endswith(" tail")
    assert 'srcset="https://agency.example/a-1x.jpg 1x, https://agency.example/news/a-2x.jpg 2x"' in out
    assert 'src="https://agency.example/news/a.jpg"' in out and 'href="mailto:desk@agency.example"' in out
    assert 'href="http://[broken/x"' in out and 'href="https://other.example/x"' in out
