"""The review queue: reports from sources that need an editor, decided one by one or in bulk."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from lxml import html

from newsdesk.articles.models import Article, Place, Section
from newsdesk.desk.models import AuditEntry
from newsdesk.sources.models import Source
from newsdesk.stories.models import AlsoReported

from .conftest import form_data

QUEUE = "/admin/desk/queuedreport/"


@pytest.fixture
def reports(portal, make_article):
    source = Source.objects.create(name="Levant Wire", feed_url="https://levant.example/rss", auto_publish=False)
    section = Section.objects.create(name="Politics", slug="politics")
    syria = Place.objects.create(name="Syria", slug="syria", code="SY")
    made = []
    for i, headline in enumerate(["Talks Resume in Geneva", "Border Crossing Reopens", "Harvest Outlook Improves"]):
        article = make_article(
            headline=headline, status="pending", source=source, agency=source.name, section=section,
            when=timezone.now() - timedelta(hours=3 - i), original_url=f"https://levant.example/{i}",
        )
        article.places.add(syria)
        made.append(article)
    AlsoReported.objects.create(
        article=made[0], agency="Anatolia Agency", url="https://anatolia.example/geneva", similarity=0.8
    )
    make_article(headline="Already Public Report", when=timezone.now() - timedelta(hours=1))
    return made


def rows(response) -> list[list[str]]:
    """The queue's rows, each a list of its cells' text (the first cell is the tick box)."""
    doc = html.fromstring(response.content.decode())
    return [[" ".join(c.text_content().split()) for c in tr.xpath("td|th")] for tr in doc.xpath("//table[@id='result_list']/tbody/tr")]


@pytest.mark.django_db
def test_the_queue_lists_waiting_reports_newest_first_with_their_hints(desk, reports):
    listing = rows(desk("editor").get(QUEUE))
    assert [r[2] for r in listing] == [
        "Harvest Outlook Improves", "Border Crossing Reopens", "Talks Resume in Geneva",
    ]
    assert all(r[1] == "Approve Reject" for r in listing)  # the decision comes first in each row
    assert all(r[3:5] == ["Levant Wire (en)", "Politics · Syria"] for r in listing)
    assert listing[2][5] == "Anatolia Agency"  # "also from …": another agency reported it


@pytest.mark.django_db
def test_approving_a_report_from_its_row_publishes_it(desk, reports):
    editor = desk("editor")
    response = editor.post(QUEUE, {"approve_one": reports[1].pk})
    assert response.status_code == 302
    assert "Approved and published: Border Crossing Reopens" in editor.get(response["Location"]).content.decode()
    article = Article.objects.get(pk=reports[1].pk)
    assert article.is_public
    assert Client().get(article.get_absolute_url()).status_code == 200
    assert AuditEntry.objects.get(action="approve").changes["status"] == ["pending", "published"]
    assert len(rows(editor.get(QUEUE))) == 2


@pytest.mark.django_db
def test_rejecting_a_report_keeps_it_off_the_site(desk, reports):
    editor = desk("editor")
    editor.post(QUEUE, {"reject_one": reports[0].pk})
    article = Article.objects.get(pk=reports[0].pk)
    assert article.status == "withdrawn"
    assert Client().get(article.get_absolute_url()).status_code == 404
    assert AuditEntry.objects.filter(action="reject", article=article).exists()


@pytest.mark.django_db
def test_bulk_approve_and_reject_say_how_many(desk, reports):
    editor = desk("editor")
    response = editor.post(QUEUE, {"action": "approve", "_selected_action": [reports[0].pk, reports[1].pk]})
    assert "2 reports approved and published." in editor.get(response["Location"]).content.decode()
    response = editor.post(QUEUE, {"action": "reject", "_selected_action": [reports[2].pk]})
    assert "1 report rejected." in editor.get(response["Location"]).content.decode()
    assert sorted(Article.objects.filter(pk__in=[r.pk for r in reports]).values_list("status", flat=True)) == [
        "published", "published", "withdrawn",
    ]
    assert AuditEntry.objects.filter(action__in=["approve", "reject"]).count() == 3


@pytest.mark.django_db
def test_edit_and_approve_saves_the_edit_then_publishes(desk, reports):
    report = reports[0]
    editor = desk("editor")
    response = editor.post(
        f"{QUEUE}{report.pk}/change/", form_data(report, headline="Talks Resume in Geneva on Monday", _approve="1")
    )
    assert response.status_code == 302
    article = Article.objects.get(pk=report.pk)
    assert article.headline == "Talks Resume in Geneva on Monday" and article.is_public
    assert list(AuditEntry.objects.order_by("id").values_list("action", flat=True)) == ["edit", "approve"]


@pytest.mark.django_db
def test_the_queue_page_offers_keyboard_access(desk, reports):
    page = desk("editor").get(f"{QUEUE}{reports[0].pk}/change/").content.decode()
    assert 'name="_approve"' in page and 'accesskey="a"' in page and 'accesskey="r"' in page
