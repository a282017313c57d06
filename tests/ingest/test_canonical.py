"""The address a report is kept under is the agency's own, less its tracking parameters."""

import pytest

from newsdesk.articles.models import Article
from newsdesk.ingest import pipeline, polling
from newsdesk.ingest.canonical import canonical_url
from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, rss

AS_WRITTEN = [
    "http://agency.example/news?12345",
    "http://agency.example/search?q=x;y=1",
    "http://[2001:db8::1]:8080/a",
    "HTTPS://Agency.Example:443/News/A?b=2&a=1",
    "https://agency.example/a?q=caf%C3%A9+au+lait&empty=&flag",
    "https://agency.example/a#section-2",
    "https://agency.example/a?page=2#utm_source=x",
]


@pytest.mark.parametrize("url", AS_WRITTEN)
def test_an_address_without_tracking_parameters_is_kept_byte_for_byte(url):
    assert canonical_url(url) == url


@pytest.mark.parametrize("url, kept", [
    ("https://agency.example/a?id=5&utm_source=x&fbclid=1&gclid=2", "https://agency.example/a?id=5"),
    ("https://agency.example/a?utm_source=rss&utm_medium=feed", "https://agency.example/a"),
    ("https://agency.example/a?q=x;y=1&utm_campaign=z#top", "https://agency.example/a?q=x;y=1#top"),
    ("http://[2001:db8::1]:8080/a?UTM_Source=x&id=%3D7", "http://[2001:db8::1]:8080/a?id=%3D7"),
    ("https://agency.example/a?12345&gclid=abc", "https://agency.example/a?12345"),
    ("https://agency.example/a?utm%5Fsource=x&b=2", "https://agency.example/a?b=2"),
])
def test_tracking_parameters_go_and_the_rest_of_the_query_stays_as_written(url, kept):
    assert canonical_url(url) == kept


@pytest.mark.django_db
def test_the_source_link_of_a_stored_report_is_the_feeds_link(site, fetcher, client, portal):
    """`?12345` must not come back as `?12345=`, nor `;` as `%3B`: both are other pages."""
    links = [site.url("/news?12345"), site.url("/search?q=x;y=1&utm_source=rss")]
    items = [{"link": link, "title": f"Talks Resume, part {n}",
              "content": "".join(f"<p>Part {n}. {p}</p>" for p in WIRE_TEXT * 2)} for n, link in enumerate(links)]
    site.routes["/rss.xml"] = (200, rss(items))
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True)
    result = polling.poll(source.pk, fetcher)
    assert [pipeline.process_entry(e, fetcher) for e in result.new_entries] == ["created", "created"]
    stored = set(Article.objects.values_list("original_url", flat=True))
    assert stored == {site.url("/news?12345"), site.url("/search?q=x;y=1")}
    page = client.get(Article.objects.get(original_url=site.url("/news?12345")).get_absolute_url())
    assert f'href="{site.url("/news?12345")}"' in page.content.decode()
