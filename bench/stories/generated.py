"""Events from the demo generator, each reported in English, Turkish and Arabic by two agencies
(different wording in each language), and for some a sibling event: same kind, same country,
other facts, within days (the hard negatives of templated copy)."""

import random
from datetime import UTC, datetime, timedelta

from newsdesk.demo.content import Wording, render
from newsdesk.demo.events import new_event, sibling
from newsdesk.demo.lexicon import HOUSES, LANGUAGES

from .items import Item

SIBLING_SHARE = 0.5


def items(seed: int = 7, events: int = 70) -> list[Item]:
    rng = random.Random(seed)
    start = datetime(2024, 3, 4, 6, tzinfo=UTC)
    made: list[Item] = []
    for n in range(events):
        moment = start + timedelta(hours=rng.uniform(0, 24 * 20))
        event = new_event(rng, f"g{n}", moment.date())
        made += reports(rng, event, moment)
        if rng.random() < SIBLING_SHARE:
            later = moment + timedelta(hours=rng.uniform(2, 60))
            made += reports(rng, sibling(rng, event, f"g{n}s", later.date()), later)
    return made


def reports(rng: random.Random, event, moment: datetime) -> list[Item]:
    wording, out = Wording(), []
    for language in LANGUAGES:
        for house in rng.sample(range(len(HOUSES)), 2):
            at = moment + timedelta(minutes=rng.uniform(0, 8 * 60))
            report = render(event, language, HOUSES[house], at, rng, wording, set())
            if report:
                out.append(Item(event.id, HOUSES[house].name("en"), language, at, report.headline,
                                report.summary, "generated"))
    return out




def wire_items(seed: int = 2018, days: int = 10, per_day: int = 40) -> list[Item]:
    """The demo wire as the site receives it: dense days of 16 countries' news, a fifth of the
    events told by more than one agency (a stream to cluster, with many same-country neighbours)."""
    from newsdesk.demo.wire import Wire

    rng = random.Random(seed)
    wire = Wire(rng)
    start = datetime(2024, 3, 1, tzinfo=UTC)
    made = []
    for d in range(days):
        day = start + timedelta(days=d)
        moments = sorted(day + timedelta(seconds=rng.uniform(0, 86400)) for _ in range(per_day))
        made += [Item(r.event_id, r.agency, r.language, r.published_at, r.headline, r.summary, "wire")
                 for r in wire.day(moments, day.date())]
    return made
