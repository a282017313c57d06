"""Large request bodies: refused cheaply for everyone but the desk's signed-in staff."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.security.client import from_forwarded

FIVE_MB = "x" * (5 * 1024 * 1024)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/search/", "/admin/login/", "/2017/01/28/no-such-article/"])
def test_an_anonymous_five_mb_post_is_refused_with_413(path):
    client = Client(enforce_csrf_checks=True)
    response = client.post(path, {"q": FIVE_MB})
    assert response.status_code == 413
    assert "Request body too large" in response.content.decode()


@pytest.mark.django_db
def test_a_small_anonymous_post_gets_its_usual_answer():
    # Below the limit nothing changes: the sign-in form without its CSRF token is refused as before.
    response = Client(enforce_csrf_checks=True).post("/admin/login/", {"username": "x", "password": "y" * 1000})
    assert response.status_code == 403


@pytest.mark.django_db
def test_a_signed_in_reader_who_is_not_staff_gets_no_larger_limit():
    client = Client()
    client.force_login(User.objects.create_user("reader", password="a-readers-passphrase"))
    assert client.post("/admin/login/", {"q": FIVE_MB}).status_code == 413


@pytest.mark.parametrize(("header", "remote", "proxies", "client"), [
    ("", "10.0.0.1", 1, "10.0.0.1"),                           # no header: the connecting address
    ("203.0.113.7", "10.0.0.1", 0, "10.0.0.1"),                # no proxy trusted: the header is ignored
    ("203.0.113.7", "127.0.0.1", 1, "203.0.113.7"),            # one nginx appended the client
    ("198.51.100.9, 203.0.113.7", "127.0.0.1", 1, "203.0.113.7"),  # what the client claimed is skipped
    ("198.51.100.9, 203.0.113.7, 10.0.0.2", "127.0.0.1", 2, "203.0.113.7"),  # a balancer, then nginx
    ("203.0.113.7", "127.0.0.1", 3, "203.0.113.7"),            # fewer hops than proxies: the furthest
])
def test_the_client_address_is_read_as_far_as_the_trusted_proxies(header, remote, proxies, client):
    assert from_forwarded(header, remote, proxies) == client
