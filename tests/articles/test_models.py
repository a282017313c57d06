import pytest


@pytest.mark.django_db
def test_same_headline_gets_numbered_slugs(portal, make_article):
    slugs = [make_article(headline="Syria: Talks Resume").slug for _ in range(3)]
    make_article(headline="Syria: Talks Resume in Aleppo")
    assert slugs == ["syria-talks-resume", "syria-talks-resume-2", "syria-talks-resume-3"]
