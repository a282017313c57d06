"""The image rows: an article's lead image attached, then accepted (checked and stored) or
refused with its reason. A refusal is recorded on the row; it never touches the article."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from newsdesk.articles import tags

from . import storage
from .checks import ImageRefused, inspect
from .models import Image, LeadImage

logger = logging.getLogger(__name__)
MAX_URL = 1000


def attach(article_id: int, url: str, caption: str = "") -> Image | None:
    """Link the article to the image at `url` (one row per address, shared by every report that
    uses it). None when the address cannot be kept (too long: a data: URL, say)."""
    url = url.strip()
    if not url or len(url) > MAX_URL:
        return None
    image = image_at(url, caption.strip()[:500])
    LeadImage.objects.update_or_create(article_id=article_id, defaults={"image": image})
    return image


def image_at(url: str, caption: str) -> Image:
    try:
        with transaction.atomic():
            image, created = Image.objects.get_or_create(source_url=url, defaults={"caption": caption})
    except IntegrityError:  # another worker created it between our read and our insert
        image, created = Image.objects.get(source_url=url), False
    if not created and caption and not image.caption:
        Image.objects.filter(pk=image.pk).update(caption=caption)
    return image


def accept(image_id: int, data: bytes, content_type: str = "") -> str:
    """Check and store the fetched bytes; returns the row's new status."""
    try:
        checked = inspect(data, content_type)
    except ImageRefused as exc:
        return refuse(image_id, str(exc))
    sha256 = storage.keep_original(data)
    storage.make_renditions(sha256, storage.renditions.widths_for(checked.width))
    Image.objects.filter(pk=image_id).update(
        status=Image.Status.READY, sha256=sha256, width=checked.width, height=checked.height,
        format=checked.format, error="", fetched_at=timezone.now(),
    )
    for article_id in LeadImage.objects.filter(image_id=image_id).values_list("article_id", flat=True):
        tags.bump_for(tags.stored_state(article_id))  # the pages that show it are drawn again
    logger.info("image %s kept as %s (%dx%d %s)", image_id, sha256[:12], checked.width, checked.height, checked.format)
    return Image.Status.READY


def refuse(image_id: int, reason: str, status: str = Image.Status.REFUSED) -> str:
    logger.warning("image %s %s: %s", image_id, status, reason)
    Image.objects.filter(pk=image_id).update(status=status, error=reason[:2000], fetched_at=timezone.now())
    return status


def note_retry(image_id: int, reason: str) -> None:
    """A passing failure: the row stays pending, with the reason shown until the next try."""
    Image.objects.filter(pk=image_id).update(error=f"will retry: {reason}"[:2000])
