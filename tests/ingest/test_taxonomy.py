"""A worker keeps Sections and Places between reports; editors' changes still reach its reports."""

import pytest
from django.db import connection

from newsdesk.articles.models import Article, Place, Section
from newsdesk.ingest import pipeline, polling
from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, rss


def full_text_item(site, n: int) -> dict:
    """A feed item carrying its whole text (no page fetch), about Syria, filed under Politics."""
    paragraphs = [f"Report number {n} from the wire desk in Damascus, filed this morning.", *WIRE_TEXT * 2]
    return {
        "link": site.url(f"/news/{n}"), "title": f"Syria: Talks Resume, day {n}", "categories": ["Politics"],
        "content": "".join(f"<p>{p}</p>" for p in paragraphs),
    }


def ingest(source, site, fetcher, n: int) -> Article:
    site.routes["/rss.xml"] = (200, rss([full_text_item(site, n)]))
    result = polling.poll(source.pk, fetcher)
    assert [pipeline.process_entry(e, fetcher) for e in result.new_entries] == ["created"]
    return Article.objects.get(original_url=site.url(f"/news/{n}"))


@pytest.mark.django_db(transaction=True)
def test_a_section_added_while_the_worker_runs_files_its_next_report(site, fetcher):
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True)
    assert ingest(source, site, fetcher, 1).section is None
    Section.objects.create(name="Politics", slug="politics")
    assert ingest(source, site, fetcher, 2).section.name == "Politics"


@pytest.mark.django_db(transaction=True)
def test_a_place_removed_by_another_process_is_made_again_for_the_next_report(site, fetcher):
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True)
    ingest(source, site, fetcher, 1)  # makes the Place
    first = ingest(source, site, fetcher, 2)  # finds it, and the worker keeps it
    assert "Syria" in {p.name for p in first.places.all()}
    with connection.cursor() as cursor:  # as an admin in another process would: no signals here
        cursor.execute("DELETE FROM articles_article_places")
        cursor.execute("DELETE FROM articles_place WHERE name = 'Syria'")
    second = ingest(source, site, fetcher, 3)
    assert "Syria" in {p.name for p in second.places.all()}
    assert Place.objects.filter(name="Syria").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("category", ["Politika", "SİYASET", "سياسة", "POLITICS", "politics"])
def test_a_report_is_filed_by_its_sections_name_in_any_editions_language(category):
    from newsdesk.ingest import taxonomy

    Section.objects.create(name="Economy", name_tr="Ekonomi", name_ar="اقتصاد", slug="economy")
    politics = Section.objects.create(name="Politics", name_tr="Politika", name_ar="سياسة", slug="politics")
    if category == "SİYASET":  # an editor renames it; a Turkish agency upper-cases the dotted İ
        politics.name_tr = "Siyaset"
        politics.save()
    assert taxonomy.section_id([category]) == politics.pk
    assert taxonomy.section_id(["Kültür", "Ekonomi"]) == Section.objects.get(slug="economy").pk
