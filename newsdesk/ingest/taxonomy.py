"""The Sections and Places a report is matched to, as this process last read them.

Every stored report looks both up, and reading the two tables for each report cost more than
matching it. So a worker keeps a copy for TTL seconds. The copy is dropped at once when a Section
or Place is saved or deleted in this process, and when a store hits a database constraint (another
process added a Place we were about to add, or removed a Section we pointed to): the store's retry
then reads afresh. An editor's change in another process reaches the workers within TTL seconds.
"""

import time
from dataclasses import dataclass, field

from django.db import connection
from django.db.models.signals import post_delete, post_save

from newsdesk.articles.models import Place, Section

TTL = 10.0  # seconds; a worker stores hundreds of reports in that time


@dataclass(frozen=True)
class Taxonomy:
    sections: list[tuple[int, set[str]]]  # (id, its names and slug folded), by name
    places_by_name: dict[str, int]  # casefolded name -> id (the last by name, as before)
    places_by_code: dict[str, int]  # ISO code -> id (the first by name)
    read_at: float = field(default_factory=time.monotonic)


_copy: Taxonomy | None = None


def current() -> Taxonomy:
    global _copy
    if connection.savepoint_ids:
        # Inside a transaction within another one (a caller's, or a test's): rows read now may
        # have been written by that outer transaction, which may still roll back.
        return read()
    copy = _copy
    if copy is None or time.monotonic() - copy.read_at > TTL:
        copy = _copy = read()
    return copy


def read() -> Taxonomy:
    sections = [
        (pk, {fold(name) for name in names if name})
        for pk, *names in Section.objects.order_by("name").values_list("id", "name", "name_tr", "name_ar", "slug")
    ]
    places = list(Place.objects.order_by("name").values_list("id", "name", "code"))
    return Taxonomy(
        sections=sections,
        places_by_name={name.casefold(): pk for pk, name, _code in places},
        places_by_code={code: pk for pk, _name, code in reversed(places)},
    )


def forget(**_signal) -> None:
    global _copy
    _copy = None


def section_id(categories: list[str]) -> int | None:
    """The first Section, by name, whose name in any edition's language, or slug, is one of the
    categories (any case: a Turkish agency's "Politika" or an Arabic one's "سياسة" too)."""
    wanted = {fold(c) for c in categories if c.strip()}
    if not wanted:
        return None
    for pk, names in current().sections:
        if names & wanted:
            return pk
    return None


def fold(name: str) -> str:
    # Dotted and dotless i are one letter here, so that "SİYASET", "Siyaset" and "POLITICS",
    # "Politics" each match whatever the agency's keyboard or locale upper-cased.
    return name.strip().translate(I_FORMS).casefold()


I_FORMS = str.maketrans({"İ": "i", "I": "i", "ı": "i"})


for _model in (Section, Place):
    post_save.connect(forget, sender=_model, dispatch_uid=f"ingest-taxonomy-{_model.__name__}-saved")
    post_delete.connect(forget, sender=_model, dispatch_uid=f"ingest-taxonomy-{_model.__name__}-deleted")
