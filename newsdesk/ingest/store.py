"""Storing a report: dedupe and write in one transaction, as an upsert that says what it did.

created: a new article; updated: same URL, new text; skipped: already stored (same URL or same
text); also-reported: a near-duplicate from another agency, credited on the first article.
The unique constraints on Article (original_url, fingerprint) are the final word: a racing worker
that loses gets an IntegrityError and reports "skipped".
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from newsdesk.articles.models import Article, Place, Section
from newsdesk.stories import duplicates, fingerprints

from .models import Entry
from .places import find_places
from .report import Report

logger = logging.getLogger(__name__)


@dataclass
class Stored:
    outcome: str  # created, updated, skipped, also-reported
    article_id: int | None = None


def store(report: Report, source, *, entry_id: int | None = None) -> Stored:
    fingerprint = fingerprints.text_fingerprint(report.text)
    signature = fingerprints.signature(report.text)
    for _attempt in range(3):
        try:
            with transaction.atomic():
                stored = upsert(report, source, fingerprint, signature)
                if entry_id is not None:
                    finish_entry(entry_id, stored)
                return stored
        except IntegrityError as exc:
            # Another worker stored this report first, or took the slug or Place we wanted.
            logger.info("store of %s hit a unique constraint (%s); checking again", report.url, exc)
            if known(report.url, fingerprint):
                stored = Stored("skipped", known(report.url, fingerprint))
                if entry_id is not None:
                    finish_entry(entry_id, stored)
                return stored
    raise IntegrityError(f"could not store {report.url} after three attempts")


def known(url: str, fingerprint: str) -> int | None:
    hit = Article.objects.filter(original_url=url).values_list("id", flat=True).first()
    if hit is None and fingerprint:
        hit = Article.objects.filter(fingerprint=fingerprint).values_list("id", flat=True).first()
    return hit


def finish_entry(entry_id: int, stored: Stored) -> None:
    Entry.objects.filter(pk=entry_id).update(
        state=Entry.State.DONE, outcome=stored.outcome, article_id=stored.article_id,
        done_at=timezone.now(), claimed_until=None, last_error="",
    )


def upsert(report: Report, source, fingerprint: str, signature: bytes) -> Stored:
    same_url = Article.objects.filter(original_url=report.url).first()
    if same_url is not None:
        return update(same_url, report, fingerprint)
    if fingerprint and (same_text := Article.objects.filter(fingerprint=fingerprint).first()):
        if same_text.source_id != source.id:
            credit(same_text.id, report, source, 1.0)
        return Stored("skipped", same_text.id)
    if near := duplicates.nearest(signature, exclude_source_id=source.id):
        credit(near[0], report, source, near[1])
        return Stored("also-reported", near[0])
    article = create(report, source, fingerprint)
    duplicates.remember(article, signature)
    return Stored("created", article.id)


def update(article: Article, report: Report, fingerprint: str) -> Stored:
    if not fingerprint or article.fingerprint == fingerprint:
        return Stored("skipped", article.id)
    article.headline, article.body, article.summary = report.headline, report.body_html, report.summary
    article.fingerprint = fingerprint
    article.save()
    return Stored("updated", article.id)


def credit(article_id: int, report: Report, source, score: float) -> None:
    duplicates.credit(
        article_id, source=source, agency=source.name, url=report.url, headline=report.headline, score=score
    )


def create(report: Report, source, fingerprint: str) -> Article:
    status = Article.Status.PUBLISHED if source.auto_publish else Article.Status.PENDING
    article = Article.objects.create(
        headline=report.headline, summary=report.summary, body=report.body_html,
        lead_image_url=report.lead_image[:1000], language=(source.language or report.language or "en")[:8],
        published_at=report.published, status=status, source=source, agency=source.name,
        original_url=report.url, fingerprint=fingerprint, author=report.author,
        section=section_for(report.categories, source),
    )
    places = places_for(report, source)
    if places:
        article.places.set(places)
    return article


def section_for(categories: list[str], source) -> Section | None:
    wanted = {c.strip().casefold() for c in categories if c.strip()}
    if wanted:
        for section in Section.objects.all():
            if section.name.casefold() in wanted or section.slug.casefold() in wanted:
                return section
    return source.default_section


def places_for(report: Report, source) -> list[Place]:
    existing = {p.name.casefold(): p for p in Place.objects.all()}
    found = []
    for name, code in find_places(report.headline, report.text, report.categories):
        place = existing.get(name.casefold()) or Place.objects.filter(code=code).first()
        if place is None:
            place = Place.objects.create(name=name, code=code, slug=slugify(name))
        found.append(place)
    if not found and source.default_place_id:
        found.append(source.default_place)
    return found
