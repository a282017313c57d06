"""Feeds of every kind agencies publish, and the broken ones, as bytes -> entries."""

from datetime import UTC, datetime

import pytest

from newsdesk.ingest.errors import FeedError
from newsdesk.ingest.feeds import Sitemap, newest_sitemaps, parse

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)

RSS2 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Levant News Agency</title>
<item><title>Syria: Talks Resume in Damascus</title>
<link>https://agency.example/news/1?utm_source=rss</link><guid>agency-1</guid>
<description>Officials said the talks were constructive.</description>
<content:encoded><![CDATA[<p>Full text.</p>]]></content:encoded>
<pubDate>Tue, 30 Apr 2024 09:15:00 +0300</pubDate><category>Politics</category><category>Syria</category>
<media:content url="https://agency.example/img/1.jpg" medium="image"/></item>
<item><title>No date</title><link>https://agency.example/news/2</link></item>
<item><title>From the future</title><link>https://agency.example/news/3</link>
<pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
<item><title>Epoch</title><link>https://agency.example/news/4</link>
<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>
<item><title>No link at all</title><description>nothing to follow</description></item>
<item><link>https://agency.example/news/5</link><description>No title here.</description></item>
</channel></rss>"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://agency.example/">
<title>Wire</title><link>https://agency.example/</link><description>d</description></channel>
<item rdf:about="https://agency.example/rdf/1"><title>RDF item</title>
<link>https://agency.example/rdf/1</link><dc:date>2024-04-30T10:00:00+02:00</dc:date></item>
</rdf:RDF>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old wire</title>
<link>https://agency.example/</link><description>d</description><language>en</language>
<item><title>Old style</title><link>https://agency.example/old/1</link></item></channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom wire</title><id>urn:wire</id><updated>2024-04-30T10:00:00Z</updated>
<entry><title>Atom item</title><id>urn:1</id><link rel="alternate" href="https://agency.example/atom/1"/>
<updated>2024-04-30T10:00:00Z</updated><published>2024-04-30T08:00:00Z</published>
<summary>Short.</summary><author><name>Desk</name></author><category term="Economy"/></entry></feed>"""

JSON_FEED = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "JSON wire",
 "items": [{"id": "1", "url": "https://agency.example/json/1", "title": "JSON item",
  "content_html": "<p>Body</p>", "date_published": "2024-04-30T10:00:00+03:00",
  "tags": ["Health"], "authors": [{"name": "Desk"}], "image": "https://agency.example/j.jpg"},
  {"id": "2", "title": "no url"}]}"""

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://agency.example/s/1</loc><news:news><news:publication>
<news:name>Wire</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-04-30T10:00:00+00:00</news:publication_date>
<news:title>Sitemap item</news:title><news:keywords>Turkey, Economy</news:keywords></news:news></url>
<url><loc>https://agency.example/s/2</loc><lastmod>2024-04-29</lastmod></url></urlset>"""


def test_rss2_entries_carry_link_title_summary_content_date_categories_and_image():
    feed = parse(RSS2, "https://agency.example/rss", now=NOW)
    first = feed.entries[0]
    assert feed.kind == "rss" and feed.title == "Levant News Agency"
    assert first.link == "https://agency.example/news/1?utm_source=rss"
    assert first.title == "Syria: Talks Resume in Damascus" and first.guid == "agency-1"
    assert first.content == "<p>Full text.</p>" and "constructive" in first.summary
    assert first.published == datetime(2024, 4, 30, 6, 15, tzinfo=UTC)
    assert first.categories == ["Politics", "Syria"]
    assert first.image == "https://agency.example/img/1.jpg"


def test_missing_future_and_1970_dates_are_missing_clamped_and_dropped():
    by_title = {e.title: e for e in parse(RSS2, "https://agency.example/rss", now=NOW).entries}
    assert by_title["No date"].published is None
    assert by_title["From the future"].published == NOW
    assert by_title["Epoch"].published is None


def test_entries_without_a_link_are_counted_and_left_out_and_untitled_ones_kept():
    feed = parse(RSS2, "https://agency.example/rss", now=NOW)
    assert feed.skipped == 1 and all(e.link for e in feed.entries)
    assert any(e.title == "" and e.link.endswith("/5") for e in feed.entries)


