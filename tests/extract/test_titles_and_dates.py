"""Choosing the title and the publication date among what the feed and the page say."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from newsdesk.extract import extract
from newsdesk.extract.dates import choose_published, parse_datetime, url_date, zone

BODY = "".join(
    f"<p>Paragraph {n} of the report carries enough words to count as article prose for the "
    f"extractor, describing what happened and who said what about it afterwards.</p>"
    for n in range(1, 6)
)


def page(head: str = "", h1: str = "", before_body: str = "") -> str:
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<html><head>{head}</head><body><main><article>{heading}{before_body}{BODY}"
            f"</article></main></body></html>")


def test_site_name_suffix_is_stripped_from_the_page_title():
    html = page("<title>Rail strike called off after late talks | Harbour News Agency</title>"
                '<meta property="og:site_name" content="Harbour News Agency">')
    assert extract(html, "https://harbournews.example/a").title == "Rail strike called off after late talks"


def test_site_name_from_the_address_is_stripped_too():
    html = page("<title>Rail strike called off after late talks - Harbournews</title>")
    assert extract(html, "https://www.harbournews.com/a").title == "Rail strike called off after late talks"


def test_country_prefix_is_kept():
    html = page("<title>Syria: Aid convoy reaches Aleppo | Agency</title>",
                h1="Syria: Aid convoy reaches Aleppo")
    assert extract(html, "https://agency.example/a").title == "Syria: Aid convoy reaches Aleppo"


def test_feed_title_wins_but_loses_its_site_suffix():
    html = page("<title>Something else entirely</title>", h1="A page heading")
    article = extract(html, "https://agency.example/a", feed_title="Ceasefire holds in the north - Agency News")
    assert article.title == "Ceasefire holds in the north"


def test_visible_headline_beats_a_differently_worded_og_title():
    html = page('<meta property="og:title" content="Council votes on new bus routes">',
                h1="Council approves six new bus routes for the suburbs")
    assert extract(html, "https://agency.example/a").title == (
        "Council approves six new bus routes for the suburbs")


def test_a_logo_heading_is_not_taken_for_the_title():
    html = page('<meta property="og:title" content="Wheat prices climb after poor harvest">'
                '<meta property="og:site_name" content="Farm Wire">', h1="Farm Wire")
    assert extract(html, "https://farmwire.example/a").title == "Wheat prices climb after poor harvest"


def test_an_upper_cased_heading_takes_the_declared_spelling():
    html = page("<title>Tips for a Safe Winter Drive</title>", h1="TIPS FOR A SAFE WINTER DRIVE")
    assert extract(html, "https://agency.example/a").title == "Tips for a Safe Winter Drive"


def test_json_ld_date_is_read_with_its_offset():
    html = page('<script type="application/ld+json">{"@type": "NewsArticle", '
                '"datePublished": "2024-05-03T21:40:00+03:00"}</script>')
    published = extract(html, "https://agency.example/a").published
    assert published == datetime(2024, 5, 3, 21, 40, tzinfo=timezone(timedelta(hours=3)))
    assert published.utcoffset() == timedelta(hours=3)


def test_naive_page_time_is_read_in_the_sources_time_zone():
    html = page('<meta property="article:published_time" content="2024-05-03 09:15:00">')
    published = extract(html, "https://agency.example/a", tz="Europe/Istanbul").published
    assert published == datetime(2024, 5, 3, 6, 15, tzinfo=UTC)


def test_dateline_beside_the_headline_beats_restamped_metadata():
    html = page('<script type="application/ld+json">{"@type": "NewsArticle", '
                '"datePublished": "2025-01-10T08:00:00Z"}</script>',
                h1="Bridge reopens after repairs", before_body="<p class=meta>By Ana Ruiz, June 2, 2023</p>")
    assert extract(html, "https://agency.example/a").published.date() == date(2023, 6, 2)


def test_a_local_dateline_takes_the_time_of_a_utc_stamp_a_day_apart():
    # Written in New York on the evening of the 9th; the metadata says 02:17 UTC on the 10th.
    html = page('<meta property="article:published_time" content="2021-12-10T02:17:00+00:00">',
                h1="Bridge reopens after repairs", before_body="<p class=meta>By Ana Ruiz, December 9, 2021</p>")
    assert extract(html, "https://agency.example/a").published == datetime(2021, 12, 10, 2, 17, tzinfo=UTC)


def test_a_stamp_that_is_another_day_everywhere_does_not_move_the_dateline():
    html = page('<meta property="article:published_time" content="2021-12-10T22:17:00+00:00">',
                h1="Bridge reopens after repairs", before_body="<p class=meta>By Ana Ruiz, December 9, 2021</p>")
    assert extract(html, "https://agency.example/a").published.date() == date(2021, 12, 9)


def test_a_dateline_labelled_updated_is_not_the_publication_date():
    html = page('<meta property="article:published_time" content="2023-06-02T10:00:00Z">',
                h1="Bridge reopens after repairs",
                before_body="<p class=meta>Updated on March 9, 2024</p>")
    assert extract(html, "https://agency.example/a").published.date() == date(2023, 6, 2)


@pytest.mark.parametrize(("dateline", "day"), [
    ("Ankara, 20 Temmuz 2018 Cuma", date(2018, 7, 20)),
    ("12 NİSAN 2021, 14:05", date(2021, 4, 12)),
    ("دمشق - ٢٠ يوليو ٢٠١٨", date(2018, 7, 20)),
    ("بيروت، 3 تشرين الأول 2019", date(2019, 10, 3)),
    ("17.05.2021", date(2021, 5, 17)),
    ("20/07/2018 15:51", date(2018, 7, 20)),
    ("Posted 2/24/2026", date(2026, 2, 24)),
])
def test_datelines_in_turkish_arabic_and_numbers_are_read(dateline, day):
    html = page(h1="Bridge reopens after repairs", before_body=f"<p class=meta>{dateline}</p>")
    assert extract(html, "https://agency.example/a").published.date() == day


def test_an_ambiguous_dateline_leaves_the_date_to_the_metadata():
    # 8/1/2025: the 8th of January or the 1st of August? The later "8/27/2025" is an edit date.
    html = page('<meta property="article:published_time" content="2025-08-01T15:01:58+00:00">',
                h1="Bridge reopens after repairs", before_body="<p class=meta>8/1/2025 8/27/2025</p>")
    assert extract(html, "https://agency.example/a").published.date() == date(2025, 8, 1)


def test_a_page_that_only_says_when_it_was_updated_takes_that_date():
    html = page(h1="Bridge reopens after repairs", before_body="<p class=meta>Updated March 5, 2025</p>")
    assert extract(html, "https://agency.example/a").published.date() == date(2025, 3, 5)


def test_a_plain_published_meta_tag_is_read():
    html = page('<meta name="published" content="July 17, 2025">')
    assert extract(html, "https://agency.example/a").published.date() == date(2025, 7, 17)


def test_date_in_the_address_is_used_when_the_page_has_none():
    published = extract(page(), "https://agency.example/world/2018/07/20/aid-convoy").published
    assert published.date() == date(2018, 7, 20)


def test_feed_date_wins_when_it_agrees_with_the_page():
    feed = datetime(2024, 5, 3, 18, 41, tzinfo=UTC)
    html = page('<meta property="article:published_time" content="2024-05-03">')
    assert extract(html, "https://agency.example/a", feed_date=feed).published == feed


def test_page_and_address_outvote_a_feed_date_that_is_a_republication():
    feed = datetime(2024, 9, 1, 12, 0, tzinfo=UTC)
    html = page('<meta property="article:published_time" content="2024-05-03T10:00:00Z">')
    published = extract(html, "https://agency.example/2024/05/03/story", feed_date=feed).published
    assert published == datetime(2024, 5, 3, 10, 0, tzinfo=UTC)


def test_naive_feed_date_is_read_in_the_sources_time_zone():
    feed = datetime(2024, 5, 3, 18, 41)
    published = choose_published(page_day=None, page_values=[], url="", feed_date=feed,
                                 tz=zone("Asia/Riyadh"))
    assert published == datetime(2024, 5, 3, 15, 41, tzinfo=UTC)


def test_written_dates_in_common_forms_are_read():
    tz = zone("UTC")
    expected = date(2024, 3, 14)
    for written in ("2024-03-14T08:30:00Z", "2024-03-14", "Thu, 14 Mar 2024 08:30:00 GMT",
                    "March 14, 2024", "14 March 2024", "Mar. 14th, 2024", "20240314"):
        assert parse_datetime(written, tz).date() == expected, written


def test_impossible_or_future_dates_are_ignored():
    tz = zone("UTC")
    assert parse_datetime("2024-02-30", tz) is None
    assert parse_datetime("1970-01-01", tz) is None
    assert parse_datetime("2999-01-01", tz) is None
    assert url_date("https://agency.example/2024/13/45/x") is None


def test_unknown_time_zone_falls_back_to_utc():
    assert zone("Mars/Olympus") == UTC
