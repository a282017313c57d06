import pytest


@pytest.mark.django_db
def test_same_headline_gets_numbered_slugs(portal, make_article):
    slugs = [make_article(headline="Syria: Talks Resume").slug for _ in range(3)]
    longer = make_article(headline="Syria: Talks Resume in Aleppo")
    # The one case the slug look-up exists for: after slugs that merely start with the same
    # words, the next copy still finds its own numbered ones and takes the following number.
    fourth = make_article(headline="Syria: Talks Resume")
    assert slugs == ["syria-talks-resume", "syria-talks-resume-2", "syria-talks-resume-3"]
    assert longer.slug == "syria-talks-resume-in-aleppo"
    assert fourth.slug == "syria-talks-resume-4"


@pytest.mark.django_db
def test_a_freed_number_is_taken_again_and_scripts_keep_their_letters(portal, make_article):
    make_article(headline="Suriye: Görüşmeler Yeniden Başladı")
    second = make_article(headline="Suriye: Görüşmeler Yeniden Başladı")
    make_article(headline="Suriye: Görüşmeler Yeniden Başladı")
    second.delete()
    assert make_article(headline="Suriye: Görüşmeler Yeniden Başladı").slug == "suriye-görüşmeler-yeniden-başladı-2"
    arabic = [make_article(headline="سوريا: استئناف المحادثات").slug for _ in range(2)]
    assert arabic == ["سوريا-استئناف-المحادثات", "سوريا-استئناف-المحادثات-2"]
