"""The demo agency: a small multilingual news-agency website made by newsdesk, served on 127.0.0.1.

Like the big agencies, it has an edition per language, each with its own pages and feed:
English at /, Turkish at /tr/ and Arabic at /ar/ (`<html lang>`, and `dir="rtl"` in Arabic).
Its article pages carry the clutter real agency sites have (menus, a share strip, "related"
links, a cookie notice, a footer with "Scroll Up"), in the edition's language, and it publishes
an RSS feed per edition, a Google News sitemap and robots.txt. A new report appears every 20-40
seconds: report k is due at k * SLOT seconds (plus a jitter of up to 10 s). A day's reports are
written together by a Wire seeded by (seed, day), so the same seed and clock give the same site,
no headline repeats in a language on one day, and some events appear in two or three editions.
"""

import logging
import math
import random
import re
import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from django.utils.text import slugify

from . import images
from .content import SECTIONS, Report
from .lexicon import HOUSES, LANGUAGES, SECTION_NAMES, House
from .wire import Wire

logger = logging.getLogger(__name__)

SLOT = 30.0  # seconds between reports, on average
JITTER = 10.0
DAY = 86400
PREFIX = {"en": "", "tr": "/tr", "ar": "/ar"}  # each edition's place on the site
ARTICLE_PATH = re.compile(r"^(?:/(tr|ar))?/news/(\d+)(?:-[^/]*)?\.html$")
FEED_PATH = re.compile(r"^(?:/(tr|ar))?/(?:rss\.xml|feed)$")
FEED_SUFFIX = re.compile(r"/(?:rss\.xml|feed)$")
HOME_PATH = re.compile(r"^(?:/(tr|ar))?/?$")

UI = {
    "en": {"home": "Home", "search": "Search", "share": "Share:", "email": "E-mail", "print": "Print",
           "tags": "Tags:", "related": "Related news", "latest": "Latest",
           "cookie": 'We use cookies to improve your experience on our site. By continuing you accept our '
                     '<a href="#">cookie policy</a>.', "accept": "Accept", "about": "About us",
           "contact": "Contact", "terms": "Terms of use", "rights": "All rights reserved.", "up": "Scroll Up"},
    "tr": {"home": "Ana Sayfa", "search": "Ara", "share": "Paylaş:", "email": "E-posta", "print": "Yazdır",
           "tags": "Etiketler:", "related": "İlgili haberler", "latest": "Son haberler",
           "cookie": 'Sitemizde deneyiminizi iyileştirmek için çerezler kullanıyoruz. Devam ederek '
                     '<a href="#">çerez politikamızı</a> kabul etmiş olursunuz.', "accept": "Kabul et",
           "about": "Hakkımızda", "contact": "İletişim", "terms": "Kullanım koşulları",
           "rights": "Tüm hakları saklıdır.", "up": "Yukarı çık"},
    "ar": {"home": "الرئيسية", "search": "بحث", "share": "شارك:", "email": "البريد الإلكتروني", "print": "طباعة",
           "tags": "الوسوم:", "related": "أخبار ذات صلة", "latest": "آخر الأخبار",
           "cookie": 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك فإنك توافق على '
                     '<a href="#">سياسة ملفات تعريف الارتباط</a>.', "accept": "موافق",
           "about": "من نحن", "contact": "اتصل بنا", "terms": "شروط الاستخدام",
           "rights": "جميع الحقوق محفوظة.", "up": "إلى الأعلى"},
}
# How far back an edition's feed looks for its reports (it has about a third of them, or less).
SEARCH_FACTOR = 12


