"""The demo sets the site up as the seed's portal with believable daily volumes."""

from collections import Counter

import pytest
from django.core.management import CommandError, call_command

from newsdesk.articles.models import Article, DayCount
from newsdesk.portal.models import Portal


@pytest.mark.django_db
def test_demo_builds_the_seed_portal_with_real_counts(client):
    call_command("demo", articles=400)
    portal = Portal.load()
    assert portal.name == "Islamic Invitation Turkey" and portal.time_zone == "Europe/Istanbul"
    assert Article.objects.published().count() == 400
    assert sum(DayCount.objects.values_list("count", flat=True)) == 400
    days = Counter(portal.local_day(t) for t in Article.objects.values_list("published_at", flat=True))
    full_days = sorted(days.values())[:-1][1:]  # today and the oldest day are partial
    assert all(25 <= n <= 50 for n in full_days)
    languages = Counter(Article.objects.values_list("language", flat=True))
    assert languages["en"] > 160 and languages["tr"] > 70 and languages["ar"] > 70
    prefixed = Article.objects.filter(headline__regex=r"^[^\W\d_][^\W\d_ ]*( [^\W\d_]+)?: ").count()
    assert prefixed == 400
    assert not Article.objects.filter(author="").exists()
    assert Article.objects.filter(language="ar", agency__startswith="وكالة").count() == languages["ar"]
    home = client.get("/").content.decode()
    # The English edition counts its own language: the Turkish and Arabic editions count theirs.
    assert f"Total: {languages['en']} content" in home and "Islamic Invitation Turkey" in home
    assert f"Toplam: {languages['tr']} içerik" in client.get("/tr/").content.decode()


@pytest.mark.django_db
def test_the_language_split_is_a_parameter():
    call_command("demo", articles=90, languages="tr=1")
    assert set(Article.objects.values_list("language", flat=True)) == {"tr"}
    with pytest.raises(CommandError, match="unknown language 'fr'"):
        call_command("demo", articles=10, languages="fr=1")


@pytest.mark.django_db
def test_demo_if_empty_leaves_an_existing_site_alone():
    call_command("demo", articles=50)
    call_command("demo", articles=50, if_empty=True)
    assert Article.objects.count() == 50


@pytest.mark.django_db
def test_same_seed_gives_the_same_headlines_and_runs_add_unique_slugs():
    call_command("demo", articles=60, seed=7)
    first = list(Article.objects.order_by("published_at").values_list("headline", flat=True))
    call_command("demo", articles=60, seed=7)
    assert Article.objects.count() == 120
    assert Article.objects.values("slug").distinct().count() == 120
    assert len(first) == 60
