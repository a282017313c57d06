"""Agencies' lead images come in through the worker's polite client; bad ones are refused with a
reason on the image row, and the article is stored and public whatever happens to its image."""

import time
from datetime import UTC, datetime
from html import escape

import pytest
from huey.contrib.djhuey import HUEY

from newsdesk.articles.models import Article
from newsdesk.ingest import images, tasks
from newsdesk.media.models import Image
from newsdesk.sources.models import Source
from tests.media.pictures import HTML_PAGE, SVG_WITH_SCRIPT, picture, png_claiming

from .feeds_for_tests import WIRE_TEXT

JPEG = {"Content-Type": "image/jpeg"}


@pytest.fixture(autouse=True)
def fresh_workers(settings, tmp_path, private_fetch):
    """Workers' clients made from this test's settings; media kept in this test's folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    tasks._fetcher = tasks._image_fetcher = None
    HUEY.immediate = True
    yield
    HUEY.immediate = False
    tasks._fetcher = tasks._image_fetcher = None


def feed(site, image_url: str, page: bool = False) -> bytes:
    """One report; with `page`, the feed has a summary only and the page names the image."""
    body = "".join(f"<p>{p}</p>" for p in WIRE_TEXT * 3)
    media = "" if page else f'<media:content url="{escape(image_url)}" type="image/jpeg" medium="image"/>'
    content = "" if page else f"<content:encoded><![CDATA[{body}]]></content:encoded>"
    stamp = datetime(2024, 5, 2, 9, 30, tzinfo=UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>'
        f"<item><title>Syria: Talks Resume in Damascus</title><link>{site.url('/news/1.html')}</link>"
        f"<pubDate>{stamp}</pubDate><description>Talks resumed.</description>{content}{media}</item>"
        "</channel></rss>"
    ).encode()


def article_page(image_url: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in WIRE_TEXT * 2)
    return (
        f'<!DOCTYPE html><html><head><title>Talks</title><meta property="og:image" content="{image_url}">'
        "</head><body><article><h1>Syria: Talks Resume in Damascus</h1>"
        f'<figure><img src="{image_url}" alt="Delegates"><figcaption>Delegates arrive in Damascus on Monday'
        f"</figcaption></figure>{body}</article></body></html>"
    ).encode()


def ingest(site, image_route, image_url=None, page=False) -> tuple[Article, Image]:
    image_url = image_url or site.url("/photo.jpg")
    site.routes["/rss.xml"] = (200, feed(site, image_url, page), {"Content-Type": "application/rss+xml"})
    site.routes["/news/1.html"] = (200, article_page(image_url))
    site.routes["/photo.jpg"] = image_route
    source = Source.objects.create(feed_url=site.url("/rss.xml"), name="Wire", auto_publish=True,
                                   allow_private_address=True)
    tasks.poll_source(source.pk)
    return Article.objects.get(), Image.objects.get()


def assert_published_without_picture(client, article):
    assert Article.objects.published().filter(pk=article.pk).exists()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and b"<picture" not in response.content


@pytest.mark.django_db
def test_a_pages_lead_image_is_fetched_once_checked_and_shown_from_our_storage(site, client, portal):
    article, image = ingest(site, (200, picture(1400, 800), JPEG), page=True)
    assert image.status == "ready" and (image.width, image.height) == (1400, 800)
    assert image.caption == "Delegates arrive in Damascus on Monday"
    html = client.get(article.get_absolute_url()).content.decode()
    assert f"/media/{image.sha256}-640.webp 640w" in html and site.url("/photo.jpg") not in html
    assert client.get(f"/media/{image.sha256}-960.jpg").status_code == 200
    assert site.hits("/photo.jpg") == 1


@pytest.mark.django_db
def test_a_50_mb_image_is_refused_while_it_streams(site, client, portal):
    sent = []

    def huge(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "image/jpeg")  # no length announced: only streaming tells
        handler.end_headers()
        chunk = b"\xff" * 65536
        for _ in range(50 * 16):
            handler.wfile.write(chunk)
            sent.append(len(chunk))

    article, image = ingest(site, huge)
    assert image.status == "refused" and "larger than 15 MB" in image.error
    assert sum(sent) < 40 * 1024 * 1024  # the client hung up; the rest was never sent
    assert_published_without_picture(client, article)


@pytest.mark.django_db
def test_a_decompression_bomb_is_refused(site, client, portal):
    article, image = ingest(site, (200, png_claiming(50000, 50000), JPEG))
    assert image.status == "refused" and "too many pixels" in image.error
    assert_published_without_picture(client, article)


@pytest.mark.django_db
def test_an_image_Pillow_would_only_warn_about_is_refused_too(site, client, portal):
    article, image = ingest(site, (200, png_claiming(10000, 10000), {"Content-Type": "image/png"}))
    assert image.status == "refused" and "pixels" in image.error  # a warning would have let it through


@pytest.mark.django_db
def test_an_svg_with_script_is_refused(site, client, portal):
    article, image = ingest(site, (200, SVG_WITH_SCRIPT, {"Content-Type": "image/svg+xml"}))
    assert image.status == "refused" and "SVG refused" in image.error
    assert not list(image_files())
    assert_published_without_picture(client, article)


@pytest.mark.django_db
def test_an_html_page_served_as_jpeg_is_refused(site, client, portal):
    article, image = ingest(site, (200, HTML_PAGE, JPEG))
    assert image.status == "refused" and "not a JPEG, PNG, WebP or GIF image (an HTML page)" in image.error
    assert_published_without_picture(client, article)


@pytest.mark.django_db
def test_a_missing_image_is_recorded_and_not_retried(site, client, portal):
    article, image = ingest(site, (404, b"not found"))
    assert image.status == "failed" and "HTTP 404" in image.error and image.attempts == 1
    assert_published_without_picture(client, article)


@pytest.mark.django_db
def test_an_image_on_a_private_address_is_refused_without_a_request(site, client, portal, settings):
    settings.NEWSDESK_ALLOW_PRIVATE_FETCH = False  # the source's own host is trusted, no other
    other_host = site.url("/photo.jpg").replace("127.0.0.1", "localhost")
    article, image = ingest(site, (200, picture(800, 600), JPEG), image_url=other_host)
    assert image.status == "refused" and "loopback" in image.error
    assert site.hits("/photo.jpg") == 0
    assert_published_without_picture(client, article)


@pytest.mark.django_db
def test_a_timeout_is_retried_later_then_given_up(site, client, portal, settings):
    settings.NEWSDESK_FETCH_TOTAL_TIMEOUT = 0.5

    def stalled(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "image/jpeg")
        handler.end_headers()
        time.sleep(1.5)

    article, image = ingest(site, stalled)
    assert image.status == "pending" and image.error.startswith("will retry: timed out") and image.attempts == 1
    assert_published_without_picture(client, article)
    Image.objects.filter(pk=image.pk).update(attempts=images.MAX_ATTEMPTS - 1)
    outcome = images.fetch(image.pk, tasks.image_fetcher(), article.pk)
    image.refresh_from_db()
    assert outcome == "failed" and image.status == "failed" and "timed out" in image.error


def image_files():
    from django.conf import settings

    return (p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()) if settings.MEDIA_ROOT.exists() else iter(())
