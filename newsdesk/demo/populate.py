"""Sets the site up as the seed's portal and fills it with generated agency reports."""

import logging
import random
from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from newsdesk.articles import counts
from newsdesk.articles.models import Article, Place, Section
from newsdesk.portal.models import Portal
from newsdesk.search import indexing

from . import content

log = logging.getLogger(__name__)
BATCH = 2000


def configure_portal() -> Portal:
    portal = Portal.objects.filter(pk=1).first() or Portal(pk=1)
    portal.name = "Islamic Invitation Turkey"
    portal.tagline = "News from agencies, every day"
    portal.facebook_url = "https://www.facebook.com/"
    portal.twitter_url = "https://twitter.com/"
    portal.youtube_url = "https://www.youtube.com/"
    portal.time_zone = "Europe/Istanbul"
    portal.languages = "en,tr,ar"
    portal.save()
    return portal


def taxonomy() -> tuple[dict[str, Section], dict[str, Place]]:
    sections = {
        name: Section.objects.get_or_create(slug=slugify(name), defaults={"name": name})[0]
        for name in content.SECTIONS
    }
    places = {
        name: Place.objects.get_or_create(slug=slugify(name), defaults={"name": name, "code": code})[0]
        for name, code, *_ in content.COUNTRIES
    }
    return sections, places


def publication_times(rng: random.Random, portal: Portal, total: int):
    """Times for `total` reports, newest day first, never later than now."""
    now = timezone.now()
    day = portal.today()
    made = 0
    while made < total:
        start, end = portal.day_bounds(day)
        n = min(content.daily_volume(rng, day.weekday()), total - made)
        span = (min(end, now) - start).total_seconds()
        for _ in range(n if span > 0 else 0):
            yield start + timedelta(seconds=rng.uniform(0, span))
            made += 1
        day -= timedelta(days=1)


def populate(articles: int, seed: int = 2018, progress=None) -> int:
    """Add `articles` generated reports; returns how many were stored."""
    rng = random.Random(seed)
    portal = configure_portal()
    sections, places = taxonomy()
    taken = set(Article.objects.values_list("slug", flat=True))
    batch: list[tuple[Article, list[Place]]] = []
    stored = 0
    for moment in publication_times(rng, portal, articles):
        batch.append(build(rng, moment, sections, places, taken))
        if len(batch) >= BATCH:
            stored += save_batch(batch)
            batch = []
            if progress:
                progress(stored)
    stored += save_batch(batch)
    counts.rebuild(portal)
    log.info("demo content: %s articles stored", stored)
    return stored


def build(rng, moment: datetime, sections, places, taken: set[str]) -> tuple[Article, list[Place]]:
    report = content.make_report(rng, moment)
    slug = base = slugify(report.headline)[:100]
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
        language="en",
        published_at=moment,
        status=Article.Status.PUBLISHED,
        section=sections[report.section],
        agency=report.agency,
    )
    return article, [places[report.country]] + [places[o] for o in report.others]


def save_batch(batch) -> int:
    if not batch:
        return 0
    Through = Article.places.through
    with transaction.atomic():
        # bulk_create skips save() and its signals: counts are rebuilt once at the end, the search
        # index is written here with the batch; bodies are our own escaped text.
        created = Article.objects.bulk_create([a for a, _ in batch], batch_size=500)
        links = [Through(article_id=a.pk, place_id=p.pk) for a, (_, ps) in zip(created, batch, strict=True) for p in ps]
        Through.objects.bulk_create(links, batch_size=1000, ignore_conflicts=True)
        indexing.follow(created)
    return len(created)
