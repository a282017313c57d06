"""Kept images are stored once per content and shown as responsive renditions from our storage."""

from io import BytesIO

import pytest
from django.template import Context, Template
from PIL import Image as Pillow

from newsdesk.media import records, storage
from newsdesk.media.models import Image, LeadImage

from .pictures import picture


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def lead(article, data: bytes, url="https://agency.example/photo.jpg", caption="") -> Image:
    image = records.attach(article.pk, url, caption)
    records.accept(image.pk, data, "image/jpeg")
    image.refresh_from_db()
    return image


def decoded(response) -> Pillow.Image:
    return Pillow.open(BytesIO(b"".join(response.streaming_content)))


@pytest.mark.django_db
def test_a_large_photo_gets_webp_and_jpeg_renditions_at_the_standard_widths(client, make_article, media_root, portal):
    image = lead(make_article(), picture(2000, 1000))
    assert image.status == "ready" and (image.width, image.height, image.format) == (2000, 1000, "JPEG")
    for width in (320, 640, 960, 1280):
        for ext, fmt in (("webp", "WEBP"), ("jpg", "JPEG")):
            response = client.get(f"/media/{image.sha256}-{width}.{ext}")
            assert response.status_code == 200
            assert "immutable" in response["Cache-Control"] and "max-age=31536000" in response["Cache-Control"]
            shown = decoded(response)
            assert (shown.format, shown.size) == (fmt, (width, width // 2))
    assert client.get(f"/media/{image.sha256}-2000.jpg").status_code == 404  # not a width we offer


@pytest.mark.django_db
def test_a_small_image_is_never_enlarged(client, make_article, media_root, portal):
    image = lead(make_article(), picture(500, 300, "PNG"))
    assert image.widths() == [320, 500]
    assert decoded(client.get(f"/media/{image.sha256}-500.webp")).size == (500, 300)
    assert client.get(f"/media/{image.sha256}-640.webp").status_code == 404


@pytest.mark.django_db
def test_the_article_page_shows_a_responsive_picture_with_its_caption_as_alt(client, make_article, media_root, portal):
    article = make_article()
    image = lead(article, picture(1600, 900), caption="Delegates arrive in Damascus")
    html = client.get(article.get_absolute_url()).content.decode()
    webp = ", ".join(f"/media/{image.sha256}-{w}.webp {w}w" for w in (320, 640, 960, 1280))
    assert f'<source type="image/webp" srcset="{webp}"' in html
    assert f'srcset="/media/{image.sha256}-320.jpg 320w,' in html
    # At the top of the article: loaded at once, as the page's largest paint; lower down, lazily.
    assert 'width="1280" height="720" fetchpriority="high"' in html and 'loading="lazy"' not in html
    further_down = Template("{% load lead_images %}{% lead_picture article %}").render(Context({"article": article}))
    assert 'width="1280" height="720" loading="lazy"' in further_down
    assert 'alt="Delegates arrive in Damascus"' in html and "<figcaption>Delegates arrive in Damascus</figcaption>" in html
    assert f'<meta property="og:image" content="http://testserver/media/{image.sha256}-1280.jpg">' in html
    assert "agency.example" not in html  # readers never load the agency's copy


@pytest.mark.django_db
def test_without_a_caption_the_headline_is_the_alt_text(client, make_article, media_root, portal):
    article = make_article(headline="Iraq: New Bridge Opens in Basra")
    lead(article, picture(800, 600))
    html = client.get(article.get_absolute_url()).content.decode()
    assert 'alt="Iraq: New Bridge Opens in Basra"' in html and 'width="800" height="600"' in html


@pytest.mark.django_db
def test_the_same_picture_at_two_addresses_is_stored_once(make_article, media_root):
    data = picture(1000, 700)
    first = lead(make_article(headline="One"), data, url="https://a.example/1.jpg")
    second = lead(make_article(headline="Two"), data, url="https://b.example/other-name.jpg")
    assert first.pk != second.pk and first.sha256 == second.sha256 == storage.digest(data)
    originals = [p for p in (media_root / "originals").rglob("*") if p.is_file()]
    assert len(originals) == 1 and originals[0].read_bytes() == data
    assert len(list((media_root / "renditions").rglob("*-640.webp"))) == 1


@pytest.mark.django_db
def test_an_article_whose_image_file_is_lost_still_answers(client, make_article, media_root, portal):
    article = make_article()
    image = lead(article, picture(700, 400))
    for path in media_root.rglob("*"):
        if path.is_file():
            path.unlink()
    assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get(f"/media/{image.sha256}-320.webp").status_code == 404


@pytest.mark.django_db
def test_a_refused_or_pending_image_shows_nothing(client, make_article, media_root, portal):
    refused, pending = make_article(headline="Refused one"), make_article(headline="Pending one")
    records.refuse(records.attach(refused.pk, "https://a.example/x.svg").pk, "SVG refused")
    records.attach(pending.pk, "https://a.example/y.jpg")
    for article in (refused, pending):
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200 and b"<picture" not in response.content
    assert LeadImage.objects.count() == 2


@pytest.mark.django_db
def test_a_damaged_image_row_leaves_the_page_standing(client, make_article, media_root, portal):
    article = make_article()
    image = records.attach(article.pk, "https://agency.example/damaged.jpg")
    Image.objects.filter(pk=image.pk).update(status="ready", sha256="not a hash", width=640, height=480)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200 and b"<picture" not in response.content and b"og:image" not in response.content
