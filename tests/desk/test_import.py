"""What a WordPress export becomes: articles, pages, places, sections, counts, and the report."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth import get_user_model

from newsdesk import search
from newsdesk.articles.models import Article, DayCount, Place, Section
from newsdesk.desk.models import ImportedItem, Page, Redirect
from newsdesk.search.models import Entry

from .conftest import SITE, export_text


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_every_wxr_version_imports_the_same_posts(version, write_export, run_import):
    out = run_import(write_export(export_text(version)))
    assert Article.objects.count() == 6
    assert "8 created" in out and Page.objects.filter(path="/about/").exists()


def test_gzip_export_imports_like_the_plain_one(write_export, run_import):
    run_import(write_export(export_text(), "export.xml.gz", compress=True))
    assert Article.objects.filter(slug="talks-resume-in-damascus").exists()


def test_post_fields_come_over(run_import):
    run_import(SITE)
    a = Article.objects.get(slug="talks-resume-in-damascus")
    assert a.headline == "Talks resume in Damascus after a week of delays"
    assert a.summary == "Delegations met for the first time since the ceasefire."
    assert a.published_at == datetime(2017, 1, 28, 12, 51, tzinfo=UTC)
    assert a.updated_at == datetime(2017, 1, 29, 6, 0, tzinfo=UTC)
    assert a.status == "published" and a.pinned and a.language == "en"
    assert a.author == "Hasan Demir"
    assert a.section.slug == "politics"
    assert [p.code for p in a.places.all()] == ["SY"]
    assert a.lead_image_url == "http://old.example.org/wp-content/uploads/2017/01/talks.jpg"


def test_content_gets_paragraphs_figures_and_links_and_loses_other_shortcodes(run_import):
    out = run_import(SITE)
    body = Article.objects.get(slug="talks-resume-in-damascus").body
    assert body.startswith("<p>Delegations met on Saturday")
    assert "began.<br>\nThe meeting" in body
    assert "<figure><img" in body and "<figcaption>Delegates arrive for the talks</figcaption></figure>" in body
    assert '<a href="https://www.youtube.com/watch?v=abc123"' in body
    assert "[gallery" not in body and "contact-form-7" not in body
    assert '<a href="http://old.example.org/2017/01/27/earlier-report/"' in body  # absolute to the old site
    assert "1 [gallery] shortcodes removed" in out and "1 [contact-form-7] shortcodes removed" in out


def test_statuses_map_to_visibility(run_import):
    run_import(SITE)
    status = dict(Article.objects.values_list("slug", "status"))
    assert status["draft-about-the-elections"] == "draft"
    assert status["pending-report-on-fuel-prices"] == "pending"
    assert status["private-memo"] == "draft"
    future = Article.objects.get(slug="aid-convoy-expected")
    assert future.status == "published" and not future.is_public  # scheduled at its time
    public = set(Article.objects.published().values_list("slug", flat=True))
    assert public == {"talks-resume-in-damascus", "مصر-تعلن"}


def test_draft_without_gmt_date_is_read_in_the_sites_zone(run_import):
    run_import(SITE)  # the portal's zone is Istanbul, UTC+3
    draft = Article.objects.get(slug="draft-about-the-elections")
    assert draft.published_at == datetime(2017, 1, 27, 7, 0, tzinfo=UTC)


def test_arabic_country_category_becomes_a_place_and_the_post_arabic(run_import):
    run_import(SITE)
    a = Article.objects.get(slug="مصر-تعلن")
    assert a.language == "ar" and [p.code for p in a.places.all()] == ["EG"]
    assert not Section.objects.filter(name__in=["Syria", "مصر"]).exists()
    assert Place.objects.filter(code="EG").count() == 1


def test_section_map_and_status_map(tmp_path, run_import):
    mapping = tmp_path / "sections.txt"
    mapping.write_text("politics = world   # renamed\nceasefire = -\nsyria = place:SY\n")
    run_import(SITE, "--section-map", str(mapping), "--status-map", "private=withdrawn,pending=skip")
    a = Article.objects.get(slug="talks-resume-in-damascus")
    assert a.section.slug == "world" and not Section.objects.filter(slug="ceasefire").exists()
    assert Article.objects.get(slug="private-memo").status == "withdrawn"
    assert not Article.objects.filter(slug="pending-report-on-fuel-prices").exists()


def test_report_names_what_was_left_out(run_import):
    out = run_import(SITE)
    for line in (
        "1 comments skipped", "1 nav_menu_item items skipped", "1 product items skipped", "1 trash posts skipped",
        "1 repeated items skipped", "nav_menu terms skipped",
    ):
        assert line in out


def test_create_users_makes_accounts_without_usable_passwords(run_import):
    run_import(SITE, "--create-users")
    user = get_user_model().objects.get(username="hasan")
    assert user.email == "hasan@example.org" and not user.has_usable_password()


def test_counts_are_right_without_a_recount(run_import):
    run_import(SITE)
    rows = set(DayCount.objects.filter(count__gt=0).values_list("day", "language", "count"))
    assert rows == {
        (datetime(2017, 1, 28).date(), "en", 1), (datetime(2017, 1, 28).date(), "ar", 1),
        (datetime(2031, 2, 1).date(), "en", 1),
    }


def test_imported_articles_are_found_by_search_and_drafts_are_not(run_import):
    run_import(SITE)
    found = search.find("Damascus delays")
    assert [r.article.slug for r in found.results] == ["talks-resume-in-damascus"]
    hidden = Article.objects.exclude(status="published").values_list("pk", flat=True)
    assert hidden and not Entry.objects.filter(article_id__in=hidden).exists()


def test_running_again_changes_nothing(run_import):
    run_import(SITE)
    before = list(Article.objects.order_by("id").values())
    redirects = Redirect.objects.count()
    out = run_import(SITE)
    assert "0 created, 0 updated, 8 unchanged" in out
    assert list(Article.objects.order_by("id").values()) == before
    assert Redirect.objects.count() == redirects


def test_an_updated_export_updates_changed_posts_and_moves_counts(write_export, run_import):
    run_import(SITE)
    changed = export_text().replace(
        "Talks resume in Damascus after a week of delays</title>", "Talks resume in Damascus at last</title>", 1
    ).replace("<wp:post_date_gmt><![CDATA[2017-01-28 10:00:00]]>", "<wp:post_date_gmt><![CDATA[2017-01-25 10:00:00]]>", 1)
    out = run_import(write_export(changed))
    assert "0 created, 2 updated, 6 unchanged" in out
    assert Article.objects.get(slug="talks-resume-in-damascus").headline == "Talks resume in Damascus at last"
    counts = dict(((d.isoformat(), lang), n) for d, lang, n in DayCount.objects.values_list("day", "language", "count"))
    assert counts[("2017-01-28", "ar")] == 0 and counts[("2017-01-25", "ar")] == 1
    assert Article.objects.count() == 6


def test_duplicate_guid_with_another_post_id_is_imported_and_reported(write_export, run_import):
    text = export_text().replace(
        "<guid isPermaLink=\"false\">http://old.example.org/?p=105</guid>",
        "<guid isPermaLink=\"false\">http://old.example.org/?p=104</guid>",
    )
    out = run_import(write_export(text))
    assert Article.objects.filter(slug="pending-report-on-fuel-prices").exists()
    assert "1 GUIDs shared by different post ids" in out


def test_dry_run_writes_nothing(run_import):
    out = run_import(SITE, "--dry-run")
    assert "Dry run" in out and "8 created" in out
    assert not Article.objects.exists() and not Redirect.objects.exists() and not Page.objects.exists()


def test_posts_converted_in_a_second_process_come_out_the_same(portal):
    from newsdesk.desk import importer

    def articles():
        rows = Article.objects.order_by("slug").values_list("slug", "headline", "body", "language", "summary", "status")
        # The sanitiser adds an image's loading and referrerpolicy in an order of its own per process.
        return [(*r[:2], r[2].replace(' loading="lazy"', "").replace(' referrerpolicy="no-referrer"', ""), *r[3:]) for r in rows]

    importer.Import(importer.Options()).run(str(SITE), parallel=False)
    alone = articles()
    Article.objects.all().delete()
    ImportedItem.objects.all().delete()
    importer.Import(importer.Options()).run(str(SITE), parallel=True)
    assert articles() == alone and len(alone) == 6


def test_search_words_are_the_same_whichever_process_makes_them(run_import, portal):
    """The converting process makes a share of each batch's words and the writer the rest."""
    from django.db import connection

    from newsdesk.desk import converting, wxr
    from newsdesk.search.backends import for_connection
    from newsdesk.search.documents import of_article

    run_import(SITE)
    settings = converting.Settings(portal.zone, "http://old.example.org", "en", (), connection.vendor)
    with wxr.open_export(str(SITE)) as stream:
        posts = [r for r in wxr.read(stream) if isinstance(r, wxr.Item) and r.post_type == "post"]
    made = [c for c in converting.convert_all(settings, posts) if c.words]
    assert converting.convert_all(settings, posts, with_words=0)[0].words is None
    backend = for_connection(connection)
    for article in Article.objects.filter(pk__in=Entry.objects.values("article_id")):
        d = of_article(article)
        assert backend.words(d.headline, d.text, d.language) in [c.words for c in made]
    assert Entry.objects.count() >= 3


