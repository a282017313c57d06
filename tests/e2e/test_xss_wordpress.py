"""A WordPress export is a way in too: the XSS corpus in every field an export carries (titles,
bodies, excerpts, categories, tags, author names, captions and other shortcodes, slugs, links,
pages), imported with the real command, then every page it reaches opened in a real browser with
the same listener: no dialog, no console error, no Content-Security-Policy violation."""

from datetime import UTC, datetime, timedelta
from io import StringIO
from urllib.parse import quote, urlsplit

import lxml.html
import pytest
from django.core.management import call_command

from newsdesk.articles.html import ATTRIBUTES, TAGS
from newsdesk.articles.models import Article, Place, Section
from newsdesk.desk.models import Page, Redirect

from .test_browser import browser  # noqa: F401  (the shared chromium)
from .test_xss import PAYLOADS, distinct_report, expected_404, visit, watched_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SITE = "http://old.example.org"


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def hostile_item(n: int, payload: str, when: datetime) -> str:
    """Post n: the payload in each of its fields, in the shapes WordPress writes them."""
    body = (
        distinct_report(n).replace("<p>", "").replace("</p>", "\n\n")
        + f'[caption id="attachment_{n}" caption="{payload}"]<img src="x" onerror="alert({n})" /> {payload}[/caption]\n\n'
        + f"[embed]javascript:alert({n}){payload}[/embed]\n\n[video src=\"javascript:alert({n})\"]\n\n"
        + f"[su_quote]{payload}[/su_quote]\n\n{payload}\n\n<pre>{payload}</pre>"
    )
    stamp = f"{when:%Y-%m-%d %H:%M:%S}"
    return f"""<item><title>{cdata(f"Report {n} {payload}")}</title>
<link>{SITE}/{when:%Y/%m/%d}/{quote(payload, safe="")}-{n}/</link>
<dc:creator>{cdata(f"writer{n % 3}")}</dc:creator>
<guid isPermaLink="false">{SITE}/?p={n}</guid>
<content:encoded>{cdata(body)}</content:encoded>
<excerpt:encoded>{cdata(f"Summary {n} {payload}")}</excerpt:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date>{stamp}</wp:post_date><wp:post_date_gmt>{stamp}</wp:post_date_gmt>
<wp:post_name>{cdata(f"{payload}-{n}")}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="{quote(payload, safe='')}">{cdata(f"Politics {payload}")}</category>
<category domain="category" nicename="syria">Syria</category>
<category domain="post_tag" nicename="tag-{n}">{cdata(f"Tag {payload}")}</category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>{9000 + n}</wp:meta_value></wp:postmeta>
</item>
<item><title>{cdata(f"Picture {payload}")}</title><link>{SITE}/?attachment_id={9000 + n}</link>
<guid isPermaLink="false">{SITE}/wp-content/uploads/{n}.jpg</guid><wp:post_id>{9000 + n}</wp:post_id>
<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>{cdata(f'javascript:alert({n})//"><script>alert({n})</script>.jpg')}</wp:attachment_url></item>
"""


