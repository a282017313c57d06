"""Sample agency reports, made up by newsdesk: neutral, plausible, in English, Turkish and Arabic,
different every day. Some events are reported by two or three agencies, in different words and
languages; every report carries its event's id, so the output is labelled data for telling
stories apart (and events of one kind in one country that are NOT the same story are made too).

Pure: takes a random generator and returns plain values, so the same seed gives the same site.
"""

import random
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from html import escape

from . import turkish, wording_ar, wording_en, wording_tr
from .events import KINDS, Event
from .lexicon import AUTHORS, HOUSES, LANGUAGES, TOPICS, WEEKDAYS, House, number
from .lexicon import COUNTRIES as PLACES

SECTIONS = ["Politics", "Economy", "World", "Science", "Culture", "Health", "Sports"]
COUNTRIES = [(c.key, c.code) for c in PLACES]  # the Places: English name, ISO code
AGENCIES = [house.name("en") for house in HOUSES]
LANGUAGE_SPLIT = {"en": 0.5, "tr": 0.25, "ar": 0.25}
WORDING = {"en": wording_en, "tr": wording_tr, "ar": wording_ar}

ECHO = 0.2  # share of events reported by more than one agency
SIBLINGS = 0.1  # share of new events that are another event of a recent one's kind and country
SAME_LANGUAGE_AT_MOST = 2  # reports of one event in one language (there are three wordings)
# Generic sentences (the same order in every language) that only suit an announced event:
# nobody "welcomed" an earthquake or "expected it for weeks".
ANNOUNCED_ONLY = {2, 5}
UNANNOUNCED = {"quake"}


@dataclass(frozen=True)
class Report:
    headline: str
    summary: str
    body_html: str
    section: str
    country: str
    others: tuple[str, ...]
    agency: str
    published_at: datetime
    language: str = "en"
    author: str = ""
    event_id: str = ""
    kind: str = ""


@cache
def _turkish_forms(prefix: str, name: str) -> dict[str, str]:
    return {prefix: name, f"{prefix}_loc": turkish.locative(name), f"{prefix}_lki": turkish.locative(name) + "ki",
            f"{prefix}_abl": turkish.ablative(name), f"{prefix}_dat": turkish.dative(name),
            f"{prefix}_gen": turkish.genitive(name)}


def slot_values(event: Event, language: str, weekday: int) -> dict[str, str]:
    """Every slot a template of this language may name, for this event."""
    place, other = PLACES[event.country], PLACES[event.other]
    names = getattr(place, language)
    city = names[1] if event.city == "capital" else names[2]
    topic = TOPICS[event.topic][LANGUAGES.index(language)]
    values = {"country": names[0], "capital": names[1], "city": city, "other": getattr(other, language)[0],
              "leader": names[3], "topic": topic, "Topic": topic.title(), "weekday": WEEKDAYS[language][weekday]}
    values.update((name, number(n, language)) for name, n in event.numbers)
    if language == "tr":
        for prefix in ("country", "capital", "city", "other"):
            values.update(_turkish_forms(prefix, values[prefix]))
        values["leader_of"] = names[4]
    elif language == "ar":
        values["adj"] = names[4]
    return values


class Wording:
    """Which headline, lead and sentences an event's reports have used, per language: a second
    agency writing the same event in the same language uses none of them again."""

    def __init__(self):
        self.used: set[tuple[str, str, int]] = set()

    def free(self, language: str, part: str, count: int, rng: random.Random) -> list[int]:
        left = [i for i in range(count) if (language, part, i) not in self.used]
        rng.shuffle(left)
        return left

    def take(self, language: str, part: str, indices) -> None:
        self.used.update((language, part, i) for i in indices)


def render(event: Event, language: str, house: House, published_at: datetime, rng: random.Random,
           wording: Wording, taken_headlines: set[str]) -> Report | None:
    """The report of `event` by `house` in `language`; None when every headline left is taken."""
    headlines, leads, more = WORDING[language].KINDS[event.kind]
    values = slot_values(event, language, published_at.weekday())
    pick = next((i for i in wording.free(language, "h", len(headlines), rng)
                 if headlines[i].format(**values) not in taken_headlines), None)
    free_leads = wording.free(language, "l", len(leads), rng)
    if pick is None or not free_leads:
        return None
    generic = WORDING[language].GENERIC
    chosen_more = wording.free(language, "m", len(more), rng)[:2]
    chosen_generic = [i for i in wording.free(language, "g", len(generic), rng)
                      if event.kind not in UNANNOUNCED or i not in ANNOUNCED_ONLY][: rng.randint(2, 3)]
    for part, indices in (("h", [pick]), ("l", free_leads[:1]), ("m", chosen_more), ("g", chosen_generic)):
        wording.take(language, part, indices)
    templates = [more[i] for i in chosen_more] + [generic[i] for i in chosen_generic]
    rng.shuffle(templates)
    templates.insert(0, leads[free_leads[0]])
    dateline = WORDING[language].dateline(values["city"], house.credit(language))
    lines = [t.format(**values) for t in templates]
    lines[0] = dateline + lines[0]
    paragraphs = [" ".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    named_other = any("{other" in t for t in (headlines[pick], *templates))
    headline = headlines[pick].format(**values)
    taken_headlines.add(headline)
    return Report(
        headline=headline, summary=paragraphs[0], body_html="".join(f"<p>{escape(p)}</p>" for p in paragraphs),
        section=KINDS[event.kind].section, country=PLACES[event.country].key,
        others=(PLACES[event.other].key,) if named_other else (), agency=house.name(language),
        published_at=published_at, language=language, author=rng.choice(AUTHORS[language]),
        event_id=event.id, kind=event.kind,
    )


def daily_volume(rng: random.Random, weekday: int) -> int:
    """Reports on one day: 25-50, fewer at the weekend, as agency wires run."""
    low, high = (25, 38) if weekday >= 5 else (30, 50)
    return rng.randint(low, high)
