"""One settings module, read from the environment (see README: Configuration)."""

import os
import re
import secrets
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r} is not a boolean (use 1/0, true/false).")


def env_seconds(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise ImproperlyConfigured(f"{name}={value!r} is not a number of seconds (e.g. 1.5).")
    return seconds


def env_count(name: str, default: int, least: int = 0) -> int:
    value = os.environ.get(name) or str(default)
    if not value.isascii() or not value.isdigit() or int(value) < least:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number of at least {least}.")
    return int(value)


RATE = re.compile(r"[1-9][0-9]*/[0-9]*(s|sec|m|min|h|hour|d|day)")


def env_rate(name: str, default: str) -> str:
    value = os.environ.get(name) or default
    if not RATE.fullmatch(value):
        raise ImproperlyConfigured(f"{name}={value!r} is not a rate (requests/period, e.g. 60/min, 1000/day).")
    return value


def env_origins(name: str, default: str) -> list[str]:
    """'*' or web origins (scheme://host[:port], nothing after) for cross-origin browser calls."""
    origins = [o.strip().rstrip("/") for o in (os.environ.get(name) or default).split(",") if o.strip()]
    if origins == ["*"]:
        return origins
    for origin in origins:
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path or parts.query:
            raise ImproperlyConfigured(f"{name}: {origin!r} is not '*' or an origin like https://example.org.")
    return origins


def env_url_path(name: str, default: str) -> str:
    """A path prefix such as `desk/` (slashes around it optional), checked and normalised."""
    value = (os.environ.get(name) or default).strip("/")
    segments = value.split("/")
    if not all(re.fullmatch(r"[A-Za-z0-9._~-]+", s) and s.strip(".") for s in segments):
        raise ImproperlyConfigured(f"{name}={os.environ.get(name)!r} is not a path like 'desk/'.")
    return value + "/"


DATA_DIR = Path(os.environ.get("NEWSDESK_DATA_DIR") or "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = env_bool("DEBUG", False)
# Production mode: a real secret must come from the environment, never from a file we made.
PRODUCTION = env_bool("NEWSDESK_PRODUCTION", False)
HTTPS = env_bool("NEWSDESK_HTTPS", PRODUCTION)


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production (NEWSDESK_PRODUCTION=1).")
    path = DATA_DIR / "secret_key"
    try:
        # Created private (0600) in one step: a key written first and chmod-ed after would be
        # readable by others for a moment. O_EXCL: two processes starting together keep one key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_key(path)
    with os.fdopen(fd, "w") as file:
        file.write(secrets.token_urlsafe(50))
    return _read_key(path)


def _read_key(path: Path) -> str:
    # Another process may have created the file an instant ago and not yet written it.
    for _attempt in range(50):
        if key := path.read_text().strip():
            return key
        time.sleep(0.02)
    raise ImproperlyConfigured(f"{path} is empty: delete it to have a new key made.")


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "huey.contrib.djhuey",
    "newsdesk.portal",
    "newsdesk.sources",
    "newsdesk.articles",
    "newsdesk.search",
    "newsdesk.web",
    "newsdesk.demo",
    "newsdesk.stories",
    "newsdesk.media",
    "newsdesk.ingest",
    "newsdesk.api",
    # Ninja's templates and static files: the API docs page loads nothing from a CDN.
    "ninja",
    "corsheaders",
    "newsdesk.security",
    "newsdesk.backups",
    "newsdesk.deployment",
    "axes",
    "django_prose_editor",
    # Last: it replaces the articles' admin and gives its roles every other app's permissions.
    "newsdesk.desk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above whitenoise, so that static files (the SVG icon too) carry the same headers as pages.
    "csp.middleware.CSPMiddleware",
    "newsdesk.security.headers.PermissionsPolicyMiddleware",
    "newsdesk.security.headers.AdminPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsdesk.web.editions.EditionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Inside CommonMiddleware: an old address answers before a slash is appended to it.
    "newsdesk.desk.fallback.OldSiteMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Inside the conditional-get middleware: the ETag is taken of the page with its masthead.
    "newsdesk.web.masthead.MastheadMiddleware",
    "newsdesk.api.headers.ApiHeadersMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Before anything reads a body: a large one is read only from the desk's signed-in staff.
    "newsdesk.security.bodies.BodyLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# The admin's address: moving it off /admin/ spares it most scripted guessing (see README).
NEWSDESK_ADMIN_PATH = env_url_path("NEWSDESK_ADMIN_PATH", "admin/")

# Sign-in throttling (django-axes): after N failures for one name from one address, that pair is
# refused for a while, without locking the name out for everyone else.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_count("NEWSDESK_LOGIN_FAILURE_LIMIT", 5, least=1)
AXES_COOLOFF_TIME = timedelta(seconds=env_seconds("NEWSDESK_LOGIN_LOCKOUT_SECONDS", 900))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "newsdesk.security.lockout.locked_out"
AXES_VERBOSE = False
# Behind nginx every sign-in would come from the proxy's address: the client's is read from
# X-Forwarded-For, as far from its end as NEWSDESK_TRUSTED_PROXIES says (below), and never otherwise.
AXES_CLIENT_IP_CALLABLE = "newsdesk.security.client.client_address"

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "newsdesk.web.header.header_context",
            ],
        },
    }
]


