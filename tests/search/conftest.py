import html as html_lib
import re

import pytest


@pytest.fixture
def found(client):
    """Headlines the search page lists for these parameters (on 127.0.0.1, as readers reach it)."""

    def search(path="/search/", **params):
        response = client.get(path, params)
        assert response.status_code == 200, response.status_code
        html = response.content.decode()
        return [html_lib.unescape(re.sub(r"<[^>]+>", "", h)) for h in re.findall(r'<li class="story".*?<h2><a [^>]*>(.*?)</a>', html, re.S)]

    return search


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """A block whose writes commit as far as readers can tell (the cached pages' version moves)."""
    return django_capture_on_commit_callbacks