@pytest.mark.parametrize(("body", "kind", "link", "title"), [
    (RSS1, "rss", "https://agency.example/rdf/1", "RDF item"),
    (RSS091, "rss", "https://agency.example/old/1", "Old style"),
    (ATOM, "atom", "https://agency.example/atom/1", "Atom item"),
    (JSON_FEED, "json", "https://agency.example/json/1", "JSON item"),
    (NEWS_SITEMAP, "sitemap", "https://agency.example/s/1", "Sitemap item"),
])
def test_every_feed_format_gives_entries(body, kind, link, title):
    feed = parse(body, "https://agency.example/feed", now=NOW)
    assert feed.kind == kind
    assert (feed.entries[0].link, feed.entries[0].title) == (link, title)


def test_atom_json_and_sitemap_dates_and_categories_are_read():
    atom = parse(ATOM, "u", now=NOW).entries[0]
    assert atom.published == datetime(2024, 4, 30, 8, 0, tzinfo=UTC) and atom.categories == ["Economy"]
    item = parse(JSON_FEED, "u", now=NOW).entries[0]
    assert item.published == datetime(2024, 4, 30, 7, 0, tzinfo=UTC) and item.author == "Desk"
    sitemap = parse(NEWS_SITEMAP, "u", now=NOW)
    assert sitemap.entries[0].categories == ["Turkey", "Economy"]
    assert sitemap.entries[1].published == datetime(2024, 4, 29, tzinfo=UTC)


@pytest.mark.parametrize(("body", "message"), [
    (b"<!DOCTYPE html><html><head><title>Agency</title></head><body>Home</body></html>", "HTML page, not a feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>x</ite', "invalid XML"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>', "no entries"),
    (b"", "empty"),
    (b'{"items": []}', "JSON without a JSON Feed version"),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>', "invalid XML"),
    (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
     b"<sitemap><loc>javascript:alert(1)</loc></sitemap></sitemapindex>", "lists no sitemaps"),
])
def test_what_is_not_a_feed_says_what_it_is(body, message):
    with pytest.raises(FeedError, match=message):
        parse(body, "https://agency.example/feed", now=NOW)


SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://agency.example/sitemap-2024-03.xml</loc><lastmod>2024-03-31T23:50:00Z</lastmod></sitemap>
  <sitemap><loc> https://agency.example/sitemap-2024-05.xml </loc><lastmod>2024-05-01T11:58:00+00:00</lastmod></sitemap>
  <sitemap><loc>https://agency.example/sitemap-2024-04.xml</loc><lastmod>2024-04-30T23:59:00Z</lastmod></sitemap>
  <sitemap><loc>ftp://agency.example/old.xml</loc></sitemap>
</sitemapindex>"""


def test_a_sitemap_index_gives_its_newest_sitemaps():
    feed = parse(SITEMAP_INDEX, "https://agency.example/sitemap.xml", now=NOW)
    assert feed.kind == "sitemap-index" and feed.entries == []
    assert len(feed.sitemaps) == 3  # the ftp one is not a web address
    assert [s.loc for s in newest_sitemaps(feed.sitemaps, 2)] == [
        "https://agency.example/sitemap-2024-05.xml", "https://agency.example/sitemap-2024-04.xml"]


def test_without_dates_the_first_and_last_sitemaps_of_an_index_are_read():
    listed = [Sitemap(f"https://a.example/s{i}.xml") for i in range(5)]
    assert [s.loc for s in newest_sitemaps(listed, 2)] == ["https://a.example/s0.xml", "https://a.example/s4.xml"]
    assert newest_sitemaps(listed[:1], 2) == listed[:1]


def test_a_date_before_year_one_in_utc_is_dropped_not_fatal():
    body = (b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"url": "https://agency.example/1",'
            b' "title": "Old", "date_published": "0001-01-01T00:00:00+01:00"}]}')
    [entry] = parse(body, "https://agency.example/feed.json", now=NOW).entries
    assert entry.link == "https://agency.example/1" and entry.published is None
