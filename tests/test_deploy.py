"""Production settings pass Django's deployment checks; bad configuration is said clearly."""

import os
import subprocess
import sys

import pytest

PRODUCTION = {
    "NEWSDESK_PRODUCTION": "1",
    "SECRET_KEY": "a-long-random-production-secret-0123456789-abcdefghijklmnopqrstuvwxyz",
    "ALLOWED_HOSTS": "news.example.org",
    "DEBUG": "0",
}


def newsdesk(*args, **env):
    # The checks run on the embedded default unless a test names another database.
    inherited = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    full = {**inherited, **env}
    return subprocess.run([sys.executable, "-m", "newsdesk", *args], env=full, capture_output=True, text=True, timeout=120)


def test_check_deploy_passes_with_production_settings(tmp_path):
    collected = newsdesk("collectstatic", "--noinput", NEWSDESK_DATA_DIR=str(tmp_path), **PRODUCTION)
    assert collected.returncode == 0, collected.stderr
    result = newsdesk("check", "--deploy", "--fail-level", "WARNING", NEWSDESK_DATA_DIR=str(tmp_path), **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_deploy_says_static_files_were_never_collected(tmp_path):
    result = newsdesk("check", "--deploy", NEWSDESK_DATA_DIR=str(tmp_path), **PRODUCTION)
    assert result.returncode != 0 and "newsdesk collectstatic --noinput" in result.stderr


# The suite's own settings swap in plain static names (no collectstatic per run); this one runs
# the pages with production's hashed, compressed storage, as served after `make run`'s steps.
PAGES_IN_PRODUCTION = """
from django.test import Client
client = Client(HTTP_HOST="news.example.org", HTTP_X_FORWARDED_PROTO="https")  # behind the proxy
page = client.get("/")
css = page.content.decode().split('rel="stylesheet" href="')[1].split('"')[0]
asset = client.get(css)
print(page.status_code, css, asset.status_code, asset.get("Cache-Control", ""))
"""


def test_pages_serve_hashed_static_files_in_production(tmp_path):
    env = {"NEWSDESK_DATA_DIR": str(tmp_path), **PRODUCTION}
    for step in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
        assert newsdesk(*step, **env).returncode == 0
    result = newsdesk("shell", "--verbosity", "0", "-c", PAGES_IN_PRODUCTION, **env)
    status, css, asset_status, caching = (result.stdout.split() + ["", "", "", ""])[:4]
    assert status == "200" and asset_status == "200", result.stdout + result.stderr
    assert css.startswith("/static/web/site.") and css.count(".") == 2  # site.<hash>.css
    assert "max-age=315360000" in caching  # hashed names may be kept for ever


def test_production_without_a_secret_key_refuses_to_start(tmp_path):
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    result = newsdesk("check", NEWSDESK_DATA_DIR=str(tmp_path), SECRET_KEY="", **env)
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize(("env", "message"), [
    ({"DEBUG": "maybe"}, "DEBUG='maybe' is not a boolean"),
    ({"DATABASE_URL": "nosuchdb://x"}, "DATABASE_URL is not a database URL"),
    ({"NEWSDESK_FETCH_MIN_DELAY": "soon"}, "NEWSDESK_FETCH_MIN_DELAY='soon' is not a number of seconds"),
    ({"NEWSDESK_FETCH_MIN_DELAY": "-1"}, "NEWSDESK_FETCH_MIN_DELAY='-1' is not a number of seconds"),
])
def test_bad_environment_gives_a_clear_message(tmp_path, env, message):
    result = newsdesk("check", NEWSDESK_DATA_DIR=str(tmp_path), **env)
    assert result.returncode != 0 and message in result.stderr


@pytest.mark.django_db
def test_bad_time_zone_is_refused_with_a_clear_message(portal):
    from django.core.exceptions import ValidationError

    portal.time_zone = "Mars/Olympus"
    with pytest.raises(ValidationError, match="Mars/Olympus is not a known time zone"):
        portal.save()


@pytest.mark.django_db
def test_run_refuses_to_start_on_a_broken_stored_setting(portal):
    from django.core.management import CommandError, call_command

    from newsdesk.portal.models import Portal

    Portal.objects.filter(pk=portal.pk).update(time_zone="Europe/Atlantis", facebook_url="not a url")
    with pytest.raises(CommandError) as failure:
        call_command("run", "--port", "0")
    assert "Europe/Atlantis is not a known time zone" in str(failure.value)
    assert "facebook_url" in str(failure.value)
