"""Who may do what at the desk: each role on each admin action, and nobody anonymous at all."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.http import HttpRequest

from newsdesk.articles.models import Article
from newsdesk.desk.models import AuditEntry

ARTICLE_ACTIONS = ["publish", "schedule", "withdraw", "pin", "unpin"]
QUEUE_ACTIONS = ["approve", "reject"]


def post_action(client, url, action, articles, **extra):
    return client.post(url, {"action": action, "_selected_action": [a.pk for a in articles], **extra})


@pytest.mark.django_db
def test_the_migration_makes_three_roles_with_their_rights():
    rights = {g.name: {f"{p.content_type.app_label}.{p.codename}" for p in g.permissions.all()} for g in Group.objects.all()}
    assert "articles.publish_article" in rights["editor"] and "articles.publish_article" not in rights["contributor"]
    assert "sources.change_source" in rights["administrator"] and "sources.change_source" not in rights["editor"]
    assert "auth.change_user" in rights["administrator"] and "auth.change_user" not in rights["editor"]
    assert "portal.change_portal" not in rights["editor"]
    assert "desk.view_auditentry" in rights["administrator"] and "desk.view_auditentry" not in rights["editor"]
    assert not any("desk.change_auditentry" in r or "desk.delete_auditentry" in r for r in rights.values())


@pytest.mark.django_db
def test_createuser_makes_a_staff_account_in_its_role_with_the_password_from_the_environment(client, monkeypatch):
    monkeypatch.setitem(os.environ, "DESK_PASSWORD", "correct horse battery staple")
    call_command("createuser", "amina", "--role", "editor", "--email", "amina@example.org", "--password-from-env", "DESK_PASSWORD")
    user = get_user_model().objects.get(username="amina")
    assert user.is_staff and not user.is_superuser and user.email == "amina@example.org"
    assert list(user.groups.values_list("name", flat=True)) == ["editor"]
    # Sign-in throttling (django-axes) wants the request it judges.
    assert client.login(request=HttpRequest(), username="amina", password="correct horse battery staple")


@pytest.mark.django_db
def test_createuser_refuses_a_missing_password_variable_an_unknown_role_and_a_taken_name(monkeypatch):
    monkeypatch.delenv("NO_SUCH_VAR", raising=False)
    with pytest.raises(CommandError, match="NO_SUCH_VAR"):
        call_command("createuser", "bo", "--role", "editor", "--password-from-env", "NO_SUCH_VAR")
    with pytest.raises(CommandError):
        call_command("createuser", "bo", "--role", "overlord")
    call_command("createuser", "bo", "--role", "contributor")  # no password yet: set in the admin
    assert not get_user_model().objects.get(username="bo").has_usable_password()
    with pytest.raises(CommandError, match="exists"):
        call_command("createuser", "bo", "--role", "editor")
    assert get_user_model().objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["editor", "administrator"])
@pytest.mark.parametrize("action", ARTICLE_ACTIONS)
def test_editors_and_administrators_take_every_article_action(desk, make_article, role, action):
    articles = [make_article(headline=f"Report {i}") for i in range(2)]
    response = post_action(desk(role), "/admin/articles/article/", action, articles)
    assert response.status_code in (200, 302)  # schedule and withdraw first ask for a time or a notice
    assert AuditEntry.objects.filter(denied=True).count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("action", ARTICLE_ACTIONS)
def test_a_contributor_forging_an_article_action_gets_403_and_an_audit_entry(desk, make_article, action):
    article = make_article(status="draft")
    response = post_action(desk("contributor"), "/admin/articles/article/", action, [article], confirm="1", notice="x")
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).status == "draft"
    entry = AuditEntry.objects.get()
    assert (entry.username, entry.action, entry.denied, entry.article_id) == ("contributor", action, True, article.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("action", QUEUE_ACTIONS)
def test_a_contributor_forging_a_queue_action_gets_403_and_an_audit_entry(desk, make_article, action):
    report = make_article(status="pending")
    client = desk("contributor")
    assert post_action(client, "/admin/desk/queuedreport/", action, [report]).status_code == 403
    assert client.post("/admin/desk/queuedreport/", {f"{action}_one": report.pk}).status_code == 403
    assert Article.objects.get(pk=report.pk).status == "pending"
    assert AuditEntry.objects.filter(denied=True, action=action).count() == 2


@pytest.mark.django_db
def test_a_contributor_forging_a_publishing_status_in_the_form_gets_403(desk, account):
    from .conftest import form_data

    client = desk("contributor")
    client.post("/admin/articles/article/add/", form_data(Article(headline="My Own Draft"), status="draft"))
    mine = Article.objects.get()
    assert mine.created_by.username == "contributor"
    response = client.post(f"/admin/articles/article/{mine.pk}/change/", form_data(mine, status="published"))
    assert response.status_code == 403
    assert Article.objects.get().status == "draft"
    assert AuditEntry.objects.filter(denied=True, action="published").exists()
    # Submitting for review is theirs to do.
    assert client.post(f"/admin/articles/article/{mine.pk}/change/", form_data(mine, status="pending")).status_code == 302
    assert Article.objects.get().status == "pending"


@pytest.mark.django_db
def test_a_contributor_sees_and_edits_only_their_own_drafts(desk, make_article):
    others = make_article(headline="Someone Else's Report", status="draft")
    client = desk("contributor")
    listing = client.get("/admin/articles/article/").content.decode()
    assert "Someone Else" not in listing
    assert client.get(f"/admin/articles/article/{others.pk}/change/").status_code == 302  # "doesn't exist"
    assert client.get("/admin/desk/queuedreport/").status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "roles_allowed"),
    [
        ("/admin/sources/source/add/", {"administrator"}),
        ("/admin/auth/user/", {"administrator"}),
        ("/admin/portal/portal/add/", {"administrator"}),
        ("/admin/desk/auditentry/", {"administrator"}),
        ("/admin/desk/queuedreport/", {"administrator", "editor"}),
        ("/admin/articles/article/add/", {"administrator", "editor", "contributor"}),
    ],
)
def test_only_administrators_manage_sources_users_and_settings(desk, url, roles_allowed):
    for role in ("administrator", "editor", "contributor"):
        status = desk(role, f"{role}-{abs(hash(url)) % 10_000}").get(url).status_code
        assert (status == 200) == (role in roles_allowed), (role, url, status)


@pytest.mark.django_db
def test_an_anonymous_client_reaches_no_write_path(client, make_article):
    article, report = make_article(), make_article(headline="Waiting Report", status="pending")
    attempts = [
        ("/admin/articles/article/", {"action": "withdraw", "_selected_action": [article.pk], "confirm": "1"}),
        ("/admin/articles/article/add/", {"headline": "Forged", "status": "published"}),
        (f"/admin/articles/article/{article.pk}/change/", {"headline": "Forged", "status": "withdrawn"}),
        ("/admin/desk/queuedreport/", {"approve_one": report.pk}),
        ("/admin/desk/queuedreport/", {"action": "approve", "_selected_action": [report.pk]}),
        ("/admin/desk/auditentry/1/delete/", {"post": "yes"}),
        ("/admin/sources/source/add/", {"name": "x", "feed_url": "https://x.example/feed"}),
    ]
    for url, data in attempts:
        response = client.post(url, data)
        assert response.status_code == 302 and "/admin/login/" in response["Location"], url
    assert {a.status for a in Article.objects.all()} == {"published", "pending"}
    assert Article.objects.count() == 2 and not Article.objects.filter(headline="Forged").exists()
