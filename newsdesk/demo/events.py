"""What happened, apart from how anyone words it: an Event holds the facts (kind, country, city,
the other party, topic, figures, day) that every agency reporting it shares. Pure.

Figures that Arabic copy counts things with ("count") skip numbers ending in 01-10, whose counted
noun takes a plural form; the templates can then keep one fixed singular form.
"""

import random
from dataclasses import dataclass, field
from datetime import date

from .lexicon import COUNTRIES, TOPICS


@dataclass(frozen=True)
class Kind:
    section: str
    cities: tuple[str, ...]  # where it can happen: "capital", "city"
    numbers: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # name -> (form, low, high)
    with_other: bool = False  # the other country is one of the facts (in every lead)
    with_topic: bool = False  # so is the topic


ANYWHERE = ("capital", "city")
KINDS = {
    "talks": Kind("Politics", ("capital",), with_other=True, with_topic=True),
    "ministers": Kind("World", ANYWHERE, with_other=True, with_topic=True),
    "quake": Kind("World", ANYWHERE, {"magnitude": ("tenth", 41, 64), "depth": ("int", 11, 45)}),
    "rate": Kind("Economy", ("capital",), {"rate": ("int", 6, 45)}),
    "exports": Kind("Economy", ("capital",), {"percent": ("int", 3, 48), "value": ("count", 120, 980)},
                    with_other=True),
    "book_fair": Kind("Culture", ANYWHERE, {"publishers": ("count", 120, 650)}),
    "hospital": Kind("Health", ANYWHERE, {"beds": ("int", 20, 99)}),
    "research": Kind("Science", ANYWHERE, {"years": ("int", 3, 6)}, with_topic=True),
    "qualifier": Kind("Sports", ANYWHERE, {"players": ("int", 23, 28)}, with_other=True),
}


@dataclass(frozen=True)
class Event:
    id: str
    kind: str
    country: int  # index in COUNTRIES
    city: str  # "capital" or "city"
    other: int  # index in COUNTRIES, never the country
    topic: int  # index in TOPICS
    numbers: tuple[tuple[str, int | float], ...]
    day: date

    def facts(self) -> tuple:
        """What tells two events of one kind and country apart: what every report of it says."""
        kind = KINDS[self.kind]
        return (self.city, self.other if kind.with_other else None, self.topic if kind.with_topic else None,
                self.numbers)


def draw_number(rng: random.Random, form: str, low: int, high: int) -> int | float:
    if form == "tenth":
        return rng.randint(low, high) / 10
    while True:
        n = rng.randint(low, high)
        if form != "count" or n % 100 == 0 or n % 100 > 10:
            return n


def new_event(rng: random.Random, event_id: str, day: date, kind: str | None = None,
              country: int | None = None) -> Event:
    kind = kind or rng.choice(list(KINDS))
    spec = KINDS[kind]
    country = rng.randrange(len(COUNTRIES)) if country is None else country
    other = rng.choice([i for i in range(len(COUNTRIES)) if i != country])
    numbers = tuple((name, draw_number(rng, *form)) for name, form in spec.numbers.items())
    return Event(event_id, kind, country, rng.choice(spec.cities), other, rng.randrange(len(TOPICS)),
                 numbers, day)


def sibling(rng: random.Random, event: Event, event_id: str, day: date) -> Event:
    """Another event of the same kind in the same country (a second earthquake that week, another
    ministerial meeting): a hard negative for telling stories apart."""
    while True:
        other = new_event(rng, event_id, day, event.kind, event.country)
        if other.facts() != event.facts():
            return other
