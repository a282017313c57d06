"""The site in a real browser: Debian's chromium driven by Playwright, against a live server."""

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("NEWSDESK_ARTIFACTS", "test-artifacts"))
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    # Playwright's sync API runs an event loop in this thread; the ORM in fixtures must still work.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield b
        b.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def site(portal, make_article):
    # Twelve reports on one local day: just before now, or, in the site's first minutes after
    # midnight, at the end of yesterday, so that one day archive holds them all.
    now = timezone.now()
    newest = now - timedelta(minutes=5)
    if portal.local_day(newest - timedelta(minutes=11)) != portal.today():
        newest = portal.day_bounds(portal.today())[0] - timedelta(minutes=1)
    body = "".join(f"<p>Paragraph {i} of a long agency report about regional talks and trade.</p>" for i in range(40))
    for i in range(12):
        make_article(headline=f"Syria: Report number {i} on Regional Talks", when=newest - timedelta(minutes=i), body=body,
                     author="Staff writer", agency="Levant News Agency")
    for lang, (headline, paragraph) in EDITIONS.items():
        for i in range(6):
            make_article(headline=headline.format(i=i), when=newest - timedelta(minutes=i), language=lang,
                         body=paragraph * 30, agency="Anadolu" if lang == "tr" else "وكالة الأنباء")
    portal.report_day = portal.local_day(newest)
    return portal


# Arabic headlines that carry Latin names and numbers: the text a right-to-left page must not
# break apart inside a link.
EDITIONS = {
    "tr": ("Suriye: Şam'da bölgesel görüşmelerin {i}. turu başladı", "<p>Görüşmeler Şam'da yeniden başladı.</p>"),
    "ar": ("UNESCO تدرج الموقع {i} من مواقع دمشق القديمة Damascus Old City على قائمة التراث العالمي",
           "<p>أعلنت المنظمة القرار في اجتماعها اليوم.</p>"),
}


def test_reader_goes_home_to_day_archive_to_article_and_scrolls_up(browser, live_server, site):
    page = browser.new_page(viewport=DESKTOP)
    page.goto(live_server.url + "/")
    assert page.locator(".dateline .total").inner_text() == "Total: 12 content"  # the English edition's own
    page.locator(".strip a", has_text=site.report_day.strftime("%d/%m/%Y")).click()
    page.wait_for_url("**/" + site.report_day.strftime("%Y/%m/%d") + "/")
    assert page.locator(".story").count() == 12
    with page.expect_navigation():
        page.locator(".story h2 a").first.click()
    assert page.locator("article h1").inner_text() == "Syria: Report number 0 on Regional Talks"
    page.locator("a.scroll-up").scroll_into_view_if_needed()
    assert page.evaluate("window.scrollY") > 500
    page.locator("a.scroll-up").click()
    # Polled from here: the page's policy lets no script be evaluated in it, Playwright's included.
    for _ in range(50):
        if page.evaluate("window.scrollY") == 0:
            break
        time.sleep(0.1)
    assert page.evaluate("window.scrollY") == 0
    page.close()


def test_scroll_up_works_without_javascript(browser, live_server, site):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")
    with page.expect_navigation():
        page.locator(".story h2 a").first.click()
    assert page.locator("article h1").is_visible()
    page.locator("a.scroll-up").click()
    assert page.url.endswith("#top")
    assert page.locator(".masthead").is_visible()
    context.close()


def test_arabic_home_is_right_to_left(browser, live_server, site):
    site.tagline = "News from agencies, every day"
    site.save()
    page = browser.new_page(viewport=DESKTOP)
    page.goto(live_server.url + "/ar/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > DESKTOP["width"] / 2  # the site name sits on the right
    name, tagline = page.locator(".brand a").bounding_box(), page.locator(".tagline").bounding_box()
    assert tagline["x"] + tagline["width"] + 8 <= name["x"]  # the tagline follows it leftwards, apart
    page.close()


@pytest.mark.parametrize(("name", "viewport"), [("phone", PHONE), ("desktop", DESKTOP)])
def test_front_pages_and_articles_of_every_edition_fit_the_screen(browser, live_server, site, name, viewport):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport=viewport)
    for lang, prefix in (("en", "/"), ("tr", "/tr/"), ("ar", "/ar/")):
        for label in ("home", "article"):
            if label == "article":
                with page.expect_navigation():  # measure the article, not the page being left
                    page.locator(".lead-story h2 a").click()
                assert page.locator("article h1").is_visible()
            else:
                page.goto(live_server.url + prefix)
                assert page.locator(".lead-story h2").is_visible()
            assert page.locator("html").get_attribute("lang") == lang
            assert page.evaluate("getComputedStyle(document.querySelector('.masthead')).backgroundColor") == "rgb(11, 93, 59)"
            # Nothing wider than the screen: no sideways scrolling on a phone.
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            shot = ARTIFACTS / f"{label}-{lang}-{name}.png"
            page.screenshot(path=str(shot), full_page=label == "home")
            assert shot.stat().st_size > 10_000
    page.close()


# For every link to an article that opens its line (a headline, a list item): where its first
# word stands and whether it wraps. Text in Arabic must start at the right edge of its block. An Arabic headline
# that begins with a Latin name ("UNESCO …") laid out by its first letter runs left to right: its
# first word lands at the left edge and its lines read in reversed order.
LINK_LINES = """() => [...document.querySelectorAll('main a')]
    .filter(a => /^\\/(ar\\/|tr\\/)?\\d{4}\\/\\d{2}\\/\\d{2}\\/./.test(a.pathname)).map(a => {
  const rtl = (a.closest('[lang]')?.lang || '').startsWith('ar');
  let block = a;
  while (getComputedStyle(block).display === 'inline') block = block.parentElement;
  if (!block.textContent.trim().startsWith(a.textContent.trim())) return null;
  const style = getComputedStyle(block), box = block.getBoundingClientRect();
  const start = rtl ? box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth)
                    : box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
  const words = [];  // each word's box, in reading (logical) order
  const walker = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    for (const word of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);
      const found = [...range.getClientRects()].find(r => r.width > 0);
      if (found) words.push(found);
    }
  }
  if (!words.length) return null;
  const first = words[0];
  return {text: a.textContent.trim(), rtl, lines: new Set(words.map(w => Math.round(w.top))).size,
          gap: Math.round(rtl ? start - first.right : first.left - start)};
}).filter(Boolean)"""


@pytest.mark.parametrize("viewport", [PHONE, {"width": 320, "height": 640}])
def test_no_link_on_the_arabic_pages_is_split_in_reversed_order(browser, live_server, site, viewport):
    page = browser.new_page(viewport=viewport)
    for path in ("/ar/", None):
        if path:
            page.goto(live_server.url + path)
        else:
            with page.expect_navigation():
                page.locator(".lead-story h2 a").click()
        links = page.evaluate(LINK_LINES)
        assert any(link["rtl"] and link["lines"] > 1 for link in links)  # Arabic headlines do wrap here
        for link in links:
            assert link["gap"] <= 4, link
    page.close()