# WAL lets readers go on while a worker writes; IMMEDIATE takes the write lock at BEGIN so two
# writers queue on busy_timeout instead of failing mid-transaction. A sqlite:/// DATABASE_URL
# gets them too: several processes write to one file either way.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def _database() -> dict:
    url = os.environ.get("DATABASE_URL")
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "newsdesk.sqlite3",
            "OPTIONS": dict(SQLITE_OPTIONS),
            # Kept between a thread's requests, as a DATABASE_URL's connection is (below): a new
            # one per request re-reads the schema and starts with an empty page cache (measured on
            # drawn search pages at 140k: 1.5-3 ms of a web worker's 10-14 ms of CPU a request).
            "CONN_MAX_AGE": 60,
            # Tests use a file too: threads and processes in tests then meet SQLite as production
            # does (WAL, busy timeout), not the shared-cache locks of an in-memory database.
            "TEST": {"NAME": str(DATA_DIR / "test.sqlite3")},
        }
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is not a database URL we understand: {exc}") from exc
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
# Search result pages: any text makes a new address, so they are kept per process in a bounded
# cache of their own (at most ~1,000 pages of ~20 KB), even when Redis is shared, and can never
# push the site's pages out. Keys carry the shared content version, as the other pages' do.
SEARCH_PAGES = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "search", "OPTIONS": {"MAX_ENTRIES": 300}}

if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL},
        "pages": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "pages"},
        "throttle": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "throttle"},
        "search": SEARCH_PAGES,
    }
    HUEY = {"huey_class": "huey.RedisHuey", "name": "newsdesk", "url": REDIS_URL, "immediate": False}
else:
    CACHES = {
        # Shared by the web workers and the job consumer, so a publish in one process reaches all:
        # the tags' versions, the header and the settings live here (small entries).
        # Never culled (newsdesk.filecaches): a version lost to a cull would redraw its pages.
        "default": {"BACKEND": "newsdesk.filecaches.KeptFileCache", "LOCATION": str(DATA_DIR / "cache")},
        # Drawn pages, many and larger: kept per process (a file cache, once full, lists and
        # culls its whole directory on every write). Each records the shared tag versions it was
        # drawn from (articles.changes), so a process never serves one a change has touched.
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 1000},  # drawn pages are ~60 KB: ~60 MB a process
        },
        # The API's requests per client, shared by every worker. Apart from "default" so that many
        # clients' entries never cull the content version out of it.
        "throttle": {
            "BACKEND": "newsdesk.filecaches.SampledCullFileCache",
            "LOCATION": str(DATA_DIR / "throttle"),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
        "search": SEARCH_PAGES,
    }
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "newsdesk",
        "filename": str(DATA_DIR / "queue.sqlite3"),
        "immediate": False,
    }

