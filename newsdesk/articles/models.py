"""The content model: what the public site shows and every output starts from."""

from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from newsdesk.portal.models import Portal

from . import addresses, counts
from .html import sanitize_body
from .places import country_name


class Section(models.Model):
    name = models.CharField(max_length=80)
    # What the Turkish and Arabic editions call it; empty means the main name.
    name_tr = models.CharField(_("name in Turkish"), max_length=80, blank=True)
    name_ar = models.CharField(_("name in Arabic"), max_length=80, blank=True)
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return addresses.topic(get_language(), "section", self.slug)

    def label(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name


class Place(models.Model):
    """A country: the `Syria:` headline prefix and the country pages."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=True)
    code = models.CharField(max_length=2, blank=True, help_text=_("ISO 3166-1 alpha-2"))

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return addresses.topic(get_language(), "place", self.slug)

    def label(self, lang: str) -> str:
        """The stored (English) name as editors keep it; in other languages, the country's
        name from CLDR."""
        return (lang != "en" and country_name(self.code, lang)) or self.name


def public_until(until=None):
    """The latest publication time a public read shows: now, or `until` if that is earlier."""
    now = timezone.now()
    return now if until is None else min(now, until)


class ArticleQuerySet(models.QuerySet):
    """Public reads start here. Each method puts one upper bound on published_at: SQLite uses a
    single bound to walk the (status, published_at, id) index, and a second one would leave it
    scanning from now back to the page wanted (measured: 8.5 ms -> 0.3 ms for a deep page at 140k)."""

    def published(self, until=None):
        """The one visibility rule: published and due. Drafts, pending, scheduled, withdrawn never show."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=public_until(until))

    def published_on(self, day, portal: Portal | None = None):
        start, end = (portal or Portal.load()).day_bounds(day)
        return self.published(until=end - timedelta(microseconds=1)).filter(published_at__gte=start)

    def published_before(self, published_at, pk):
        """Keyset page: the public articles strictly older than (published_at, pk)."""
        return self.published(until=published_at).exclude(published_at=published_at, id__gte=pk)

    def published_after(self, published_at, pk, until=None):
        """Keyset page back: the public articles strictly newer than (published_at, pk)."""
        return self.published(until=until).filter(published_at__gte=published_at).exclude(
            published_at=published_at, id__lte=pk
        )

    def in_edition(self, lang: str):
        """The articles an edition lists: those written in its language."""
        return self.filter(language=lang)

    def latest_first(self):
        return self.order_by("-published_at", "-id")


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending review")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True, allow_unicode=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text=_("HTML; sanitised on save."))
    lead_image_url = models.URLField(max_length=1000, blank=True)
    language = models.CharField(max_length=8, default="en")
    published_at = models.DateTimeField(null=True, blank=True, db_index=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    section = models.ForeignKey(Section, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    places = models.ManyToManyField(Place, blank=True, related_name="articles")
    source = models.ForeignKey(
        "sources.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    agency = models.CharField(max_length=120, blank=True, help_text=_("The agency credited on the page."))
    original_url = models.URLField(max_length=1000, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True, help_text=_("Hash of the normalised text."))
    author = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The site day this article is counted under in DayCount (None: not counted). Kept on the row
    # so that counts can be moved exactly once whatever edits an article goes through.
    counted_day = models.DateField(null=True, blank=True, editable=False)
    breaking = models.BooleanField(
        default=False, help_text=_("Shown in the breaking-news strip of its edition's front page for 12 hours.")
    )
    pinned = models.BooleanField(default=False, help_text=_("Leads its edition's front page while it is pinned."))
    withdrawal_notice = models.TextField(
        blank=True,
        help_text=_("Shown at the article's address once it is withdrawn (readers get 410 Gone); empty: not found."),
    )
    # Set when a public article's headline or body is corrected; its time stamp stays the first one.
    corrected_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Who wrote it in the admin (none for agency reports): contributors edit only their own.
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        permissions = [("publish_article", "Can publish, schedule, withdraw and pin articles")]
        indexes = [
            models.Index(fields=["status", "published_at", "id"], name="article_visible"),
            models.Index(fields=["language", "status", "published_at", "id"], name="article_edition"),
            models.Index(fields=["published_at"], condition=Q(breaking=True), name="article_breaking"),
            # The edition's columns first, as in article_edition: SQLite otherwise walks the whole
            # edition through article_edition looking for a pinned row (0.3 s at 140k articles).
            models.Index(fields=["language", "status", "published_at", "id"], condition=Q(pinned=True),
                         name="article_pinned_edition"),
            # The admin's list, latest first, whole or by language or section: read in index order
            # instead of sorting the archive (bench/desk/admin_lists.py).
            models.Index(fields=["published_at", "id"], name="article_latest"),
            models.Index(fields=["language", "published_at", "id"], name="article_language_latest"),
            models.Index(fields=["section", "published_at", "id"], name="article_section_latest"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["original_url"], condition=~Q(original_url=""), name="article_unique_url"),
            models.UniqueConstraint(fields=["fingerprint"], condition=~Q(fingerprint=""), name="article_unique_text"),
        ]

    def __str__(self) -> str:
        return self.headline

    def save(self, *args, **kwargs):
        self.body = sanitize_body(self.body)
        if not self.slug:
            self.slug = unique_slug(self.headline)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "counted_day", "body", "slug", "published_at"}
        # One transaction for the count and the row; inside a caller's transaction, part of it
        # (no savepoint of its own: a failure here fails the caller's transaction, as in Django's
        # own saves, and a caller that must go on after one makes its own savepoint).
        with transaction.atomic(savepoint=False):
            counts.follow(self)
            super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        """Its one address, in the edition of its language (the main edition for a language the
        site has no edition for)."""
        portal = Portal.load()
        return addresses.article(self.edition(portal), self.local_published(portal).date(), self.slug, portal)

    def edition(self, portal: Portal | None = None) -> str:
        portal = portal or Portal.load()
        return self.language if self.language in portal.language_list else portal.default_language

    def local_published(self, portal: Portal | None = None):
        """Its time in the site's zone; a draft with no time yet goes by when it was written."""
        moment = self.published_at or self.created_at or timezone.now()
        return timezone.localtime(moment, (portal or Portal.load()).zone)

    def previewable_by(self, user) -> bool:
        """Whether `user` may see it before it is public: editors any article, a contributor
        their own."""
        if not (user.is_active and user.is_staff):
            return False
        if user.has_perm("articles.publish_article"):
            return True
        return user.has_perm("articles.change_article") and self.created_by_id == user.pk

    @property
    def is_public(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )


def unique_slug(headline: str) -> str:
    """The headline's slug, numbered past those taken (one query, however many share the base)."""
    base = (slugify(headline, allow_unicode=True) or "article")[:100].strip("-")
    # A range, not startswith: SQLite's LIKE is case-insensitive and would not use the index.
    prefixed = Article.objects.filter(slug__gte=base, slug__lt=base + "\uffff")
    taken = set(prefixed.values_list("slug", flat=True))
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug


class DayCount(models.Model):
    """Published articles per site day and language, maintained on write so no page view counts
    the table: each edition's header and archives read their own language's rows."""

    day = models.DateField()
    language = models.CharField(max_length=8, default="en")
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["day", "language"], name="daycount_unique_day")]
        # The header's total sums an edition's earlier days: read along one language, not the
        # whole table (36 ms at a million articles, 27,000 days a language).
        indexes = [models.Index(fields=["language", "day"], name="daycount_language_day")]

    def __str__(self) -> str:
        return f"{self.day} {self.language}: {self.count}"


class ReadCount(models.Model):
    """Views of an article in one hour, folded in by the job consumer (articles.readership)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="readcount_unique_hour")]
        indexes = [models.Index(fields=["hour"], name="readcount_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} at {self.hour:%Y-%m-%d %H}:00: {self.views}"
