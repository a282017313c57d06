import pytest

from newsdesk.articles.html import sanitize_body


def test_scripts_styles_and_event_handlers_are_removed():
    dirty = '<p onclick="steal()">Hello<script>alert(1)</script></p><style>p{}</style><iframe src="x"></iframe>'
    assert sanitize_body(dirty) == "<p>Hello</p>"


def test_javascript_links_lose_their_href_and_others_get_nofollow():
    clean = sanitize_body('<p><a href="javascript:alert(1)">x</a> <a href="https://example.org/">y</a></p>')
    assert "javascript" not in clean
    assert 'href="https://example.org/"' in clean and 'rel="noopener nofollow"' in clean


@pytest.mark.django_db
def test_article_body_is_sanitised_when_saved(portal, make_article):
    article = make_article(body='<p>Text</p><img src="x" onerror="alert(1)">')
    article.refresh_from_db()
    assert "onerror" not in article.body and "<p>Text</p>" in article.body