def test_the_log_is_checkpointed_beside_the_import_and_the_setting_given_back(tmp_path, django_db_blocker):
    """On SQLite (the embedded database, whichever one this suite runs on), the import's commits
    leave the write-ahead log to a checkpoint beside them, so the log holds one batch, not the
    whole import; afterwards the connection checkpoints as SQLite does by default."""
    from django.db.utils import ConnectionHandler

    from newsdesk.desk.checkpoints import Checkpoints
    from newsdesk.settings import SQLITE_OPTIONS

    path = tmp_path / "site.sqlite3"
    db = ConnectionHandler({"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path),
                                        "OPTIONS": SQLITE_OPTIONS}})["default"]
    batch = [("x" * 4000,)] * 500
    log = tmp_path / "site.sqlite3-wal"

    def limit():
        with db.cursor() as cursor:
            cursor.execute("PRAGMA wal_autocheckpoint")
            return cursor.fetchone()[0]

    with django_db_blocker.unblock():  # a database of the test's own, not the suite's
        with db.cursor() as cursor:
            cursor.execute("CREATE TABLE posts (body TEXT)")
        before = limit()
        with Checkpoints(db) as checkpoints:
            assert limit() == 0  # no checkpoint inside the commits
            sizes = []
            for _ in range(4):
                checkpoints.ready()
                with db.cursor() as cursor:
                    cursor.executemany("INSERT INTO posts VALUES (%s)", batch)
                checkpoints.committed()
                sizes.append(log.stat().st_size)
        # The log started again after each checkpoint: one batch long, not four.
        assert sizes[-1] < 1.5 * sizes[0]
        assert limit() == before == 1000
        db.close()


def test_an_import_in_small_batches_creates_every_item(run_import):
    out = run_import(SITE, "--batch-size", "2")
    assert "8 created" in out and Article.objects.count() == 6
