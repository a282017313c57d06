"""Every response carries a strict Content-Security-Policy and the browser-hardening headers;
no public page needs an inline script or style to work; HSTS's reach is the operator's choice."""

import re

import pytest
from django.test import RequestFactory

from newsdesk.articles.models import Place, Section

from ..test_deploy import PRODUCTION, newsdesk

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", re.I)
INLINE_STYLE = re.compile(r"<style\b|\sstyle\s*=", re.I)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in policy.split(";") if d.strip()}


@pytest.fixture
def public_pages(portal, make_article):
    section = Section.objects.create(name="Politics", slug="politics")
    place = Place.objects.create(name="Syria", slug="syria", code="SY")
    article = make_article(section=section)
    article.places.add(place)
    return ["/", "/tr/", "/ar/", article.get_absolute_url(), "/2017/", "/2017/01/", "/2017/01/28/",
            "/section/politics/", "/place/syria/", "/no/such/page/", "/?q=anything"]


@pytest.mark.django_db
def test_public_pages_carry_a_strict_policy_and_the_hardening_headers(client, public_pages):
    for path in public_pages:
        response = client.get(path)
        policy = directives(response)
        assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], path
        assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
        assert policy["base-uri"] == ["'none'"] and policy["default-src"] == ["'self'"]
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in response["Permissions-Policy"] and "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_no_public_page_has_inline_script_style_or_handlers(client, public_pages):
    from newsdesk.web.views import server_error

    pages = {path: client.get(path).content.decode() for path in public_pages}
    pages["500"] = server_error(RequestFactory().get("/")).content.decode()
    for path, html in pages.items():
        assert not INLINE_SCRIPT.search(html), path
        assert not INLINE_STYLE.search(html), (path, INLINE_STYLE.search(html))
        assert not EVENT_HANDLER.search(html), path


@pytest.mark.django_db
def test_only_the_signed_in_editors_pages_allow_inline_script_and_style(admin_client, client):
    # The body editor loads its modules through an inline import map; readers' pages stay strict.
    response = admin_client.get("/admin/articles/article/add/")
    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'", "'unsafe-inline'"]
    public = client.get("/")
    assert directives(public)["script-src"] == ["'self'"] and "'unsafe-inline'" not in public["Content-Security-Policy"]


HEADERS_IN_PRODUCTION = """
from django.test import Client
response = Client(HTTP_HOST="news.example.org", HTTP_X_FORWARDED_PROTO="https").get("/")
print(response.get("Strict-Transport-Security", "none"))
print(response.get("Content-Security-Policy", ""))
icon = Client(HTTP_HOST="news.example.org", HTTP_X_FORWARDED_PROTO="https").get("/favicon.ico", follow=True)
print(icon.status_code, "script-src 'self'" in icon.get("Content-Security-Policy", ""))
"""


def production_headers(tmp_path, **env) -> list[str]:
    env = {"NEWSDESK_DATA_DIR": str(tmp_path), **PRODUCTION, **env}
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        assert newsdesk(*step, **env).returncode == 0
    result = newsdesk("shell", "--verbosity", "0", "-c", HEADERS_IN_PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_hsts_covers_this_host_only_unless_the_operator_opts_in(tmp_path):
    hsts, policy, icon = production_headers(tmp_path)
    assert hsts == "max-age=31536000" and "upgrade-insecure-requests" in policy
    assert "http:" not in policy  # a site on HTTPS loads no plain-HTTP picture
    assert icon == "200 True"  # static files (served by whitenoise) carry it too

    opted, _, _ = production_headers(tmp_path, NEWSDESK_HSTS_INCLUDE_SUBDOMAINS="1", NEWSDESK_HSTS_PRELOAD="1")
    assert opted == "max-age=31536000; includeSubDomains; preload"


def test_production_cookies_are_secure(tmp_path):
    script = "from django.conf import settings as s; print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY)"
    result = newsdesk("shell", "--verbosity", "0", "-c", script, NEWSDESK_DATA_DIR=str(tmp_path), **PRODUCTION)
    assert result.stdout.split() == ["True", "True", "True"], result.stderr

