"""The site's editorial settings: one row, edited by editors in the admin."""

import contextvars
import zoneinfo
from datetime import date, datetime

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.urls import clear_url_caches
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

CACHE_KEY = "portal:settings"
LANGUAGE_CODES = ("en", "tr", "ar")
# The settings a request works with, loaded once by the edition middleware: every URL built and
# every date formatted during the request reads this instead of the cache.
current = contextvars.ContextVar("portal", default=None)


def validate_time_zone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("%(tz)s is not a known time zone (e.g. Europe/Istanbul)."), params={"tz": value}) from exc


def validate_languages(value: str) -> None:
    codes = [c.strip() for c in value.split(",") if c.strip()]
    unknown = [c for c in codes if c not in LANGUAGE_CODES]
    if not codes or unknown:
        raise ValidationError(
            _("Languages must be a comma-separated list of: %(known)s."),
            params={"known": ", ".join(LANGUAGE_CODES)},
        )


class Portal(models.Model):
    name = models.CharField(max_length=120, default="newsdesk")
    tagline = models.CharField(max_length=200, blank=True)
    # The Turkish and Arabic editions' own site name and tagline; empty means the main one.
    name_tr = models.CharField(_("name in Turkish"), max_length=120, blank=True)
    tagline_tr = models.CharField(_("tagline in Turkish"), max_length=200, blank=True)
    name_ar = models.CharField(_("name in Arabic"), max_length=120, blank=True)
    tagline_ar = models.CharField(_("tagline in Arabic"), max_length=200, blank=True)
    facebook_url = models.URLField(blank=True)
    twitter_url = models.URLField(blank=True)
    youtube_url = models.URLField(blank=True)
    time_zone = models.CharField(max_length=64, default="Europe/Istanbul", validators=[validate_time_zone])
    languages = models.CharField(
        max_length=40, default="en,tr,ar", validators=[validate_languages],
        help_text=_("The site's editions, comma-separated; the first is served at / and the others "
                    "under /tr/ and /ar/."),
    )
    show_hijri = models.BooleanField(default=True)
    hijri_adjustment = models.SmallIntegerField(
        default=0, validators=[MinValueValidator(-2), MaxValueValidator(2)],
        help_text=_("Days to shift the Umm al-Qura date by, for countries that start months differently."),
    )
    strip_days = models.PositiveSmallIntegerField(
        default=5, validators=[MinValueValidator(1), MaxValueValidator(14)],
        help_text=_("How many recent days the header lists with their counts."),
    )
    feed_full_content = models.BooleanField(
        _("full text in feeds"), default=True,
        help_text=_("RSS, Atom and JSON feeds carry each article's whole text; off: headlines and "
                    "summaries only, for readers to come to the site."),
    )

    class Meta:
        verbose_name = _("portal settings")
        verbose_name_plural = _("portal settings")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1  # a singleton: there is one site per installation
        self.full_clean()
        with transaction.atomic():
            # Forgotten again when the change commits, since a request in between may load the old
            # row and keep it for minutes; registered before the row is written so that it runs
            # before the pages' versions move (articles.signals, on commit too), or a page drawn
            # in between would be kept with the old settings under the new version.
            transaction.on_commit(lambda: cache.delete(CACHE_KEY))
            super().save(*args, **kwargs)
            cache.delete(CACHE_KEY)  # and now, for what this transaction draws next
        clear_url_caches()  # addresses carry the main edition's (absent) prefix

    @classmethod
    def load(cls) -> "Portal":
        portal = current.get()
        if portal is not None:
            return portal
        portal = cache.get(CACHE_KEY)
        if portal is None:
            portal = cls.objects.filter(pk=1).first() or cls(pk=1)
            cache.set(CACHE_KEY, portal, 300)
        return portal

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def language_list(self) -> list[str]:
        return [c.strip() for c in self.languages.split(",") if c.strip()]

    @property
    def default_language(self) -> str:
        return self.language_list[0]

    def site_name(self, lang: str) -> str:
        return getattr(self, f"name_{lang}", "") or self.name

    def site_tagline(self, lang: str) -> str:
        return getattr(self, f"tagline_{lang}", "") or self.tagline

    def local_day(self, moment: datetime) -> date:
        return timezone.localtime(moment, self.zone).date()

    def today(self) -> date:
        return self.local_day(timezone.now())

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The UTC instants where the site's `day` starts and the next day starts."""
        start = datetime(day.year, day.month, day.day, tzinfo=self.zone)
        following = date.fromordinal(day.toordinal() + 1)
        end = datetime(following.year, following.month, following.day, tzinfo=self.zone)
        return start, end
