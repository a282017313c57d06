"""Putting stored articles into stories (the I/O side of matching and clustering).

An article's vector and facts are computed first, outside any transaction (the model's few
milliseconds hold no lock); then, in one short transaction, the versions of stories open around
its time are read in one indexed query and the article joins the best match or starts a story.
On PostgreSQL that transaction first takes an advisory lock, so two consumers on two machines
assigning reports of one event at once cannot both start a story for it (on SQLite write
transactions run one at a time already). A version an editor pinned is never moved.
"""

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.functions import Length
from django.utils import timezone

from newsdesk.articles.models import Article

from . import embedding
from .clustering import best_story
from .facts import Facts
from .matching import WINDOW, Version
from .models import Story, StoryVersion
from .upkeep import OFF_KEY, refresh_pages, widen

logger = logging.getLogger(__name__)

LOCK = 0x73746F7279  # "story": the advisory lock of assignment
CANDIDATES = 3000  # versions read at most: the busiest window's reports, newest first
TAG = re.compile(r"<[^>]+>")


@dataclass
class Prepared:
    article_id: int
    version: Version
    note: str


def lede_of(article) -> str:
    """The summary, or the start of the body's text (a long body is never read whole)."""
    if article.summary.strip():
        return article.summary[:1000]
    return " ".join(TAG.sub(" ", article.body[:4000]).split())[:1000]


def when(article) -> datetime:
    return article.published_at or article.created_at or timezone.now()


def prepare(articles) -> list[Prepared]:
    """Versions of the articles with their vectors (one batch for the model) and facts. When the
    model cannot load, the versions go without vectors and are matched on facts alone."""
    versions = [Version(a.headline, lede_of(a), a.language, when(a)) for a in articles]
    failure = embedding.available()
    readable = [] if failure else [v for v in versions if v.readable()]
    for v, vector in zip(readable, embedding.encode([embedding.texts_of(v.headline, v.lede) for v in readable]),
                         strict=True):
        v.vector = vector
    return [Prepared(a.pk, v, note_for(v, failure)) for a, v in zip(articles, versions, strict=True)]


def note_for(version: Version, failure: str = "") -> str:
    if version.vector is not None:
        return ""
    if failure:
        return f"{failure}: matched on places and numbers only"
    if not embedding.covers(version.language):
        return f"the model does not read {version.language!r}: matched on places and numbers only"
    return "too few words for the model: matched on places and numbers only"


def hold_assignment() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK])


def open_versions(at: datetime, exclude: int) -> list[tuple[int, Version]]:
    """The versions of stories open at `at`: reported within the window either side of it."""
    rows = (
        StoryVersion.objects.filter(reported_at__gte=at - WINDOW, reported_at__lte=at + WINDOW)
        .exclude(article_id=exclude).order_by("-reported_at")
        .values_list("story_id", "language", "reported_at", "vector", "facts")[:CANDIDATES]
    )
    return [(story_id, stored_version(language, at_, vector, facts)) for story_id, language, at_, vector, facts in rows]


def stored_version(language: str, at: datetime, vector: bytes, facts: dict) -> Version:
    known = Facts(*(frozenset(facts.get(k, ())) for k in ("places", "numbers", "names", "sounds", "days")))
    vec = embedding.from_bytes(vector) if vector else None
    return Version("", "", language, at, vector=vec, known_facts=known)


def facts_json(facts: Facts) -> dict:
    return {"places": sorted(facts.places), "numbers": sorted(facts.numbers), "names": sorted(facts.names),
            "sounds": sorted(facts.sounds), "days": sorted(facts.days)}


def renew_vectors(at: datetime) -> int:
    """Vectors stored by an earlier sentence model (another size) of the versions open at `at`
    are made anew from their articles' headline and lede, outside the assignment's transaction:
    after a change of model each is made once, when a report first needs it, so a running site
    goes on matching without a rebuild. Returns how many were made."""
    stale = list(
        StoryVersion.objects.filter(reported_at__gte=at - WINDOW, reported_at__lte=at + WINDOW)
        .exclude(vector=b"").annotate(size=Length("vector")).exclude(size=embedding.BYTES)
        .select_related("article")[:CANDIDATES]
    )
    if not stale:
        return 0
    vectors = embedding.encode([embedding.texts_of(s.article.headline, lede_of(s.article)) for s in stale])
    for row, vector in zip(stale, vectors, strict=True):
        StoryVersion.objects.filter(pk=row.pk).update(vector=embedding.to_bytes(vector))
    logger.info("%s story versions got this model's vector", len(stale))
    return len(stale)


def join(prepared: Prepared) -> int:
    """Put the article in its best story or a new one, in one transaction; its story's id."""
    v = prepared.version
    if v.vector is not None:  # the model is loaded
        renew_vectors(v.time)
    with transaction.atomic():
        hold_assignment()
        story_id, score = best_story(v, open_versions(v.time, prepared.article_id))
        if story_id is None:
            story_id = Story.objects.create(first_at=v.time, last_at=v.time).pk
        else:
            widen(story_id, v.time)
        StoryVersion.objects.update_or_create(article_id=prepared.article_id, defaults={
            "story_id": story_id, "reported_at": v.time, "language": v.language[:8], "score": score,
            "vector": embedding.to_bytes(v.vector) if v.vector is not None else b"",
            "facts": facts_json(v.facts), "note": prepared.note[:200],
        })
        refresh_pages(story_id)
    return story_id


def assign(article_id: int, force: bool = False) -> str:
    """joined, kept (has a story, or an editor pinned it), gone, or degraded (joined on facts
    alone: the model cannot load)."""
    article = Article.objects.filter(pk=article_id).first()
    if article is None:
        return "gone"
    placed = StoryVersion.objects.filter(article_id=article_id).values_list("pinned", flat=True).first()
    if placed is not None and (placed or not force):
        return "kept"
    reason = embedding.available()
    if reason:
        cache.set(OFF_KEY, reason, None)
    else:
        cache.delete(OFF_KEY)
    story_id = join(prepare([article])[0])
    logger.info("article %s joined story %s", article_id, story_id)
    return "degraded" if reason else "joined"

