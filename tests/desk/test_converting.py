"""The converting process's answers: kept apart from anything else it prints, and an import that
can no longer read them stops the process and says why instead of waiting for it."""

import sys

import pytest
from django.db import connection

from newsdesk.desk import converting, wxr

from .conftest import SITE

# The real worker, with a conversion that also prints to the standard output (as a library might).
PRINTING = """
import newsdesk.desk.converting as c
real = c.convert_all
def noisy(*args, **kwargs):
    print("a library's stray line")
    return real(*args, **kwargs)
c.convert_all = noisy
c.main()
"""


def posts():
    with wxr.open_export(str(SITE)) as stream:
        return [r for r in wxr.read(stream) if isinstance(r, wxr.Item) and r.post_type == "post"]


@pytest.mark.django_db
def test_a_stray_print_in_the_converting_process_does_not_reach_the_importer(portal):
    settings = converting.Settings(portal.zone, "http://old.example.org", "en", (), connection.vendor)
    items = posts()
    with converting.Converter(parallel=True, command=[sys.executable, "-P", "-c", PRINTING]) as converter:
        done = converter.submit(settings, items)()
    assert [c.headline for c in done] == [c.headline for c in converting.convert_all(settings, items)]


def test_output_that_is_not_an_answer_stops_the_converting_process_with_a_reason():
    talker = [sys.executable, "-c", "import time; print('not an answer', flush=True); time.sleep(120)"]
    with converting.Converter(parallel=True, command=talker) as converter:
        with pytest.raises(converting.ConverterGone, match="could not be read, so it was stopped"):
            converter.submit(None, ["a post"])()
        assert converter.worker.poll() is not None  # stopped, not left waiting for input
