"""The demo agency: a small news-agency website made by newsdesk, served on 127.0.0.1.

Its article pages carry the clutter real agency sites have (menus, a share strip, "related"
links, a cookie notice, a footer with "Scroll Up"), and it publishes an RSS feed, a Google News
sitemap and robots.txt. A new report appears every 20-40 seconds: report k is due at
k * SLOT seconds (plus a jitter of up to 10 s), and its text comes from make_report with a
generator seeded by (seed, k), so the same seed and clock give the same site.
"""

import logging
import random
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from django.utils.text import slugify

from . import images
from .content import AGENCIES, SECTIONS, Report, make_report

logger = logging.getLogger(__name__)

SLOT = 30.0  # seconds between reports, on average
JITTER = 10.0


class Agency:
    """The site's content: which reports exist at a moment, and their pages and feeds. Pure."""

    def __init__(self, seed: int = 2018, name: str | None = None, feed_size: int = 30):
        self.seed = seed
        self.name = name or AGENCIES[seed % len(AGENCIES)]
        self.feed_size = feed_size

    def due(self, k: int) -> datetime:
        jitter = random.Random(f"{self.seed}:due:{k}").uniform(-JITTER / 2, JITTER / 2)
        return datetime.fromtimestamp(k * SLOT + jitter, UTC)

    def latest(self, now: float) -> int:
        """The number of the newest report published by `now` (a Unix time)."""
        k = int(now // SLOT) + 1
        while self.due(k).timestamp() > now:
            k -= 1
        return k

    def report(self, k: int) -> Report:
        return make_report(random.Random(f"{self.seed}:report:{k}"), self.due(k))

    def path(self, k: int, report: Report | None = None) -> str:
        report = report or self.report(k)
        return f"/news/{k}-{slugify(report.headline)[:60]}.html"

    def recent(self, now: float, count: int) -> list[int]:
        newest = self.latest(now)
        return list(range(newest, max(0, newest - count), -1))

    def rss(self, base: str, now: float) -> str:
        items = []
        for k in self.recent(now, self.feed_size):
            r = self.report(k)
            items.append(
                f"<item><title>{escape(r.headline)}</title><link>{base}{self.path(k, r)}</link>"
                f'<guid isPermaLink="false">{self.seed}-{k}</guid>'
                f"<pubDate>{format_datetime(r.published_at, usegmt=True)}</pubDate>"
                f"<category>{escape(r.section)}</category><description>{escape(r.summary)}</description>"
                f"{images.feed_media(base, k)}</item>"
            )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            '<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
            f"<title>{escape(self.name)}</title><link>{base}/</link>"
            f"<description>Latest reports from {escape(self.name)}</description>{''.join(items)}</channel></rss>"
        )

    def sitemap(self, base: str, now: float) -> str:
        urls = []
        for k in self.recent(now, self.feed_size):
            r = self.report(k)
            urls.append(
                f"<url><loc>{base}{self.path(k, r)}</loc><news:news><news:publication>"
                f"<news:name>{escape(self.name)}</news:name><news:language>en</news:language></news:publication>"
                f"<news:publication_date>{r.published_at.isoformat()}</news:publication_date>"
                f"<news:title>{escape(r.headline)}</news:title></news:news></url>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{"".join(urls)}</urlset>'
        )

    def article(self, k: int, now: float) -> str | None:
        if k < 1 or self.due(k).timestamp() > now:
            return None
        r = self.report(k)
        related = "".join(
            f'<li><a href="{self.path(j)}">{escape(self.report(j).headline)}</a></li>'
            for j in range(k - 1, max(0, k - 5), -1)
        )
        main = article_html(r, self.name, related, figure=images.figure_html(k, r.country))
        return page(self.name, f"{escape(r.headline)} | {escape(self.name)}", main, head=images.meta_html("", k))

    def home(self, now: float) -> str:
        links = "".join(
            f'<li><a href="{self.path(k)}">{escape(self.report(k).headline)}</a></li>'
            for k in self.recent(now, 15)
        )
        return page(self.name, escape(self.name), f"<h1>Latest</h1><ul class='latest'>{links}</ul>")


