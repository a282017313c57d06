"""Sets the site up as the seed's portal and fills it with generated agency reports."""

import logging
import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from newsdesk.articles import counts
from newsdesk.articles.models import Article, Place, Section
from newsdesk.media.models import LeadImage
from newsdesk.portal.models import Portal
from newsdesk.search import indexing
from newsdesk.stories import bulk, embedding

from . import content, images
from .lexicon import SECTION_NAMES
from .wire import Wire

log = logging.getLogger(__name__)
BATCH = 2000
STORY_DAYS = 3
PICTURED = 3  # of every 4 reports show their place's picture: the site has pages with and without


def configure_portal() -> Portal:
    portal = Portal.objects.filter(pk=1).first() or Portal(pk=1)
    portal.name = "Islamic Invitation Turkey"
    portal.tagline = "News from agencies, every day"
    portal.name_tr, portal.tagline_tr = "İslami Davet Türkiye", "Ajanslardan haberler, her gün"
    portal.name_ar, portal.tagline_ar = "الدعوة الإسلامية تركيا", "أخبار الوكالات كل يوم"
    portal.facebook_url = "https://www.facebook.com/"
    portal.twitter_url = "https://twitter.com/"
    portal.youtube_url = "https://www.youtube.com/"
    portal.time_zone = "Europe/Istanbul"
    portal.languages = "en,tr,ar"
    portal.save()
    return portal


def taxonomy() -> tuple[dict[str, Section], dict[str, Place]]:
    sections = {
        name: Section.objects.update_or_create(slug=slugify(name), defaults={
            "name": name, "name_tr": SECTION_NAMES["tr"].get(name, ""), "name_ar": SECTION_NAMES["ar"].get(name, ""),
        })[0]
        for name in content.SECTIONS
    }
    places = {
        name: Place.objects.get_or_create(slug=slugify(name), defaults={"name": name, "code": code})[0]
        for name, code, *_ in content.COUNTRIES
    }
    return sections, places


def publication_days(rng: random.Random, portal: Portal, total: int):
    """(day, sorted times) for `total` reports, newest day first, never later than now."""
    now = timezone.now()
    day = portal.today()
    made = 0
    while made < total:
        start, end = portal.day_bounds(day)
        n = min(content.daily_volume(rng, day.weekday()), total - made)
        span = (min(end, now) - start).total_seconds()
        if span > 0:
            yield day, sorted(start + timedelta(seconds=rng.uniform(0, span)) for _ in range(n))
            made += n
        day -= timedelta(days=1)


def populate(articles: int, seed: int = 2018, progress=None, split: dict[str, float] | None = None) -> int:
    """Add `articles` generated reports, their languages in the proportions of `split`
    (content.LANGUAGE_SPLIT by default); returns how many were stored."""
    rng = random.Random(seed)
    wire = Wire(rng, split)
    portal = configure_portal()
    sections, places = taxonomy()
    pictures = images.place_pictures(list(places))
    taken = set(Article.objects.values_list("slug", flat=True))
    batch: list[tuple[Article, list[Place]]] = []
    stored = 0
    for day, moments in publication_days(rng, portal, articles):
        for report in wire.day(moments, day):
            batch.append(build(report, sections, places, taken))
        if len(batch) >= BATCH:
            stored += save_batch(batch, pictures)
            batch = []
            if progress:
                progress(stored)
    stored += save_batch(batch, pictures)
    counts.rebuild(portal)
    log.info("demo content: %s articles stored", stored)
    assign_stories()
    return stored


def assign_stories() -> None:
    """The demo's recent reports of one event, from several agencies and languages, as stories.
    Only the last STORY_DAYS (what the front pages show): the model reads about twenty reports a
    second per core, so the whole archive would hold up `make run` for hours; `newsdesk stories
    rebuild` does the rest when wanted."""
    fields = ("headline", "summary", "body", "language", "published_at", "created_at")
    since = timezone.now() - timedelta(days=STORY_DAYS)
    articles = list(Article.objects.filter(story_version__isnull=True, published_at__gte=since).only(*fields))
    try:
        made = bulk.fresh(articles)
    except embedding.ModelUnavailable as exc:
        log.warning("demo content has no stories: %s", exc)
        return
    log.info("demo content: %s stories of %s articles", made, len(articles))


def build(report: content.Report, sections, places, taken: set[str]) -> tuple[Article, list[Place]]:
    slug = base = (slugify(report.headline, allow_unicode=True) or "report")[:100].strip("-")
    n = 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    article = Article(
        headline=report.headline,
        slug=slug,
        summary=report.summary,
        body=report.body_html,
        language=report.language,
        published_at=report.published_at,
        status=Article.Status.PUBLISHED,
        section=sections[report.section],
        agency=report.agency,
        author=report.author,
    )
    return article, [places[report.country]] + [places[o] for o in report.others]


def save_batch(batch, pictures: dict[tuple[str, str], int] | None = None) -> int:
    if not batch:
        return 0
    Through = Article.places.through
    with transaction.atomic():
        # bulk_create skips save() and its signals: counts are rebuilt once at the end, the search
        # index is written here with the batch; bodies are our own escaped text.
        created = Article.objects.bulk_create([a for a, _ in batch], batch_size=500)
        links = [Through(article_id=a.pk, place_id=p.pk) for a, (_, ps) in zip(created, batch, strict=True) for p in ps]
        Through.objects.bulk_create(links, batch_size=1000, ignore_conflicts=True)
        if pictures:
            LeadImage.objects.bulk_create(lead_images(created, batch, pictures), batch_size=1000)
        indexing.follow(created)
    return len(created)


def lead_images(created, batch, pictures: dict[tuple[str, str], int]) -> list[LeadImage]:
    """The picture of each report's main place (captioned in its language), for PICTURED of every
    4 reports."""
    return [
        LeadImage(article_id=a.pk, image_id=pictures[ps[0].name, a.language])
        for a, (_, ps) in zip(created, batch, strict=True)
        if a.pk % 4 < PICTURED and ps and (ps[0].name, a.language) in pictures
    ]
