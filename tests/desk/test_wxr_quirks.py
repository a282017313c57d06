"""What real WordPress exports carry besides the textbook case, each in a small export written
here: split CDATA, serialized PHP in post meta, attachments, empty titles, a zero GMT date,
entities and other encodings, bytes XML forbids, duplicate slugs, nested categories, categories
written as <wp:term>, a very large post, WordPress.com's export and the block editor's markup."""

from datetime import UTC, datetime

import pytest
from django.core.management.base import CommandError

from newsdesk.articles.models import Article
from newsdesk.desk.models import Redirect

BASE = "http://old.example.org"
HEAD = """<?xml version="1.0" encoding="{encoding}"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Old</title><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>{site}</wp:base_site_url><wp:base_blog_url>{blog}</wp:base_blog_url>
"""


def post(n: int, content: str = "Officials said the talks went on through the night.", *, title: str | None = None,
         slug: str = "", gmt: str = "2019-03-04 09:00:00", extra: str = "", post_type: str = "post") -> str:
    title = f"<![CDATA[Report {n}]]>" if title is None else title
    return f"""<item><title>{title}</title><link>{BASE}/?p={n}</link>
<guid isPermaLink="false">{BASE}/?p={n}</guid><content:encoded><![CDATA[{content}]]></content:encoded>
<wp:post_id>{n}</wp:post_id><wp:post_date>2019-03-04 12:00:00</wp:post_date><wp:post_date_gmt>{gmt}</wp:post_date_gmt>
<wp:post_name>{slug or f"report-{n}"}</wp:post_name><wp:status>publish</wp:status><wp:post_type>{post_type}</wp:post_type>
{extra}</item>
"""


def export(*items: str, terms: str = "", encoding: str = "UTF-8", site: str = BASE, blog: str = BASE) -> str:
    return HEAD.format(encoding=encoding, site=site, blog=blog) + terms + "".join(items) + "</channel></rss>"


@pytest.fixture
def imported(write_export, run_import):
    def run(text: str, **kwargs):
        return run_import(write_export(text, **kwargs))

    return run


def test_cdata_split_around_its_own_end_marker_is_read_whole(imported):
    # WordPress writes "]]>" inside a post as "]]]]><![CDATA[>": two sections, one text.
    imported(export(post(1, "The array a[b[0]]]]><![CDATA[> was printed.")))
    assert "a[b[0]]&gt; was printed" in Article.objects.get().body


def test_serialized_php_meta_is_kept_apart_and_the_featured_image_found(imported):
    meta = (
        '<wp:postmeta><wp:meta_key>_wp_attachment_metadata</wp:meta_key><wp:meta_value><![CDATA['
        'a:2:{s:5:"width";i:640;s:4:"file";s:14:"2019/03/a].jpg";}]]></wp:meta_value></wp:postmeta>'
        "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>77</wp:meta_value></wp:postmeta>"
    )
    attachment = (
        f"<item><title>a</title><link>{BASE}/?attachment_id=77</link><guid>{BASE}/a.jpg</guid>"
        "<wp:post_id>77</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
        f"<wp:attachment_url>{BASE}/wp-content/uploads/2019/03/a.jpg</wp:attachment_url>{meta}</item>"
    )
    out = imported(export(post(1, extra=meta), attachment))
    assert Article.objects.get().lead_image_url == f"{BASE}/wp-content/uploads/2019/03/a.jpg"
    assert "2 created" in out  # the attachment is an item of its own, remembered but no article


def test_a_post_without_a_title_takes_its_opening_words(imported):
    imported(export(post(1, "Rescue teams reached the village before dawn on Tuesday after the storm cut the "
                            "only road for two days.", title="")))
    # Up to 80 characters, ending on a whole word.
    assert Article.objects.get().headline == "Rescue teams reached the village before dawn on Tuesday after the storm cut the"


def test_a_published_post_with_a_zero_gmt_date_is_read_in_the_sites_zone(imported):
    imported(export(post(1, gmt="0000-00-00 00:00:00")))  # the portal's zone is Istanbul (UTC+3)
    assert Article.objects.get().published_at == datetime(2019, 3, 4, 9, 0, tzinfo=UTC)


def test_entities_in_titles_and_excerpts_are_read_once(imported):
    title = "Tom &amp;amp; Jerry&amp;#8217;s &lt;b&gt;day&lt;/b&gt;"  # escaped for XML, then as WordPress stores it
    extra = "<excerpt:encoded><![CDATA[Prices rose 5&nbsp;% &mdash; again.]]></excerpt:encoded>"
    imported(export(post(1, title=title, extra=extra)))
    article = Article.objects.get()
    assert article.headline == "Tom & Jerry\u2019s day"
    assert article.summary == "Prices rose 5 % \u2014 again."  # a summary is plain text, one space apart


def test_an_export_in_latin_1_is_read_in_its_own_encoding(imported, write_export, run_import):
    text = export(post(1, "Le ministre a annoncé une réforme du système de santé, débattue depuis des mois à Paris.",
                       title="<![CDATA[Réforme annoncée]]>"), encoding="ISO-8859-1")
    run_import(write_export_bytes(write_export, text.encode("iso-8859-1")))
    article = Article.objects.get()
    assert article.headline == "Réforme annoncée" and "annoncé une réforme" in article.body
    assert article.language == "fr"


def write_export_bytes(write_export, data: bytes):
    path = write_export("")
    path.write_bytes(data)
    return path


