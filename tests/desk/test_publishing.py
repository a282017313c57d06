"""Scheduling, withdrawing, correcting and previewing, seen from the public site."""

import time
from datetime import timedelta

import pytest
from django.core.cache import caches
from django.utils import timezone

from newsdesk.articles.models import Article, DayCount
from newsdesk.desk.models import AuditEntry

from .conftest import form_data


def schedule(client, article, when, zone=""):
    local = timezone.localtime(when, article_zone())
    return client.post("/admin/articles/article/", {
        "action": "schedule", "_selected_action": [article.pk], "confirm": "1",
        "when_0": local.strftime("%Y-%m-%d"), "when_1": local.strftime("%H:%M:%S"), "time_zone": zone,
    })


def article_zone():
    from newsdesk.portal.models import Portal

    return Portal.load().zone


@pytest.mark.django_db
def test_a_scheduled_article_appears_by_itself_at_its_time_and_counts_on_its_day(desk, portal, make_article):
    draft = make_article(headline="Embargoed Budget Figures", status="draft", when=None)
    editor = desk("editor")
    when = timezone.now().replace(microsecond=0) + timedelta(seconds=6)
    response = schedule(editor, draft, when)
    assert response.status_code == 302
    assert "1 article scheduled" in editor.get(response["Location"]).content.decode()
    article = Article.objects.get(pk=draft.pk)
    assert article.published_at == when and article.status == "published"
    address = article.get_absolute_url()
    assert editor.get(address).status_code == 200  # the editor's preview
    from django.test import Client

    reader = Client()
    assert reader.get(address).status_code == 404
    assert DayCount.objects.get(day=portal.local_day(when), language="en").count == 1
    time.sleep(max(0.0, (when - timezone.now()).total_seconds()) + 0.2)
    page = reader.get(address)
    assert page.status_code == 200 and "Embargoed Budget Figures" in page.content.decode()
    assert "not published" not in page.content.decode()


@pytest.mark.django_db
def test_scheduling_for_tomorrow_counts_on_tomorrow_not_today(desk, portal, make_article):
    draft = make_article(headline="Tomorrow's Report", status="draft", when=None)
    tomorrow = timezone.now() + timedelta(days=1)
    assert schedule(desk("editor"), draft, tomorrow.replace(microsecond=0)).status_code == 302
    assert DayCount.objects.get(day=portal.local_day(tomorrow), language="en").count == 1
    assert not DayCount.objects.filter(day=portal.today(), count__gt=0).exists()


@pytest.mark.django_db
def test_withdrawing_with_a_notice_answers_410_with_it_and_the_counts_drop(desk, client, portal, make_article):
    article = make_article(headline="Report With an Error")
    address = article.get_absolute_url()
    assert DayCount.objects.get(day=portal.local_day(article.published_at)).count == 1
    editor = desk("editor")
    asked = editor.post("/admin/articles/article/", {"action": "withdraw", "_selected_action": [article.pk]})
    assert asked.status_code == 200 and "Public notice" in asked.content.decode()  # asks for the notice first
    done = editor.post("/admin/articles/article/", {
        "action": "withdraw", "_selected_action": [article.pk], "confirm": "1",
        "notice": "This report named the wrong minister and has been withdrawn.",
    })
    assert done.status_code == 302 and "1 article withdrawn." in editor.get(done["Location"]).content.decode()
    page = client.get(address)
    assert page.status_code == 410
    assert "named the wrong minister" in page.content.decode()
    assert DayCount.objects.get(day=portal.local_day(article.published_at)).count == 0
    assert "Report With an Error" not in client.get("/feed/").content.decode()
    assert "Report With an Error" not in client.get("/").content.decode()


@pytest.mark.django_db
def test_a_withdrawn_article_without_a_notice_is_not_found(desk, client, make_article):
    article = make_article(headline="Quietly Withdrawn")
    desk("editor").post("/admin/articles/article/", {
        "action": "withdraw", "_selected_action": [article.pk], "confirm": "1", "notice": "",
    })
    assert client.get(article.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_correction_keeps_the_original_time_and_shows_updated(desk, client, make_article):
    article = make_article(headline="Minister Resigns", body="<p>The minister resigned on Monday.</p>")
    first_time = article.published_at
    editor = desk("editor")
    response = editor.post(
        f"/admin/articles/article/{article.pk}/change/",
        form_data(article, body="<p>The minister resigned on Tuesday.</p>"),
    )
    assert response.status_code == 302
    corrected = Article.objects.get(pk=article.pk)
    assert corrected.published_at == first_time and corrected.corrected_at is not None
    page = client.get(corrected.get_absolute_url()).content.decode()
    assert "resigned on Tuesday" in page and "Updated" in page


@pytest.mark.django_db
def test_editing_a_draft_is_no_correction(desk, make_article):
    draft = make_article(headline="Work in Progress", status="draft")
    desk("editor").post(f"/admin/articles/article/{draft.pk}/change/", form_data(draft, body="<p>More.</p>"))
    assert Article.objects.get(pk=draft.pk).corrected_at is None


@pytest.mark.django_db
@pytest.mark.parametrize("status", ["draft", "pending", "scheduled"])
def test_editors_preview_unpublished_articles_readers_get_404(desk, client, make_article, status):
    when = timezone.now() + timedelta(hours=5)
    article = make_article(
        headline="Not Yet Public", status="published" if status == "scheduled" else status, when=when
    )
    address = article.get_absolute_url()
    assert client.get(address).status_code == 404
    preview = desk("editor").get(address)
    assert preview.status_code == 200
    page = preview.content.decode()
    assert "Not Yet Public" in page and "not published" in page
    assert "no-store" in preview["Cache-Control"]
    assert client.get(address).status_code == 404  # the preview was not cached for readers
    assert not any(b"Not Yet Public" in v[0] for v in caches["pages"]._cache.values() if isinstance(v, tuple))


@pytest.mark.django_db
def test_a_contributor_previews_only_their_own_draft(desk, account, make_article):
    contributor = desk("contributor")
    from django.contrib.auth import get_user_model

    me = get_user_model().objects.get(username="contributor")
    mine = make_article(headline="My Draft", status="draft", created_by=me)
    theirs = make_article(headline="Their Draft", status="draft")
    assert contributor.get(mine.get_absolute_url()).status_code == 200
    assert contributor.get(theirs.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_pinning_reports_what_it_did_and_is_audited(desk, make_article):
    older = make_article(headline="Pinned Analysis", when=timezone.now() - timedelta(hours=3))
    make_article(headline="Newest Flash", when=timezone.now() - timedelta(minutes=1))
    editor = desk("editor")
    response = editor.post("/admin/articles/article/", {"action": "pin", "_selected_action": [older.pk]})
    assert "1 article pinned." in editor.get(response["Location"]).content.decode()
    assert Article.objects.get(pk=older.pk).pinned
    assert AuditEntry.objects.get(action="pin").changes == {"pinned": [False, True]}
