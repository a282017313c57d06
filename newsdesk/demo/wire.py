"""A day of an agency wire: reports at given moments, some events covered by several agencies
and languages, no headline twice in a language on one day. Pure: the same generator gives
the same day."""

import random
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date, datetime

from .content import ECHO, LANGUAGE_SPLIT, SAME_LANGUAGE_AT_MOST, SIBLINGS, Report, Wording, render
from .events import Event, new_event, sibling
from .lexicon import HOUSES, LANGUAGES, House

TRIES = 500  # fresh events drawn before a day is declared full (never near, at our volumes)
RECENT = 300  # events remembered: about a week of the demo site, a few hours of the demo agency
FOLLOW_UP = 0.5  # chance that a moment goes to an event already reported that day


def parse_split(text: str) -> dict[str, float]:
    """'en=2,tr=1,ar=1' -> weights per language; a clear ValueError for anything else."""
    split = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        language, _, weight = part.partition("=")
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}: use {', '.join(LANGUAGES)}")
        try:
            split[language] = float(weight)
        except ValueError:
            raise ValueError(f"{part!r} is not language=weight") from None
        if split[language] < 0:
            raise ValueError(f"weight of {language} is negative")
    if not split or sum(split.values()) <= 0:
        raise ValueError("give at least one language a weight above 0, e.g. en=2,tr=1,ar=1")
    return split


@dataclass
class Coverage:
    """An event and the reports made of it so far: (house number, language) each."""

    event: Event
    wanted: int
    wording: Wording = field(default_factory=Wording)
    by: list[tuple[int, str]] = field(default_factory=list)


class Wire:
    def __init__(self, rng: random.Random, split: dict[str, float] | None = None,
                 houses: list[House] | None = None, prefix: str = "", echo: float = ECHO):
        self.rng = rng
        self.split = {k: v for k, v in (split or LANGUAGE_SPLIT).items() if v > 0}
        self.houses = houses or HOUSES
        self.prefix = prefix
        self.echo = echo
        self.made = 0
        self.recent: deque[Event] = deque(maxlen=RECENT)  # siblings come from the last days' events
        self.recent_facts: Counter = Counter()  # (kind, country, facts) of those

    def day(self, moments: list[datetime], day: date | None = None) -> list[Report]:
        """One report per moment, in the moments' order."""
        day = day or (moments[0].date() if moments else None)
        headlines: dict[str, set[str]] = {language: set() for language in LANGUAGES}
        open_events: deque[Coverage] = deque()
        reports = []
        for moment in moments:
            report = None
            if open_events and self.rng.random() < FOLLOW_UP:
                report = self.follow_up(open_events, moment, headlines)
            reports.append(report or self.fresh(open_events, moment, day, headlines))
        return reports

    def language(self, allowed) -> str:
        languages = [lang for lang in self.split if lang in allowed]
        return self.rng.choices(languages, [self.split[lang] for lang in languages])[0]

    def follow_up(self, open_events: deque, moment: datetime, headlines) -> Report | None:
        coverage = open_events.popleft()
        free = [(h, lang) for h in range(len(self.houses)) for lang in self.split
                if (h, lang) not in coverage.by
                and sum(1 for _, used in coverage.by if used == lang) < SAME_LANGUAGE_AT_MOST]
        if not free:
            return None
        language = self.language({lang for _, lang in free})
        house = self.rng.choice([h for h, lang in free if lang == language])
        report = self.report(coverage, house, language, moment, headlines)
        if report and len(coverage.by) < coverage.wanted:
            open_events.append(coverage)
        return report

    def fresh(self, open_events: deque, moment: datetime, day, headlines) -> Report:
        for _ in range(TRIES):
            self.made += 1
            event_id = f"{self.prefix}{self.made}"
            if self.recent and self.rng.random() < SIBLINGS:
                event = sibling(self.rng, self.rng.choice(self.recent), event_id, day)
            else:
                event = new_event(self.rng, event_id, day)
            if self.recent_facts[self.story(event)]:
                continue  # the same facts again would be the same story under another id
            wanted = 1 + (self.rng.random() < self.echo) + (self.rng.random() < self.echo / 2)
            coverage = Coverage(event, wanted)
            report = self.report(coverage, self.rng.randrange(len(self.houses)), self.language(self.split),
                                 moment, headlines)
            if report:
                self.remember(event)
                if wanted > 1:
                    open_events.append(coverage)
                return report
        raise RuntimeError(f"no new headline left for {day} after {TRIES} events")

    @staticmethod
    def story(event: Event) -> tuple:
        return event.kind, event.country, event.facts()

    def remember(self, event: Event) -> None:
        if len(self.recent) == RECENT:
            self.recent_facts[self.story(self.recent[0])] -= 1
        self.recent.append(event)
        self.recent_facts[self.story(event)] += 1

    def report(self, coverage: Coverage, house: int, language: str, moment, headlines) -> Report | None:
        report = render(coverage.event, language, self.houses[house], moment, self.rng, coverage.wording,
                        headlines[language])
        if report:
            coverage.by.append((house, language))
        return report
