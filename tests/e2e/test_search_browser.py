"""Searching from the header in a real browser (Debian's chromium through Playwright)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from tests.e2e.test_browser import DESKTOP, browser  # noqa: F401  (the shared chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HEADLINE = "الاجتماعات الوزارية تستأنف في إسطنبول"


def test_reader_searches_in_arabic_from_the_header_and_opens_a_result(browser, live_server, portal, make_article):  # noqa: F811
    now = timezone.now()
    make_article(headline=HEADLINE, language="ar", when=now - timedelta(minutes=5),
                 body="<p>عقد الوزراء اجتماعا في مدينة إسطنبول.</p>")
    make_article(headline="تقرير عن الطقس في عمان", language="ar", when=now - timedelta(minutes=6))
    page = browser.new_page(viewport=DESKTOP)
    page.goto(live_server.url + "/ar/")
    box = page.locator(".masthead form.search input[name=q]")
    box.fill("الإجتماعات اسطنبول")  # hamza and alef forms the headline does not use
    with page.expect_navigation():
        box.press("Enter")
    assert "/ar/search/" in page.url
    results = page.locator(".results .story h2 a")
    assert results.count() == 1
    assert page.locator(".results .story h2 mark").count() == 2
    with page.expect_navigation():
        results.first.click()
    assert page.locator("article h1").inner_text() == HEADLINE
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.close()
