"""Each API address's committed number of queries with nothing cached, on a list long enough
that a query per article would show: a change that needs more fails here; one that needs fewer
lowers the number in query_floors.json."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import WHEN

QUERY_FLOORS = json.loads((Path(__file__).parent / "query_floors.json").read_text())


@pytest.fixture
def busy_newsroom(newsroom, make_article):
    for i in range(30):
        article = make_article(headline=f"Filler {i}", when=WHEN - timedelta(minutes=i + 1), section=newsroom["world"],
                               source=newsroom["wire"])
        article.places.add(newsroom["syria"])
    return newsroom


@pytest.mark.django_db
@pytest.mark.parametrize("address", list(QUERY_FLOORS))
def test_api_addresses_use_a_bounded_number_of_queries(client, busy_newsroom, address):
    floor = QUERY_FLOORS[address]
    path = address.replace("SOURCE", str(busy_newsroom["wire"].pk))
    if address == "ARTICLE":
        path = f"/api/v1/articles/{busy_newsroom['public']['en'].pk}"
    cache.clear()  # the portal settings too
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, response.content
    assert len(queries) <= floor, [q["sql"] for q in queries]
    assert len(queries) == floor, f"{address} now takes {len(queries)} queries: lower its floor in query_floors.json"
