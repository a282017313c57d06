"""Stories for many articles at once: `stories rebuild` and the background tasks queued after a
bulk write such as an import (resumable, one article per transaction), and the demo's fresh site
(in memory, then written in bulk). All decide with the same pure clustering as the one-article
task."""

from collections.abc import Callable

from django.db import transaction

from newsdesk.articles.models import Article

from . import assignment, clustering, embedding
from .models import Story, StoryVersion

CHUNK = 256  # articles encoded by the model in one batch


def rebuild(articles, force: bool = False, progress: Callable[[int], None] | None = None) -> int:
    """Assign stories to `articles` in time order; those with one are skipped unless `force`
    (pinned ones always). Returns how many joined a story."""
    reason = embedding.available()
    if reason:
        raise embedding.ModelUnavailable(reason)
    wanted = articles.exclude(story_version__pinned=True)
    if not force:
        wanted = wanted.filter(story_version__isnull=True)
    return join_all(list(wanted.order_by("published_at", "id").values_list("id", flat=True)), progress)


def assign(article_ids: list[int]) -> int:
    """Stories for articles written without signals (an import's), those that have none yet, in
    time order: a task run twice, or beside `stories rebuild`, joins nothing twice. When the
    model cannot load they join on facts alone, as a single article's task does."""
    wanted = Article.objects.filter(pk__in=article_ids, story_version__isnull=True)
    return join_all(list(wanted.order_by("published_at", "id").values_list("id", flat=True)))


def join_all(ids: list[int], progress: Callable[[int], None] | None = None) -> int:
    """Each article into its story, a chunk's vectors made together; returns how many joined."""
    done = 0
    for start in range(0, len(ids), CHUNK):
        chunk = list(Article.objects.filter(pk__in=ids[start:start + CHUNK]).order_by("published_at", "id"))
        for prepared in assignment.prepare(chunk):
            assignment.join(prepared)
            done += 1
        if progress:
            progress(len(chunk))
    return done


def fresh(articles: list[Article]) -> int:
    """Stories for the articles of a site that has none yet, decided in memory in time order and
    written in bulk. Returns the number of stories."""
    articles = sorted(articles, key=lambda a: (assignment.when(a), a.pk))
    prepared = [p for start in range(0, len(articles), CHUNK)
                for p in assignment.prepare(articles[start:start + CHUNK])]
    story_of = clustering.stream([p.version for p in prepared])
    with transaction.atomic():
        firsts = sorted(set(story_of))
        stories = Story.objects.bulk_create([Story(first_at=prepared[k].version.time, last_at=prepared[k].version.time)
                                             for k in firsts], batch_size=500)
        ids = dict(zip(firsts, (s.pk for s in stories), strict=True))
        last = {}
        for k, first in enumerate(story_of):
            last[first] = prepared[k].version.time
        for first, story in zip(firsts, stories, strict=True):
            story.last_at = last[first]
        Story.objects.bulk_update(stories, ["last_at"], batch_size=500)
        StoryVersion.objects.bulk_create([version_row(p, ids[story_of[k]]) for k, p in enumerate(prepared)],
                                         batch_size=500)
    return len(stories)


def version_row(p: assignment.Prepared, story_id: int) -> StoryVersion:
    v = p.version
    return StoryVersion(
        article_id=p.article_id, story_id=story_id, reported_at=v.time, language=v.language[:8],
        vector=embedding.to_bytes(v.vector) if v.vector is not None else b"",
        facts=assignment.facts_json(v.facts), note=p.note[:200],
    )
