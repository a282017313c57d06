"""Each role at the desk in a real browser: what a contributor, an editor and an administrator can
and cannot do, as they see it, and what readers of the public site then see."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from newsdesk.articles.models import Article
from newsdesk.desk.models import AuditEntry
from newsdesk.sources.models import Source

from .test_browser import ARTIFACTS, DESKTOP, browser  # noqa: F401  (one chromium for the module)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-desk-passphrase"


@pytest.fixture
def staff(db):
    def make(role: str, name: str | None = None):
        user = get_user_model().objects.create_user(name or role, f"{name or role}@example.org", PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def signed_in(browser, live_server, staff):  # noqa: F811
    """A browser page signed in to the desk in a role (a fresh context each: its own cookies)."""
    contexts = []

    def sign_in(role: str, name: str | None = None, locale: str = "en-GB"):
        staff(role, name)
        context = browser.new_context(viewport=DESKTOP, locale=locale)
        contexts.append(context)
        page = context.new_page()
        page.goto(live_server.url + "/admin/login/")
        page.fill("#id_username", name or role)
        page.fill("#id_password", PASSWORD)
        with page.expect_navigation():
            page.click("input[type=submit]")
        assert page.locator("#user-tools").count() == 1, f"{role} did not get in"
        return page

    yield sign_in
    for context in contexts:
        context.close()


def go(page, live_server, path: str):
    return page.goto(live_server.url + path)


def messages_of(page) -> str:
    return page.locator(".messagelist").inner_text()


def forge(page, live_server, path: str, data: dict):
    """A POST the page offers no way to send, with the session's own cookie and CSRF token."""
    token = page.locator("input[name=csrfmiddlewaretoken]").first.get_attribute("value")
    return page.request.post(live_server.url + path, form={"csrfmiddlewaretoken": token, **data},
                             headers={"Referer": live_server.url + path})


def test_a_contributor_writes_and_submits_a_draft_sees_only_their_own_and_cannot_publish(
        signed_in, live_server, portal, make_article):
    others = make_article(headline="Someone Else's Embargoed Draft", status="draft", when=None)
    page = signed_in("contributor")
    go(page, live_server, "/admin/articles/article/add/")
    statuses = page.locator("#id_status option").evaluate_all("options => options.map(o => o.value)")
    assert "published" not in statuses and "withdrawn" not in statuses, statuses
    page.fill("#id_headline", "Harvest Festival Opens in Konya")
    page.fill("#id_summary", "The city's annual harvest festival opened on Saturday.")
    page.locator("[contenteditable=true].ProseMirror").click()
    page.keyboard.type("Farmers from twelve provinces brought their produce to the square.")
    page.select_option("#id_status", "draft")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "was added successfully" in messages_of(page)
    mine = Article.objects.get(headline="Harvest Festival Opens in Konya")
    assert mine.status == "draft" and "twelve provinces" in mine.body

    listing = page.locator("#result_list").inner_text()
    assert "Harvest Festival" in listing and others.headline not in listing
    actions = page.locator("select[name=action] option").evaluate_all("options => options.map(o => o.value)")
    assert not {"publish", "schedule", "withdraw"} & set(actions), actions
    assert go(page, live_server, f"/admin/articles/article/{others.pk}/change/").url.endswith("/admin/")
    assert go(page, live_server, "/admin/desk/queuedreport/").status == 403

    go(page, live_server, f"/admin/articles/article/{mine.pk}/change/")
    page.select_option("#id_status", "pending")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert Article.objects.get(pk=mine.pk).status == "pending"
    page.screenshot(path=str(ARTIFACTS / "desk-contributor-desktop.png"), full_page=True)

    refused = forge(page, live_server, "/admin/articles/article/",
                    {"action": "publish", "_selected_action": str(mine.pk), "index": "0"})
    assert refused.status == 403
    assert Article.objects.get(pk=mine.pk).status == "pending"
    entry = AuditEntry.objects.get(denied=True)
    assert (entry.username, entry.action, entry.article_id) == ("contributor", "publish", mine.pk)
    assert go(page, live_server, mine.get_absolute_url()).status == 404  # still not public


@pytest.fixture
def waiting(portal, make_article):
    wire = Source.objects.create(name="Levant Wire", feed_url="https://levant.example/rss", auto_publish=False)
    now = timezone.now()
    return {
        "approve": make_article(headline="Dam Opens on the Euphrates", status="pending", source=wire,
                                agency=wire.name, when=now - timedelta(minutes=20), original_url="https://levant.example/1"),
        "reject": make_article(headline="Unconfirmed Rumour About a Cabinet Change", status="pending", source=wire,
                               agency=wire.name, when=now - timedelta(minutes=10), original_url="https://levant.example/2"),
        "schedule": make_article(headline="Budget Speech Text", status="draft", when=None),
        "withdraw": make_article(headline="Wrong Figures in the Trade Report", when=now - timedelta(hours=1)),
    }


def act_on(page, headline: str, action: str):
    page.locator("#result_list tr", has_text=headline).locator("input.action-select").check()
    page.select_option("select[name=action]", action)
    with page.expect_navigation():
        page.click("button[name=index]")


