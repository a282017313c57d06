"""The lead image a syndication item names: Media RSS content or thumbnail, or an image enclosure.
Pure: takes feedparser's item.

Media RSS also carries video and audio in media:content, and podcasts enclose audio: only what
says it is an image (or says nothing and has an image's file name) is taken.
"""

from urllib.parse import urlsplit

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


def syndication_image(item) -> str:
    for media in item.get("media_content", []):
        if media.get("url") and is_image(media.get("type", ""), media.get("medium", ""), media["url"]):
            return media["url"]
    for enclosure in item.get("enclosures", []):
        href = enclosure.get("href", "")
        if href and is_image(enclosure.get("type", ""), "", href):
            return href
    # A thumbnail is a still image whatever it illustrates (a video's poster frame too).
    for thumbnail in item.get("media_thumbnail", []):
        if thumbnail.get("url"):
            return thumbnail["url"]
    return ""


def is_image(content_type: str, medium: str, url: str) -> bool:
    if content_type or medium:
        return content_type.startswith("image/") or medium == "image"
    return urlsplit(url).path.lower().endswith(IMAGE_SUFFIXES)
