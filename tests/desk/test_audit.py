"""The audit log: every editorial action is in it, and nobody edits it."""

import pytest

from newsdesk.articles.models import Article
from newsdesk.desk.models import AuditEntry

from .conftest import form_data

LOG = "/admin/desk/auditentry/"


@pytest.mark.django_db
def test_every_action_is_logged_with_who_and_the_fields_before_and_after(desk, make_article):
    article = make_article(headline="Port Reopens", status="pending")
    editor = desk("editor")
    editor.post("/admin/articles/article/", {"action": "publish", "_selected_action": [article.pk]})
    editor.post(f"/admin/articles/article/{article.pk}/change/", form_data(Article.objects.get(pk=article.pk), headline="Port Reopens After Storm"))
    editor.post("/admin/articles/article/", {"action": "unpin", "_selected_action": [article.pk]})
    editor.post("/admin/articles/article/", {"action": "withdraw", "_selected_action": [article.pk], "confirm": "1", "notice": "Wrong port."})
    entries = list(AuditEntry.objects.order_by("id"))
    assert [e.action for e in entries] == ["publish", "edit", "unpin", "withdraw"]
    assert all(e.username == "editor" and e.article_id == article.pk and not e.denied for e in entries)
    assert entries[0].changes["status"] == ["pending", "published"]
    assert entries[1].changes["headline"] == ["Port Reopens", "Port Reopens After Storm"]
    assert "corrected_at" in entries[1].changes
    assert entries[2].changes == {}
    assert entries[3].changes["withdrawal_notice"] == ["", "Wrong port."]


@pytest.mark.django_db
def test_administrators_read_the_log_and_nobody_can_change_it(desk, make_article):
    article = make_article(status="pending")
    desk("editor").post("/admin/articles/article/", {"action": "publish", "_selected_action": [article.pk]})
    entry = AuditEntry.objects.get()
    admin = desk("administrator")
    assert "publish" in admin.get(LOG).content.decode()
    page = admin.get(f"{LOG}{entry.pk}/change/")
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()  # read-only view
    assert admin.post(f"{LOG}{entry.pk}/change/", {"action": "forged"}).status_code == 403
    assert admin.post(f"{LOG}{entry.pk}/delete/", {"post": "yes"}).status_code == 403
    assert admin.get(f"{LOG}add/").status_code == 403
    admin.post(LOG, {"action": "delete_selected", "_selected_action": [entry.pk], "post": "yes"})  # no such action here
    assert AuditEntry.objects.get().action == "publish"
    assert desk("editor", "another-editor").get(LOG).status_code == 403


@pytest.mark.django_db
def test_the_dashboard_shows_todays_work_waiting_reports_sources_in_trouble_and_latest_actions(desk, portal, make_article):
    from django.utils import timezone

    from newsdesk.sources.models import Source

    Source.objects.create(name="Broken Wire", feed_url="https://broken.example/rss", consecutive_failures=4,
                          last_error="HTTP 503 from broken.example")
    Source.objects.create(name="Healthy Wire", feed_url="https://healthy.example/rss")
    make_article(headline="Today's Public Report", when=timezone.now() - timezone.timedelta(minutes=5))
    waiting = make_article(headline="Waiting Report", status="pending")
    admin = desk("administrator")
    admin.post("/admin/desk/queuedreport/", {"reject_one": waiting.pk})
    make_article(headline="Second Waiting", status="pending")
    page = admin.get("/admin/").content.decode()
    assert "<b>1</b>published today" in page.replace("\n", "")
    assert "<b>1</b><a" in page  # one waiting for review, linked to the queue
    assert "Broken Wire" in page and "HTTP 503" in page and "Healthy Wire" not in page
    assert "reject" in page and "Waiting Report" in page
    assert "Latest actions" not in desk("editor").get("/admin/").content.decode()