def test_an_editor_approves_rejects_schedules_and_withdraws_but_manages_no_users_sources_or_log(
        signed_in, live_server, portal, waiting, browser):  # noqa: F811
    page = signed_in("editor")
    go(page, live_server, "/admin/desk/queuedreport/")
    for key, button, said in (("approve", "desk-approve", "Approved and published"), ("reject", "desk-reject", "Rejected")):
        with page.expect_navigation():
            page.locator("#result_list tr", has_text=waiting[key].headline).locator(f"button.{button}").click()
        assert said in messages_of(page)
    assert page.locator("#result_list tr", has_text="Euphrates").count() == 0
    assert Article.objects.get(pk=waiting["reject"].pk).status == "withdrawn"

    go(page, live_server, "/admin/articles/article/?status__exact=draft")
    act_on(page, waiting["schedule"].headline, "schedule")
    when = timezone.localtime(timezone.now() + timedelta(days=1), portal.zone)
    page.fill("#id_when_0", when.strftime("%Y-%m-%d"))
    page.fill("#id_when_1", when.strftime("%H:%M:%S"))
    with page.expect_navigation():
        page.click("input[name=confirm]")
    assert "1 article scheduled" in messages_of(page)

    go(page, live_server, "/admin/articles/article/?status__exact=published")
    act_on(page, waiting["withdraw"].headline, "withdraw")
    page.fill("#id_notice", "The report gave last year's export figures.")
    with page.expect_navigation():
        page.click("input[name=confirm]")
    assert "1 article withdrawn." in messages_of(page)

    go(page, live_server, "/admin/")
    sidebar = page.locator("#content-main").inner_text()
    assert "Users" not in sidebar and "Audit" not in sidebar and "Add source" not in sidebar
    for path in ("/admin/desk/auditentry/", "/admin/auth/user/", "/admin/sources/source/add/", "/admin/portal/portal/add/"):
        assert go(page, live_server, path).status == 403, path

    reader = browser.new_page(viewport=DESKTOP)
    approved = Article.objects.get(pk=waiting["approve"].pk)
    assert reader.goto(live_server.url + approved.get_absolute_url()).status == 200
    gone = reader.goto(live_server.url + waiting["withdraw"].get_absolute_url())
    assert gone.status == 410 and "last year's export figures" in reader.locator(".notice").inner_text()
    scheduled = Article.objects.get(pk=waiting["schedule"].pk)
    assert reader.goto(live_server.url + scheduled.get_absolute_url()).status == 404  # not yet
    reader.goto(live_server.url + "/")
    assert "Dam Opens on the Euphrates" in reader.content() and "Cabinet Change" not in reader.content()
    reader.close()


def test_an_administrator_reads_the_audit_log_and_manages_users_and_sources(signed_in, live_server, portal, make_article):
    draft = make_article(headline="Port Reopens After Storm", status="draft", when=None)
    contributor = signed_in("contributor", "deniz")
    draft.created_by = get_user_model().objects.get(username="deniz")
    draft.save()
    go(contributor, live_server, "/admin/articles/article/")
    assert forge(contributor, live_server, "/admin/articles/article/",
                 {"action": "publish", "_selected_action": str(draft.pk), "index": "0"}).status == 403

    page = signed_in("administrator", "amina")
    go(page, live_server, "/admin/articles/article/?status__exact=draft")
    act_on(page, draft.headline, "publish")
    assert "1 article published." in messages_of(page)

    go(page, live_server, "/admin/desk/auditentry/")
    rows = page.locator("#result_list tbody tr")
    log = page.locator("#result_list").inner_text()
    assert rows.count() == 2 and "deniz" in log and "amina" in log, log
    refused = rows.filter(has_text="deniz")
    assert "Port Reopens After Storm" in refused.inner_text() and refused.locator("img[alt=True]").count() == 1
    rows.filter(has_text="amina").locator("th a, td a").first.click()
    page.wait_for_load_state()
    assert page.locator("input[name=_save]").count() == 0  # read, never edited
    page.screenshot(path=str(ARTIFACTS / "desk-audit-entry-desktop.png"), full_page=True)

    go(page, live_server, "/admin/auth/user/add/")
    page.fill("#id_username", "selin")
    page.fill("#id_password1", "another-long-passphrase-1")
    page.fill("#id_password2", "another-long-passphrase-1")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "was added successfully" in messages_of(page)
    page.locator("#id_is_staff").check()
    page.select_option("#id_groups_from", label="editor")
    page.click("#id_groups_add")
    with page.expect_navigation():
        page.click("input[name=_save]")
    selin = get_user_model().objects.get(username="selin")
    assert selin.is_staff and list(selin.groups.values_list("name", flat=True)) == ["editor"]

    go(page, live_server, "/admin/sources/source/add/")
    page.fill("#id_name", "Gulf Wire")
    page.fill("#id_feed_url", "https://gulf.example/rss.xml")
    with page.expect_navigation():
        page.click("input[name=_save]")
    assert "was added successfully" in messages_of(page)
    assert Source.objects.filter(name="Gulf Wire").exists()


@pytest.mark.parametrize("language, direction", [("tr", "ltr"), ("ar", "rtl")])
def test_the_desk_of_a_turkish_or_arabic_site_is_in_its_language_and_direction(
        signed_in, live_server, portal, make_article, language, direction):
    """The admin follows the site's main edition (Django's own words in that language; the desk's
    own words are still English)."""
    portal.languages = f"{language},en"
    portal.save()
    report = make_article(headline="Ceasefire Talks Move to Geneva", status="pending", language=language,
                          when=timezone.now() - timedelta(minutes=5))
    page = signed_in("editor")
    root = page.locator("html")
    assert (root.get_attribute("lang"), root.get_attribute("dir")) == (language, direction)
    go(page, live_server, "/admin/desk/queuedreport/")
    page.screenshot(path=str(ARTIFACTS / f"desk-queue-{language}-desktop.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # nothing pushed off-screen
    assert page.locator(".messagelist").count() == 0
    with page.expect_navigation():
        page.locator("#result_list tr", has_text=report.headline).locator("button.desk-approve").click()
    assert "Approved and published" in messages_of(page)
    assert Article.objects.get(pk=report.pk).status == "published"
