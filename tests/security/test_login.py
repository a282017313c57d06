"""Guessing an editor's password is throttled; the admin may live at an address of our choosing."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import clear_url_caches

from ..test_deploy import newsdesk

LOGIN = "/admin/login/"


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"},
                       REMOTE_ADDR=address)


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", password="the-right-one-2024", is_staff=True, is_superuser=True)


@pytest.mark.django_db
def test_five_wrong_passwords_pause_that_user_from_that_address(editor, settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    client = Client()
    for guess in range(4):
        assert sign_in(client, "editor", f"guess-{guess}").status_code == 200  # the form again
    locked = sign_in(client, "editor", "guess-4")
    assert locked.status_code == 429
    text = locked.content.decode()
    assert "Too many failed sign-ins" in text and "paused for 15 minutes" in text
    # Even the right password is refused during the pause...
    assert sign_in(client, "editor", "the-right-one-2024").status_code == 429
    assert "_auth_user_id" not in client.session
    # ...but only for that name from that address: the editor at the office still gets in.
    office = sign_in(Client(), "editor", "the-right-one-2024", address="198.51.100.20")
    assert office.status_code == 302 and office["Location"] == "/admin/"


@pytest.mark.django_db
def test_a_success_forgets_earlier_failures(editor):
    client = Client()
    for guess in range(4):
        sign_in(client, "editor", f"typo-{guess}")
    assert sign_in(client, "editor", "the-right-one-2024").status_code == 302
    client.logout()
    for guess in range(4):
        assert sign_in(client, "editor", f"typo-{guess}").status_code == 200


@pytest.fixture
def admin_moved(settings):
    settings.NEWSDESK_ADMIN_PATH = "desk-7f3a/"
    import importlib

    import newsdesk.urls

    importlib.reload(newsdesk.urls)
    clear_url_caches()
    yield "/desk-7f3a/"
    settings.NEWSDESK_ADMIN_PATH = "admin/"
    importlib.reload(newsdesk.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_a_moved_admin_answers_at_its_new_address_only(admin_moved, editor, portal):
    client = Client()
    assert client.get("/admin/").status_code == 404
    assert client.get("/admin/login/").status_code == 404
    login = client.get(admin_moved + "login/")
    assert login.status_code == 200 and "username" in login.content.decode()
    client.force_login(editor)
    assert client.get(admin_moved).status_code == 200
    assert client.get("/admin/").status_code == 404


@pytest.mark.parametrize(("value", "message"), [
    ("", None),
    ("desk/../x", "NEWSDESK_ADMIN_PATH='desk/../x' is not a path"),
    ("a b", "NEWSDESK_ADMIN_PATH='a b' is not a path"),
])
def test_the_admin_path_is_checked_at_start_up(tmp_path, value, message):
    result = newsdesk("check", NEWSDESK_DATA_DIR=str(tmp_path), NEWSDESK_ADMIN_PATH=value)
    if message is None:
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode != 0 and message in result.stderr


def test_a_bad_failure_limit_is_refused_clearly(tmp_path):
    result = newsdesk("check", NEWSDESK_DATA_DIR=str(tmp_path), NEWSDESK_LOGIN_FAILURE_LIMIT="many")
    assert result.returncode != 0 and "NEWSDESK_LOGIN_FAILURE_LIMIT='many'" in result.stderr
