"""Bad values on the desk's forms: a message on the form, and nothing saved, not even half."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_prose_editor.config import allowlist_from_extensions, expand_extensions

from newsdesk.articles.html import TAGS
from newsdesk.articles.models import Article
from newsdesk.desk.editing.forms import EDITOR_EXTENSIONS
from newsdesk.desk.models import AuditEntry

from .conftest import form_data


@pytest.fixture
def article(make_article):
    return make_article(headline="Original Headline", body="<p>Original body.</p>")


def refused(response, message: str, article) -> None:
    assert response.status_code == 200, "the form comes back"
    assert message in response.content.decode()
    stored = Article.objects.get(pk=article.pk)
    assert (stored.headline, stored.body, stored.published_at, stored.status) == (
        article.headline, article.body, article.published_at, article.status,
    )
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"time_zone": "Mars/Olympus_Mons", "headline": "Changed"}, "Mars/Olympus_Mons is not a known time zone"),
        ({"language": "xx", "headline": "Changed"}, "Select a valid choice. xx is not one of the available choices."),
        ({"headline": "H" * 5000}, "Ensure this value has at most 300 characters (it has 5000)."),
        ({"body": "<p>" + "x" * (10 * 1024 * 1024) + "</p>", "headline": "Changed"}, "the most an article may have is 500,000"),
        ({"published_at_0": "2026-02-30", "headline": "Changed"}, "Enter a valid date."),
    ],
    ids=["time-zone", "language", "long-headline", "10-MB-body", "no-such-date"],
)
def test_the_article_form_refuses_bad_values(desk, article, changes, message):
    response = desk("editor").post(f"/admin/articles/article/{article.pk}/change/", form_data(article, **changes))
    refused(response, message, article)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("when", "zone", "message"),
    [
        (timedelta(hours=-2), "", "A schedule must be in the future"),
        (timedelta(hours=2), "Europe/Nowhere", "Europe/Nowhere is not a known time zone"),
    ],
    ids=["in-the-past", "bad-zone"],
)
def test_the_schedule_form_refuses_a_past_time_and_an_unknown_zone(desk, portal, make_article, when, zone, message):
    draft = make_article(headline="Draft", status="draft")
    local = timezone.localtime(timezone.now() + when, portal.zone)
    response = desk("editor").post("/admin/articles/article/", {
        "action": "schedule", "_selected_action": [draft.pk], "confirm": "1",
        "when_0": local.strftime("%Y-%m-%d"), "when_1": local.strftime("%H:%M:%S"), "time_zone": zone,
    })
    refused(response, message, draft)


@pytest.mark.django_db
def test_a_time_given_in_another_zone_is_stored_as_that_moment(desk, portal, article):
    response = desk("editor").post(
        f"/admin/articles/article/{article.pk}/change/",
        form_data(article, published_at_0="2017-01-28", published_at_1="09:00:00", time_zone="America/New_York"),
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).published_at.isoformat() == "2017-01-28T14:00:00+00:00"


def test_the_body_editor_offers_only_markup_the_sanitiser_keeps():
    # No button makes a tag the sanitiser would strip (its extra attributes are dropped on save).
    assert allowlist_from_extensions(expand_extensions(EDITOR_EXTENSIONS))["tags"] <= TAGS