class Agency:
    """The site's content: which reports exist at a moment, and their pages and feeds. Pure."""

    def __init__(self, seed: int = 2018, name: str | None = None, feed_size: int = 30):
        self.seed = seed
        base = HOUSES[seed % len(HOUSES)]
        self.house = House({**base.names, "en": (name, base.credit("en"))}) if name else base
        self.name = self.house.name("en")
        self.feed_size = feed_size
        self._days: dict[int, list[Report]] = {}

    def due(self, k: int) -> datetime:
        jitter = random.Random(f"{self.seed}:due:{k}").uniform(-JITTER / 2, JITTER / 2)
        return datetime.fromtimestamp(k * SLOT + jitter, UTC)

    def latest(self, now: float) -> int:
        """The number of the newest report published by `now` (a Unix time)."""
        k = int(now // SLOT) + 1
        while self.due(k).timestamp() > now:
            k -= 1
        return k

    def day_reports(self, day: int) -> tuple[int, list[Report]]:
        """The first report number of the day (days of DAY seconds of nominal slots) and its reports."""
        first = math.ceil(day * DAY / SLOT)
        if day not in self._days:
            if len(self._days) > 4:
                self._days.clear()
            numbers = range(first, math.ceil((day + 1) * DAY / SLOT))
            wire = Wire(random.Random(f"{self.seed}:day:{day}"), houses=[self.house], prefix=f"{self.seed}-{day}-")
            self._days[day] = wire.day([self.due(k) for k in numbers])
        return first, self._days[day]

    def report(self, k: int) -> Report:
        first, reports = self.day_reports(int(k * SLOT // DAY))
        return reports[k - first]

    def path(self, k: int, report: Report | None = None) -> str:
        report = report or self.report(k)
        # Dotless ı has no ASCII decomposition: slugify would drop it (Mısır -> msr).
        slug = slugify(report.headline.replace("ı", "i"))[:60] if report.language != "ar" else ""
        return f"{PREFIX[report.language]}/news/{k}{'-' + slug if slug else ''}.html"

    def recent(self, now: float, count: int, language: str | None = None) -> list[int]:
        """The newest `count` report numbers, of one edition when `language` is given."""
        newest = self.latest(now)
        reach = count if language is None else count * SEARCH_FACTOR
        numbers = range(newest, max(0, newest - reach), -1)
        if language is not None:
            numbers = [k for k in numbers if self.report(k).language == language]
        return list(numbers)[:count]

    def edition_name(self, language: str) -> str:
        return self.house.name(language)

    def rss(self, base: str, now: float, language: str = "en") -> str:
        items = []
        for k in self.recent(now, self.feed_size, language):
            r = self.report(k)
            items.append(
                f"<item><title>{escape(r.headline)}</title><link>{base}{self.path(k, r)}</link>"
                f'<guid isPermaLink="false">{self.seed}-{k}</guid>'
                f"<pubDate>{format_datetime(r.published_at, usegmt=True)}</pubDate>"
                f"<dc:creator>{escape(r.author)}</dc:creator>"
                f"<category>{escape(section_name(r.section, language))}</category>"
                f"<description>{escape(r.summary)}</description>{images.feed_media(base, k)}</item>"
            )
        name = escape(self.edition_name(language))
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:media="http://search.yahoo.com/mrss/">'
            f"<channel><title>{name}</title><link>{base}{PREFIX[language]}/</link><language>{language}</language>"
            f"<description>{name}</description>{''.join(items)}</channel></rss>"
        )

    def sitemap(self, base: str, now: float) -> str:
        urls = []
        for k in self.recent(now, self.feed_size):
            r = self.report(k)
            urls.append(
                f"<url><loc>{base}{self.path(k, r)}</loc><news:news><news:publication>"
                f"<news:name>{escape(self.edition_name(r.language))}</news:name>"
                f"<news:language>{r.language}</news:language></news:publication>"
                f"<news:publication_date>{r.published_at.isoformat()}</news:publication_date>"
                f"<news:title>{escape(r.headline)}</news:title></news:news></url>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{"".join(urls)}</urlset>'
        )

    def article(self, k: int, now: float, language: str = "en") -> str | None:
        """Report k's page in the edition of `language`; None when it is not (yet) there."""
        if k < 1 or self.due(k).timestamp() > now or self.report(k).language != language:
            return None
        r = self.report(k)
        earlier = [j for j in range(k - 1, max(0, k - 5 * SEARCH_FACTOR), -1) if self.report(j).language == language]
        related = "".join(
            f'<li><a href="{self.path(j)}">{escape(self.report(j).headline)}</a></li>' for j in earlier[:4]
        )
        name = self.edition_name(language)
        main = article_html(r, name, related, figure=images.figure_html(k, r.country, r.language))
        return page(name, f"{escape(r.headline)} | {escape(name)}", main, language, author=r.author,
                    head=images.meta_html("", k))

    def home(self, now: float, language: str = "en") -> str:
        links = "".join(
            f'<li><a href="{self.path(k)}">{escape(self.report(k).headline)}</a></li>'
            for k in self.recent(now, 15, language)
        )
        name = self.edition_name(language)
        return page(name, escape(name), f"<h1>{UI[language]['latest']}</h1><ul class='latest'>{links}</ul>", language)


def section_name(section: str, language: str) -> str:
    return SECTION_NAMES.get(language, {}).get(section, section)


def article_html(r: Report, agency: str, related: str, figure: str = "") -> str:
    ui, language = UI[r.language], r.language
    stamp = r.published_at.isoformat()
    return (
        f'<article><div class="breadcrumb"><a href="{PREFIX[language]}/">{ui["home"]}</a> › '
        f"{escape(section_name(r.section, language))}</div>"
        f"<h1>{escape(r.headline)}</h1>"
        f'<div class="byline">{escape(r.author)} · {escape(agency)} · <time datetime="{stamp}">'
        f"{r.published_at:%d.%m.%Y %H:%M}</time></div>"
        f'<div class="share">{ui["share"]} <a href="#">Facebook</a> <a href="#">Twitter</a> '
        f'<a href="#">WhatsApp</a> <a href="#">{ui["email"]}</a> <a href="#">{ui["print"]}</a></div>'
        f"{figure}"
        f'<div class="article-body">{r.body_html}</div>'
        f'<div class="tags">{ui["tags"]} <a href="#">{escape(r.country)}</a> '
        f'<a href="#">{escape(section_name(r.section, language))}</a></div>'
        f'</article><aside class="related"><h3>{ui["related"]}</h3><ul>{related}</ul></aside>'
    )


def page(agency: str, title: str, main: str, language: str = "en", author: str = "", head: str = "") -> str:
    ui, prefix = UI[language], PREFIX[language]
    menu = "".join(f'<li><a href="{prefix}/#{slugify(s)}">{escape(section_name(s, language))}</a></li>'
                   for s in SECTIONS)
    editions = "".join(f'<a href="{PREFIX[lang]}/" hreflang="{lang}">{lang.upper()}</a> ' for lang in LANGUAGES)
    direction = ' dir="rtl"' if language == "ar" else ""
    meta_author = f'<meta name="author" content="{escape(author)}">' if author else ""
    return (
        f'<!DOCTYPE html><html lang="{language}"{direction}><head><meta charset="utf-8">'
        f"<title>{title}</title>{meta_author}{head}</head><body>"
        f'<header><div class="logo"><a href="{prefix}/">{escape(agency)}</a></div>'
        f'<div class="editions">{editions}</div>'
        f'<nav class="menu"><ul><li><a href="{prefix}/">{ui["home"]}</a></li>{menu}</ul></nav>'
        f'<form class="search"><input name="q" placeholder="{ui["search"]}"></form></header>'
        f"<main>{main}</main>"
        f'<div class="cookie-notice">{ui["cookie"]} <button>{ui["accept"]}</button></div>'
        f'<footer><ul><li><a href="#">{ui["about"]}</a></li><li><a href="#">{ui["contact"]}</a></li>'
        f'<li><a href="#">{ui["terms"]}</a></li></ul><p>© {escape(agency)}. {ui["rights"]}</p>'
        f'<a class="scroll-up" href="#">{ui["up"]}</a></footer></body></html>'
    )


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        agency: Agency = self.server.agency
        path = urlsplit(self.path).path
        now = time.time()
        host = self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
        base = f"http://{host}"
        if match := FEED_PATH.match(path):
            self.reply(200, agency.rss(base, now, match.group(1) or "en"), "application/rss+xml; charset=utf-8")
        elif path == "/sitemap.xml":
            self.reply(200, agency.sitemap(base, now), "application/xml; charset=utf-8")
        elif path == "/robots.txt":
            self.reply(200, "User-agent: *\nDisallow: /search\n", "text/plain")
        elif (k := images.report_number(path)) is not None:
            self.reply_picture(agency, k, now)
        elif match := HOME_PATH.match(path):
            self.reply(200, agency.home(now, match.group(1) or "en"))
        elif match := ARTICLE_PATH.match(path):
            html = agency.article(int(match.group(2)), now, match.group(1) or "en")
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


def register_demo_source(url: str, name: str | None = None, language: str = ""):
    """Create or re-enable the Source for a demo agency's feed at `url`, publishing at once and
    polled every minute, so that a new user sees reports arrive through the real pipeline.
    The language is left to detection by default, as for any source that does not declare one."""
    from newsdesk.sources.models import Source

    base = FEED_SUFFIX.sub("", url).rstrip("/")
    source, _ = Source.objects.update_or_create(
        feed_url=url,
        defaults={
            "name": name or "Demo agency", "homepage": base + "/", "enabled": True, "paused": False,
            "auto_publish": True, "allow_private_address": True, "language": language,
            "min_interval": 60, "max_interval": 300, "next_poll_at": None,
            "consecutive_failures": 0, "last_error": "",
        },
    )
    return source


def register_demo_sources(base: str, agency: Agency) -> list:
    """One Source per edition's feed (as one takes a multilingual agency's language services),
    each named as that edition credits itself."""
    return [register_demo_source(f"{base}{PREFIX[language]}/rss.xml", agency.edition_name(language))
            for language in LANGUAGES]