def article_html(r: Report, agency: str, related: str, figure: str = "") -> str:
    stamp = r.published_at.isoformat()
    return (
        f'<article><div class="breadcrumb"><a href="/">Home</a> › {escape(r.section)}</div>'
        f"<h1>{escape(r.headline)}</h1>"
        f'<div class="byline">{escape(agency)} · <time datetime="{stamp}">'
        f"{r.published_at:%d.%m.%Y %H:%M}</time></div>"
        '<div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> '
        '<a href="#">WhatsApp</a> <a href="#">E-mail</a> <a href="#">Print</a></div>'
        f"{figure}"
        f'<div class="article-body">{r.body_html}</div>'
        f'<div class="tags">Tags: <a href="#">{escape(r.country)}</a> <a href="#">{escape(r.section)}</a></div>'
        f'</article><aside class="related"><h3>Related news</h3><ul>{related}</ul></aside>'
    )


def page(agency: str, title: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/#{slugify(s)}">{s}</a></li>' for s in SECTIONS)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>"
        f'<header><div class="logo"><a href="/">{escape(agency)}</a></div>'
        f'<nav class="menu"><ul><li><a href="/">Home</a></li>{menu}</ul></nav>'
        '<form class="search"><input name="q" placeholder="Search"></form></header>'
        f"<main>{main}</main>"
        '<div class="cookie-notice">We use cookies to improve your experience on our site. '
        'By continuing you accept our <a href="#">cookie policy</a>. <button>Accept</button></div>'
        f'<footer><ul><li><a href="#">About us</a></li><li><a href="#">Contact</a></li>'
        f'<li><a href="#">Terms of use</a></li></ul><p>© {escape(agency)}. All rights reserved.</p>'
        '<a class="scroll-up" href="#">Scroll Up</a></footer></body></html>'
    )


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        agency: Agency = self.server.agency
        path = urlsplit(self.path).path
        now = time.time()
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        base = f"http://{host}"
        if path in ("/rss.xml", "/feed"):
            self.reply(200, agency.rss(base, now), "application/rss+xml; charset=utf-8")
        elif path == "/sitemap.xml":
            self.reply(200, agency.sitemap(base, now), "application/xml; charset=utf-8")
        elif path == "/robots.txt":
            self.reply(200, "User-agent: *\nDisallow: /search\n", "text/plain")
        elif (k := images.report_number(path)) is not None:
            self.reply_picture(agency, k, now)
        elif path == "/":
            self.reply(200, agency.home(now))
        elif path.startswith("/news/") and path.split("/")[-1].split("-")[0].isdigit():
            html = agency.article(int(path.split("/")[-1].split("-")[0]), now)
            self.reply(200 if html else 404, html or "<h1>Not found</h1>")
        else:
            self.reply(404, "<h1>Not found</h1>")

    def reply(self, status: int, text: str, content_type: str = "text/html; charset=utf-8"):
        body = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def reply_picture(self, agency: Agency, k: int, now: float):
        if k < 1 or agency.due(k).timestamp() > now:
            self.reply(404, "<h1>Not found</h1>")
            return
        body = images.scene(f"{agency.seed}:{k}", agency.report(k).country)
        self.send_response(200)
        self.send_header("Content-Type", "image/jpeg")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 - http.server's signature
        logger.debug("demo agency: " + format, *args)


def serve(agency: Agency, host: str = "127.0.0.1", port: int = 8800) -> ThreadingHTTPServer:
    """Start serving in a background thread; the caller stops it with .shutdown()."""
    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    server.agency = agency
    threading.Thread(target=server.serve_forever, name="demo-agency", daemon=True).start()
    return server


def register_demo_source(url: str, name: str | None = None):
    """Create or re-enable the Source for a demo agency's feed at `url`, publishing at once and
    polled every minute, so that a new user sees reports arrive through the real pipeline."""
    from newsdesk.sources.models import Source

    base = url.split("/rss.xml")[0].rstrip("/")
    source, _ = Source.objects.update_or_create(
        feed_url=url,
        defaults={
            "name": name or "Demo agency", "homepage": base + "/", "enabled": True, "paused": False,
            "auto_publish": True, "allow_private_address": True, "language": "en",
            "min_interval": 60, "max_interval": 300, "next_poll_at": None,
            "consecutive_failures": 0, "last_error": "",
        },
    )
    return source
