"""Cached pages answered in front of Django, for readers.

A page-cache hit through Django passes its fifteen middlewares and four cache reads, some 1,900
Python calls, to send bytes this process already holds. This WSGI layer answers the same
request again without Django while nothing the answer depends on can have moved:

- the request is a reader's GET or HEAD with nothing Django would answer differently: no
  session, CSRF or messages cookie, no Origin, no conditional header but If-None-Match;
- the same request (scheme, host, path and query as the server gave them) was answered by a
  page-cache hit through Django (web.pagecache hands over `response.front`), and the answer
  for this method, status and encoding was seen: its headers (security headers, CSP,
  Content-Language, Vary, Cache-Control) are repeated as the whole stack sent them;
- the shared change stamp (articles.changes) is the one read when the page was found fresh:
  one cache read. When it moved, the page's and masthead's tags are read again, and the answer
  stands only if none of them moved;
- its due moment, time to live and the site's midnight have not passed.

Anything else, and any doubt, goes through Django, which records the answer again.
"""

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from django.conf import settings

from newsdesk.articles import changes

from . import pagecache

logger = logging.getLogger(__name__)

# The environ entries Django builds a page's address from (scheme, host, script, path, query).
ADDRESS = ("wsgi.url_scheme", "HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_HOST", "HTTP_HOST", "SERVER_NAME",
           "SERVER_PORT", "SCRIPT_NAME", "PATH_INFO", "QUERY_STRING")
# Headers Django's middlewares act on for a page: any of them sends the request through Django.
DECLINED = ("HTTP_ORIGIN", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE", "HTTP_RANGE")
FILLED = {"etag", "content-length", "x-cache"}  # set per answer; the rest is the stack's
RECORDS = 4000  # addresses remembered per process (small: the pages live in pagecache's store)


@dataclass
class Record:
    front: pagecache.Front
    stamp: str | None
    # (method, status, gzip) -> the stack's headers, those in FILLED as None
    headers: dict = field(default_factory=dict)


class FrontCache:
    """WSGI middleware around Django's application."""

    def __init__(self, application):
        self.application = application
        self.records: OrderedDict = OrderedDict()
        self.guard = threading.Lock()
        names = (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "messages")
        self.cookies = tuple(n for n in names if n)

    def __call__(self, environ, start_response):
        if not self.eligible(environ):
            return self.application(environ, start_response)
        address = tuple(environ.get(name) for name in ADDRESS)
        try:
            answer = self.answer(address, environ)
        except Exception:  # the cache is unreachable: Django says what to do
            logger.exception("front cache: answering %s from memory failed", environ.get("PATH_INFO"))
            answer = None
        if answer is not None:
            status, headers, body = answer
            start_response(status, headers)
            return [body]
        return self.through_django(address, environ, start_response)

    def eligible(self, environ) -> bool:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return False
        if any(name in environ for name in DECLINED):
            return False
        cookie = environ.get("HTTP_COOKIE", "")
        return not (cookie and any(name in cookie for name in self.cookies))

    def answer(self, address: tuple, environ):
        record = self.records.get(address)
        if record is None or time.time() >= record.front.until:
            return None
        page = pagecache.lookup(record.front.composed_key)
        if page is None or not self.still_fresh(record):
            return None
        body, gzipped, etag = page
        if etag in environ.get("HTTP_IF_NONE_MATCH", ""):
            variant, sent = (environ["REQUEST_METHOD"], 304, False), b""
        elif "HTTP_IF_NONE_MATCH" in environ:
            return None  # another ETag: Django's conditional rules decide
        elif gzipped is not None and "gzip" in environ.get("HTTP_ACCEPT_ENCODING", ""):
            variant, sent = (environ["REQUEST_METHOD"], 200, True), gzipped
        else:
            variant, sent = (environ["REQUEST_METHOD"], 200, False), body
        template = record.headers.get(variant)
        if template is None:
            return None
        status, headers = template
        values = {"etag": etag, "content-length": str(len(sent)), "x-cache": "hit"}
        return status, [(name, values[name.lower()] if value is None else value) for name, value in headers], sent

    def still_fresh(self, record: Record) -> bool:
        stamp = changes.stamp()
        if stamp is not None and stamp == record.stamp:
            return True
        stamp, versions = changes.stamped(record.front.versions)
        if stamp is None or versions != record.front.versions:
            return False
        record.stamp = stamp  # another part of the site moved: this page is still right
        return True

    def through_django(self, address: tuple, environ, start_response):
        seen = {}

        def recording(status, headers, exc_info=None):
            seen["status"], seen["headers"] = status, headers
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        response = self.application(environ, recording)
        front = getattr(response, "front", None)
        if front is not None and seen:
            self.record(address, environ, front, seen["status"], seen["headers"])
        return response

    def record(self, address: tuple, environ, front, status: str, headers: list) -> None:
        names = {name.lower() for name, _ in headers}
        if "set-cookie" in names or any(n == "vary" and "cookie" in v.lower() for n, v in headers):
            return  # an answer for one client only: never repeated
        variant = (environ["REQUEST_METHOD"], int(status[:3]), "content-encoding" in names)
        template = (status, tuple((n, None if n.lower() in FILLED else v) for n, v in headers))
        with self.guard:
            record = self.records.get(address)
            if record is None or record.front.composed_key != front.composed_key:
                record = Record(front, front.stamp)
            else:
                record.front, record.stamp = front, front.stamp
            record.headers[variant] = template
            self.records[address] = record
            self.records.move_to_end(address)
            while len(self.records) > RECORDS:
                self.records.popitem(last=False)