def hostile_export(now: datetime) -> str:
    authors = "".join(
        f"<wp:author><wp:author_login>{cdata(f'writer{k}')}</wp:author_login>"
        f"<wp:author_display_name>{cdata(f'Writer {PAYLOADS[k]}')}</wp:author_display_name></wp:author>"
        for k in range(3)
    )
    items = "".join(hostile_item(n, p, now - timedelta(minutes=5 * n)) for n, p in enumerate(PAYLOADS, 1))
    page = f"""<item><title>{cdata("About " + PAYLOADS[0])}</title><link>{SITE}/about/</link>
<guid isPermaLink="false">{SITE}/?page_id=500</guid><content:encoded>{cdata(" ".join(PAYLOADS))}</content:encoded>
<wp:post_id>500</wp:post_id><wp:post_name>about</wp:post_name><wp:status>publish</wp:status>
<wp:post_type>page</wp:post_type></item>"""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old</title><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{SITE}</wp:base_site_url>
{authors}
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>{cdata(PAYLOADS[3])}</wp:category_nicename>
<wp:cat_name>{cdata("Desk " + PAYLOADS[1])}</wp:cat_name></wp:category>
{items}{page}</channel></rss>"""


@pytest.fixture
def imported(portal, tmp_path):
    export = tmp_path / "hostile.xml"
    export.write_text(hostile_export(datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)), encoding="utf-8")
    call_command("import-wordpress", str(export), stdout=StringIO())
    articles = list(Article.objects.published().order_by("-published_at"))
    assert len(articles) == len(PAYLOADS)
    return articles


ADDED = {"a": {"rel"}, "img": {"loading", "referrerpolicy"}}  # what the sanitiser sets itself


def test_imported_bodies_are_stored_sanitised(imported):
    bodies = [a.body for a in imported] + [p.body for p in Page.objects.all()]
    assert len(bodies) == len(PAYLOADS) + 1
    for text in bodies:
        for element in lxml.html.fragment_fromstring(text, create_parent="div").iterdescendants():
            assert element.tag in TAGS, (element.tag, text)
            assert set(element.attrib) <= ATTRIBUTES.get(element.tag, set()) | ADDED.get(element.tag, set()), text
            for name in ("href", "src"):
                assert urlsplit(element.get(name, "")).scheme in ("", "http", "https", "mailto"), text
        assert "javascript:" not in text.lower().replace("javascript:alert(", "")  # only as visible text


def test_lead_images_and_redirects_name_web_addresses_only(imported):
    assert all(a.lead_image_url == "" for a in imported)
    targets = Redirect.objects.exclude(target="").values_list("target", flat=True)
    assert all(t.startswith(("/", "http://", "https://")) for t in targets), list(targets)


def test_an_attachment_with_a_script_address_is_not_followed(imported, client):
    assert client.get("/?attachment_id=9003").status_code == 404


def expected(message) -> bool:
    """Pictures that stay on the old site (not re-hosted) do not load here: the old host does not
    resolve, and a page's relative picture is missing. Nothing else may fail."""
    url = message.location.get("url", "")
    missing = "Failed to load resource" in message.text
    return expected_404(message) or (missing and (url.startswith(SITE) or url.endswith("/about/x")))


def old_addresses(articles) -> list[str]:
    """Addresses of the old site that lead to what was imported, as a reader would follow them."""
    first = articles[0]
    return [
        "/?p=1", f"/?p={len(PAYLOADS)}", "/?page_id=500", "/about/", f"/category/{quote(PAYLOADS[3], safe='')}/",
        f"/category/{quote(PAYLOADS[2], safe='')}/feed/", "/author/writer1/", "/tag/tag-5/", "/category/syria/",
        f"/{first.local_published():%Y/%m/%d}/{quote(PAYLOADS[0], safe='')}-1/",
    ]


def test_imported_hostile_export_runs_nothing_anywhere(browser, live_server, imported):  # noqa: F811
    context, page, alarms = watched_page(browser, expected)
    base = live_server.url
    day = imported[0].local_published()
    sections = [f"/section/{s.slug}/" for s in Section.objects.all()]
    places = [f"/place/{p.slug}/" for p in Place.objects.all()]
    assert sections and places
    paths = ["/", f"/{day:%Y}/", f"/{day:%Y/%m}/", f"/{day:%Y/%m/%d}/", *sections, *places, "/feed/",
             *(a.get_absolute_url() for a in imported)]
    for path in paths:
        visit(page, base + path)
        alarms += page.evaluate("window.__violations || []")
    landed = []
    for old in old_addresses(imported):
        visit(page, base + old)
        landed.append(page.url)
        alarms += page.evaluate("window.__violations || []")
    assert alarms == []
    # The old addresses really led somewhere on this site (not a 404, not the old host).
    assert all(url.startswith(base) for url in landed), landed
    assert landed[0].endswith(imported[0].get_absolute_url()) and landed[1].endswith(imported[-1].get_absolute_url())
    assert landed[2].endswith("/about/")
    context.close()
