"""The web node's launcher (newsdesk.deployment.webserver): the environment file's settings become
granian's, and a wrong one is said before anything starts. Serving itself is tested behind nginx
(test_nginx.py) and on its own (tests/web)."""

import json
import os
import subprocess
import sys

import pytest

from ..webnodes import node_env


@pytest.mark.parametrize("bind", ["8001", "127.0.0.1:", "127.0.0.1:http"])
def test_a_bind_address_without_host_and_port_is_refused_clearly(bind):
    env = {**os.environ, "NEWSDESK_BIND": bind}
    done = subprocess.run([sys.executable, "-m", "newsdesk.deployment.webserver"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert f"NEWSDESK_BIND must be host:port, not '{bind}'" in done.stderr


# What a web worker loads to serve readers: neither ingestion (feeds, fetching, extraction) nor
# the stories' model and numpy, only the job consumer needs those (about 30 MB a worker).
CONSUMER_ONLY = ("numpy", "feedparser", "httpx", "trafilatura", "newsdesk.ingest.pipeline", "newsdesk.stories.assignment")

SERVE_PAGES = """
import json, sys
from wsgiref.util import setup_testing_defaults
from newsdesk.wsgi import application

statuses = []
for path in sys.argv[1:]:
    environ = {"PATH_INFO": path, "HTTP_HOST": "127.0.0.1"}
    setup_testing_defaults(environ)
    body = application(environ, lambda status, headers, exc_info=None: statuses.append(status))
    b"".join(body)
print(json.dumps({"statuses": statuses, "modules": sorted(sys.modules)}))
"""


@pytest.mark.django_db(transaction=True)
def test_a_web_worker_serving_readers_loads_no_ingestion_or_story_matching(portal, make_article):
    article = make_article()
    pages = ["/", article.get_absolute_url(), "/2017/01/28/", "/search/"]
    done = subprocess.run([sys.executable, "-c", SERVE_PAGES, *pages], env=node_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    served = json.loads(done.stdout.splitlines()[-1])
    assert served["statuses"] == ["200 OK"] * len(pages)
    assert set(CONSUMER_ONLY).isdisjoint(served["modules"])
