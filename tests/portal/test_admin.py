"""Editors change the site's settings and moderate articles in the admin."""

from datetime import date

import pytest

from newsdesk.articles.models import Article, DayCount
from newsdesk.portal.models import Portal


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "a-long-passphrase")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editor_changes_the_site_name_and_the_header_follows(editor, portal):
    form = editor.get("/admin/portal/portal/1/change/")
    assert form.status_code == 200
    data = {
        "name": "Daily Wire Digest", "tagline": "", "facebook_url": "", "twitter_url": "https://twitter.com/digest",
        "youtube_url": "", "time_zone": "Europe/Istanbul", "hijri_adjustment": "0", "strip_days": "5",
        "languages": "en,tr,ar", "show_hijri": "on",
    }
    assert editor.post("/admin/portal/portal/1/change/", data).status_code == 302
    editor.logout()
    page = editor.get("/").content.decode()
    assert "Daily Wire Digest" in page and 'class="social-twitter"' in page and "social-facebook" not in page


@pytest.mark.django_db
def test_admin_refuses_an_unknown_time_zone(editor, portal):
    data = {"name": "X", "time_zone": "Nowhere/City", "hijri_adjustment": "0", "strip_days": "5", "languages": "en"}
    response = editor.post("/admin/portal/portal/1/change/", data)
    assert response.status_code == 200 and "Nowhere/City is not a known time zone" in response.content.decode()
    assert Portal.objects.get().time_zone == "Europe/Istanbul"


@pytest.mark.django_db
def test_editor_publishes_pending_articles_and_the_counts_follow(editor, portal, make_article):
    pending = [make_article(headline=f"Waiting {i}", status="pending") for i in range(3)]
    response = editor.post(
        "/admin/articles/article/",
        {"action": "publish", "_selected_action": [a.pk for a in pending[:2]]},
    )
    assert response.status_code == 302
    assert Article.objects.published().count() == 2
    assert DayCount.objects.get(day=date(2017, 1, 28)).count == 2
    assert editor.get("/admin/articles/article/?status__exact=pending").status_code == 200


@pytest.mark.django_db
def test_editor_switches_feeds_between_full_text_and_summaries(editor, portal, make_article):
    make_article(headline="Roads reopen", summary="Roads to Aleppo reopened.", body="<p>The whole report.</p>")
    data = {"name": "Digest", "time_zone": "Europe/Istanbul", "hijri_adjustment": "0", "strip_days": "5",
            "languages": "en,tr,ar"}
    form = editor.get("/admin/portal/portal/1/change/").content.decode()
    assert 'name="feed_full_content"' in form
    for full, shows_body in (("on", True), (None, False)):
        posted = {**data, "feed_full_content": full} if full else data
        assert editor.post("/admin/portal/portal/1/change/", posted).status_code == 302
        feed = editor.get("/feed/atom/").content.decode()
        assert ("The whole report." in feed) is shows_body and "Roads to Aleppo reopened." in feed


@pytest.mark.django_db
def test_the_settings_are_forgotten_when_an_edit_commits_and_before_the_pages_move(portal, django_capture_on_commit_callbacks):
    from django.core.cache import cache

    from newsdesk.articles import changes
    from newsdesk.portal.models import CACHE_KEY

    site = changes.snapshot([changes.SITE])
    old = Portal.objects.get(pk=1)
    with django_capture_on_commit_callbacks() as callbacks:
        portal.name = "Renamed Wire"
        portal.save()
    # Before the commit, a request on another connection read the old row and kept it.
    cache.set(CACHE_KEY, old, 300)
    forget, *rest = callbacks
    forget()
    # Gone while the pages' versions have not moved yet: no page can be drawn from the old
    # settings under the new version.
    assert cache.get(CACHE_KEY) is None and changes.read([changes.SITE]) == site
    for callback in rest:
        callback()
    assert changes.read([changes.SITE]) != site and Portal.load().name == "Renamed Wire"
