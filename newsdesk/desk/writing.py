"""The import's writes: a batch of converted items into articles, pages, identities, redirects and
day counts, in a few bulk statements. Called inside the batch's transaction.

Bulk inserts skip Article.save, so what save does is done here for the whole batch: the body is
sanitised (posts.convert), slugs are made unique, counted_day is set and the day counts move by
the same amounts one save at a time would move them.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection, models
from django.urls import reverse
from django.utils import timezone, translation

from newsdesk.articles import counts
from newsdesk.articles.models import Article
from newsdesk.desk.models import ImportedItem, Page, Redirect
from newsdesk.search import indexing

from . import legacy, posts, rows, wxr

ARTICLE_FIELDS = (
    "headline", "summary", "body", "language", "published_at", "status", "pinned", "author",
    "section_id", "counted_day", "lead_image_url",
)


@dataclass
class Pending:
    item: wxr.Item
    digest: str
    row: ImportedItem | None
    article: Article | None = None
    page: Page | None = None
    places: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    modified: object = None
    words: object = None  # the search index's, when the converting process made them


@dataclass
class Batch:
    known: dict
    size: int = 0  # items read, whatever became of them
    articles: list[Pending] = field(default_factory=list)
    pages: list[Pending] = field(default_factory=list)
    attachments: list[Pending] = field(default_factory=list)
    converted: Callable[[], list[posts.Converted]] = list  # the posts' conversions, in order

    def add(self, item: wxr.Item, digest: str, row) -> None:
        pending = Pending(item, digest, row)
        if item.post_type == "attachment":
            self.attachments.append(pending)
        elif item.post_type == "page":
            self.pages.append(pending)
        else:
            self.articles.append(pending)


def file_post(pending: Pending, c: posts.Converted, run) -> None:
    """A converted post as an article: its section and places, its author, its old addresses."""
    item = pending.item
    for name, n in c.removed.items():
        run.summary.reported[f"[{name}] shortcodes removed"] += n
    section_id, places = None, []
    for term in item.terms:
        filed = run.filing.file(term) if term.taxonomy in ("category", "post_tag") else None
        if filed and filed.kind == "place" and filed.pk not in places:
            places.append(filed.pk)
        elif filed and filed.kind == "section" and section_id is None:
            section_id = filed.pk or None
    author = run.authors.get(item.creator)
    pending.article = Article(
        headline=c.headline, slug=c.slug, summary=c.summary, body=c.body, language=c.language,
        published_at=c.published_at, status=c.status, pinned=c.pinned, section_id=section_id,
        author=(author.display_name or author.login) if author else item.creator,
    )
    pending.article.counted_day = counts.day_of(pending.article, run.portal)
    pending.places = places
    pending.words = c.words
    pending.modified = posts.modified_at(item, run.zone)
    pending.keys = legacy.post_keys(item.link, item.post_id, "post", posts.local_date(item, run.zone), item.slug)


def write_batch(run, batch: Batch) -> None:
    moved: Counter = Counter()
    write_attachments(batch)
    resolve_images(batch)
    new = [p for p in batch.articles if p.row is None]
    old = [p for p in batch.articles if p.row is not None]
    insert_articles(new, moved)
    update_articles(old, moved)
    write_pages(batch.pages)
    write_identities(batch)
    write_redirects(batch)
    for (day, language), n in moved.items():
        if n:
            counts.add(day, language, n)
    # Bulk writes send no signals: the search index follows the batch here, in its transaction,
    # so an imported article is searchable the moment it is public. Its words were made by the
    # converting process: this is only their insert.
    indexed = [p for p in batch.articles if p.article.pk]
    indexing.follow([p.article for p in indexed], [p.words for p in indexed])


def write_attachments(batch: Batch) -> None:
    for p in batch.attachments:
        p.keys = legacy.post_keys(p.item.link, p.item.post_id, "attachment", None, "")


def resolve_images(batch: Batch) -> None:
    """Featured images whose attachment is already known; the rest wait for finish()."""
    wanted = {wxr.number(p.item.meta.get("_thumbnail_id", "")) for p in batch.articles} - {0}
    urls = {p.item.post_id: p.item.attachment_url for p in batch.attachments}
    missing = wanted - set(urls)
    if missing:
        rows = ImportedItem.objects.filter(post_type="attachment", post_id__in=missing)
        urls.update(rows.values_list("post_id", "attachment_url"))
    for p in batch.articles:
        p.article.lead_image_url = urls.get(wxr.number(p.item.meta.get("_thumbnail_id", "")), "")


def insert_articles(new: list[Pending], moved: Counter) -> None:
    if not new:
        return
    assign_slugs([p.article for p in new])
    now = timezone.now()
    for p in new:
        p.article.created_at, p.article.updated_at = now, p.modified or now  # the post's own modified time
    ids = rows.insert_new(Article._meta.db_table, *article_rows([p.article for p in new]))
    for p, pk in zip(new, ids, strict=True):
        p.article.pk = pk
        p.article._state.adding = False
        if p.article.counted_day:
            moved[(p.article.counted_day, p.article.language)] += 1
    write_places(new)


def article_rows(articles: list[Article]) -> tuple[tuple[str, ...], list[tuple]]:
    """Every column but the id of each article, as bulk_create would have sent them."""
    fields = [f for f in Article._meta.concrete_fields if not f.primary_key]
    # Only dates and times need the database's own form; every other column is a plain value.
    moments = {f.attname for f in fields if isinstance(f, models.DateField)}

    def value(field, article):
        found = getattr(article, field.attname)
        return field.get_db_prep_save(found, connection) if found is not None and field.attname in moments else found

    return tuple(f.column for f in fields), [tuple(value(f, a) for f in fields) for a in articles]


def update_articles(old: list[Pending], moved: Counter) -> None:
    if not old:
        return
    stored = Article.objects.in_bulk([p.row.article_id for p in old if p.row.article_id])
    for p in old:
        current = stored.get(p.row.article_id)
        if current is None:  # deleted since: make it again
            p.row.article_id = None
            insert_articles([p], moved)
            continue
        if current.counted_day:
            moved[(current.counted_day, current.language)] -= 1
        if p.article.counted_day:
            moved[(p.article.counted_day, p.article.language)] += 1
        p.article.pk, p.article.slug = current.pk, keep_slug(current.slug, p.article.slug)
    updated = [p.article for p in old if p.article.pk]
    Article.objects.bulk_update(updated, [*ARTICLE_FIELDS, "slug"], batch_size=200)
    Article.places.through.objects.filter(article_id__in=[a.pk for a in updated]).delete()
    write_places([p for p in old if p.article.pk])
    keep_modified([p for p in old if p.article.pk])


def keep_slug(stored: str, wanted: str) -> str:
    """An updated post keeps its address unless its WordPress slug changed."""
    if stored == wanted or stored.startswith(f"{wanted}-"):
        return stored
    [article] = assign_slugs([Article(slug=wanted)])
    return article.slug


def assign_slugs(articles: list[Article]) -> list[Article]:
    """Each article's slug, numbered past those taken in the database or earlier in the batch."""
    taken = set(Article.objects.filter(slug__in=[a.slug for a in articles]).values_list("slug", flat=True))
    used: set[str] = set()
    for article in articles:
        base, n = article.slug, 1
        while article.slug in taken or article.slug in used:
            n += 1
            article.slug = f"{base}-{n}"
            if article.slug not in used and Article.objects.filter(slug=article.slug).exists():
                taken.add(article.slug)
        used.add(article.slug)
    return articles


