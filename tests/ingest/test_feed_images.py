"""The lead image a feed item names: an image, never the video or audio it also carries."""

from datetime import UTC, datetime

from newsdesk.ingest.feeds import parse

NOW = datetime(2024, 5, 2, tzinfo=UTC)


def item(media: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>'
        f"<title>Wire</title><item><title>Talks</title><link>https://wire.example/1</link>{media}</item>"
        "</channel></rss>"
    ).encode()


def image_of(media: str) -> str:
    return parse(item(media), "https://wire.example/rss", now=NOW).entries[0].image


def test_a_video_in_media_content_is_not_taken_for_the_lead_image():
    assert image_of(
        '<media:content url="https://wire.example/clip.mp4" type="video/mp4" medium="video"/>'
        '<enclosure url="https://wire.example/photo.jpg" type="image/jpeg" length="1000"/>'
    ) == "https://wire.example/photo.jpg"


def test_the_full_image_enclosed_comes_before_the_thumbnail():
    assert image_of(
        '<media:thumbnail url="https://wire.example/small.jpg"/>'
        '<enclosure url="https://wire.example/large.jpg" type="image/jpeg" length="1000"/>'
    ) == "https://wire.example/large.jpg"


def test_an_enclosure_without_a_type_is_taken_when_its_name_is_an_images():
    assert image_of('<enclosure url="https://wire.example/news.mp3" length="1"/>') == ""
    assert image_of('<enclosure url="https://wire.example/photo.JPG" length="1"/>') == "https://wire.example/photo.JPG"