def test_bytes_xml_forbids_stop_the_import_naming_where(write_export, run_import):
    # A form feed pasted into a post, or a Windows-1252 quote in a file that says UTF-8: WordPress
    # exports them as they are, and no XML reader may accept them.
    for bad in (b"\x0c", b"\x92"):
        data = export(post(1), post(2, "before X after")).encode().replace(b"X", bad)
        with pytest.raises(CommandError, match=r"line \d+, column \d+.*nothing was imported"):
            run_import(write_export_bytes(write_export, data))
        assert not Article.objects.exists()


def test_duplicate_slugs_get_their_own_addresses_and_old_links(imported, client):
    imported(export(post(1, slug="talks"), post(2, "A second report on the talks, from the other side.", slug="talks")))
    first, second = Article.objects.order_by("pk")
    assert (first.slug, second.slug) == ("talks", "talks-2")
    assert client.get("/?p=1").url == first.get_absolute_url()
    assert client.get("/?p=2").url == second.get_absolute_url()
    # The first one's old dated address is its new one too (same day in the same zone).
    assert first.get_absolute_url() == "/2019/03/04/talks/" and client.get("/2019/03/04/talks/").status_code == 200


CATEGORIES = """<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>world</wp:category_nicename>
<wp:category_parent></wp:category_parent><wp:cat_name>World</wp:cat_name></wp:category>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>middle-east</wp:category_nicename>
<wp:category_parent>world</wp:category_parent><wp:cat_name>Middle East</wp:cat_name></wp:category>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>gulf</wp:category_nicename>
<wp:category_parent>middle-east</wp:category_parent><wp:cat_name>Gulf</wp:cat_name></wp:category>
<wp:term><wp:term_id>4</wp:term_id><wp:term_taxonomy>category</wp:term_taxonomy><wp:term_slug>economy</wp:term_slug>
<wp:term_parent>world</wp:term_parent><wp:term_name><![CDATA[Economy]]></wp:term_name></wp:term>
"""


def test_nested_categories_keep_their_full_addresses(imported, client):
    filed = '<category domain="category" nicename="gulf"><![CDATA[Gulf]]></category>'
    imported(export(post(1, extra=filed), terms=CATEGORIES))
    assert Article.objects.get().section.slug == "gulf"
    for old in ("/category/world/middle-east/gulf/", "/category/gulf/", "/category/world/middle-east/gulf/feed/"):
        response = client.get(old)
        assert response.status_code == 301, old
    assert client.get("/category/world/middle-east/gulf/").url == "/section/gulf/"
    assert client.get("/category/world/middle-east/").url == "/section/middle-east/"


def test_a_category_written_as_wp_term_is_a_category(imported, client):
    imported(export(post(1), terms=CATEGORIES))
    assert client.get("/category/world/economy/").url == "/section/economy/"
    assert Redirect.objects.filter(old="/category/economy").exists()


def test_a_very_large_post_comes_over_whole(imported):
    paragraph = "The committee heard evidence from every ministry over three days of sessions. " * 40
    content = "\n\n".join(f"{n} {paragraph}" for n in range(1000))  # 3 MB, a transcript pasted whole
    imported(export(post(1, content)))
    body = Article.objects.get().body
    assert len(body) > 3_000_000 and body.count("<p>") == 1000 and body.rstrip().endswith("sessions.</p>")


def test_a_wordpress_com_export_links_to_the_blog_not_to_wordpress_com(imported):
    content = ('See <a href="/2019/03/01/earlier/">the earlier report</a>.\n\n'
               "[youtube=https://www.youtube.com/watch?v=abc123&amp;w=640]\n\n"
               '<img src="https://oldnews.files.wordpress.com/2019/03/map.jpg" alt="Map" />')
    imported(export(post(1, content), site="http://wordpress.com/", blog="https://oldnews.wordpress.com"))
    body = Article.objects.get().body
    assert 'href="https://oldnews.wordpress.com/2019/03/01/earlier/"' in body
    assert 'href="https://www.youtube.com/watch?v=abc123&amp;w=640"' in body
    assert 'src="https://oldnews.files.wordpress.com/2019/03/map.jpg"' in body


BLOCK_POST = """<!-- wp:paragraph -->
<p>Talks resumed on Monday in the capital.</p>
<!-- /wp:paragraph -->

<!-- wp:image {"id":12,"sizeSlug":"large","linkDestination":"none"} -->
<figure class="wp-block-image size-large"><img src="http://old.example.org/wp-content/uploads/a.jpg" alt="Delegates" class="wp-image-12"/><figcaption class="wp-element-caption">Delegates arrive</figcaption></figure>
<!-- /wp:image -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:paragraph -->
<p>The next round follows
within days.</p>
<!-- /wp:paragraph -->

<!-- wp:latest-posts {"postsToShow":3} /-->"""


def test_block_editor_posts_keep_their_own_paragraphs_and_figures(imported):
    imported(export(post(1, BLOCK_POST)))
    body = Article.objects.get().body
    assert "wp:" not in body and "<!--" not in body and "<br" not in body and "<p></p>" not in body
    assert body.count("<p>") == 2 and "<p>Talks resumed on Monday in the capital.</p>" in body
    assert '<figure><img src="http://old.example.org/wp-content/uploads/a.jpg" alt="Delegates"' in body
    assert "<figcaption>Delegates arrive</figcaption></figure>" in body
