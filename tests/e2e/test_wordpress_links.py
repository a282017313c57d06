"""A reader follows a link to the old WordPress site and lands on the imported article."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from newsdesk.articles.models import Article

from .test_browser import browser  # noqa: F401  (the shared chromium)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXPORT = Path(__file__).parents[1] / "desk" / "fixtures" / "site-1.2.xml"


@pytest.mark.parametrize(("old", "title"), [
    ("/?p=101", "Talks resume in Damascus after a week of delays"),
    ("/2017/01/28/%d9%85%d8%b5%d8%b1-%d8%aa%d8%b9%d9%84%d9%86/", "مصر تعلن خطة جديدة لدعم الاقتصاد"),
])
def test_an_old_wordpress_link_lands_on_the_article(browser, live_server, portal, old, title):  # noqa: F811
    call_command("import-wordpress", str(EXPORT), stdout=StringIO())
    article = Article.objects.get(headline=title)
    page = browser.new_page()
    response = page.goto(live_server.url + old)
    assert response is not None and response.status == 200
    assert page.url == live_server.url + article.get_absolute_url()
    assert page.locator("article h1").inner_text() == title
    page.close()
