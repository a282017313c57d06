"""Editors find articles from the admin's search box by words anywhere (full text), by the start of
a headline (drafts too) and by a pasted address."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html

ISTANBUL = ZoneInfo("Europe/Istanbul")
WHEN = datetime(2018, 7, 20, 9, 0, tzinfo=ISTANBUL)


def found(client, term: str) -> list[str]:
    page = html.fromstring(client.get("/admin/articles/article/", {"q": term}).content.decode())
    return sorted(a.text_content() for a in page.cssselect("#result_list tbody th a"))


@pytest.mark.django_db
def test_the_desk_searches_the_full_text_index_and_headline_starts(desk, make_article):
    make_article(headline="Syria: Talks Resume", when=WHEN, body="<p>Delegates met in the old city of Aleppo.</p>")
    make_article(headline="Iraq: Bridge Opens", when=WHEN, body="<p>Traffic crossed the new bridge.</p>")
    make_article(headline="Aleppo Draft Notes", when=WHEN, status="draft", original_url="https://agency.example/r/9")
    editor = desk("editor")
    assert found(editor, "aleppo") == ["Aleppo Draft Notes", "Syria: Talks Resume"]  # body word; headline start
    assert found(editor, "bridge") == ["Iraq: Bridge Opens"]
    assert found(editor, "https://agency.example/r/9") == ["Aleppo Draft Notes"]
    assert found(editor, '"unbalanced') == []
