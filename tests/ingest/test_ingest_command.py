"""`newsdesk ingest --once` as an operator sees it: one line per problem, a bar on a terminal."""

import fcntl
import os
import struct
import termios

import pytest
from django.core.management import call_command

from newsdesk.articles.models import Article
from newsdesk.ingest.models import Entry
from newsdesk.sources.models import Source

from .feeds_for_tests import WIRE_TEXT, rss


def shown(capfd, caplog) -> tuple[str, str]:
    """(stdout, stderr with the log lines an operator's terminal shows as well)."""
    out, err = capfd.readouterr()
    return out, err + "".join(f"{r.getMessage()}\n" for r in caplog.records)


@pytest.mark.django_db
def test_a_refused_feed_is_reported_once(settings, capfd, caplog):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False
    source = Source.objects.create(name="Local wire", feed_url="http://127.0.0.1:9/rss.xml")
    call_command("ingest", source=[source.pk], once=True)
    out, err = shown(capfd, caplog)
    assert (out + err).count("refused: 127.0.0.1 is a loopback address") == 1
    assert "Local wire: refused: 127.0.0.1 is a loopback address" in err


@pytest.mark.django_db
def test_a_refused_page_is_reported_once_with_its_reason(site, settings, capfd, caplog):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False
    settings.NEWSDESK_FETCH_MIN_DELAY = 0
    site.routes["/rss.xml"] = (200, rss([{"link": "http://169.254.169.254/latest/", "title": "Meta"}]))
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), allow_private_address=True)
    call_command("ingest", source=[source.pk], once=True)
    out, err = shown(capfd, caplog)
    assert (out + err).count("169.254.169.254 is a link-local address") == 1
    entry = Entry.objects.get()
    assert f"entry {entry.pk} failed: refused: 169.254.169.254 is a link-local address" in err
    assert "Wire: 1 failed" in out


def terminal():
    """A pseudo-terminal 100 columns wide: (the file the command writes to, the reading end)."""
    reader, writer = os.openpty()
    fcntl.ioctl(writer, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    os.set_blocking(reader, False)
    return os.fdopen(writer, "w"), reader


def read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except (BlockingIOError, OSError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.django_db
def test_on_a_terminal_the_bar_shows_and_no_log_line_breaks_it(site, private_fetch, caplog):
    body = "".join(f"<p>{p}</p>" for p in WIRE_TEXT * 2)
    site.routes["/rss.xml"] = (200, rss([{"link": site.url(f"/news/{n}"), "title": f"Talks, day {n}",
                                          "content": f"<p>Day {n}.</p>{body}"} for n in range(3)]))
    source = Source.objects.create(name="Wire", feed_url=site.url("/rss.xml"), auto_publish=True)
    screen, reader = terminal()
    try:
        call_command("ingest", source=[source.pk], once=True, stderr=screen)
        screen.flush()
        shown = read_all(reader)
    finally:
        screen.close()
        os.close(reader)
    assert Article.objects.count() == 3
    assert "3/3" in shown and "entry/s" in shown and "100%" in shown
    # A log line per entry on the same terminal would cut the bar into pieces.
    assert not [r for r in caplog.records if r.name.startswith("newsdesk.ingest")]
