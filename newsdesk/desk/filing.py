"""Where WordPress categories and tags go: a country (by name or slug, in English, Turkish or
Arabic) becomes a Place, anything else a Section, unless the section map says otherwise."""

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from django.utils.text import slugify

from newsdesk.articles.models import Place, Section
from newsdesk.places.countries import countries, country_by_label

from .wxr import Term

DROP = "-"


@dataclass(frozen=True)
class Filed:
    kind: str  # "section" or "place"
    pk: int
    slug: str


class SectionMapError(ValueError):
    pass


def read_section_map(path: str) -> dict[str, str]:
    """Lines `wordpress-slug = section-slug`, `= place:SY` or `= -` (leave out); # comments."""
    found = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        source, sep, target = (part.strip() for part in line.partition("="))
        if not sep or not source or not target:
            raise SectionMapError(f"{path}, line {number}: expected 'wordpress-slug = section-slug'")
        found[unquote(source).casefold()] = target
    return found


class Filing:
    """Terms resolved once per run (a site has tens or thousands of terms, not millions)."""

    def __init__(self, section_map: dict[str, str], write: bool = True):
        self.section_map = section_map
        self.write = write
        self.known: dict[tuple[str, str], Filed | None] = {}

    def file(self, term: Term) -> Filed | None:
        slug = unquote(term.slug or "").casefold()
        key = (term.taxonomy, slug or term.name.casefold())
        if key not in self.known:
            self.known[key] = self.decide(term, slug)
        return self.known[key]

    def decide(self, term: Term, slug: str) -> Filed | None:
        target = self.section_map.get(slug) or self.section_map.get(term.name.casefold())
        if target == DROP:
            return None
        if target and target.lower().startswith("place:"):
            return self.place(target.split(":", 1)[1].strip().upper(), "")
        if target:
            return self.section(target, term.name)
        country = country_by_label(term.name) or country_by_label(slug.replace("-", " "))
        if country is not None:
            return self.place(country.code, country.name)
        return self.section(slug or slugify(term.name, allow_unicode=True), term.name)

    def place(self, code: str, name: str) -> Filed | None:
        found = Place.objects.filter(code=code).order_by("name").first()
        if found is None and self.write:
            name = name or next((c.name for c in countries() if c.code == code), code)
            slug = slugify(name, allow_unicode=True)[:70] or code.lower()
            if Place.objects.filter(slug=slug).exists():
                slug = f"{slug}-{code.lower()}"
            found = Place.objects.create(name=name, slug=slug, code=code)
        return Filed("place", found.pk, found.slug) if found else Filed("place", 0, "")

    def section(self, slug: str, name: str) -> Filed | None:
        slug = slugify(slug, allow_unicode=True)[:80] or "section"
        found = Section.objects.filter(slug=slug).first()
        if found is None and self.write:
            found = Section.objects.create(name=(name or slug)[:80], slug=slug)
        return Filed("section", found.pk, found.slug) if found else Filed("section", 0, slug)
