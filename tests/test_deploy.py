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
    "NEWSDESK_TRUSTED_PROXIES": "1",  # behind one nginx, as deploy/ sets it up
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


def test_deploy_check_passes_with_production_settings_on_postgres_and_redis(tmp_path):
    assert newsdesk("collectstatic", "--noinput", NEWSDESK_DATA_DIR=str(tmp_path), **PRODUCTION).returncode == 0
    shared = {"DATABASE_URL": "postgres://newsdesk@db.example.org/newsdesk", "REDIS_URL": "redis://cache.example.org:6379/0"}
    result = newsdesk("deploy-check", NEWSDESK_DATA_DIR=str(tmp_path), NEWSDESK_WEB_NODES="3", **PRODUCTION, **shared)
    assert result.returncode == 0, result.stdout + result.stderr


# Each finding: the environment that causes it (on top of good production settings, static files
# collected), its code and the words that tell the operator what to change.
FINDINGS = {
    "debug-on": ({"DEBUG": "1"}, "newsdesk.D001", "Set DEBUG=0"),
    "short-secret": ({"SECRET_KEY": "changeme"}, "newsdesk.D003", "random string of 50 or more characters"),
    "insecure-default-secret": ({"SECRET_KEY": "django-insecure-" + "k" * 50}, "newsdesk.D003", "SECRET_KEY"),
    "any-host": ({"ALLOWED_HOSTS": "*"}, "newsdesk.D004", "ALLOWED_HOSTS is any host (*)"),
    "no-host": ({"ALLOWED_HOSTS": ","}, "newsdesk.D004", "ALLOWED_HOSTS is empty"),
    "only-local-hosts": ({"ALLOWED_HOSTS": "127.0.0.1,localhost"}, "newsdesk.D005", "names only this machine"),
    "nodes-on-sqlite": ({"NEWSDESK_WEB_NODES": "2", "REDIS_URL": "redis://127.0.0.1:6379/0"}, "newsdesk.D006",
                        "Set DATABASE_URL to a PostgreSQL database"),
    "nodes-without-redis": ({"NEWSDESK_WEB_NODES": "2", "DATABASE_URL": "postgres://newsdesk@db.example.org/newsdesk"},
                            "newsdesk.D007", "Set REDIS_URL"),
    "proxy-without-forwarded-for": ({"NEWSDESK_TRUSTED_PROXIES": "0"}, "newsdesk.D008",
                                    "Set NEWSDESK_TRUSTED_PROXIES"),
    "plain-http": ({"NEWSDESK_HTTPS": "0"}, "newsdesk.D011", "NEWSDESK_HTTPS is off"),
}


@pytest.mark.parametrize("name", list(FINDINGS))
def test_deploy_check_says_what_is_wrong_and_which_setting_to_change(tmp_path, name):
    env, code, words = FINDINGS[name]
    full = {"NEWSDESK_DATA_DIR": str(tmp_path), **PRODUCTION}
    assert newsdesk("collectstatic", "--noinput", **full).returncode == 0
    result = newsdesk("deploy-check", **{**full, **env})
    assert result.returncode != 0
    assert code in result.stderr and words in result.stderr, result.stderr
    assert newsdesk("deploy-check", **full).returncode == 0  # the same site without it is fine


def test_deploy_check_says_the_static_files_are_not_collected(tmp_path):
    result = newsdesk("deploy-check", NEWSDESK_DATA_DIR=str(tmp_path), NEWSDESK_HASHED_STATIC="0", **PRODUCTION)
    assert result.returncode != 0 and "newsdesk.D009" in result.stderr
    assert "newsdesk collectstatic --noinput" in result.stderr


def test_deploy_check_says_the_media_directory_cannot_be_written(tmp_path):
    env = {"NEWSDESK_DATA_DIR": str(tmp_path), **PRODUCTION}
    assert newsdesk("collectstatic", "--noinput", **env).returncode == 0
    media = tmp_path / "media"
    if os.geteuid() == 0:
        media.write_text("")  # root may write any directory: a file in its place cannot hold images either
    else:
        media.mkdir(mode=0o555)
    result = newsdesk("deploy-check", **env)
    assert result.returncode != 0 and "newsdesk.D010" in result.stderr, result.stderr
    assert f"The media directory {media} is not writable" in result.stderr


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