def write_places(done: list[Pending]) -> None:
    table = Article.places.through._meta.db_table
    found = [(p.article.pk, pk) for p in done for pk in p.places if pk]
    rows.insert(table, ("article_id", "place_id"), found)


def keep_modified(done: list[Pending]) -> None:
    """The post's own modified time (a bulk update would set now)."""
    table = connection.ops.quote_name(Article._meta.db_table)
    rows = [
        (connection.ops.adapt_datetimefield_value(p.modified), p.article.pk) for p in done if p.modified
    ]
    if rows:
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {table} SET updated_at = %s WHERE id = %s", rows)


def write_pages(pages: list[Pending]) -> None:
    for p in pages:
        path = page_path(p.item)
        page = Page.objects.filter(pk=p.row.page_id).first() if p.row and p.row.page_id else None
        page = page or Page.objects.filter(path=path).first() or Page(path=path)
        page.path, page.title = path, posts.plain(p.item.title) or path
        page.body = posts.autop.autop(posts.shortcodes.convert(p.item.content).html)
        page.published = p.item.status == "publish"
        page.save()
        p.page = page
        p.keys = [k for k in legacy.post_keys(p.item.link, p.item.post_id, "page", None, "") if k != legacy.key(path)]


def page_path(item: wxr.Item) -> str:
    """The page's old path, decoded, with a trailing slash (as WordPress writes pages)."""
    found = legacy.key_of_url(item.link).split("?", 1)
    if len(found) == 1 and found[0] != "/":
        return found[0] + "/"
    return f"/{posts.slug_of(item, item.title)}/"


IDENTITY_COLUMNS = ("post_id", "guid", "post_type", "digest", "link", "article_id", "page_id", "attachment_url", "thumbnail_id")


