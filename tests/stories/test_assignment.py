"""Stored articles join stories across agencies and languages; editors' placements hold; readers
see the story page, the 'N agencies' line and the article's versions in other languages."""

import re
from datetime import datetime, timedelta
from html import escape

import numpy as np
import pytest
from django.core.management import call_command

from newsdesk.stories import assignment, editing, embedding
from newsdesk.stories.models import Story, StoryVersion
from tests.conftest import ISTANBUL

T = datetime(2024, 5, 6, 9, tzinfo=ISTANBUL)
RATE = [
    ("en", "Wire A", "Turkey's central bank holds key rate at 50%",
     "Turkey's central bank kept its one-week repo rate unchanged at 50 percent on Thursday, in line with expectations."),
    ("tr", "Ajans B", "Merkez Bankası politika faizini yüzde 50'de sabit tuttu",
     "Türkiye Cumhuriyet Merkez Bankası, bir hafta vadeli repo ihale faiz oranını yüzde 50'de sabit bıraktı."),
    ("ar", "وكالة ج", "المركزي التركي يبقي سعر الفائدة عند 50%",
     "أبقى البنك المركزي التركي سعر الفائدة الرئيسي دون تغيير عند 50 في المئة، مشيراً إلى استمرار مخاطر التضخم."),
]
EGYPT = ("en", "Wire A", "Egypt's central bank cuts rates by 100 basis points",
         "Egypt's central bank cut its overnight deposit rate by 100 basis points to 26.25 percent on Thursday.")


@pytest.fixture
def reports(portal, make_article):
    portal.languages = "en,tr,ar"
    portal.save()

    def make(rows, hours=0.0):
        return [make_article(headline=h, summary=s, language=lang, agency=agency,
                             when=T + timedelta(hours=hours + k / 2), body=f"<p>{s}</p>")
                for k, (lang, agency, h, s) in enumerate(rows)]
    return make


@pytest.mark.django_db
def test_reports_of_one_event_in_three_languages_share_a_story_and_another_event_does_not(reports):
    rate = reports(RATE)
    egypt = reports([EGYPT], hours=1)[0]
    for article in [*rate, egypt]:
        assert assignment.assign(article.pk) == "joined"
    stories = {StoryVersion.objects.get(article=a).story_id for a in rate}
    assert len(stories) == 1
    assert StoryVersion.objects.get(article=egypt).story_id not in stories


@pytest.mark.django_db
def test_a_report_an_editor_placed_stays_where_they_put_it(reports, admin_user):
    rate = reports(RATE)
    for article in rate:
        assignment.assign(article.pk)
    own = editing.move(admin_user, rate[2].pk, None)
    call_command("stories", "rebuild", "--force")
    assert StoryVersion.objects.get(article=rate[2]).story_id == own.pk
    assert StoryVersion.objects.get(article=rate[2]).pinned
    assert own.changes.get().user == admin_user


@pytest.mark.django_db
def test_rebuild_gives_every_article_a_story_and_skips_those_that_have_one(reports):
    rate = reports(RATE)
    call_command("stories", "rebuild", "--since", "2024-05-01")
    assert StoryVersion.objects.filter(article__in=rate).count() == 3
    assert Story.objects.count() == 1
    assert assignment.assign(rate[0].pk) == "kept"


@pytest.mark.django_db
def test_readers_see_the_story_and_the_versions_in_other_languages(client, reports):
    rate = reports(RATE)
    for article in rate:
        assignment.assign(article.pk)
    page = client.get(rate[0].get_absolute_url()).content.decode()
    story = StoryVersion.objects.get(article=rate[0]).story
    line = re.sub(r"<[^>]+>", "", page.split('class="story-link">')[1].split("</p>")[0])
    assert f'<a href="/story/{story.pk}/">3 agencies' in page and line == "3 agencies · EN TR AR"
    assert re.search(rf'hreflang="tr" href="http://testserver{re.escape(rate[1].get_absolute_url())}"', page)
    turkish = client.get(f"/tr/story/{story.pk}/").content.decode()
    assert escape(rate[1].headline) in turkish.split("<h2>")[0]  # the Turkish version leads its edition
    assert all(escape(a.headline) in turkish for a in rate)
    assert client.get("/story/999999/").status_code == 404


@pytest.mark.django_db
def test_a_stored_report_is_compared_later_with_the_kinds_of_its_figures_and_its_day(reports):
    article = reports([RATE[0]])[0]
    assignment.assign(article.pk)
    stored = StoryVersion.objects.get(article=article)
    again = assignment.stored_version(stored.language, stored.reported_at, bytes(stored.vector), stored.facts)
    assert "pct:50" in again.facts.numbers
    assert again.facts.days == {"4"}  # Thursday


@pytest.mark.django_db
def test_a_vector_stored_by_the_earlier_model_is_made_anew_and_its_report_still_gathers_its_event(reports):
    english, arabic = reports([RATE[0], RATE[2]])
    assignment.assign(english.pk)
    # What the earlier sentence model stored: 512 float16 numbers, meaningless beside this model's.
    earlier = np.random.default_rng(1).standard_normal(512).astype("<f2").tobytes()
    StoryVersion.objects.filter(article=english).update(vector=earlier)
    assert assignment.assign(arabic.pk) == "joined"
    assert StoryVersion.objects.get(article=arabic).story_id == StoryVersion.objects.get(article=english).story_id
    renewed = bytes(StoryVersion.objects.get(article=english).vector)
    assert len(renewed) == embedding.BYTES
    assert renewed == embedding.to_bytes(embedding.encode([embedding.texts_of(english.headline, english.summary)])[0])
