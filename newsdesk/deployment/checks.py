"""What is wrong with a deployment's settings, each with the setting that puts it right.

Registered as Django system checks tagged `deploy`, so `newsdesk check --deploy` reports them with
Django's own security checks in one list; `newsdesk deploy-check` runs the same and fails on a
warning too. Each check reads the settings (and the environment they came from) and nothing else.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core import checks

# Keys shorter than this are guessable in practice (Django's own check asks for 50 as well).
SHORTEST_KEY = 50
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]"}


def finding(level, message: str, hint: str, number: int) -> checks.CheckMessage:
    return level(message, hint=hint, id=f"newsdesk.D{number:03d}")


@checks.register(checks.Tags.security, deploy=True)
def debug_off(app_configs=None, **kwargs):
    if settings.DEBUG:
        return [finding(checks.Error, "DEBUG is on: error pages show settings and code to anyone.",
                        "Set DEBUG=0 in the environment file.", 1)]
    return []


@checks.register(checks.Tags.security, deploy=True)
def secret_key(app_configs=None, **kwargs):
    found = []
    if not os.environ.get("SECRET_KEY"):
        found.append(finding(
            checks.Error if settings.NEWSDESK_WEB_NODES > 1 else checks.Warning,
            "SECRET_KEY is not set: each machine makes its own key in its data directory, so a "
            "session or form signed by one web node is refused by another.",
            "Set SECRET_KEY (the same on every node) to a random string of 50 or more characters: "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'.", 2))
    elif len(settings.SECRET_KEY) < SHORTEST_KEY or settings.SECRET_KEY.startswith("django-insecure-"):
        found.append(finding(
            checks.Error, f"SECRET_KEY is short or a known default ({len(settings.SECRET_KEY)} characters).",
            "Set SECRET_KEY to a random string of 50 or more characters: "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'.", 3))
    return found


@checks.register(checks.Tags.security, deploy=True)
def allowed_hosts(app_configs=None, **kwargs):
    hosts = set(settings.ALLOWED_HOSTS)
    if not hosts or "*" in hosts:
        return [finding(
            checks.Error, f"ALLOWED_HOSTS is {'empty' if not hosts else 'any host (*)'}: "
            + ("every request is refused." if not hosts else "pages would carry whatever host a request names."),
            "Set ALLOWED_HOSTS to the site's host names, e.g. ALLOWED_HOSTS=news.example.org.", 4)]
    if hosts <= LOCAL_HOSTS:
        return [finding(
            checks.Warning, f"ALLOWED_HOSTS names only this machine ({', '.join(sorted(hosts))}): "
            "readers asking for the site's name get 400.",
            "Set ALLOWED_HOSTS to the site's host names, e.g. ALLOWED_HOSTS=news.example.org.", 5)]
    return []


@checks.register(checks.Tags.database, deploy=True)
def shared_services(app_configs=None, **kwargs):
    nodes = settings.NEWSDESK_WEB_NODES
    if nodes < 2:
        return []
    found = []
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        found.append(finding(
            checks.Error, f"NEWSDESK_WEB_NODES={nodes} on SQLite: the database is a file on one machine.",
            "Set DATABASE_URL to a PostgreSQL database shared by every node.", 6))
    if not settings.REDIS_URL:
        found.append(finding(
            checks.Error, f"NEWSDESK_WEB_NODES={nodes} without REDIS_URL: the page cache's versions, the "
            "API's rate counts and the job queue are files on each machine, not shared: a publish on one "
            "node would not reach the pages of another.",
            "Set REDIS_URL (the same on every node and job consumer), e.g. redis://10.0.0.5:6379/0.", 7))
    return found


@checks.register(checks.Tags.security, deploy=True)
def proxy_headers(app_configs=None, **kwargs):
    # Behind a proxy every request comes from the proxy's address: sign-in throttling would then
    # pause a name for every reader at once, and the API's rate would be one for all.
    behind_proxy = settings.HTTPS or settings.NEWSDESK_WEB_NODES > 1
    if behind_proxy and settings.NEWSDESK_TRUSTED_PROXIES == 0:
        return [finding(
            checks.Warning, "Behind a proxy (HTTPS or several web nodes) but NEWSDESK_TRUSTED_PROXIES=0: "
            "sign-in throttling and the API's rate see the proxy's address for every client.",
            "Set NEWSDESK_TRUSTED_PROXIES to the number of proxies in front (1 behind one nginx).", 8)]
    return []


@checks.register(checks.Tags.staticfiles, deploy=True)
def static_collected(app_configs=None, **kwargs):
    if (Path(settings.STATIC_ROOT) / "web" / "site.css").exists():
        return []
    return [finding(
        checks.Error, f"No collected static files in {settings.STATIC_ROOT}: pages would have no styles "
        "(nginx serves this directory).",
        "Run `newsdesk collectstatic --noinput` after each install or upgrade.", 9)]


@checks.register(checks.Tags.files, deploy=True)
def media_writable(app_configs=None, **kwargs):
    media = Path(settings.MEDIA_ROOT)
    existing = next((p for p in (media, *media.parents) if p.exists()), None)
    if existing is not None and existing.is_dir() and os.access(existing, os.W_OK | os.X_OK):
        return []
    return [finding(
        checks.Error, f"The media directory {media} is not writable: lead images cannot be kept.",
        "Make it writable by the user the web nodes and job consumers run as, or set "
        "NEWSDESK_DATA_DIR to a directory they own.", 10)]


@checks.register(checks.Tags.security, deploy=True)
def https_on(app_configs=None, **kwargs):
    # Django's own warnings (W004, W008, W012, W016) name its settings; this names ours.
    if settings.HTTPS:
        return []
    return [finding(
        checks.Warning, "NEWSDESK_HTTPS is off: sign-in cookies travel over plain HTTP, no HSTS, no redirect "
        "to HTTPS.",
        "Set NEWSDESK_PRODUCTION=1 (or NEWSDESK_HTTPS=1) with TLS on the proxy, which must set "
        "X-Forwarded-Proto (deploy/nginx does).", 11)]
