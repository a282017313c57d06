"""Storing a report: dedupe and write in one transaction, as an upsert that says what it did.

created: a new article; updated: same URL, new text; skipped: already stored (same URL or same
text); also-reported: a near-duplicate from another agency, credited on the first article.
The unique constraints on Article (original_url, fingerprint) are the final word: a racing worker
that loses gets an IntegrityError and reports "skipped". Near-duplicates have neither in common,
so their check waits on locks of the story's band keys (see duplicates.hold_bands).
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from newsdesk.articles.models import Article, Place
from newsdesk.places.gazetteer import find_places
from newsdesk.stories import duplicates, fingerprints

from . import taxonomy
from .models import Entry
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
            # Another worker stored this report first, or took the slug or Place we wanted, or a
            # Section or Place we matched is gone: read them again before the next attempt.
            taxonomy.forget()
            logger.info("store of %s hit a database constraint (%s); checking again", report.url, exc)
            if known(report.url, fingerprint):
                stored = Stored("skipped", known(report.url, fingerprint))
                if entry_id is not None:
                    finish_entry(entry_id, stored)
                return stored
    raise IntegrityError(f"could not store {report.url} after three attempts")


def same_url(url: str) -> Q:
    """Articles at this URL. The unique index on original_url is partial (blank URLs are many):
    SQLite only searches it when the query repeats its condition, and scans every row otherwise."""
    return Q(original_url=url) & ~Q(original_url="")


def same_text(fingerprint: str) -> Q:
    """Articles with this text (see same_url: the same holds for the partial fingerprint index)."""
    return Q(fingerprint=fingerprint) & ~Q(fingerprint="")


def matching(url: str, fingerprint: str) -> Q:
    return same_url(url) | same_text(fingerprint) if fingerprint else same_url(url)


def known(url: str, fingerprint: str) -> int | None:
    """The stored article's id, the one at this URL first."""
    rows = Article.objects.filter(matching(url, fingerprint)).order_by().values_list("id", "original_url")
    ids = sorted(rows, key=lambda row: row[1] != url)
    return ids[0][0] if ids else None


def finish_entry(entry_id: int, stored: Stored) -> None:
    Entry.objects.filter(pk=entry_id).update(
        state=Entry.State.DONE, outcome=stored.outcome, article_id=stored.article_id,
        done_at=timezone.now(), claimed_until=None, last_error="",
    )


def upsert(report: Report, source, fingerprint: str, signature: bytes) -> Stored:
    by_url, by_text = stored_as(report.url, fingerprint)
    if by_url is not None:
        return update(Article.objects.get(pk=by_url[0]), report, fingerprint)
    if by_text is not None:
        if by_text[1] != source.id:
            credit(by_text[0], report, source, 1.0)
        return Stored("skipped", by_text[0])
    duplicates.hold_bands(signature)
    if near := duplicates.nearest(signature, exclude_source_id=source.id):
        credit(near[0], report, source, near[1])
        return Stored("also-reported", near[0])
    article = create(report, source, fingerprint)
    duplicates.remember(article, signature)
    return Stored("created", article.id)


def stored_as(url: str, fingerprint: str) -> tuple[tuple | None, tuple | None]:
    """(id, source id) of the article at this URL and of the one with this text, in one query
    (the unique constraints allow one of each). Usually neither: the whole row is read only
    for an update."""
    rows = Article.objects.filter(matching(url, fingerprint)).order_by()
    by_url = by_text = None
    for pk, source_id, original_url, stored_fingerprint in rows.values_list(
        "id", "source_id", "original_url", "fingerprint"
    ):
        if original_url == url:
            by_url = (pk, source_id)
        if fingerprint and stored_fingerprint == fingerprint:
            by_text = (pk, source_id)
    return by_url, by_text


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
        section_id=taxonomy.section_id(report.categories) or source.default_section_id,
    )
    places = place_ids(report, source)
    if places:
        # A new article has no places yet: add() inserts, where set() would read them first.
        article.places.add(*places)
    return article


def place_ids(report: Report, source) -> list[int]:
    """The report's places, most certain first; a place not known yet is created."""
    wanted = find_places(report.headline, report.text, report.categories)
    if not wanted:
        return [source.default_place_id] if source.default_place_id else []
    known = taxonomy.current()
    by_name, by_code = dict(known.places_by_name), dict(known.places_by_code)
    found = []
    for name, code in wanted:
        # The ISO code is the place's identity: an editor may rename the row, and CLDR's English
        # name may differ from the one the row was made with (Türkiye, Turkey).
        pk = by_code.get(code) or by_name.get(name.casefold())
        if pk is None:
            pk = Place.objects.create(name=name, code=code, slug=slugify(name)).pk
            by_name[name.casefold()] = pk
            by_code.setdefault(code, pk)
        found.append(pk)
    return found
