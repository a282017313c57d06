"""Views are counted exactly under concurrent requests, with no database write per view."""

import subprocess
import sys
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
import pytest

from newsdesk.articles import readership

ISTANBUL = ZoneInfo("Europe/Istanbul")


@pytest.mark.django_db(transaction=True)
def test_concurrent_readers_are_all_counted(live_server, portal, make_article, settings, tmp_path, monkeypatch):
    readership.tally.flush()
    settings.DATA_DIR = tmp_path
    monkeypatch.setattr(readership, "FLUSH_VIEWS", 7)  # many hand-overs while requests race
    articles = [make_article(headline=f"Report {i}", when=datetime(2018, 7, 20, 9, i, tzinfo=ISTANBUL)) for i in range(3)]
    urls = [live_server.url + a.get_absolute_url() for a in articles for _ in range(40 * (1 + articles.index(a)))]
    with httpx.Client() as http, ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda url: http.get(url).status_code, urls))
    assert statuses == [200] * len(urls)
    readership.tally.flush()
    assert readership.fold() == 240
    counted = dict(readership.apps.get_model("articles", "ReadCount").objects.values_list("article__headline", "views"))
    assert counted == {"Report 0": 40, "Report 1": 80, "Report 2": 120}


PUT_MANY = """
import sys
import uuid
from collections import Counter
from newsdesk.articles.readership import RedisBatches
batches = RedisBatches(sys.argv[1], sys.argv[2])
for _ in range(200):
    batches.put(Counter({"a-report": 1, "another-report": 2}))
"""


def test_batches_from_several_web_nodes_add_up_in_redis():
    url, key = "redis://127.0.0.1:6379/15", f"newsdesk-test:reads:{uuid.uuid4().hex}"
    try:
        batches = readership.RedisBatches(url, key)
        batches.client.ping()
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"no Redis answers on 127.0.0.1:6379 ({exc}): start one, as for the ingest tests")
    nodes = [subprocess.Popen([sys.executable, "-c", PUT_MANY, url, key]) for _ in range(3)]
    taken = Counter()
    while any(node.poll() is None for node in nodes):
        taken += batches.take()  # the consumer takes while the nodes still put
    taken += batches.take()
    assert [node.returncode for node in nodes] == [0, 0, 0]
    assert taken == Counter({"a-report": 600, "another-report": 1200})
