"""The demo shows pictures: the demo agency serves one per report and names it in its page and
feed, so ingestion brings it in; the demo site generator shares a few among its reports."""

import time
from io import BytesIO
from urllib.request import urlopen

import pytest
from django.core.management import call_command
from huey.contrib.djhuey import HUEY
from PIL import Image as Pillow

from newsdesk.articles.models import Article
from newsdesk.demo import images
from newsdesk.demo.agency import Agency, register_demo_source, serve
from newsdesk.demo.content import COUNTRIES
from newsdesk.ingest import tasks
from newsdesk.media.models import Image, LeadImage


@pytest.fixture
def agency_base():
    server = serve(Agency(seed=5, feed_size=3), port=0)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def test_each_demo_report_has_its_own_picture_named_in_its_page_and_feed(agency_base):
    agency = Agency(seed=5)
    k = agency.latest(time.time())
    while agency.report(k).language != "en":  # the latest report in the English edition
        k -= 1
    page = agency.article(k, time.time())
    place = agency.report(k).country
    assert f'<meta property="og:image" content="/images/{k}.jpg">' in page
    assert f'<figure class="lead"><img src="/images/{k}.jpg" alt="A view of {place} (illustration)">' in page
    assert f"<figcaption>A view of {place} (illustration)</figcaption>" in page
    feed = urlopen(agency_base + "/rss.xml").read().decode()
    assert f'<media:content url="{agency_base}/images/{k}.jpg" type="image/jpeg" medium="image"/>' in feed
    first, again = (urlopen(f"{agency_base}/images/{k}.jpg").read() for _ in range(2))
    assert first == again and Pillow.open(BytesIO(first)).size == (1200, 675)
    with pytest.raises(Exception, match="404"):
        urlopen(f"{agency_base}/images/{k + 10}.jpg")  # not published yet


@pytest.mark.django_db
def test_reports_taken_from_the_demo_agency_show_its_pictures(agency_base, settings, media_root, client, portal):
    settings.NEWSDESK_FETCH_MIN_DELAY = 0
    source = register_demo_source(agency_base + "/rss.xml")
    tasks._fetcher = tasks._image_fetcher = None
    HUEY.immediate = True
    try:
        tasks.poll_source(source.pk)
    finally:
        HUEY.immediate = False
        tasks._fetcher = tasks._image_fetcher = None
    leads = LeadImage.objects.select_related("image", "article")
    assert leads.count() == 3 and all(lead.image.status == "ready" for lead in leads)
    lead = leads.first()
    assert lead.image.caption.startswith("A view of ") and lead.image.width == 1200
    html = client.get(lead.article.get_absolute_url()).content.decode()
    assert f"/media/{lead.image.sha256}-1200.webp 1200w" in html and agency_base + "/images" not in html


@pytest.mark.django_db
def test_the_demo_site_shares_a_few_pictures_among_its_reports_without_network(media_root, client):
    call_command("demo", articles=40)
    leads = LeadImage.objects.select_related("image", "article")
    assert 20 <= leads.count() < 40
    # One picture per place and language, captioned in the language of the reports that show it.
    assert Image.objects.count() <= 3 * len(COUNTRIES) and not Image.objects.exclude(status="ready").exists()
    for lead in leads:
        places = lead.article.places.values_list("name", flat=True)
        assert lead.image.caption in {images.caption(place, lead.article.language) for place in places}
    article = leads.first().article
    html = client.get(article.get_absolute_url()).content.decode()
    sha = leads.first().image.sha256
    assert "<picture>" in html and client.get(f"/media/{sha}-640.jpg").status_code == 200
    assert Article.objects.exclude(pk__in=leads.values("article_id")).exists()
