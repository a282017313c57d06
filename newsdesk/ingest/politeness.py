"""Being a good guest on an agency's server: one request at a time per host, a pause between
requests, and robots.txt for article pages.

Both are per process: every worker keeps its own gate and robots cache. Several consumers on
several machines can still reach one host at once; the minimum delay keeps that bounded.
"""

import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from protego import Protego

from .errors import Refused

Loader = Callable[[str], tuple[int, str]]
ROBOTS_TTL = 3600.0
ROBOTS_UNREACHABLE_TTL = 300.0


class HostGate:
    """Serialises requests per host and spaces them by at least `min_delay` seconds."""

    def __init__(self):
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def wait_turn(self, host: str, min_delay: float) -> None:
        """Call while holding `lock(host)`: sleeps until the host's pause has passed."""
        last = self._last.get(host)
        if last is not None:
            pause = last + min_delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def done(self, host: str) -> None:
        self._last[host] = time.monotonic()


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
