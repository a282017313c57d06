"""Every address of the old site answers 301 with its new place; nothing shadows a newsdesk page."""

import pytest

from newsdesk.articles.models import Article

from .conftest import SITE

TALKS = "/2017/01/28/talks-resume-in-damascus/"


@pytest.fixture
def imported(run_import):
    run_import(SITE)


def moved(client, address):
    response = client.get(address)
    assert response.status_code == 301, f"{address} answered {response.status_code}"
    return response["Location"]


@pytest.mark.parametrize("address", ["/?p=101", "/?p=101&utm_source=x", "/2017/01/28/talks-resume-in-damascus"])
def test_post_addresses_lead_to_the_article(imported, client, address):
    assert moved(client, address) == TALKS


def test_the_exact_link_of_any_permalink_structure(imported, client):
    Article.objects.filter(slug="talks-resume-in-damascus").update(slug="talks-renamed")
    assert moved(client, TALKS) == "/2017/01/28/talks-renamed/"
    assert moved(client, TALKS.rstrip("/")) == "/2017/01/28/talks-renamed/"


def test_percent_encoded_arabic_link_leads_to_the_arabic_edition(imported, client):
    location = moved(client, "/2017/01/28/%d9%85%d8%b5%d8%b1-%d8%aa%d8%b9%d9%84%d9%86/?p=102")
    assert location.startswith("/ar/2017/01/28/")
    assert client.get(location).status_code == 200


def test_page_addresses(imported, client):
    assert moved(client, "/?page_id=2") == "/about/"
    page = client.get("/about/")
    assert page.status_code == 200 and "We are a small newsroom." in page.content.decode()


def test_category_tag_author_and_feed_addresses(imported, client):
    assert moved(client, "/category/politics/") == "/section/politics/"
    assert moved(client, "/category/syria/") == "/place/syria/"
    assert moved(client, "/category/%d9%85%d8%b5%d8%b1/") == "/place/egypt/"
    assert moved(client, "/?cat=3") == "/section/politics/"
    assert moved(client, "/tag/ceasefire/") == "/section/ceasefire/"
    assert moved(client, "/category/politics/feed/") == "/feed/"
    assert moved(client, "/author/hasan/") == "/"
    assert client.get("/feed/atom/").status_code == 200  # newsdesk has its own Atom feed there: never shadowed
    assert client.get("/feed/").status_code == 200  # ours, never redirected


def test_paged_and_date_archive_addresses(imported, client):
    assert moved(client, "/category/politics/page/3/") == "/section/politics/"
    assert moved(client, "/page/2/") == "/"
    assert moved(client, "/?m=201701") == "/2017/01/"
    assert moved(client, "/date/2017/01/28/") == "/2017/01/28/"
    assert moved(client, "/2017/01/page/2/") == "/2017/01/"


def test_attachment_pages_lead_to_the_file_on_the_old_site(imported, client):
    assert moved(client, "/?attachment_id=201") == "http://old.example.org/wp-content/uploads/2017/01/talks.jpg"


def test_drafts_and_scheduled_posts_stay_hidden(imported, client):
    for address in ("/?p=103", "/?p=104", "/2017/01/26/private-memo/"):
        assert client.get(address).status_code == 404


def test_a_newsdesk_page_is_never_shadowed(imported, client, make_article):
    make_article(headline="Politics today", slug="politics-today")
    from newsdesk.desk.models import Redirect

    Redirect.objects.create(old="/section/politics", target="/elsewhere/")
    assert client.get("/section/politics/").status_code == 200


def test_unknown_address_is_still_404(imported, client):
    assert client.get("/no/such/thing/").status_code == 404
    assert client.get("/?p=999999").status_code == 200  # the front page, as WordPress would not say otherwise
