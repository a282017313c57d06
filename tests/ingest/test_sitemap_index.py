"""A source whose feed is a sitemap index: its newest sitemaps are read, the old ones left alone."""

import pytest

from newsdesk.articles.models import Article
from newsdesk.ingest import pipeline, polling
from newsdesk.ingest.fetch import Fetcher, Policy
from newsdesk.ingest.politeness import HostGate
from newsdesk.sources.models import Source

from .feeds_for_tests import article_page

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def index(*listed: tuple[str, str]) -> bytes:
    items = "".join(f"<sitemap><loc>{loc}</loc><lastmod>{lastmod}</lastmod></sitemap>" for loc, lastmod in listed)
    return f'<?xml version="1.0"?><sitemapindex xmlns="{SITEMAP_NS}">{items}</sitemapindex>'.encode()


def urlset(*links: str) -> bytes:
    items = "".join(f"<url><loc>{link}</loc><lastmod>2024-05-01T10:00:00Z</lastmod></url>" for link in links)
    return f'<?xml version="1.0"?><urlset xmlns="{SITEMAP_NS}">{items}</urlset>'.encode()


def fetcher() -> Fetcher:
    return Fetcher(Policy(connect_timeout=1, total_timeout=2, max_bytes=1024 * 1024, min_delay=0,
                          allow_private=True), gate=HostGate())


STORIES = {
    "harbour": ["Dredging of the inner harbour will begin in April after two years of delays over "
                "where the silt should be dumped, the port authority said.",
                "Fishing crews will moor at the north quay for the eleven weeks of the works, and "
                "their mooring fees will be waived for the whole period."],
    "budget": ["The city council approved a budget of 412 million lira for next year on Tuesday "
               "night, after a session that ran past midnight.",
               "Spending on public transport rises by a fifth, while the road repair programme "
               "is cut back to the most damaged streets of the old town."],
    "elections": ["Turnout in the regional elections reached 71 percent, the highest in two "
                  "decades, according to the electoral board's count on Sunday.",
                  "Observers reported long queues at polling stations in the mountain villages, "
                  "where several ballot boxes arrived late because of snow."],
    "archive": ["A report from March that a poll of this month's sitemaps must never reach, since "
                "the index lists newer sitemaps that hold the current reports.",
                "Reading every month of an agency's archive on each poll would flood it with "
                "requests for reports that were stored long ago."],
}


def publish_stories(site, *names: str) -> list[str]:
    for name in names:
        site.routes[f"/{name}"] = (200, article_page(f"Report on {name.title()}", STORIES[name]).encode())
    return [site.url(f"/{name}") for name in names]


def poll_and_process(source: Source, client: Fetcher | None = None) -> polling.PollResult:
    client = client or fetcher()
    result = polling.poll(source.pk, client)
    for entry_id in result.new_entries:
        pipeline.process_entry(entry_id, client)
    source.refresh_from_db()
    return result


@pytest.mark.django_db
def test_the_newest_sitemaps_of_an_index_are_read_and_old_months_are_not_fetched(site):
    site.routes["/sitemap-may.xml"] = (200, urlset(*publish_stories(site, "harbour", "budget")))
    site.routes["/sitemap-april.xml"] = (200, urlset(*publish_stories(site, "elections")))
    site.routes["/sitemap-march.xml"] = (200, urlset(*publish_stories(site, "archive")))
    site.routes["/sitemap.xml"] = (200, index(
        (site.url("/sitemap-march.xml"), "2024-03-31T23:00:00Z"),
        (site.url("/sitemap-may.xml"), "2024-05-01T10:00:00Z"),
        (site.url("/sitemap-april.xml"), "2024-04-30T23:00:00Z"),
    ))
    source = Source.objects.create(name="Indexed wire", feed_url=site.url("/sitemap.xml"), auto_publish=True)
    result = poll_and_process(source)
    assert len(result.new_entries) == 3 and source.last_error == "" and source.consecutive_failures == 0
    assert sorted(Article.objects.values_list("headline", flat=True)) == [
        "Report on Budget", "Report on Elections", "Report on Harbour"]
    assert site.hits("/sitemap-march.xml") == 0 and site.hits("/archive") == 0


@pytest.mark.django_db
def test_an_unchanged_index_is_read_again_for_its_growing_sitemap(site):
    def index_route(handler):  # the index itself never changes, and says so when asked
        if handler.headers.get("If-None-Match") == '"v1"':
            handler.reply(304)
        else:
            handler.reply(200, index((site.url("/sitemap-may.xml"), "2024-05-01T10:00:00Z")), {"ETag": '"v1"'})

    site.routes["/sitemap.xml"] = index_route
    site.routes["/sitemap-may.xml"] = (200, urlset(*publish_stories(site, "harbour")))
    source = Source.objects.create(name="Indexed wire", feed_url=site.url("/sitemap.xml"), auto_publish=True)
    poll_and_process(source)
    site.routes["/sitemap-may.xml"] = (200, urlset(*publish_stories(site, "harbour", "budget")))
    Source.objects.filter(pk=source.pk).update(next_poll_at=None)
    assert len(poll_and_process(source).new_entries) == 1
    assert Article.objects.count() == 2


@pytest.mark.django_db
def test_a_broken_sitemap_in_the_index_does_not_stop_the_others(site):
    site.routes["/sitemap-may.xml"] = (500, b"oops")
    site.routes["/sitemap-april.xml"] = (200, urlset(*publish_stories(site, "elections")))
    site.routes["/sitemap.xml"] = (200, index((site.url("/sitemap-may.xml"), "2024-05-01T10:00:00Z"),
                                              (site.url("/sitemap-april.xml"), "2024-04-30T10:00:00Z")))
    source = Source.objects.create(name="Indexed wire", feed_url=site.url("/sitemap.xml"), auto_publish=True)
    poll_and_process(source)
    assert source.consecutive_failures == 0
    assert list(Article.objects.values_list("headline", flat=True)) == ["Report on Elections"]


@pytest.mark.django_db
def test_an_index_whose_sitemaps_all_fail_marks_the_source_with_the_reason(site, settings):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False
    site.routes["/sitemap.xml"] = (200, index(("http://10.0.0.1/sitemap-may.xml", "2024-05-01T10:00:00Z"),
                                              (site.url("/nested.xml"), "2024-04-30T10:00:00Z")))
    site.routes["/nested.xml"] = (200, index((site.url("/sitemap.xml"), "2024-04-30T10:00:00Z")))
    source = Source.objects.create(name="Indexed wire", feed_url=site.url("/sitemap.xml"), allow_private_address=True)
    poll_and_process(source, Fetcher(Policy.from_settings(min_delay=0), gate=HostGate()))
    assert source.consecutive_failures == 1 and not Article.objects.exists()
    assert source.last_error.startswith("no sitemap of the index could be read (http://10.0.0.1/sitemap-may.xml: refused")
    assert site.hits("/nested.xml") == 1 and site.hits("/sitemap.xml") == 1  # nested index not followed
