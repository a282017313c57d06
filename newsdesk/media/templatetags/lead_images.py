"""{% lead_picture article %}: the article's lead image as a responsive <picture>, or nothing.

Views that show it should select_related("leadimage__image") so it costs no query of its own.
"""

import logging

from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse

register = template.Library()
logger = logging.getLogger(__name__)
SIZES = "(max-width: 46rem) 100vw, 44rem"  # the article column (site.css: .article)


def ready_image(article):
    """The article's image when it can be shown, else None (no link, not fetched, refused)."""
    try:
        image = article.leadimage.image
    except (ObjectDoesNotExist, AttributeError):
        return None
    return image if image.ready else None


def rendition(image, width: int, ext: str) -> str:
    return reverse("media-rendition", args=[image.sha256, width, ext])


def srcset(stem: str, widths: list[int], ext: str) -> str:
    """`stem`: a rendition's address up to its width (`/media/<sha256>`). The addresses differ
    only in width and format, neither of which needs quoting: one reverse() an image, not 13."""
    return ", ".join(f"{stem}-{w}.{ext} {w}w" for w in widths)


def picture_context(article) -> dict:
    """Worked out once per article object: an article's page shows the picture and names it in
    og:image and in its JSON-LD, some 30 reversed addresses each time."""
    if not hasattr(article, "_picture_context"):
        article._picture_context = drawn_picture_context(article)
    return article._picture_context


def drawn_picture_context(article) -> dict:
    image = ready_image(article)
    if image is None:
        return {}
    widths = image.widths()
    largest = widths[-1]
    src = rendition(image, largest, "jpg")
    stem = src.removesuffix(f"-{largest}.jpg")
    return {
        "webp_srcset": srcset(stem, widths, "webp"),
        "jpeg_srcset": srcset(stem, widths, "jpg"),
        "src": src,
        "sizes": SIZES,
        "width": largest,
        "height": image.height_at(largest),
        "alt": image.caption or article.headline,
        "caption": image.caption,
    }


@register.inclusion_tag("media/picture.html")
def lead_picture(article, first_screen=False):
    """`first_screen`: the picture is seen without scrolling (a front page's lead), so it loads at
    once rather than lazily, as the page's largest paint."""
    try:
        return {**picture_context(article), "first_screen": first_screen}
    except Exception:  # a broken image row must never break the page around it
        logger.exception("lead image of article %s could not be shown", getattr(article, "pk", None))
        return {}


def lead_image_path(article) -> str:
    """The path of the largest JPEG rendition (for og:image, JSON-LD and feeds), or ""."""
    try:
        return picture_context(article).get("src", "")
    except Exception:  # as for the picture: the page goes on without it
        logger.exception("lead image of article %s could not be named", getattr(article, "pk", None))
        return ""


@register.simple_tag(takes_context=True)
def lead_image_src(context, article) -> str:
    """The absolute address of the largest JPEG rendition (for og:image), or ""."""
    path = lead_image_path(article)
    request = context.get("request")
    return request.build_absolute_uri(path) if request and path else path
