"""The polite HTTP client: the one way newsdesk fetches feeds and pages from agencies.

One policy for both: connect and total timeouts, a size cap on the bytes received and on the
bytes they decompress to, redirects followed by hand (each hop checked against private
addresses), conditional GET, Retry-After, one request at a time per host, robots.txt for pages.
"""

import logging
import time
import zlib
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import httpx
import redis
from django.conf import settings

from . import charsets
from .addresses import public_address
from .errors import (
    FetchError,
    HTTPStatusError,
    NetworkError,
    Refused,
    RobotsDisallowed,
    TimedOut,
    TooLarge,
    TooManyRedirects,
)
from .politeness import HostGate, RobotsCache, SharedHostGate

logger = logging.getLogger(__name__)
# httpx logs every request at INFO; ours are logged below with their outcome, at DEBUG.
logging.getLogger("httpx").setLevel(logging.WARNING)

REDIRECTS = {301, 302, 303, 307, 308}
GATE = HostGate()
__all__ = ["Fetched", "Fetcher", "FetchError", "Policy"]


@dataclass(frozen=True)
class Policy:
    connect_timeout: float = 5.0
    total_timeout: float = 10.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    min_delay: float = 1.0
    user_agent: str = "newsdesk"
    allow_private: bool = False

    @classmethod
    def from_settings(cls, **overrides) -> "Policy":
        """Settings named NEWSDESK_FETCH_<FIELD> (e.g. NEWSDESK_FETCH_MIN_DELAY) override defaults."""
        values = {
            name: getattr(settings, f"NEWSDESK_FETCH_{name.upper()}", default)
            for name, default in vars(cls()).items()
        }
        values["user_agent"] = settings.NEWSDESK_USER_AGENT
        values["allow_private"] = settings.NEWSDESK_ALLOW_PRIVATE_FETCH
        return replace(cls(**values), **overrides)

    @property
    def size_words(self) -> str:
        return f"{self.max_bytes / 1024 / 1024:g} MB"


@dataclass
class Fetched:
    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def etag(self) -> str:
        return self.headers.get("etag", "")

    @property
    def last_modified(self) -> str:
        return self.headers.get("last-modified", "")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "")

    def text(self) -> str:
        return charsets.decode(self.body, self.content_type)[0]


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After is delta-seconds or an HTTP date (RFC 9110 10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


def default_gate(policy: Policy) -> HostGate:
    """On Redis, one gate for every consumer of the site; else this process's."""
    url = getattr(settings, "REDIS_URL", "")
    if not url:
        return GATE
    client = redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2)
    return SharedHostGate(client, hold_limit=policy.connect_timeout + policy.total_timeout)


