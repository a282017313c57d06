"""Lines of an article that are nothing but a link (the report it cites, a written-out address,
a pick's heading) are the article's; link strips around it are not."""

from newsdesk.extract import extract

URL = "https://www.tidewater.example/2024/06/03/harbour-wall-inspection"
STORY = [
    "The inspection of the old harbour wall found cracks in four of its eleven sections, the "
    "port authority said on Monday, and the worst of them will be repaired before the winter.",
    "Engineers spent three weeks on the wall at low tide, measuring the cracks and taking cores "
    "of the stone to see how far the sea water had worked its way into the mortar.",
    "The authority published the engineers' findings in full, along with the photographs of "
    "every section, and asked harbour users to send their comments before the end of July.",
    "Repairs to the two sections nearest the lifeboat station will start in September, and the "
    "rest of the work will be planned once the comments have been read.",
]
REPORT = "Harbour wall inspection: full report of the engineers (PDF, 4 MB)"
ADDRESS = "https://www.tidewater.example/consultations/harbour-wall"


def page(article: str) -> str:
    return ("<html><head><title>Cracks found in harbour wall</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            f"<main><article><h1>Cracks found in harbour wall</h1>{article}</article></main>"
            "<footer><p>© Tidewater Gazette</p></footer></body></html>")


def test_a_paragraph_that_is_only_a_link_to_the_cited_report_is_kept():
    html = page(f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p>"
                f"<p><a href='/files/harbour-wall-report.pdf'>{REPORT}</a></p>"
                f"<p><a href='{ADDRESS}'>{ADDRESS}</a></p><p>{STORY[3]}</p>")
    assert extract(html, URL).text.split("\n\n") == [*STORY[:3], REPORT, ADDRESS, STORY[3]]


def test_headings_that_link_to_their_subject_are_kept():
    sections = [("The lifeboat station sections", STORY[1]), ("The fish quay sections", STORY[2])]
    body = f"<p>{STORY[0]}</p>" + "".join(
        f"<h2><a href='/places/{i}'>{title}</a></h2><p>{text}</p>"
        for i, (title, text) in enumerate(sections)) + f"<p>{STORY[3]}</p>"
    paragraphs = extract(page(body), URL).text.split("\n\n")
    assert paragraphs == [STORY[0], sections[0][0], STORY[1], sections[1][0], STORY[2], STORY[3]]


def test_link_strips_inside_or_around_the_article_are_still_left_out():
    strip = ("<div class='topics'><a href='/topic/ports'>Ports and harbours news</a> "
             "<a href='/topic/sea'>Sea defences news</a></div>")
    after = "<p><a href='/2024/06/02/ferry'>Next story: ferry timetable changes for summer</a></p>"
    html = page(f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{strip}<p>{STORY[2]}</p><p>{STORY[3]}</p>"
                f"{after}")
    assert extract(html, URL).text.split("\n\n") == STORY


def test_a_stock_link_line_inside_the_article_neither_stays_nor_ends_it():
    # "Leave a comment" is how comment sections start; here it is only a jump link.
    html = page(f"<p>{STORY[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p>"
                f"<p><a href='#respond'>Leave a comment</a></p><p>{STORY[3]}</p>")
    assert extract(html, URL).text.split("\n\n") == STORY


def test_link_lines_of_a_shop_box_between_paragraphs_are_left_out():
    box = ("<div class='product-box'><p><a href='https://shop.example/item/1'>Harbour tide "
           "clock with brass case</a></p><p><a href='https://shop.example/item/1'>USD 89.00</a>"
           "</p></div>")
    html = page(f"<p>{STORY[0]}</p><p>{STORY[1]}</p>{box}<p>{STORY[2]}</p><p>{STORY[3]}</p>")
    assert extract(html, URL).text.split("\n\n") == STORY
