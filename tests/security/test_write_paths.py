"""No address lets an anonymous visitor change anything: every URL pattern is walked and sent
POST, PUT, PATCH and DELETE, with and without a valid CSRF token."""

from re import _parser as sre  # the standard library's own regex parser, to build a matching path

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from newsdesk.articles.models import Place, Section

WRITES = ("post", "put", "patch", "delete")
# Signing in and out are a session's own doors, open to anyone; sign-in throttling is tested apart.
SIGN_IN = {"login", "logout"}


def sample(value: str, known: dict[str, str]) -> str:
    """A path that `value` (a URL pattern's regex) matches, taking named groups from `known`."""
    return "".join(_text(sre.parse(value.lstrip("^").rstrip("$").removesuffix("\\Z")), known))


def _text(parsed, known) -> list[str]:
    out = []
    for op, arg in parsed:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.SUBPATTERN:
            name = next((n for n, i in parsed.state.groupdict.items() if i == arg[0]), None)
            out.append(known[name] if name in known else "".join(_text(arg[3], known)))
        elif op is sre.BRANCH:
            out.extend(_text(arg[1][0], known))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            out.extend(_text(arg[2], known) * max(arg[0], 1))
        elif op is sre.IN:
            out.append(_member(arg))
        elif op is sre.ANY:
            out.append("x")
    return out


def _member(items) -> str:
    for op, arg in items:
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.RANGE:
            return chr(arg[0])
        if op is sre.CATEGORY:
            return "0" if arg is sre.CATEGORY_DIGIT else "x"
    return "x"


def every_route(resolver=None, prefix=""):
    """(path, name) for every URL pattern, nested includes and edition prefixes followed."""
    for entry in (resolver or get_resolver()).url_patterns:
        regex = entry.pattern.regex.pattern
        if isinstance(entry, URLResolver):
            yield from every_route(entry, prefix + regex.lstrip("^"))
        elif isinstance(entry, URLPattern):
            yield prefix + regex.lstrip("^"), entry.name


@pytest.fixture
def content(portal, make_article, django_user_model):
    section = Section.objects.create(name="Politics", slug="politics")
    place = Place.objects.create(name="Syria", slug="syria", code="SY")
    article = make_article(section=section)
    article.places.add(place)
    django_user_model.objects.create_superuser("chief", password="x-long-password-1")
    return article


def snapshot() -> dict[str, list]:
    return {m._meta.label: sorted(map(repr, m.objects.values_list())) for m in apps.get_models()}


def known_values(article) -> dict[str, str]:
    local = article.published_at
    return {"year": f"{local:%Y}", "month": f"{local:%m}", "day": f"{local:%d}", "slug": article.slug,
            "object_id": str(article.pk), "id": str(article.pk), "app_label": "articles", "model_name": "article"}


def paths(article) -> list[tuple[str, str]]:
    known = known_values(article)
    slugs = {"section": "politics", "place": "syria"}  # the slug each page's own object has
    routes = {("/" + sample(regex, {**known, "slug": slugs.get(name, known["slug"])}), name)
              for regex, name in every_route() if name not in SIGN_IN}
    assert len(routes) > 20 and ("/", "home") in routes and any(p.startswith("/" + settings.NEWSDESK_ADMIN_PATH) for p, _ in routes)
    return sorted(routes)


def refused(response, path) -> bool:
    if response.status_code in (403, 404, 405):
        return True
    return response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize("with_token", [False, True], ids=["no token", "valid CSRF token"])
def test_no_anonymous_write_is_accepted_anywhere(content, with_token):
    client = Client(enforce_csrf_checks=True)
    headers = {}
    if with_token:  # a token honestly obtained, as a script would: CSRF alone must not be the guard
        client.get("/admin/login/")
        headers = {"HTTP_X_CSRFTOKEN": client.cookies["csrftoken"].value}
    before = snapshot()
    accepted = []
    for path, name in paths(content):
        for method in WRITES:
            response = getattr(client, method)(path, data={"headline": "defaced"}, **headers)
            if not refused(response, path):
                accepted.append((method.upper(), path, name, response.status_code))
    assert accepted == [], "\n".join(map(str, accepted))
    assert snapshot() == before
