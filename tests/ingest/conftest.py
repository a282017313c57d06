"""Real HTTP servers on 127.0.0.1 playing agencies, good and bad."""

import os
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import redis

from newsdesk.ingest.fetch import Fetcher, Policy
from newsdesk.ingest.politeness import HostGate


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: a body ends when the socket closes

    def do_GET(self):  # noqa: N802 - http.server's naming
        site: Site = self.server.site
        path = urlsplit(self.path).path
        site.enter(path, dict(self.headers))
        self.answered = False
        try:
            route = site.routes.get(path)
            if route is None:
                self.reply(404, b"not found")
            elif callable(route):
                route(self)
            else:
                self.reply(*route)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.done()

    def done(self):
        # The request stops counting as in progress before its last bytes go out: once the client
        # has them it may send the next one, before this thread is scheduled again.
        if not self.answered:
            self.answered = True
            self.server.site.leave()

    def reply(self, status: int, body: bytes = b"", headers: dict | None = None):
        self.send_response(status)
        headers = {"Content-Type": "text/html; charset=utf-8", **(headers or {})}
        for name, value in headers.items():
            self.send_header(name, value)
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.done()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Site:
    """A local web server: `routes[path]` is (status, body[, headers]) or a function(handler)."""

    def __init__(self):
        self.routes: dict[str, tuple | Callable] = {}
        self.requests: list[tuple[str, dict]] = []
        self.active = 0
        self.most_at_once = 0
        self._guard = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.site = self
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.origin + path

    def enter(self, path: str, headers: dict):
        with self._guard:
            self.requests.append((path, headers))
            self.active += 1
            self.most_at_once = max(self.most_at_once, self.active)

    def leave(self):
        with self._guard:
            self.active -= 1

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def site_factory():
    made: list[Site] = []

    def make() -> Site:
        made.append(Site())
        return made[-1]

    yield make
    for s in made:
        s.close()


@pytest.fixture
def fetcher():
    """A client allowed to reach 127.0.0.1, with short limits and no pause between requests."""
    policy = Policy(connect_timeout=1, total_timeout=2, max_bytes=1024 * 1024, min_delay=0,
                    user_agent="newsdesk-test/1.0", allow_private=True)
    f = Fetcher(policy, gate=HostGate())
    yield f
    f.close()


@pytest.fixture
def private_fetch(settings):
    """Workers built from settings may reach the local test servers."""
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = True
    settings.NEWSDESK_FETCH_MIN_DELAY = 0
    settings.NEWSDESK_FETCH_TOTAL_TIMEOUT = 2
    settings.NEWSDESK_FETCH_CONNECT_TIMEOUT = 1
    return settings


def trickle(seconds_per_byte: float, total: int = 1000):
    def route(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        for _ in range(total):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(seconds_per_byte)

    return route


TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture
def redis_url():
    """A Redis database of the tests' own, emptied before and after. Redis is part of the test
    set-up, as PostgreSQL is: without it these tests fail and say so."""
    client = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.fail(f"no Redis answers at {urlsplit(TEST_REDIS_URL).netloc} ({exc}): start one on 127.0.0.1:6379")
    client.flushdb()
    yield TEST_REDIS_URL
    client.flushdb()