class Fetcher:
    """Long-lived per worker: it keeps connections, the robots cache and the per-host gate."""

    def __init__(self, policy: Policy | None = None, gate: HostGate | None = None):
        self.policy = policy or Policy.from_settings()
        self.gate = gate or default_gate(self.policy)
        self.robots = RobotsCache()
        timeout = httpx.Timeout(self.policy.total_timeout, connect=self.policy.connect_timeout)
        self.client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment would bypass the address checks
            headers={"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, *, etag: str = "", last_modified: str = "", robots: bool = False,
            trusted_host: str | None = None) -> Fetched:
        """GET `url` following redirects; raises a FetchError subclass with a readable message."""
        conditional = {"If-None-Match": etag, "If-Modified-Since": last_modified}
        headers = {k: v for k, v in conditional.items() if v}
        # `trusted_host` may be private (a source on the local network), not the hosts its feed
        # links or redirects to; the setting NEWSDESK_ALLOW_PRIVATE_FETCH trusts every host.
        seen: set[str] = set()
        for _hop in range(self.policy.max_redirects + 1):
            if url in seen:
                raise TooManyRedirects(f"redirect loop at {url}")
            seen.add(url)
            private_ok = self.policy.allow_private or httpx.URL(url).host == trusted_host
            if robots and not self.robots.allowed(url, self.policy.user_agent, self._robots_loader(trusted_host)):
                raise RobotsDisallowed(f"robots.txt of the site disallows {url}")
            fetched = self._request(url, headers, private_ok)
            location = fetched.headers.get("location")
            if fetched.status not in REDIRECTS or not location:
                return fetched
            url = urljoin(url, location)
        raise TooManyRedirects(f"more than {self.policy.max_redirects} redirects from {url}")

    def _robots_loader(self, trusted_host: str | None):
        def load(url: str) -> tuple[int, str]:
            try:
                fetched = self.get(url, trusted_host=trusted_host)
            except HTTPStatusError as exc:
                return exc.status, ""
            return fetched.status, fetched.text()

        return load

    def _request(self, url: str, headers: dict, allow_private: bool) -> Fetched:
        target = httpx.URL(url)
        if target.scheme not in ("http", "https") or not target.host:
            raise Refused(f"refused: {url} is not an http(s) address")
        port = target.port or (443 if target.scheme == "https" else 80)
        # Connect to the address we checked, not to whatever a second DNS lookup would say.
        ip = public_address(target.host, port, allow_private)
        pinned = target.copy_with(host=str(ip))
        host_header = target.netloc.decode("ascii")
        with self.gate.turn(target.host, self.policy.min_delay):
            return self._send(url, pinned, {**headers, "Host": host_header}, target.host)

    def _send(self, url: str, pinned: httpx.URL, headers: dict, host: str) -> Fetched:
        policy = self.policy
        deadline = time.monotonic() + policy.total_timeout
        request = self.client.build_request("GET", pinned, headers=headers)
        request.extensions["sni_hostname"] = host
        try:
            response = self.client.send(request, stream=True)
            try:
                check_status(url, response)
                body = b"" if response.status_code in REDIRECTS | {304} else read_capped(response, deadline, policy)
            finally:
                response.close()
        except httpx.TimeoutException as exc:
            raise TimedOut(f"timed out after {policy.total_timeout:g}s fetching {url}") from exc
        except httpx.TransportError as exc:
            raise NetworkError(f"network error fetching {url}: {exc or type(exc).__name__}") from exc
        logger.debug("fetched %s: %s, %d bytes", url, response.status_code, len(body))
        return Fetched(url=url, status=response.status_code, headers=response.headers, body=body)


def check_status(url: str, response: httpx.Response) -> None:
    status = response.status_code
    if status < 400:
        return
    reason = response.reason_phrase or ""
    retry_after = None
    if status in (429, 503):
        retry_after = retry_after_seconds(response.headers.get("retry-after"))
    message = f"HTTP {status} {reason}".strip() + f" from {url}"
    if retry_after is not None:
        message += f" (retry after {retry_after:.0f}s)"
    raise HTTPStatusError(message, status, retry_after)


def read_capped(response: httpx.Response, deadline: float, policy: Policy) -> bytes:
    """The body, decompressed, refusing past the size cap and past the total deadline.

    We inflate ourselves with a bounded output per chunk: a few kilobytes of gzip can expand to
    gigabytes, and no more than the cap is ever held in memory.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > policy.max_bytes:
        raise TooLarge(f"response larger than {policy.size_words} ({int(declared):,} bytes announced)")
    decoder = decoder_for(response.headers.get("content-encoding", ""))
    out = bytearray()
    received = 0
    for chunk in response.iter_raw():
        received += len(chunk)
        if received > policy.max_bytes:
            raise TooLarge(f"response larger than {policy.size_words}")
        room = policy.max_bytes - len(out)
        try:
            data = decoder.decompress(chunk, room + 1) if decoder else chunk
        except zlib.error as exc:
            raise FetchError(f"corrupt compressed response: {exc}") from exc
        if len(data) > room:
            raise TooLarge(f"response larger than {policy.size_words} once decompressed")
        out += data
        if time.monotonic() > deadline:
            raise TimedOut(f"timed out after {policy.total_timeout:g}s (the server sends too slowly)")
    return bytes(out)


def decoder_for(content_encoding: str):
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip"):
        return zlib.decompressobj(47)  # 32 + 15: gzip or zlib header, detected
    if encoding == "deflate":
        return Deflate()
    raise FetchError(f"unsupported content encoding {content_encoding!r}")


class Deflate:
    """HTTP's "deflate" is zlib-wrapped, but many servers send the raw stream: the first two
    bytes tell which (a zlib header is method 8 and a multiple of 31)."""

    def __init__(self):
        self._inner = None
        self._head = b""

    def decompress(self, data: bytes, max_length: int) -> bytes:
        if self._inner is None:
            data = self._head + data
            if len(data) < 2:  # too little to tell yet
                self._head = data
                return b""
            wrapped = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inner = zlib.decompressobj(15 if wrapped else -15)
        return self._inner.decompress(data, max_length)
