"""Whatever a reader types into the address bar gets a page or a 404, never a server error."""

import string
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ISTANBUL = ZoneInfo("Europe/Istanbul")
PREFIXES = ["", "/tr", "/ar"]


@pytest.fixture
def site(portal, make_article):
    from newsdesk.articles.models import Place, Section

    article = make_article(
        headline="Syria: Talks Resume in Damascus", when=datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL),
        section=Section.objects.create(name="World", slug="world"),
    )
    article.places.add(Place.objects.create(name="Syria", slug="syria", code="SY"))
    return article


def get(path: str):
    # A client that answers as production does: an exception becomes the 500 page, not a test error.
    return Client(raise_request_exception=False).get(path)


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("path", [
    "/9999/12/31/", "/9999/12/31/any-slug/", "/9999/12/", "/9999/", "/0001/01/01/", "/0001/01/01/any-slug/",
    "/0001/", "/0000/01/01/", "/2018/07/20/%00/", "/section/%ff/", "/place/%C0%AF/",
])
def test_out_of_range_dates_and_odd_slugs_are_not_found(site, prefix, path):
    assert get(prefix + path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/sitemap-9999-12.xml", "/sitemap-0001-01.xml", "/sitemap-1999-01.xml"])
def test_sitemaps_of_impossible_or_empty_months_are_not_found(site, path):
    assert get(path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("prefix", PREFIXES)
@pytest.mark.parametrize("path", ["/2018/07/19/", "/2018/06/", "/2017/", "/2200/01/01/"])
def test_archives_of_periods_with_nothing_published_are_not_found(site, prefix, path):
    assert get(prefix + path).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("cursor", ["²", "٣", "１２", "1e3", " 1", "0x10"])
def test_a_cursor_that_is_not_plain_digits_means_the_first_page(site, cursor):
    response = get("/?before=" + cursor)
    assert response.status_code == 200 and site.headline in response.content.decode()


ROUTES = [
    "/", "/{y}/", "/{y}/{m}/", "/{y}/{m}/{d}/", "/{y}/{m}/{d}/{slug}/", "/section/{slug}/", "/place/{slug}/",
    "/feed/", "/sitemap.xml", "/sitemap-{y}-{m}.xml", "/{slug}",
]
SEGMENT = st.text(alphabet=string.printable + "²٣İıüğşçöءاأإآةىـً/%", max_size=30)
NUMBER = st.one_of(st.integers(0, 10_000), st.sampled_from(["00", "0000", "99", "9999", "²", "-1"]))
QUERY = st.dictionaries(st.sampled_from(["before", "page", "q", "lang", "utm_source"]), SEGMENT, max_size=3)


@pytest.mark.django_db
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from(PREFIXES), route=st.sampled_from(ROUTES), y=NUMBER, m=NUMBER, d=NUMBER,
       slug=SEGMENT, query=QUERY)
def test_no_generated_address_answers_a_server_error(site, prefix, route, y, m, d, slug, query):
    path = prefix + route.format(y=f"{y:04d}" if isinstance(y, int) else y, m=f"{m:02d}" if isinstance(m, int) else m,
                                 d=f"{d:02d}" if isinstance(d, int) else d, slug=slug)
    response = Client(raise_request_exception=False).get(path, query)
    assert response.status_code < 500, (path, query)
