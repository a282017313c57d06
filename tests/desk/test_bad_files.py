"""A file that is not a readable WordPress export stops the import before anything is written,
saying where."""

import gzip

import pytest
from django.core.management.base import CommandError

from newsdesk.articles.models import Article, Section
from newsdesk.desk.models import ImportedItem

from .conftest import export_text


def assert_nothing_written():
    assert not Article.objects.exists() and not ImportedItem.objects.exists() and not Section.objects.exists()


def test_broken_xml_names_line_and_column(write_export, run_import):
    text = export_text().replace("<wp:post_id>104</wp:post_id>", "<wp:post_id>104</wp:post_idx>")
    line = text[: text.index("</wp:post_idx>")].count("\n") + 1
    with pytest.raises(CommandError, match=rf"line {line}, column \d+: malformed XML"):
        run_import(write_export(text))
    assert_nothing_written()


def test_truncated_file(write_export, run_import):
    text = export_text()
    with pytest.raises(CommandError, match=r"line \d+, column \d+"):
        run_import(write_export(text[: len(text) * 2 // 3]))
    assert_nothing_written()


def test_truncated_gzip(tmp_path, run_import):
    data = gzip.compress(export_text().encode())
    path = tmp_path / "export.xml.gz"
    path.write_bytes(data[: len(data) - 40])
    with pytest.raises(CommandError, match="truncated or corrupt|line"):
        run_import(path)
    assert_nothing_written()


def test_a_plain_rss_feed_is_not_a_wordpress_export(write_export, run_import):
    feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>A</title></item></channel></rss>'
    with pytest.raises(CommandError, match="not a WordPress export"):
        run_import(write_export(feed))
    assert_nothing_written()


def test_html_is_not_a_wordpress_export(write_export, run_import):
    with pytest.raises(CommandError, match="not a WordPress export|malformed"):
        run_import(write_export("<html><body><p>Hello</p></body></html>"))
    assert_nothing_written()
