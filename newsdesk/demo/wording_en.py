"""English agency copy: per kind of event, headlines, leads (each carrying every fact of the
event) and further sentences; then sentences that suit any report. Every sentence names something
of its own report: a sentence that read the same everywhere would make paragraphs recur across
a site's pages, which is what page templates are made of."""

KINDS = {
    "talks": (
        ["{country}: {leader} Receives Delegation from {other} for Talks on {Topic}",
         "{country}: Talks with {other} on {Topic} Held in {capital}",
         "{country}: {leader} and {other} Delegation Discuss {Topic}"],
        ["The {leader} of {country} received a delegation from {other} in {capital} on {weekday} for talks on {topic}.",
         "Officials from {country} and {other} held talks on {topic} in {capital} on {weekday}, chaired by the {leader} of {country}.",
         "A delegation from {other} met the {leader} of {country} in {capital} on {weekday} to discuss {topic}."],
        ["Both sides agreed that a joint committee on {topic} would meet again next month.",
         "The delegation from {other} is expected to stay in {capital} until the end of the week.",
         "According to officials in {capital}, the talks on {topic} had been constructive."],
    ),
    "ministers": (
        ["{country}: Foreign Minister Meets {other} Counterpart in {city}",
         "{country}: Ministers from {country} and {other} Discuss {Topic} in {city}",
         "{country}: {city} Hosts Ministerial Meeting with {other}"],
        ["The foreign ministers of {country} and {other} met in {city} on {weekday} to discuss {topic}, officials said.",
         "Ministers from {other} and {country} discussed {topic} at a meeting in {city} on {weekday}."],
        ["The two ministers agreed to set up a working group on {topic}.",
         "It was the first meeting of the two ministers in {city} since last year.",
         "A joint statement on {topic} is expected to be published after the meeting in {city}."],
    ),
    "quake": (
        ["{country}: Magnitude {magnitude} Earthquake Strikes Near {city}",
         "{country}: Earthquake of Magnitude {magnitude} Shakes {city}",
         "{country}: Quake Measuring {magnitude} Felt in {city}"],
        ["An earthquake of magnitude {magnitude} struck near {city} on {weekday} at a depth of {depth} kilometres, the national seismology centre said.",
         "A magnitude {magnitude} earthquake shook {city} on {weekday}, with its centre at a depth of {depth} kilometres, according to the seismology centre."],
        ["Residents of {city} said the tremor was felt for several seconds.",
         "Emergency teams in {city} were inspecting buildings for damage, officials said.",
         "No casualties had been reported in {city} by the evening, according to local authorities."],
    ),
    "rate": (
        ["{country}: Central Bank Keeps Key Interest Rate at {rate} Percent",
         "{country}: Central Bank Holds Policy Rate Steady at {rate} Percent",
         "{country}: Key Interest Rate Left Unchanged at {rate} Percent"],
        ["The central bank of {country} kept its key interest rate unchanged at {rate} percent on {weekday}, it said in a statement issued in {capital}.",
         "The central bank in {capital} held its policy rate at {rate} percent at its meeting on {weekday}."],
        ["The bank said in its statement from {capital} that it would keep watching prices closely in the coming months.",
         "Economists in {capital} had widely expected the decision.",
         "The next meeting of the central bank's committee in {capital} is scheduled for next month."],
    ),
    "exports": (
        ["{country}: Exports to {other} Rise {percent} Percent in First Quarter",
         "{country}: Exports to {other} Reach {value} Million Dollars",
         "{country}: Trade with {other} Grows as Exports Climb {percent} Percent"],
        ["Exports from {country} to {other} rose by {percent} percent in the first quarter to {value} million dollars, the statistics office in {capital} said on {weekday}.",
         "The statistics office in {capital} said on {weekday} that exports to {other} reached {value} million dollars in the first quarter, up {percent} percent on a year earlier."],
        ["Food products and building materials made up the largest share of exports to {other}.",
         "Officials in {capital} said they expected trade with {other} to keep growing this year.",
         "Trade officials in {capital} said new customs procedures had helped the increase."],
    ),
    "book_fair": (
        ["{country}: {city} Hosts International Book Fair",
         "{country}: International Book Fair Opens in {city} with {publishers} Publishers",
         "{country}: {publishers} Publishers Take Part in {city} Book Fair"],
        ["An international book fair opened in {city} on {weekday} with {publishers} publishers taking part, the organisers said.",
         "The organisers of the international book fair that opened in {city} on {weekday} said {publishers} publishers were taking part."],
        ["The fair in {city} will run for ten days and includes readings and workshops for children.",
         "Publishers from {other} are among the guests at this year's fair in {city}.",
         "Organisers in {city} said they expected more visitors than last year."],
    ),
    "hospital": (
        ["{country}: New Hospital Wing with {beds} Beds Opens in {city}",
         "{country}: {city} Hospital Opens New Wing",
         "{country}: Health Ministry Opens {beds}-Bed Hospital Wing in {city}"],
        ["A new hospital wing with {beds} beds opened in {city} on {weekday}, the health ministry of {country} said.",
         "The health ministry of {country} opened a {beds}-bed wing at a hospital in {city} on {weekday}."],
        ["The new wing in {city} includes an emergency department and a children's ward.",
         "Doctors in {city} said the wing would shorten waiting times for patients.",
         "The ministry said similar projects were planned in other provinces of {country}."],
    ),
    "research": (
        ["{country}: Researchers in {city} Report Progress on {Topic} Study",
         "{country}: {city} University Launches {years}-Year Study on {Topic}",
         "{country}: Scientists in {city} Publish First Results on {Topic}"],
        ["Researchers at a university in {city} said on {weekday} that their {years}-year study on {topic} had produced its first results.",
         "A research team in {city} presented the first results of a {years}-year study on {topic} on {weekday}."],
        ["The study on {topic} involves researchers from several universities in {country}.",
         "The team in {city} said the next results would be presented at a conference later this year.",
         "Researchers from {other} have also joined the project, according to the university."],
    ),
    "qualifier": (
        ["{country}: National Team Prepares for Qualifier Against {other}",
         "{country}: Squad of {players} Named for Match Against {other}",
         "{country}: National Team to Face {other} in {city}"],
        ["The national football team of {country} named a squad of {players} players on {weekday} for its qualifier against {other} in {city}.",
         "The coach of {country} called up {players} players on {weekday} ahead of the qualifier against {other}, which will be played in {city}."],
        ["The team began training in {city} on {weekday}.",
         "The match against {other} is expected to be played in front of a full stadium in {city}.",
         "Fans in {city} have bought most of the tickets, the football federation of {country} said."],
    ),
}

# In the same order in every language (see content.ANNOUNCED_ONLY).
GENERIC = [
    "Further details are expected to be announced at a press conference in {capital}.",
    "Local media in {city} also reported the news on {weekday}.",
    "The announcement was welcomed by officials in {capital}, according to local media.",
    "The government of {country} has not yet commented further.",
    "A spokesperson in {capital} said more information would follow in the coming days.",
    "Observers in {city} said the news had been expected for several weeks.",
]


def dateline(city: str, credit: str) -> str:
    return f"{city.upper()} ({credit}) - "