# An article's body comes through the admin's form: a staff request up to this size is read, so an
# overlong body gets the form's own message (the form's limit is far lower) instead of a bare 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = 32 * 1024 * 1024
# Everyone else's requests: Django's default. Larger bodies are refused (413) unread
# (newsdesk.security.bodies); the nginx configuration in deploy/ bounds them before that.
NEWSDESK_PUBLIC_BODY_MAX = 2_621_440

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("tr", _("Turkish")), ("ar", _("Arabic"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Storage is UTC; the site's own zone is an editorial setting (Portal.time_zone).
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise indexes it at start-up, before any collectstatic
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"  # renditions of lead images, served by newsdesk.media under hashed names
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and env_bool("NEWSDESK_HASHED_STATIC", True)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Search: matches ranked together by relevance, newest first (newsdesk.search.ranking says why).
NEWSDESK_SEARCH_WINDOW = env_count("NEWSDESK_SEARCH_WINDOW", 1000, least=1)

# Outgoing HTTP (ingestion): private and loopback addresses are refused unless allowed here.
NEWSDESK_ALLOW_PRIVATE_FETCH = env_bool("NEWSDESK_ALLOW_PRIVATE_FETCH", False)
NEWSDESK_USER_AGENT = os.environ.get("NEWSDESK_USER_AGENT", "newsdesk/0.1 (+https://example.org/bot)")
# Seconds between two requests to one host, by all consumers together when on Redis.
NEWSDESK_FETCH_MIN_DELAY = env_seconds("NEWSDESK_FETCH_MIN_DELAY", 1.0)

# The public API (/api/v1/): requests per client and who may call it from a browser.
NEWSDESK_API_RATE = env_rate("NEWSDESK_API_RATE", "60/min")
# How many proxies in front append to X-Forwarded-For: the client's address is read that far
# from its end (0: the connecting address; a client could otherwise pick its own). The API's rate
# and sign-in throttling both read it (newsdesk.security.client).
NEWSDESK_TRUSTED_PROXIES = env_count("NEWSDESK_TRUSTED_PROXIES", 0)
NINJA_NUM_PROXIES = NEWSDESK_TRUSTED_PROXIES
# How many web nodes (machines or web server processes) serve the site: `newsdesk check --deploy` says
# what cannot be shared between them (SQLite, a per-machine cache and queue).
NEWSDESK_WEB_NODES = env_count("NEWSDESK_WEB_NODES", 1, least=1)
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOWED_ORIGINS = env_origins("NEWSDESK_API_CORS_ORIGINS", "*")
CORS_ALLOW_ALL_ORIGINS = CORS_ALLOWED_ORIGINS == ["*"]
if CORS_ALLOW_ALL_ORIGINS:
    CORS_ALLOWED_ORIGINS = []
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_HEADERS = ("accept", "accept-language", "content-type", "if-none-match", "if-modified-since")
CORS_EXPOSE_HEADERS = ("ETag", "Retry-After")

if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31536000))
    # Both bind more than this site (every subdomain; browsers' built-in lists, slow to leave),
    # so the operator opts in. Django's deploy check warns while they are off: that is the choice.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("NEWSDESK_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("NEWSDESK_HSTS_PRELOAD", False)
    SILENCED_SYSTEM_CHECKS = [
        *([] if SECURE_HSTS_INCLUDE_SUBDOMAINS else ["security.W005"]),
        *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
    ]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# No inline script or style anywhere (the admin included: Django 5.2's admin needs none), so an
# injected <script> or on*= handler does not run. JSON-LD (<script type="application/ld+json">)
# is data, never executed, and not governed by script-src. Article bodies may show an agency's
# pictures, hence img-src https: (and http: on a site that is itself plain HTTP).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "https:", *([] if HTTPS else ["http:"])],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        **({"upgrade-insecure-requests": True} if HTTPS else {}),
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # The job consumer installs its own handler on "huey": not propagating avoids printing twice.
    "loggers": {"django.db.backends": {"level": "INFO"}, "huey": {"propagate": False}},
}

# URLs per sitemap file: the sitemaps protocol allows 50,000 (a setting so tests can page small).
SITEMAP_PAGE_SIZE = 50_000