def write_identities(batch: Batch) -> None:
    fresh, changed = [], []
    for p in [*batch.articles, *batch.pages, *batch.attachments]:
        thumbnail = wxr.number(p.item.meta.get("_thumbnail_id", ""))
        values = (
            p.item.post_id, p.item.guid[:1000], p.item.post_type, p.digest, p.item.link[:1000],
            p.article.pk if p.article and p.item.post_type == "post" else None,
            p.page.pk if p.page else None, p.item.attachment_url[:1000],
            thumbnail if thumbnail and p.article and not p.article.lead_image_url else None,
        )
        (changed if p.row else fresh).append(values)
    rows.insert(ImportedItem._meta.db_table, IDENTITY_COLUMNS, fresh)
    if changed:
        with connection.cursor() as cursor:  # by identity: the unique (post id, GUID) index finds each
            table = connection.ops.quote_name(ImportedItem._meta.db_table)
            sets = ", ".join(f"{c} = %s" for c in IDENTITY_COLUMNS[3:])
            cursor.executemany(
                f"UPDATE {table} SET {sets} WHERE post_id = %s AND guid = %s",
                [(*v[3:], v[0], v[1]) for v in changed],
            )


def write_redirects(batch: Batch) -> None:
    found: dict[str, tuple] = {}
    for p in batch.articles:
        for k in p.keys:
            found.setdefault(k, (k, p.article.pk, None, ""))
    for p in batch.pages:
        for k in p.keys:
            found.setdefault(k, (k, None, p.page.pk, ""))
    for p in batch.attachments:
        for k in p.keys:
            found.setdefault(k, (k, None, None, p.item.attachment_url[:1000]))
    upsert_redirects(list(found.values()))


def upsert_redirects(found: list[tuple]) -> None:
    """(old, article id, page id, target) rows; an address already known points anew."""
    kept = [r for r in found if len(r[0]) <= 1000]
    rows.insert(Redirect._meta.db_table, ("old", "article_id", "page_id", "target"), kept, conflict="old")


def finish(run) -> None:
    """After the last batch: featured images found later in the file, and the addresses of the
    old site's categories, tags, authors and feeds."""
    resolve_late_images(run)
    with translation.override(run.portal.default_language):
        home, feed = reverse("home"), reverse("feed")
        found: dict[str, str] = {}
        for term in run.terms.values():
            filed = run.filing.file(term)
            target = reverse(filed.kind, kwargs={"slug": filed.slug}) if filed and filed.slug else home
            pages, feeds = legacy.term_keys(term.taxonomy, term.slug, term.term_id, ancestors(run.terms, term))
            found.update(dict.fromkeys(pages, target))
            found.update(dict.fromkeys(feeds, feed))
        for login in run.authors:  # no author pages here: the front page, and the site's feed
            pages, feeds = legacy.author_keys(login)
            found.update(dict.fromkeys(pages, home))
            found.update(dict.fromkeys(feeds, feed))
        found.update({legacy.key(f): feed for f in legacy.SITE_FEEDS})
    upsert_redirects([(old, None, None, target[:1000]) for old, target in found.items()])


def ancestors(terms: dict, term: wxr.Term) -> tuple[str, ...]:
    """The slugs of a category's parents, the top one first (a loop in a broken export ends)."""
    found: list[str] = []
    parent = term.parent
    while parent and parent not in found and len(found) < 20:
        found.insert(0, parent)
        known = terms.get((term.taxonomy, parent))
        parent = known.parent if known else ""
    return tuple(found)


def resolve_late_images(run) -> None:
    waiting = ImportedItem.objects.filter(thumbnail_id__isnull=False, article__isnull=False)
    table = connection.ops.quote_name(Article._meta.db_table)
    last = 0
    while chunk := list(waiting.filter(pk__gt=last).order_by("pk").values_list("pk", "article_id", "thumbnail_id")[:1000]):
        last = chunk[-1][0]
        urls = dict(
            ImportedItem.objects.filter(post_type="attachment", post_id__in={t for _, _, t in chunk})
            .values_list("post_id", "attachment_url")
        )
        found = [(urls[t], a) for _, a, t in chunk if urls.get(t)]
        with connection.cursor() as cursor:
            cursor.executemany(f"UPDATE {table} SET lead_image_url = %s WHERE id = %s", found)
        ImportedItem.objects.filter(pk__in=[pk for pk, _, t in chunk if urls.get(t)]).update(thumbnail_id=None)
        missing = sum(1 for _, _, t in chunk if not urls.get(t))
        if missing:
            run.summary.reported["featured images not in the export (left out)"] += missing
