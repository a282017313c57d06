"""The desk in a real browser: an editor approves, schedules and withdraws, and readers see it."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from newsdesk.sources.models import Source
from newsdesk.stories.models import AlsoReported

from .test_browser import ARTIFACTS, DESKTOP, browser  # noqa: F401  (the chromium fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-desk-passphrase"


@pytest.fixture
def newsroom(portal, make_article):
    editor = get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD, is_staff=True)
    editor.groups.add(Group.objects.get(name="editor"))
    wire = Source.objects.create(name="Levant Wire", feed_url="https://levant.example/rss", auto_publish=False,
                                 consecutive_failures=3, last_error="HTTP 503 Service Unavailable")
    now = timezone.now()
    waiting = [
        make_article(headline=f"Report {i}: Ceasefire Talks Move to Geneva", status="pending", source=wire,
                     agency=wire.name, when=now - timedelta(minutes=30 + i), original_url=f"https://levant.example/{i}")
        for i in range(3)
    ]
    AlsoReported.objects.create(article=waiting[0], agency="Anatolia Agency", url="https://anatolia.example/1", similarity=0.8)
    draft = make_article(headline="Embargoed: Central Bank Rate Decision", status="draft", when=None)
    wrong = make_article(headline="Minister Named in Error", when=now - timedelta(hours=1))
    return {"waiting": waiting, "draft": draft, "wrong": wrong}


def choose_action(page, headline: str, action: str):
    page.locator("#result_list tr", has_text=headline).locator("input.action-select").check()
    page.select_option("select[name=action]", action)
    with page.expect_navigation():
        page.click("button[name=index]")


def test_an_editor_works_the_desk_and_the_public_site_follows(browser, live_server, newsroom, portal):  # noqa: F811
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport=DESKTOP)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("input[type=submit]")
    page.screenshot(path=str(ARTIFACTS / "desk-dashboard-desktop.png"), full_page=True)
    assert "Levant Wire" in page.locator(".desk-panel").first.inner_text()

    page.goto(live_server.url + "/admin/desk/queuedreport/")
    page.screenshot(path=str(ARTIFACTS / "desk-queue-desktop.png"), full_page=True)
    first = newsroom["waiting"][0]
    with page.expect_navigation():
        page.locator("#result_list tr", has_text=first.headline).locator("button.desk-approve").click()
    assert "Approved and published" in page.locator(".messagelist").inner_text()

    page.goto(live_server.url + "/admin/articles/article/?status__exact=draft")
    choose_action(page, newsroom["draft"].headline, "schedule")
    # Far enough ahead that a loaded machine still reaches the reader's first look before it.
    when = timezone.localtime(timezone.now() + timedelta(seconds=12), portal.zone)
    page.fill("#id_when_0", when.strftime("%Y-%m-%d"))
    page.fill("#id_when_1", when.strftime("%H:%M:%S"))
    with page.expect_navigation():
        page.click("input[name=confirm]")
    assert "1 article scheduled" in page.locator(".messagelist").inner_text()
    newsroom["draft"].refresh_from_db()
    embargoed = live_server.url + newsroom["draft"].get_absolute_url()
    early = browser.new_page(viewport=DESKTOP)
    assert early.goto(embargoed).status == 404
    early.close()

    page.goto(live_server.url + "/admin/articles/article/?status__exact=published")
    choose_action(page, newsroom["wrong"].headline, "withdraw")
    page.fill("#id_notice", "This report named the wrong minister.")
    with page.expect_navigation():
        page.click("input[name=confirm]")
    assert "1 article withdrawn." in page.locator(".messagelist").inner_text()
    page.close()

    reader = browser.new_page(viewport=DESKTOP)
    first.refresh_from_db()
    reader.goto(live_server.url + first.get_absolute_url())
    assert reader.locator("article h1").inner_text() == first.headline
    gone = reader.goto(live_server.url + newsroom["wrong"].get_absolute_url())
    assert gone.status == 410 and "wrong minister" in reader.locator(".notice").inner_text()
    reader.wait_for_timeout(max(0, (newsroom["draft"].published_at - timezone.now()).total_seconds() * 1000) + 500)
    assert reader.goto(embargoed).status == 200
    reader.goto(live_server.url + "/")
    assert "Minister Named in Error" not in reader.content()
    assert "Central Bank Rate Decision" in reader.content()
    reader.close()
