"""Which public parts (changes' tags) an article touches, as it was and as it is now.

An article shows on its edition's lists and header, its day's archive and article pages (its own,
and its neighbours', whose "newer"/"older" links name it), its month and year, its section's and
its countries' pages. A change to it moves all of those, for its old state and its new one.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.apps import apps
from django.db import transaction

from . import changes


@dataclass(frozen=True)
class State:
    """What of an article decides where it shows."""

    language: str
    status: str
    published_at: datetime | None
    section: str  # slug, "" for none
    places: tuple[str, ...]  # slugs


def state_of(article) -> State:
    # Read by id: another process may have deleted the section since this instance was loaded.
    Section = apps.get_model("articles", "Section")
    section = ""
    if article.section_id:
        section = Section.objects.filter(pk=article.section_id).values_list("slug", flat=True).first() or ""
    places = tuple(article.places.values_list("slug", flat=True)) if article.pk else ()
    return State(article.language, article.status, article.published_at, section, places)


def stored_state(pk) -> State | None:
    Article = apps.get_model("articles", "Article")
    row = Article.objects.filter(pk=pk).values_list("language", "status", "published_at", "section__slug").first()
    if row is None:
        return None
    places = tuple(Article.places.through.objects.filter(article_id=pk).values_list("place__slug", flat=True))
    return State(row[0], row[1], row[2], row[3] or "", places)


def tags_of(state: State | None, portal) -> set[str]:
    if state is None or state.status != "published" or state.published_at is None:
        return set()  # drafts, pending and withdrawn articles show nowhere
    lang = state.language
    found = {f"edition:{lang}", *period_tags(portal.local_day(state.published_at), lang)}
    if state.section:
        found.add(f"section:{state.section}:{lang}")
    found.update(f"place:{slug}:{lang}" for slug in state.places)
    for day in neighbour_days(state, portal):
        found.update(period_tags(day, lang))
    return found


def period_tags(day: date, lang: str) -> list[str]:
    return [f"day:{lang}:{day.isoformat()}", f"month:{lang}:{day:%Y-%m}", f"year:{lang}:{day:%Y}"]


def neighbour_days(state: State, portal) -> list[date]:
    """The days of the articles just older and just newer in its edition: their pages link it."""
    Article = apps.get_model("articles", "Article")
    edition = Article.objects.filter(status="published", language=state.language, published_at__isnull=False)
    older = edition.filter(published_at__lt=state.published_at).order_by("-published_at")
    newer = edition.filter(published_at__gt=state.published_at).order_by("published_at")
    moments = [q.values_list("published_at", flat=True).first() for q in (older, newer)]
    return [portal.local_day(m) for m in moments if m is not None]


def bump_for(*states: State | None) -> None:
    """On commit, move every tag the states touch (and the due moment, for scheduled articles)."""
    from newsdesk.portal.models import Portal

    portal = Portal.load()
    # An edit that moves nothing leaves one state: its tags (and neighbours) are read once.
    touched = set().union(*(tags_of(s, portal) for s in set(states)))
    if touched:
        changes.bump_on_commit(*touched)
        transaction.on_commit(changes.refresh_due)
