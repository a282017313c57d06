"""The desk reads large requests (its uploads and long bodies) that the public site refuses."""

import pytest

from .conftest import form_data


@pytest.mark.django_db
def test_an_editors_ten_mb_body_reaches_the_forms_own_message(desk, make_article):
    article = make_article(headline="Original Headline")
    data = form_data(article, body="<p>" + "x" * (10 * 1024 * 1024) + "</p>")
    response = desk("editor").post(f"/admin/articles/article/{article.pk}/change/", data)
    assert response.status_code == 200 and "the most an article may have is 500,000" in response.content.decode()


@pytest.mark.django_db
def test_the_same_body_to_a_public_address_is_refused_unread(desk):
    response = desk("editor").post("/search/", {"q": "x" * (10 * 1024 * 1024)})
    assert response.status_code == 413
