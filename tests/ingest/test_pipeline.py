"""Feeds from local agencies become clean, deduplicated articles through the real pipeline."""

import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from newsdesk.articles.models import Article, Section
from newsdesk.demo.agency import Agency, register_demo_source, serve
from newsdesk.ingest import pipeline, polling
from newsdesk.ingest.fetch import Fetcher, Policy
from newsdesk.ingest.models import Entry
from newsdesk.sources.models import Source
from newsdesk.stories.models import AlsoReported

from .feeds_for_tests import WIRE_TEXT, article_page, rss

ARABIC_HEADLINE = "سوريا: استئناف المحادثات في دمشق"
ARABIC_TEXT = [
    "قال مسؤولون في دمشق يوم الاثنين إن المحادثات بشأن التجارة والاستثمار كانت بناءة وإن لجنة مشتركة ستجتمع مرة أخرى الشهر المقبل",
    "وأضاف البيان أن الجانبين اتفقا على تبادل فرق الخبراء في مجال إدارة المياه ونشر النتائج الأولى للدراسة المشتركة قبل نهاية العام",
]


def make_source(site, path="/rss.xml", **fields):
    fields.setdefault("name", f"Agency {path}")
    fields.setdefault("auto_publish", True)
    return Source.objects.create(feed_url=site.url(path), **fields)


def poll_and_process(source, fetcher) -> list[str]:
    result = polling.poll(source.pk, fetcher)
    assert result is not None and not result.error, result
    return [pipeline.process_entry(e, fetcher) for e in result.new_entries]


@pytest.fixture
def agency_site():
    server = serve(Agency(seed=7, feed_size=12), port=0)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_demo_agency_reports_arrive_published_clean_and_credited(agency_site, private_fetch, client, portal):
    source = register_demo_source(agency_site + "/rss.xml", name="Nile Wire")
    call_command("ingest", source=[source.pk], once=True)
    articles = list(Article.objects.published().prefetch_related("places"))
    assert len(articles) == 12
    for article in articles:
        assert article.agency == "Nile Wire" and article.original_url.startswith(agency_site + "/news/")
        assert "Scroll Up" not in article.body and "cookie" not in article.body.lower()
        assert "Share:" not in article.body and "<p>" in article.body
        if ":" in article.headline:
            assert article.headline.split(":")[0] in {p.name for p in article.places.all()}
    page = client.get(articles[0].get_absolute_url())
    assert page.status_code == 200 and "Nile Wire" in page.content.decode()
    source.refresh_from_db()
    assert source.last_success_at and source.consecutive_failures == 0 and source.next_poll_at > timezone.now()


@pytest.mark.django_db
def test_a_source_without_auto_publish_waits_for_an_editor(site, fetcher):
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/a"), "title": "Syria: Talks Resume", "content": "<p>" + " ".join(WIRE_TEXT * 3) + "</p>"}]))
    source = make_source(site, auto_publish=False)
    assert poll_and_process(source, fetcher) == ["created"]
    article = Article.objects.get()
    assert article.status == "pending" and not Article.objects.published().exists()


@pytest.mark.django_db
def test_a_feed_with_full_text_needs_no_page_fetch_and_sets_the_section(site, fetcher):
    Section.objects.create(name="Politics", slug="politics")
    site.routes["/rss.xml"] = (200, rss([{
        "link": site.url("/a"), "title": "Talks Resume", "categories": ["Politics"],
        "content": "".join(f"<p>{p}</p>" for p in WIRE_TEXT * 2), "date": datetime(2024, 4, 30, 9, tzinfo=UTC),
    }]))
    poll_and_process(make_source(site), fetcher)
    article = Article.objects.get()
    assert site.hits("/a") == 0
    assert article.section.name == "Politics" and article.published_at == datetime(2024, 4, 30, 9, tzinfo=UTC)
    assert {"Syria", "Turkey"} <= {p.name for p in article.places.all()}


@pytest.mark.django_db
def test_tracking_parameters_do_not_make_a_second_article(site, fetcher):
    site.routes["/news/1"] = (200, article_page("Talks Resume in Damascus", WIRE_TEXT).encode())
    links = ["/news/1?utm_source=rss&utm_medium=feed", "/news/1?fbclid=abc", "/news/1"]
    site.routes["/rss.xml"] = (200, rss([{"link": site.url(p), "title": "Talks Resume in Damascus"} for p in links]))
    assert poll_and_process(make_source(site), fetcher) == ["created"]
    assert Article.objects.get().original_url == site.url("/news/1")


@pytest.mark.django_db
def test_a_second_poll_finds_nothing_new(site, fetcher):
    site.routes["/news/1"] = (200, article_page("Talks Resume in Damascus", WIRE_TEXT).encode())
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/news/1"), "title": "Talks Resume"}]))
    source = make_source(site)
    poll_and_process(source, fetcher)
    assert poll_and_process(source, fetcher) == []
    assert Article.objects.count() == 1 and site.hits("/news/1") == 1


