"""Lists of teasers for other stories (headline, byline, date, lede, ten or twenty times), as the
common CMS themes print them inside or after an article, are not read as the article."""

import pytest

from newsdesk.extract import extract

URL = "https://www.valleypost.example/news/2024/05/17/bridge-reopens"
STORY = [
    "The old stone bridge over the Arden reopened to traffic on Friday morning, nine months "
    "after floodwater undermined one of its piers and forced the county to close it.",
    "Engineers replaced the damaged pier with a concrete footing faced in the original stone, "
    "and added steel ties under the deck, which had started to sag at its centre.",
    "Shopkeepers on both banks said the closure had cost them a third of their trade, as "
    "drivers took the ring road instead of crossing through the market town.",
    "The county said the bridge would be inspected every spring from now on, and that a "
    "weight limit of seven tonnes would stay in place until the end of the year.",
]
LEDE = ("Residents of the valley asked the county council again this week, in a long letter "
        "signed by the parish, to rethink its plans for parking near the river")


def wordpress(i: int) -> str:
    return (f"<article class='post-{900 + i} post type-post status-publish'>"
            f"<h2 class='entry-title'><a href='/news/2024/05/{i + 1:02}/story-{i}/' rel='bookmark'>"
            f"Council weighs a new plan number {i} for the old quay</a></h2>"
            f"<div class='entry-meta'><span class='author vcard'>Ana Ruiz</span> "
            f"<time class='entry-date' datetime='2024-05-{i + 1:02}'>May {i + 1}, 2024</time></div>"
            f"<div class='entry-summary'><p>{LEDE} number {i}. [&hellip;]</p></div></article>")


def drupal(i: int) -> str:
    return (f"<div class='views-row'><div class='views-field views-field-title'><span class='field-content'>"
            f"<a href='https://valleypost.example/node/{4100 + i}'>Flood wardens train {i} new "
            f"volunteers in the lower valley</a></span></div>"
            f"<div class='views-field views-field-created'>1{i % 10}.05.2024</div>"
            f"<div class='views-field views-field-body'><p>{LEDE}, part {i}.</p></div></div>")


def arc(i: int) -> str:
    return (f"<li class='list-item'><a class='card-link' href='/politics/story-{i}'>"
            f"<h3 class='headline'>Mayor answers {i} questions about the new bus lanes</h3>"
            f"<p class='description'>{LEDE}, story {i}.</p></a>"
            f"<span class='byline'>By Tom Hale</span> <span class='ts'>{i + 2} hours ago</span></li>")


SHAPES = {
    "wordpress": lambda n: "".join(map(wordpress, range(n))),
    "drupal": lambda n: f"<div class='view-content'>{''.join(map(drupal, range(n)))}</div>",
    "arc": lambda n: f"<ul class='results-list'>{''.join(map(arc, range(n)))}</ul>",
}


def page(main: str) -> str:
    return ("<html><head><title>Old bridge reopens - Valley Post</title></head><body>"
            "<header><a href='/'>Valley Post</a></header>" + main
            + "<footer><p>© Valley Post</p></footer></body></html>")


def story() -> str:
    return "<h1>Old bridge reopens</h1>" + "".join(f"<p>{p}</p>" for p in STORY)


@pytest.mark.parametrize("shape", SHAPES)
def test_teasers_inside_the_article_container_are_left_out(shape):
    teasers = SHAPES[shape](12)
    html = page(f"<main><article class='single'>{story()}"
                f"<section class='more-stories'><h2>More in News</h2>{teasers}</section>"
                "</article></main>")
    assert extract(html, URL).text.split("\n\n") == STORY


@pytest.mark.parametrize("shape", SHAPES)
def test_teasers_after_the_article_are_left_out_however_long_their_ledes(shape):
    # Ledes of forty words each: as prose goes, twenty of them outweigh a short story.
    teasers = SHAPES[shape](20).replace(LEDE, f"{LEDE}, {LEDE.lower()}")
    html = page(f"<div id='page'><div class='content-area'><article>{story()}</article>"
                f"<div class='stream'>{teasers}</div></div></div>")
    assert extract(html, URL).text.split("\n\n") == STORY


def test_a_listicles_undated_cards_are_its_content():
    # Picks of a guide, each linking to a page of the same site: no dates, so not stories.
    picks = [f"Walk number {i} along the river follows the towpath past the mills and the weir, "
             "with benches every mile and a café at the lock." for i in range(5)]
    cards = "".join(f"<div class='pick'><h3><a href='/walks/walk-{i}/'>Towpath walk number {i} "
                    f"from the mills</a></h3><p>{text}</p></div>" for i, text in enumerate(picks))
    html = page(f"<main><article>{story()}<div class='picks'>{cards}</div></article></main>")
    text = extract(html, URL).text
    assert all(pick in text for pick in picks)


def test_a_live_blogs_entries_are_its_content():
    # Each entry: a headline linking to its own anchor on this page, a time and a short text.
    entries = [(f"Update {i}: the crane lifts section {i} of the new deck into place",
                f"{10 + i}:05", f"Section {i} was lowered onto its bearings a few minutes ago, "
                "and the engineers are checking its alignment before the next lift.")
               for i in range(6)]
    html = page("<main><article><h1>Bridge deck lift, live</h1>" + "".join(
        f"<div class='entry'><h2><a href='{URL}?entry={i}#entry-{i}'>{title}</a></h2>"
        f"<time datetime='2024-05-17T{clock}'>{clock}</time><p>{text}</p></div>"
        for i, (title, clock, text) in enumerate(entries)) + "</article></main>")
    result = extract(html, URL).text
    assert all(text in result for _, _, text in entries)
