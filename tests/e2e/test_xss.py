"""Hostile text wherever it can enter (agency feeds through the real ingestion pipeline, section
names, the portal's name and tagline, the query string, the admin) runs nothing in a real
browser: no dialog, no console error, no Content-Security-Policy violation."""

import random
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.utils import timezone

from newsdesk.articles.models import Article, Section
from newsdesk.ingest import pipeline, polling
from newsdesk.sources.models import Source

from ..ingest.conftest import fetcher, site  # noqa: F401  (the local agency and its client)
from ..ingest.feeds_for_tests import WIRE_TEXT, article_page, rss
from .test_browser import browser  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "<svg onload=alert(3)><script>alert(4)</script></svg>",
    '<a href="javascript:alert(5)">click</a>',
    '<a href="data:text/html,<script>alert(6)</script>">d</a>',
    '<iframe src="javascript:alert(7)"></iframe>',
    '<div style="background:url(javascript:alert(8));width:expression(alert(9))">css</div>',
    "<style>@import 'javascript:alert(10)';</style>",
    "<<script>alert(11)//<</script>",
    "<scr<script>ipt>alert(12)</scr</script>ipt>",
    "&lt;script&gt;alert(13)&lt;/script&gt;",
    "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(14)>",
    '</script><script>alert(15)</script>',
    '{"a":"</script><script>alert(16)</script>"}',
    "\u202egnp.exe <b onmouseover=alert(17)>RTL</b>",
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(18)>',
    "<details open ontoggle=alert(19)>",
    "'-alert(20)-'",
]
HOSTILE = " ".join(PAYLOADS)

WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation',
  e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture
def hostile_site(portal, site, fetcher, django_user_model):  # noqa: F811
    portal.name, portal.tagline = "News " + PAYLOADS[1], PAYLOADS[0] + PAYLOADS[14]
    portal.save()
    Section.objects.create(name="Politics " + PAYLOADS[2], slug="politics")
    now = timezone.now()
    items = [{"link": site.url(f"/story-{i}"), "title": f"Report {i} {p}", "categories": ["Politics"],
              "date": now - timedelta(minutes=i),
              "content": distinct_report(i) + f"<p>{p}</p>{p}"}
             for i, p in enumerate(PAYLOADS)]
    site.routes["/rss.xml"] = (200, rss(items))
    for i, p in enumerate(PAYLOADS):  # the agency's own page, where a feed gives only a summary
        paragraphs = distinct_report(i).replace("<p>", "").split("</p>")[:-1] + [p]
        site.routes[f"/story-{i}"] = (200, article_page(f"Report {i} {p}", paragraphs).encode())
    source = Source.objects.create(name="Agency " + PAYLOADS[0], feed_url=site.url("/rss.xml"), auto_publish=True)
    result = polling.poll(source.pk, fetcher)
    assert result is not None and not result.error, result
    stored = [pipeline.process_entry(e, fetcher) for e in result.new_entries]
    assert stored.count("created") == len(PAYLOADS), stored
    django_user_model.objects.create_superuser("chief", password="a-long-pass-phrase-42")
    return Article.objects.published().order_by("-published_at")


def distinct_report(seed: int) -> str:
    # Each report its own wording, so that duplicate detection keeps every one.
    words = " ".join(WIRE_TEXT).split()
    random.Random(seed).shuffle(words)
    return "".join(f"<p>{' '.join(words[k:k + 40])}.</p>" for k in range(0, len(words), 40))


def expected_404(message) -> bool:
    # The browser reports the missing page we open on purpose; nothing else may be missing.
    return "status of 404" in message.text and "/no/such/page/" in message.location["url"]


def watched_page(chromium, expected):
    """A page whose dialogs, page errors and console errors (but those `expected` allows) are
    written to the returned alarms list; CSP violations are read from WATCH after each visit."""
    context = chromium.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    alarms = []
    page.on("dialog", lambda d: (alarms.append(f"dialog {d.message}"), d.dismiss()))
    page.on("console", lambda m: m.type == "error" and not expected(m) and alarms.append(f"console {m.text} {m.location}"))
    page.on("pageerror", lambda e: alarms.append(f"page error {e}"))
    return context, page, alarms


def visit(page, url) -> None:
    response = page.goto(url)
    assert response is not None and response.status < 500, url
    page.wait_for_load_state("load")


def test_hostile_text_runs_nothing_anywhere(browser, live_server, hostile_site):  # noqa: F811
    context, page, alarms = watched_page(browser, expected_404)
    base = live_server.url
    article = hostile_site.first()
    query = quote(HOSTILE)
    # Each payload searched on its own: all of them together pass the search's 500-character limit.
    searches = [f"/search/?q={quote(p)}" for p in PAYLOADS]
    for path in ["/", f"/?q={query}", *searches, f"/no/such/page/?q={query}", "/section/politics/",
                 article.get_absolute_url(), "/feed/"]:
        visit(page, base + path)
        alarms += page.evaluate("window.__violations || []")
    visit(page, base + "/admin/login/")
    page.fill("#id_username", "chief")
    page.fill("#id_password", "a-long-pass-phrase-42")
    page.click("input[type=submit]")
    for path in ["/admin/articles/article/", f"/admin/articles/article/{article.pk}/change/",
                 "/admin/articles/section/", "/admin/sources/source/", "/admin/portal/portal/1/change/"]:
        visit(page, base + path)
        assert "/login/" not in page.url
        alarms += page.evaluate("window.__violations || []")
    assert alarms == []
    context.close()