@pytest.mark.django_db
def test_the_same_report_in_three_feeds_is_one_article_also_reported_by_the_others(site_factory, fetcher, client, portal):
    sites = [site_factory() for _ in range(3)]
    for n, s in enumerate(sites):
        # The same wire story, lightly edited by each agency: another credit line, one word changed.
        text = [f"({['Anatolia', 'Levant', 'Gulf'][n]} Wire) " + WIRE_TEXT[0], *WIRE_TEXT[1:]]
        text[2] = text[2].replace("water management", ["water management", "water policy", "water use"][n])
        s.routes["/story"] = (200, article_page("Syria: Talks Resume in Damascus", text).encode())
        s.routes["/rss.xml"] = (200, rss([{"link": s.url("/story"), "title": "Syria: Talks Resume in Damascus"}]))
    sources = [make_source(s, name=f"Wire {n}") for n, s in enumerate(sites)]
    outcomes = [poll_and_process(src, fetcher)[0] for src in sources]
    assert outcomes == ["created", "also-reported", "also-reported"]
    article = Article.objects.get()
    assert article.agency == "Wire 0"
    assert sorted(AlsoReported.objects.values_list("agency", flat=True)) == ["Wire 1", "Wire 2"]
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Also reported by" in page and "Wire 1" in page and sites[2].url("/story") in page


@pytest.mark.django_db
def test_the_same_text_under_another_url_is_skipped(site, fetcher):
    for path in ("/a", "/b"):
        site.routes[path] = (200, article_page("Talks Resume in Damascus", WIRE_TEXT).encode())
    site.routes["/rss.xml"] = (200, rss([{"link": site.url(p), "title": "Talks Resume"} for p in ("/a", "/b")]))
    assert sorted(poll_and_process(make_source(site), fetcher)) == ["created", "skipped"]
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_entries_without_title_or_date_or_with_odd_dates_still_make_good_articles(site, fetcher):
    page_date = "2024-04-29T08:00:00+00:00"
    for n in range(4):
        text = [f"Report {n}: " + p for p in WIRE_TEXT]
        site.routes[f"/n{n}"] = (200, article_page(f"Page Headline {n}", text, date=page_date if n == 1 else "").encode())
    site.routes["/rss.xml"] = (200, rss([
        {"link": site.url("/n0"), "title": None, "date": datetime(2024, 4, 30, tzinfo=UTC)},
        {"link": site.url("/n1"), "title": "No date in the feed"},
        {"link": site.url("/n2"), "title": "From 2100", "date": datetime(2100, 1, 1, tzinfo=UTC)},
        {"link": site.url("/n3"), "title": "From 1970", "date": datetime(1970, 1, 1, tzinfo=UTC)},
        {"title": "No link"},
    ]))
    before = timezone.now()
    assert poll_and_process(make_source(site), fetcher) == ["created"] * 4
    by_url = {a.original_url.rsplit("/", 1)[1]: a for a in Article.objects.all()}
    assert by_url["n0"].headline == "Page Headline 0"
    assert by_url["n1"].published_at == datetime(2024, 4, 29, 8, tzinfo=UTC)
    assert before - timedelta(seconds=5) <= by_url["n2"].published_at <= timezone.now()
    assert by_url["n3"].published_at.year == timezone.now().year


@pytest.mark.django_db
def test_an_arabic_page_without_a_charset_is_stored_in_arabic(site, fetcher):
    page = article_page(ARABIC_HEADLINE, ARABIC_TEXT * 2, lang="ar", charset_meta=False)
    site.routes["/ar"] = (200, page.encode("cp1256"), {"Content-Type": "text/html"})
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/ar")}]))
    poll_and_process(make_source(site), fetcher)
    article = Article.objects.get()
    assert article.headline == ARABIC_HEADLINE and "المحادثات" in article.body
    assert "Syria" in {p.name for p in article.places.all()}


@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_on_one_entry_store_one_article(site):
    site.routes["/a"] = (200, article_page("Talks Resume in Damascus", WIRE_TEXT).encode())
    site.routes["/rss.xml"] = (200, rss([{"link": site.url("/a"), "title": "Talks Resume"}]))
    source = make_source(site)
    fetcher = Fetcher(Policy(min_delay=0, allow_private=True))
    [entry_id] = polling.poll(source.pk, fetcher).new_entries
    outcomes = []

    def work():
        try:
            Entry.objects.filter(pk=entry_id).update(state=Entry.State.NEW)
            outcomes.append(pipeline.process_entry(entry_id, Fetcher(Policy(min_delay=0, allow_private=True))))
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert Article.objects.count() == 1
    assert outcomes.count("created") == 1
