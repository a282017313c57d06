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


