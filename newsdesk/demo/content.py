"""Sample agency reports, made up by newsdesk: neutral, plausible, and different every day.

Pure: takes a random generator and returns plain values, so the same seed gives the same site.
"""

import random
from dataclasses import dataclass
from datetime import datetime
from html import escape

SECTIONS = ["Politics", "Economy", "World", "Science", "Culture", "Health", "Sports"]

# name, ISO code, capital, another city, leader title, ministry
COUNTRIES = [
    ("Syria", "SY", "Damascus", "Aleppo", "President", "Foreign Ministry"),
    ("Turkey", "TR", "Ankara", "Istanbul", "President", "Foreign Ministry"),
    ("Iraq", "IQ", "Baghdad", "Basra", "Prime Minister", "Ministry of Planning"),
    ("Iran", "IR", "Tehran", "Isfahan", "President", "Foreign Ministry"),
    ("Lebanon", "LB", "Beirut", "Tripoli", "Prime Minister", "Ministry of Energy"),
    ("Jordan", "JO", "Amman", "Aqaba", "Prime Minister", "Ministry of Water"),
    ("Egypt", "EG", "Cairo", "Alexandria", "President", "Ministry of Transport"),
    ("Saudi Arabia", "SA", "Riyadh", "Jeddah", "Crown Prince", "Ministry of Energy"),
    ("Qatar", "QA", "Doha", "Al Wakrah", "Emir", "Foreign Ministry"),
    ("Pakistan", "PK", "Islamabad", "Karachi", "Prime Minister", "Ministry of Finance"),
    ("Indonesia", "ID", "Jakarta", "Surabaya", "President", "Ministry of Health"),
    ("Malaysia", "MY", "Kuala Lumpur", "Penang", "Prime Minister", "Ministry of Education"),
    ("Azerbaijan", "AZ", "Baku", "Ganja", "President", "Ministry of Economy"),
    ("Tunisia", "TN", "Tunis", "Sfax", "President", "Ministry of Agriculture"),
    ("Morocco", "MA", "Rabat", "Casablanca", "Prime Minister", "Ministry of Tourism"),
    ("Yemen", "YE", "Sanaa", "Aden", "Prime Minister", "Ministry of Health"),
]

TOPICS = [
    "trade and investment", "regional security", "water management", "energy cooperation",
    "public health", "higher education", "transport links", "food security", "tourism",
    "renewable energy", "customs procedures", "cultural exchange", "disaster relief",
]

HEADLINES = [
    ("Politics", "{country}: {leader} Meets Visiting Delegation to Discuss {Topic}"),
    ("Politics", "{country}: Parliament Approves Draft Law on {Topic}"),
    ("Politics", "{country}: {ministry} Announces New Talks on {Topic}"),
    ("World", "{country}: Officials Receive Envoy from {other} Ahead of Summit"),
    ("World", "{country} and {other} Sign Memorandum on {Topic}"),
    ("Economy", "{country}: Central Bank Keeps Key Interest Rate Unchanged"),
    ("Economy", "{country}: Exports to {other} Rise {percent} Percent in First Quarter"),
    ("Economy", "{country}: New Industrial Zone Opens Near {city}"),
    ("Science", "{country}: Researchers in {city} Report Progress on {Topic} Study"),
    ("Culture", "{country}: {city} Hosts International Book Fair"),
    ("Culture", "{country}: Restored Old Market in {city} Reopens to Visitors"),
    ("Health", "{country}: Vaccination Campaign Reaches {number} Children"),
    ("Health", "{country}: New Hospital Wing Opens in {city}"),
    ("Sports", "{country}: National Team Prepares for Qualifier Against {other}"),
    ("World", "Delegations from {country} and {other} Meet in {capital}"),
]

# Every sentence names something of its own report (a place, a party, the topic): a sentence
# that read the same in every report would make whole paragraphs recur across a site's pages,
# which is what page templates are made of, and no real agency repeats its prose like that.
SENTENCES = [
    "Officials in {capital} said on {weekday} that the talks on {topic} had been constructive.",
    "The {ministry} of {country} said in a statement that a joint committee on {topic} would meet again next month.",
    "Delegates from {other} and {country} reviewed a list of projects worth an estimated {number} million dollars.",
    "Local authorities in {city} said preparations had been completed ahead of schedule.",
    "According to the statement, {country} and {other} agreed to exchange expert teams on {topic}.",
    "The figures on {topic} were published by the statistics office in {capital} on {weekday}.",
    "Observers in {city} said the decision on {topic} was expected after weeks of consultations.",
    "A spokesperson said further details would be announced at a press conference in {capital}.",
    "The programme on {topic} is expected to run for {years} years and to involve universities in {city}.",
    "Residents of {city} welcomed the announcement, according to local media.",
    "The meeting in {capital} was also attended by representatives of organisations from {other}.",
    "The {leader} of {country} described the agreement as a step towards closer cooperation on {topic}.",
    "Earlier this year, a similar initiative on {topic} was launched in {other}.",
    "Officials in {capital} said the first phase of the {topic} plan would be completed by the end of the year.",
    "The report from {city} noted that demand had grown by {percent} percent compared with last year.",
    "Organisers in {city} said more than {number} visitors were expected over the coming week.",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AGENCIES = ["Anatolia Wire", "Levant News Agency", "Gulf Press Service", "Crescent Reports", "Nile Wire"]


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


def make_report(rng: random.Random, published_at: datetime) -> Report:
    section, pattern = rng.choice(HEADLINES)
    country, _code, capital, city, leader, ministry = rng.choice(COUNTRIES)
    other = rng.choice([c for c in COUNTRIES if c[0] != country])[0]
    topic = rng.choice(TOPICS)
    values = {
        "country": country, "capital": capital, "city": city, "leader": leader, "ministry": ministry,
        "other": other, "topic": topic, "Topic": topic.title(), "percent": rng.randint(3, 40),
        "number": f"{rng.randint(2, 900):,}", "years": rng.randint(2, 6),
        "weekday": WEEKDAYS[published_at.weekday()],
    }
    sentences = rng.sample(SENTENCES, k=rng.randint(6, 10))
    lines = [s.format(**values) for s in sentences]
    paragraphs = [" ".join(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    return Report(
        headline=pattern.format(**values),
        summary=paragraphs[0],
        body_html="".join(f"<p>{escape(p)}</p>" for p in paragraphs),
        section=section,
        country=country,
        others=(other,) if other in " ".join(paragraphs) else (),
        agency=rng.choice(AGENCIES),
        published_at=published_at,
    )


def daily_volume(rng: random.Random, weekday: int) -> int:
    """Reports on one day: 25-50, fewer at the weekend, as agency wires run."""
    low, high = (25, 38) if weekday >= 5 else (30, 50)
    return rng.randint(low, high)
