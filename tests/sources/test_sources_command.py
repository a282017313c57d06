"""Editors manage sources from the command line: add, health table, OPML in and out."""

from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from newsdesk.articles.models import Section
from newsdesk.portal.models import Portal
from newsdesk.sources import opml
from newsdesk.sources.models import Source

OPML = b"""<?xml version="1.0"?><opml version="1.0"><head><title>Reader</title></head><body>
<outline text="Agencies"><outline text="Anatolia Wire" type="rss" xmlUrl="https://aw.example/rss"
 htmlUrl="https://aw.example/" language="tr"/></outline>
<outline title="Nile Wire" xmlUrl="https://nw.example/feed.json"/><outline text="folder only"/></body></opml>"""


@pytest.mark.django_db
def test_add_creates_a_source_with_its_policy(capsys):
    Section.objects.create(name="World", slug="world")
    call_command("sources", "add", "https://aw.example/rss", "--name", "Anatolia Wire", "--language", "tr",
                 "--section", "World", "--auto-publish")
    source = Source.objects.get()
    assert (source.name, source.language, source.default_section.name, source.auto_publish) == (
        "Anatolia Wire", "tr", "World", True)
    assert "Added source" in capsys.readouterr().out
    with pytest.raises(CommandError, match="exists already"):
        call_command("sources", "add", "https://aw.example/rss")
    with pytest.raises(CommandError, match="not an http"):
        call_command("sources", "add", "ftp://aw.example/rss")


@pytest.mark.django_db
def test_list_shows_health_with_paused_sources_flagged(capsys):
    Source.objects.create(name="Down Wire", feed_url="https://d.example/rss", paused=True, consecutive_failures=8,
                          last_error="HTTP 503 Service Unavailable — paused after 8 failures in a row",
                          last_polled_at=timezone.now())
    Source.objects.create(name="Fine Wire", feed_url="https://f.example/rss", last_success_at=timezone.now())
    call_command("sources", "list")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["id", "name", "state"]
    down = next(line for line in lines if "Down Wire" in line)
    assert "paused (flagged)" in down and " 8 " in down and "HTTP 503" in down
    assert "enabled" in next(line for line in lines if "Fine Wire" in line)


@pytest.mark.django_db
def test_opml_imports_nested_feeds_once_and_exports_them_back(tmp_path, capsys):
    path = tmp_path / "reader.opml"
    path.write_bytes(OPML)
    call_command("sources", "import-opml", str(path))
    call_command("sources", "import-opml", str(path))
    assert "0 new sources (2 known already)" in capsys.readouterr().out
    assert Source.objects.get(name="Anatolia Wire").language == "tr"
    call_command("sources", "export-opml")
    exported = opml.parse(capsys.readouterr().out.encode())
    assert {(o.name, o.feed_url) for o in exported} == {
        ("Anatolia Wire", "https://aw.example/rss"), ("Nile Wire", "https://nw.example/feed.json")}


def test_a_file_that_is_not_opml_is_refused():
    with pytest.raises(opml.OPMLError, match="not an OPML file"):
        opml.parse(b"<rss/>")


@pytest.mark.django_db
@pytest.mark.parametrize("url, reason", [
    ("http://127.0.0.1:8080/rss.xml", "127.0.0.1 is a loopback address"),
    ("http://localhost/rss.xml", "is a loopback address (localhost)"),
    ("https://10.1.2.3/feed.json", "10.1.2.3 is a private address"),
])
def test_adding_a_private_address_says_at_once_that_polls_will_be_refused(settings, capsys, url, reason):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False
    call_command("sources", "add", url)
    err = capsys.readouterr().err
    assert reason in err and "will be refused" in err and "NEWSDESK_ALLOW_PRIVATE_FETCH" in err
    assert Source.objects.get().feed_url == url  # added all the same: the operator may allow it next
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = True
    call_command("sources", "add", url + "?second")
    assert capsys.readouterr().err == ""


@pytest.mark.django_db
def test_list_shows_times_in_the_sites_zone_and_names_it(capsys):
    portal = Portal.load()
    portal.time_zone = "Asia/Riyadh"  # UTC+3 all year
    portal.save()
    Source.objects.create(name="Wire", feed_url="https://w.example/rss",
                          last_polled_at=datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
                          next_poll_at=datetime(2024, 5, 1, 22, 0, tzinfo=UTC))
    call_command("sources", "list")
    out = capsys.readouterr().out
    wire = next(line for line in out.splitlines() if "Wire" in line)
    assert "2024-05-01 12:30" in wire and "2024-05-02 01:00" in wire
    assert "Asia/Riyadh" in out


@pytest.mark.django_db
def test_the_admins_source_list_names_the_zone_of_its_times(admin_client, portal):
    page = admin_client.get("/admin/sources/source/").content.decode()
    assert "Times are in Europe/Istanbul" in page
