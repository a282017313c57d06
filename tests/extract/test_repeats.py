"""Lines an article repeats on purpose stay; copies of the article's text and repeated widgets go."""

from newsdesk.extract import extract

URL = "https://kitchen.example/2024/11/02/two-soups-one-afternoon"
INTRO = [
    "Two soups from one afternoon at the stove: a leek and potato soup for tonight and a "
    "spiced lentil soup for the freezer, both from the same bag of vegetables.",
    "The two recipes share a few steps, so start them side by side and use the waiting time "
    "of one to chop for the other.",
]
SEASON = "Season with salt and pepper."
LEEK = ["Wash the leeks well and slice them into thin rings, keeping the dark green tops for stock.",
        "Soften the leeks in butter for ten minutes, add the diced potatoes and the stock.", SEASON,
        "Simmer for twenty minutes, then blend until smooth and finish with a spoon of cream."]
LENTIL = ["Rinse the red lentils under cold water until the water runs clear, then drain them.",
          "Fry the onion with cumin and turmeric, add the lentils and a litre of water.", SEASON,
          "Cook for twenty-five minutes, stirring now and then, and add lemon juice at the end."]


def page(body: str) -> str:
    return ("<html><head><title>Two soups, one afternoon</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/recipes'>Recipes</a></nav>"
            f"<main><article><h1>Two soups, one afternoon</h1>{body}</article></main>"
            "<footer>© Kitchen Notes</footer></body></html>")


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)


def test_a_recipe_step_repeated_in_each_part_is_kept_each_time():
    html = page(paragraphs(*INTRO) + "<h2>Leek and potato</h2>" + paragraphs(*LEEK)
                + "<h2>Spiced lentil</h2>" + paragraphs(*LENTIL))
    text = extract(html, URL).text.split("\n\n")
    assert text == [*INTRO, "Leek and potato", *LEEK, "Spiced lentil", *LENTIL]


def test_a_checklist_line_in_several_sections_is_kept_in_each():
    line = "Label every box with its room."
    rooms = {
        "Kitchen": "Wrap plates one by one in paper and stand them on edge, never flat, in the box.",
        "Bathroom": "Seal bottles with tape under the cap and pack them upright in a plastic tub.",
        "Garage": "Drain the mower and the strimmer of fuel a week before the removal van comes.",
    }
    body = paragraphs(*INTRO[:1]) + "".join(f"<h2>{room}</h2>" + paragraphs(tip, line)
                                            for room, tip in rooms.items())
    assert extract(page(body), URL).text.count(line) == 3


def test_the_body_printed_twice_for_phones_and_desktops_is_read_once():
    body = paragraphs(*INTRO, *LEEK)
    html = page(f"<div class='only-mobile'>{body}</div><div class='only-desktop'>{body}</div>")
    assert extract(html, URL).text.split("\n\n") == [*INTRO, *LEEK]


def test_a_widget_of_short_lines_placed_twice_is_read_once():
    widget = paragraphs("Kitchen Notes Weekly", "Our best recipes of the week, every Sunday",
                        "Free, and you can leave any time")
    html = page(paragraphs(*INTRO) + widget + paragraphs(*LEEK) + widget + paragraphs(*LENTIL))
    text = extract(html, URL).text
    assert text.count("Kitchen Notes Weekly") == 1
    assert text.count("every Sunday") == 1
