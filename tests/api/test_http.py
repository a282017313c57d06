"""The API over HTTP: read-only methods, cache headers, CORS, the per-client rate and its docs."""

import os
import subprocess
import sys

import pytest
from django.contrib.staticfiles import finders
from lxml import html

from newsdesk.articles.models import Article

pytestmark = pytest.mark.django_db
LIST = "/api/v1/articles"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_methods_are_refused_and_change_nothing(client, newsroom, method):
    article = newsroom["public"]["en"]
    before = list(Article.objects.values_list("id", "headline", "status"))
    for path in (LIST, f"{LIST}/{article.pk}", "/api/v1/sections", "/api/v1/counts"):
        response = getattr(client, method)(path, {"headline": "Changed"}, content_type="application/json")
        assert response.status_code == 405, path
        assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert list(Article.objects.values_list("id", "headline", "status")) == before


def test_head_answers_like_get_without_a_body(client, newsroom):
    got, head = client.get(LIST), client.head(LIST)
    assert head.status_code == 200 and head.content == b""
    assert head["Content-Type"] == got["Content-Type"] == "application/json; charset=utf-8"


def test_options_says_what_is_allowed(client, newsroom):
    response = client.options(f"{LIST}/{newsroom['public']['en'].pk}")
    assert response.status_code == 200 and response["Allow"] == "GET, HEAD, OPTIONS"


def test_answers_may_be_kept_a_minute_and_revalidated(client, newsroom):
    first = client.get(LIST)
    assert first["Cache-Control"] == "public, max-age=60"
    again = client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize("path", [f"{LIST}?limit=0", f"{LIST}?section=sport", "/api/v1/nothing"])
def test_errors_are_not_kept_by_proxies(client, newsroom, path):
    assert "public" not in client.get(path).get("Cache-Control", "")


def test_any_site_may_call_the_api_from_a_browser_by_default(client, newsroom):
    response = client.get(LIST, HTTP_ORIGIN="https://reader.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        LIST, HTTP_ORIGIN="https://reader.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]


def test_the_sites_pages_carry_no_cors_headers(client, newsroom):
    assert "Access-Control-Allow-Origin" not in client.get("/", HTTP_ORIGIN="https://reader.example")


def test_only_the_configured_origins_are_allowed_when_some_are_named(client, newsroom, settings):
    settings.CORS_ALLOW_ALL_ORIGINS = False
    settings.CORS_ALLOWED_ORIGINS = ["https://reader.example"]
    allowed = client.get(LIST, HTTP_ORIGIN="https://reader.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://reader.example"
    assert "origin" in allowed["Vary"].lower()
    assert "Access-Control-Allow-Origin" not in client.get(LIST, HTTP_ORIGIN="https://other.example")


def test_a_client_over_the_rate_gets_429_with_retry_after(client, newsroom, settings):
    settings.NEWSDESK_API_RATE = "3/min"
    for _ in range(3):
        assert client.get("/api/v1/sections").status_code == 200
    refused = client.get(LIST)
    assert refused.status_code == 429
    assert refused.json() == {"detail": "Too many requests."}
    assert 55 <= int(refused["Retry-After"]) <= 60
    assert client.get(LIST, REMOTE_ADDR="192.0.2.7").status_code == 200  # another client


def test_a_client_cannot_escape_the_rate_by_naming_another_address(client, newsroom, settings):
    settings.NEWSDESK_API_RATE = "2/min"
    statuses = [client.get(LIST, HTTP_X_FORWARDED_FOR=f"198.51.100.{i}").status_code for i in range(3)]
    assert statuses == [200, 200, 429]


def test_behind_a_trusted_proxy_each_client_is_counted_apart(client, newsroom, settings):
    settings.NEWSDESK_API_RATE = "2/min"
    settings.NINJA_NUM_PROXIES = 1
    statuses = [client.get(LIST, HTTP_X_FORWARDED_FOR=f"198.51.100.{i % 2}").status_code for i in range(5)]
    assert statuses == [200, 200, 200, 200, 429]


def test_every_web_process_counts_against_the_same_rate(client, newsroom, settings):
    settings.NEWSDESK_API_RATE = "2/min"
    for _ in range(2):
        assert client.get(LIST, REMOTE_ADDR="203.0.113.9").status_code == 200
    # Another process, as another web worker: it sees this one's requests.
    script = (
        "import django; django.setup();"
        "from django.test import RequestFactory;"
        "from newsdesk.api.throttling import ClientRateThrottle;"
        "request = RequestFactory().get('/api/v1/articles', REMOTE_ADDR='203.0.113.9');"
        "print(ClientRateThrottle().allow_request(request))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsdesk.settings", "NEWSDESK_API_RATE": "2/min",
           "NEWSDESK_DATA_DIR": str(settings.DATA_DIR)}
    other = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert other.stdout.strip() == "False", other.stderr


def test_the_docs_page_loads_only_the_sites_own_static_files(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    page = html.fromstring(response.content)
    addresses = [e.get("src") for e in page.iter("script") if e.get("src")]
    addresses += [e.get("href") for e in page.iter("link") if e.get("href")]
    assert addresses and all(a.startswith("/static/") for a in addresses), addresses
    assert all(finders.find(a.removeprefix("/static/")) for a in addresses)
    # Nothing inline to run: a strict Content-Security-Policy (script-src 'self') lets it work.
    assert all(e.get("src") or e.get("type") == "application/json" for e in page.iter("script"))


def test_the_openapi_document_describes_every_endpoint(client):
    document = client.get("/api/v1/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        "/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/articles/slug/{slug}",
        "/api/v1/sections", "/api/v1/places", "/api/v1/sources", "/api/v1/counts",
    }
    assert all(set(operations) == {"get"} for operations in document["paths"].values())


@pytest.mark.parametrize(("name", "value", "message"), [
    ("NEWSDESK_API_RATE", "sixty", "NEWSDESK_API_RATE='sixty' is not a rate"),
    ("NEWSDESK_API_CORS_ORIGINS", "reader.example", "'reader.example' is not '*' or an origin"),
    ("NEWSDESK_TRUSTED_PROXIES", "one", "NEWSDESK_TRUSTED_PROXIES='one' is not a whole number"),
])
def test_a_bad_api_setting_stops_the_program_with_a_message(tmp_path, name, value, message):
    env = {**os.environ, "NEWSDESK_DATA_DIR": str(tmp_path), name: value}
    result = subprocess.run([sys.executable, "-m", "newsdesk", "check"], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode != 0 and message in result.stderr


def test_retry_after_is_given_even_after_the_rate_was_lowered(client, newsroom, settings):
    settings.NEWSDESK_API_RATE = "5/min"
    for _ in range(5):
        client.get("/api/v1/sections")
    settings.NEWSDESK_API_RATE = "3/min"  # the operator lowers it: five requests already counted
    refused = client.get(LIST)
    assert refused.status_code == 429 and 55 <= int(refused["Retry-After"]) <= 60


def test_many_clients_never_fill_the_disk_with_their_counts(tmp_path):
    """The counts' store (the embedded default) stays near its bound while new clients keep coming."""
    from newsdesk.filecaches import SampledCullFileCache

    store = SampledCullFileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 50}})
    for client in range(3000):
        store.set(f"client-{client}", [1], 60)
    assert 0 < len(list(tmp_path.iterdir())) <= 50 + 10 * SampledCullFileCache.CULL_SAMPLE
