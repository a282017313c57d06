"""Two workers storing near-duplicates of one story at the same moment make one article."""

import threading

import pytest
from django.db import connection, transaction
from django.utils import timezone

from newsdesk.articles.models import Article, Place
from newsdesk.ingest import store
from newsdesk.ingest.report import Report
from newsdesk.sources.models import Source
from newsdesk.stories import fingerprints

from .feeds_for_tests import WIRE_TEXT


def report(url: str, headline: str, paragraphs: list[str]) -> Report:
    return Report(url=url, headline=headline, body_html="".join(f"<p>{p}</p>" for p in paragraphs),
                  text="\n\n".join(paragraphs), summary=paragraphs[0], published=timezone.now())


@pytest.mark.django_db(transaction=True)
def test_a_near_duplicate_stored_while_the_first_is_being_written_is_credited_to_it():
    for name, code in (("Syria", "SY"), ("Turkey", "TR")):  # known places, as on a running site
        Place.objects.create(name=name, code=code, slug=name.lower())
    first_source = Source.objects.create(name="First wire", feed_url="https://first.example/rss.xml")
    second_source = Source.objects.create(name="Second wire", feed_url="https://second.example/rss.xml")
    first = report("https://first.example/talks", "Talks Resume in Damascus", WIRE_TEXT)
    # The second agency's copy: its own headline, and the last sentence reworded.
    second = report("https://second.example/talks", "Syria: Trade Committee to Meet Again", [*WIRE_TEXT[:-1], WIRE_TEXT[-1].replace("Thursday", "Friday")])
    assert fingerprints.similarity(fingerprints.signature(first.text), fingerprints.signature(second.text)) >= fingerprints.THRESHOLD

    written, outcome = threading.Event(), {}

    def first_worker():
        try:
            with transaction.atomic():  # written, not yet committed, while the second worker starts
                store.upsert(first, first_source, fingerprints.text_fingerprint(first.text),
                             fingerprints.signature(first.text))
                written.set()
                threading.Event().wait(1.0)
        finally:
            written.set()
            connection.close()

    def second_worker():
        written.wait(5)
        try:
            outcome["second"] = store.store(second, second_source)
        finally:
            connection.close()

    workers = [threading.Thread(target=first_worker), threading.Thread(target=second_worker)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    [article] = Article.objects.all()
    assert article.original_url == first.url
    assert outcome["second"].outcome == "also-reported" and outcome["second"].article_id == article.id
    assert list(article.also_reported.values_list("agency", flat=True)) == ["Second wire"]
