"""An import killed mid-way (SIGKILL, no clean-up) and run again ends with every post once and
the day counts right."""

import signal
import time

import pytest

from tests.ingest.processes import count, database_env, newsdesk

POSTS = 1500


def big_export() -> str:
    items = "".join(
        f"""<item><title>Report number {n} from the region</title>
<link>http://old.example.org/{2016 + n % 3}/0{1 + n % 9}/1{n % 9}/report-{n}/</link>
<guid isPermaLink="false">http://old.example.org/?p={n}</guid>
<content:encoded><![CDATA[Officials said on the day that report {n} was filed.

The talks would go on.]]></content:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date>{2016 + n % 3}-0{1 + n % 9}-1{n % 9} 10:00:00</wp:post_date>
<wp:post_date_gmt>{2016 + n % 3}-0{1 + n % 9}-1{n % 9} 07:00:00</wp:post_date_gmt>
<wp:post_name>report-{n}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="syria"><![CDATA[Syria]]></category></item>
"""
        for n in range(1, POSTS + 1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/">
<channel><title>Old</title><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>http://old.example.org</wp:base_site_url>{items}</channel></rss>"""


@pytest.mark.django_db(transaction=True)
def test_killed_import_run_again_has_every_post_once(portal, tmp_path):
    export = tmp_path / "big.xml"
    export.write_text(big_export(), encoding="utf-8")
    env = database_env(tmp_path)
    args = ("import-wordpress", str(export), "--batch-size", "25")
    child = newsdesk(*args, env=env)
    deadline = time.monotonic() + 120
    while count(env, "SELECT COUNT(*) FROM articles_article") < 100:
        assert child.poll() is None and time.monotonic() < deadline, "the import ended before it could be killed"
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    partial = count(env, "SELECT COUNT(*) FROM articles_article")
    assert 100 <= partial < POSTS
    assert newsdesk(*args, env=env).wait(timeout=300) == 0
    assert count(env, "SELECT COUNT(*) FROM articles_article") == POSTS
    assert count(env, "SELECT COUNT(DISTINCT slug) FROM articles_article") == POSTS
    assert count(env, "SELECT COUNT(*) FROM desk_importeditem") == POSTS
    assert count(env, "SELECT SUM(count) FROM articles_daycount") == POSTS
    assert count(env, "SELECT COUNT(*) FROM desk_redirect WHERE old LIKE ?", "/?p=%") == POSTS
