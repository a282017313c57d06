"""A web worker's thread keeps its database connection from one request to the next, on SQLite
as on PostgreSQL: opening one per request costs every page a schema read and a cold cache."""

import pytest
from django.core.signals import request_finished, request_started
from django.db import connection


@pytest.mark.django_db(transaction=True)
def test_a_request_leaves_its_connection_to_the_next_one():
    connection.ensure_connection()
    kept = connection.connection
    request_finished.send(sender=None)  # what Django's handler sends at the end of each request
    request_started.send(sender=None)
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    assert connection.connection is kept
