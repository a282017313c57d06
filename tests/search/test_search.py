"""Searching as readers do: through the page, on whichever database the suite runs on."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

ARABIC = [
    ("الاجتماعات الوزارية في حلب", "<p>عقدت الوزارة اجتماعا في المدرسة.</p>"),
    ("أحمد يزور مستشفى إسطنبول", "<p>زيارة إلى المستشفى الجديد.</p>"),
]


@pytest.fixture
def arabic_site(portal, make_article):
    for headline, body in ARABIC:
        make_article(headline=headline, body=body, language="ar")
    make_article(headline="Ministers meet in Aleppo", language="en")


@pytest.mark.parametrize(
    "variants",
    [
        ["الاجتماعات", "الإجتماعات", "الاجتماعاتُ", "الاجتمــاعات", "الاِجْتِمَاعَات"],
        ["أحمد", "احمد", "أَحْمَد"],
        ["مدرسة", "المدرسه", "المَدْرَسَةِ"],
        ["إسطنبول", "اسطنبول", "أسطنبول"],
        ["مستشفى", "مستشفي"],
    ],
)
def test_arabic_spelling_variants_find_the_same_articles(found, arabic_site, variants):
    results = [found(q=v) for v in variants]
    assert results[0], variants[0]
    assert all(r == results[0] for r in results)


def test_turkish_capitals_find_the_same_turkish_articles(found, portal, make_article):
    make_article(headline="İstanbul'da büyük toplantı", language="tr")
    make_article(headline="ISPARTA VE ISTANBUL YOLLARI", language="tr")
    make_article(headline="Ankara'da yeni hastane", language="tr")
    for query in ("ISTANBUL", "istanbul", "İstanbul", "İSTANBUL"):
        assert sorted(found("/tr/search/", q=query)) == ["ISPARTA VE ISTANBUL YOLLARI", "İstanbul'da büyük toplantı"]


def test_words_match_their_other_forms(found, portal, make_article):
    make_article(headline="Ministers hold a meeting on water", language="en")
    make_article(headline="Bakanlar toplantıları erteledi", language="tr")
    make_article(headline="عقد الاجتماع في دمشق", language="ar")
    assert found(q="meetings") == ["Ministers hold a meeting on water"]
    assert found(q="toplantıda") == ["Bakanlar toplantıları erteledi"]
    assert found(q="الاجتماعات") == ["عقد الاجتماع في دمشق"]


@pytest.mark.parametrize("status", ["draft", "pending", "withdrawn"])
def test_unpublished_articles_are_never_found(found, portal, make_article, status):
    make_article(headline="Hidden report on Aleppo", status=status)
    assert found(q="aleppo") == []


def test_a_scheduled_article_is_not_found_before_its_time(found, portal, make_article):
    make_article(headline="Scheduled report on Aleppo", when=timezone.now() + timedelta(hours=1))
    assert found(q="aleppo") == []


def test_withdrawn_or_deleted_articles_leave_the_results_at_once(found, portal, make_article, committed):
    first = make_article(headline="Aleppo report one")
    second = make_article(headline="Aleppo report two")
    assert sorted(found(q="aleppo")) == ["Aleppo report one", "Aleppo report two"]
    with committed(execute=True):
        first.status = "withdrawn"
        first.save()
    assert found(q="aleppo") == ["Aleppo report two"]
    with committed(execute=True):
        second.delete()
    assert found(q="aleppo") == []


def test_an_edited_article_is_found_by_its_new_words_only(found, portal, make_article, committed):
    article = make_article(headline="Talks in Damascus")
    assert found(q="damascus") == ["Talks in Damascus"]
    with committed(execute=True):
        article.headline = "Talks in Beirut"
        article.save()
    assert found(q="damascus") == []
    assert found(q="beirut") == ["Talks in Beirut"]


def test_a_newly_published_article_is_found_at_once(found, portal, make_article, committed):
    article = make_article(headline="Pending report on Aleppo", status="pending")
    assert found(q="aleppo") == []
    with committed(execute=True):
        article.status = "published"
        article.save()
    assert found(q="aleppo") == ["Pending report on Aleppo"]


def test_phrases_keep_their_word_order_and_prefixes_complete_words(found, portal, make_article):
    make_article(headline="Central bank keeps rates", body="<p>Nothing else.</p>")
    make_article(headline="Bank opens central office", body="<p>Nothing else.</p>")
    make_article(headline="Visitors return to Aleppo", body="<p>Nothing else.</p>")
    assert found(q='"central bank"') == ["Central bank keeps rates"]
    assert sorted(found(q="central bank")) == ["Bank opens central office", "Central bank keeps rates"]
    assert found(q="alep*") == ["Visitors return to Aleppo"]


def test_a_headline_match_outranks_a_body_match_and_news_outranks_old(found, portal, make_article):
    now = timezone.now()
    make_article(headline="Weather report", body="<p>Rain fell in Aleppo today.</p>", when=now - timedelta(hours=1))
    make_article(headline="Aleppo reopens its market", body="<p>Shops opened.</p>", when=now - timedelta(hours=2))
    make_article(headline="Aleppo reopens its old market", body="<p>Shops opened.</p>", when=now - timedelta(days=400))
    ranked = found(q="aleppo")
    assert ranked.index("Aleppo reopens its market") < ranked.index("Weather report")
    assert ranked.index("Aleppo reopens its market") < ranked.index("Aleppo reopens its old market")
    assert found(q="aleppo", sort="date") == ["Weather report", "Aleppo reopens its market", "Aleppo reopens its old market"]


@pytest.mark.parametrize("sort", ["", "date"])
def test_result_pages_list_every_match_once(client, portal, make_article, sort):
    now = timezone.now()
    for i in range(45):
        make_article(headline=f"Aleppo report {i}", when=now - timedelta(minutes=i % 7, seconds=i))
    seen, params = [], {"q": "aleppo", "sort": sort}
    for _ in range(5):
        html = client.get("/search/", params).content.decode()
        seen += [int(n) for n in re.findall(r"<mark>Aleppo</mark> report (\d+)</a>", html)]
        cursor = re.search(r'after=([^"&]+)', html)
        if not cursor:
            break
        params["after"] = cursor.group(1)
    assert sorted(seen) == list(range(45))


def test_filters_narrow_by_language_section_place_source_and_date(found, portal, make_article):
    from newsdesk.articles.models import Place, Section
    from newsdesk.sources.models import Source

    economy = Section.objects.create(name="Economy", slug="economy")
    syria = Place.objects.create(name="Syria", slug="syria")
    wire = Source.objects.create(name="Wire", feed_url="http://127.0.0.1:1/feed")
    now = timezone.now()
    make_article(headline="Aleppo market in English", section=economy, when=now - timedelta(days=3))
    make_article(headline="Aleppo pazarı", language="tr", source=wire, when=now - timedelta(days=1))
    make_article(headline="Aleppo in Syria", when=now - timedelta(days=10)).places.add(syria)
    assert found(q="aleppo", lang="tr") == ["Aleppo pazarı"]
    assert found(q="aleppo", section="economy") == ["Aleppo market in English"]
    assert found(q="aleppo", place="syria") == ["Aleppo in Syria"]
    assert found(q="aleppo", source=str(wire.pk)) == ["Aleppo pazarı"]
    since = portal.local_day(now - timedelta(days=4)).isoformat()
    until = portal.local_day(now - timedelta(days=2)).isoformat()
    assert found(q="aleppo", **{"from": since, "to": until}) == ["Aleppo market in English"]


def test_snippets_mark_matches_and_escape_the_text(client, portal, make_article):
    make_article(headline="Market <b>news</b>", summary="Traders in Aleppo said <script>alert(1)</script> & more.")
    html = client.get("/search/", {"q": "aleppo"}).content.decode()
    assert "<mark>Aleppo</mark>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def test_search_pages_answer_in_each_edition_with_a_header_search_box(client, portal, make_article):
    make_article(headline="Aleppo report")
    for prefix, lang, label in (("", "en", "Search"), ("/tr", "tr", "Ara"), ("/ar", "ar", "بحث")):
        response = client.get(f"{prefix}/search/", {"q": "aleppo"})
        html = response.content.decode()
        assert response.status_code == 200 and f'lang="{lang}"' in html
        assert f'<form class="search" role="search" action="{prefix}/search/"' in html
        assert f'<button type="submit">{label}</button>' in html
    assert '<form class="search" role="search" action="/search/"' in client.get("/").content.decode()


def test_the_search_page_uses_a_bounded_number_of_queries(client, portal, make_article, django_assert_num_queries):
    for i in range(30):
        make_article(headline=f"Aleppo report {i}")
    client.get("/search/", {"q": "aleppo"})  # the masthead and settings are cached from here on
    # The page's own four: the sections (the form's filter), the place, the index, the articles.
    # The header's counts are the cached masthead's: the page's title must not count them again.
    with django_assert_num_queries(4):
        assert client.get("/search/", {"q": "aleppo", "place": "syria", "lang": "en"}).status_code == 200


def test_the_demo_site_is_searchable_as_built_and_reindex_rebuilds_it(found, portal):
    from django.core.management import call_command

    from newsdesk.demo.populate import populate
    from newsdesk.search.models import Entry

    populate(60, seed=7)
    assert Entry.objects.count() == 60
    hits = found(q="officials")
    assert hits
    Entry.objects.all().delete()
    call_command("reindex")
    assert Entry.objects.count() == 60
    assert found(q="officials") == hits


def test_a_repeated_search_is_served_from_its_own_cache_and_proxies_may_keep_it(client, portal, make_article, django_assert_num_queries):
    make_article(headline="Aleppo report")
    first = client.get("/search/", {"q": "aleppo"})
    assert "s-maxage=5" in first["Cache-Control"] and first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        again = client.get("/search/", {"q": "aleppo"})
    assert again.content == first.content
    assert client.get("/search/", {"q": "x" * 600}).status_code == 400


def test_a_rescheduled_article_moves_in_the_results(found, portal, make_article, committed):
    now = timezone.now()
    older = make_article(headline="Aleppo older report", when=now - timedelta(days=2))
    make_article(headline="Aleppo newer report", when=now - timedelta(days=1))
    assert found(q="aleppo", sort="date") == ["Aleppo newer report", "Aleppo older report"]
    with committed(execute=True):
        older.published_at = now - timedelta(hours=1)
        older.save()
    assert found(q="aleppo", sort="date") == ["Aleppo older report", "Aleppo newer report"]
    with committed(execute=True):
        older.published_at = now + timedelta(days=1)
        older.save()
    assert found(q="aleppo", sort="date") == ["Aleppo newer report"]


def test_results_name_their_section_in_the_edition_language(client, portal, make_article):
    from newsdesk.articles.models import Section

    economy = Section.objects.create(name="Economy", name_tr="Ekonomi", name_ar="اقتصاد", slug="economy")
    make_article(headline="Aleppo market report", section=economy)
    for prefix, name in (("", "Economy"), ("/tr", "Ekonomi"), ("/ar", "اقتصاد")):
        html = client.get(f"{prefix}/search/", {"q": "aleppo"}).content.decode()
        assert f'<a href="{prefix}/section/economy/">{name}</a>' in html


def test_a_snippet_shows_the_words_around_a_match_far_into_the_text(client, portal, make_article):
    words = " ".join(f"word{i}" for i in range(300))
    make_article(headline="Market report", summary="", body=f"<p>{words} the Aleppo market opened again. {words}</p>")
    html = client.get("/search/", {"q": "aleppo"}).content.decode()
    snippet = re.search(r'<p class="summary snippet">(.*?)</p>', html, re.S).group(1)
    assert snippet.startswith("… word293 word294") and snippet.endswith(" …")
    assert "the <mark>Aleppo</mark> market opened again." in snippet
    assert "word292 " not in snippet and len(snippet.split()) == 32 + 2  # the words and two ellipses


def test_the_search_form_keeps_the_readers_text_filters_and_order(client, portal, make_article):
    from newsdesk.articles.models import Section

    Section.objects.create(name="Economy", name_tr="Ekonomi", slug="economy")
    Section.objects.create(name="Sport", slug="sport")
    make_article(headline="Aleppo market report")
    params = {"q": 'aleppo "<b>x</b>', "lang": "tr", "section": "economy", "from": "2026-01-02", "to": "2026-02-03",
              "sort": "date", "place": "syria", "source": "7"}
    html = client.get("/tr/search/", params).content.decode()
    form = html[html.index('<form class="search-form"'):]
    form = form[: form.index("</form>")]
    assert 'name="q" value="aleppo &quot;&lt;b&gt;x&lt;/b&gt;"' in form
    assert '<option value="tr" selected>Türkçe</option>' in form and '<option value="en">English</option>' in form
    assert '<option value="economy" selected>Economy</option>' in form and '<option value="sport">Sport</option>' in form
    assert 'name="from" value="2026-01-02"' in form and 'name="to" value="2026-02-03"' in form
    assert '<option value="date" selected>' in form
    assert '<input type="hidden" name="place" value="syria">' in form
    assert '<input type="hidden" name="source" value="7">' in form
    plain = client.get("/search/", {"q": "aleppo"}).content.decode()
    assert 'selected' not in plain[plain.index('<form class="search-form"'):plain.index("</form>", plain.index('<form class="search-form"'))]
    assert 'name="place"' not in plain and 'name="source"' not in plain
