"""Being a good guest on an agency's server: one request at a time per host, a pause between
requests, and robots.txt for article pages.

The gate is per process (HostGate), or shared by every consumer through Redis (SharedHostGate)
when the site runs on Redis. The robots cache is per process: robots.txt is read once an hour.
"""

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import redis
from protego import Protego

from .errors import Refused

logger = logging.getLogger(__name__)

Loader = Callable[[str], tuple[int, str]]
ROBOTS_TTL = 3600.0
ROBOTS_UNREACHABLE_TTL = 300.0


class HostGate:
    """Serialises this process's requests per host and spaces them by at least `min_delay`."""

    def __init__(self):
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}

    def _lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    @contextmanager
    def turn(self, host: str, min_delay: float) -> Iterator[None]:
        """Wait for the host's turn and hold it for one request."""
        with self._lock(host):
            last = self._last.get(host)
            if last is not None:
                _sleep(last + min_delay - time.monotonic())
            try:
                yield
            finally:
                self._last[host] = time.monotonic()


class SharedHostGate(HostGate):
    """The same rule for every consumer on every machine: a Redis lock per host and the time of
    its last request, in Redis's clock. If Redis cannot be reached, this process's own gate
    still holds, so fetching goes on."""

    RETRY_AFTER = 30.0  # seconds without asking Redis once it failed: each try costs timeouts

    def __init__(self, client: redis.Redis, hold_limit: float):
        super().__init__()
        self.redis = client
        self.hold_limit = hold_limit  # a crashed holder's lock expires after this many seconds
        self._unavailable_until = 0.0

    @contextmanager
    def turn(self, host: str, min_delay: float) -> Iterator[None]:
        with super().turn(host, min_delay):  # threads of this process queue here first
            key = f"newsdesk:gate:{host}"
            lock = None
            if time.monotonic() >= self._unavailable_until:
                lock = self._enter(key, min_delay)
            try:
                yield
            finally:
                if lock is not None:
                    self._leave(key, lock, min_delay)

    def _enter(self, key: str, min_delay: float):
        """The host's Redis lock, held once its pause has passed; None if Redis failed."""
        lock = self.redis.lock(f"{key}:lock", timeout=self.hold_limit + min_delay)
        try:
            lock.acquire()
            last = self.redis.get(f"{key}:last")
            if last is not None:
                _sleep(float(last) + min_delay - self._now())
        except redis.RedisError as exc:
            logger.warning("shared host gate unavailable (%s); this process's own gate holds", exc)
            self._unavailable_until = time.monotonic() + self.RETRY_AFTER
            return None  # if the lock was taken, it expires by itself
        return lock

    def _leave(self, key: str, lock, min_delay: float) -> None:
        try:
            self.redis.set(f"{key}:last", self._now(), ex=int(min_delay) + 60)
            lock.release()
        except redis.RedisError as exc:  # the lock expires by itself
            logger.warning("shared host gate: could not leave %s (%s)", key, exc)

    def _now(self) -> float:
        seconds, micros = self.redis.time()
        return seconds + micros / 1e6


def _sleep(seconds: float) -> None:
    if seconds > 0:
        time.sleep(seconds)


class RobotsCache:
    """robots.txt per scheme+host, fetched at most once an hour through the caller's `load`.

    `load(url)` returns (status, text) or raises; RFC 9309: a 4xx means no rules, a 5xx or an
    unreachable server means everything is disallowed for now.
    """

    def __init__(self):
        self._cache: dict[str, tuple[float, Protego | None]] = {}
        self._guard = threading.Lock()

    def rules(self, url: str, load: Loader) -> Protego | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._guard:
            cached = self._cache.get(origin)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        rules, ttl = self._fetch(origin, load)
        with self._guard:
            self._cache[origin] = (time.monotonic() + ttl, rules)
        return rules

    def _fetch(self, origin: str, load: Loader) -> tuple[Protego | None, float]:
        try:
            status, text = load(origin + "/robots.txt")
        except Refused:
            raise  # not "unreachable": we will not go there at all, and say so
        except Exception:  # noqa: BLE001 - any failure to read robots.txt means "unreachable"
            return Protego.parse("User-agent: *\nDisallow: /"), ROBOTS_UNREACHABLE_TTL
        if 400 <= status < 500:
            return None, ROBOTS_TTL
        if status >= 500:
            return Protego.parse("User-agent: *\nDisallow: /"), ROBOTS_UNREACHABLE_TTL
        return Protego.parse(text), ROBOTS_TTL

    def allowed(self, url: str, user_agent: str, load: Loader) -> bool:
        rules = self.rules(url, load)
        return rules is None or rules.can_fetch(url, user_agent)
