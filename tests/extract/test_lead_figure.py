"""The lead image of a page and its caption: the figure that shows it, else the image's alt."""

from newsdesk.extract import extract

TEXT = "".join(
    f"<p>Officials in Damascus said on Monday that talks on trade had been constructive, number {n}.</p>"
    for n in range(8)
)


def page(head: str, article: str) -> str:
    return f"<html><head><title>Talks</title>{head}</head><body><article><h1>Talks</h1>{article}{TEXT}</article></body></html>"


def test_the_og_image_is_captioned_by_the_figure_that_shows_it():
    result = extract(page(
        '<meta property="og:image" content="/img/lead.jpg">',
        '<figure><img src="/img/other.jpg"><figcaption>Another picture</figcaption></figure>'
        '<figure><img src="https://wire.example/img/lead.jpg" alt="x"><figcaption>Delegates arrive</figcaption></figure>',
    ), "https://wire.example/news/1")
    assert (result.lead_image, result.lead_image_caption) == ("https://wire.example/img/lead.jpg", "Delegates arrive")


def test_without_metadata_the_articles_first_figure_is_the_lead_image_with_its_alt_text():
    result = extract(page("", '<figure><img src="p.jpg" alt="The old market in Aleppo"></figure>'),
                     "https://wire.example/news/1")
    assert (result.lead_image, result.lead_image_caption) == ("https://wire.example/news/p.jpg", "The old market in Aleppo")
