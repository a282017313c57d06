"""Sections, places and sources: what an article list can be narrowed to, with their names in
each edition's language. Sources show only what readers may know (no errors or fetch state)."""

from ninja import Router

from newsdesk.articles.models import Place, Section
from newsdesk.portal.models import LANGUAGE_CODES
from newsdesk.sources.models import Source

from . import schemas
from .routing import read_only

router = Router(tags=["directory"])
ERRORS = {429: schemas.Error}


def names(item) -> dict[str, str]:
    return {lang: item.label(lang) for lang in LANGUAGE_CODES}


def section_out(section: Section) -> dict:
    return {"id": section.pk, "slug": section.slug, "names": names(section)}


def place_out(place: Place) -> dict:
    return {"id": place.pk, "slug": place.slug, "code": place.code, "names": names(place)}


@read_only(router, "/sections", response={200: list[schemas.Section], **ERRORS})
def sections(request):
    return [section_out(s) for s in Section.objects.all()]


@read_only(router, "/places", response={200: list[schemas.Place], **ERRORS})
def places(request):
    return [place_out(p) for p in Place.objects.all()]


@read_only(router, "/sources", response={200: list[schemas.Source], **ERRORS})
def sources(request):
    rows = Source.objects.only("name", "homepage", "language")
    return [{"id": s.pk, "name": s.name, "site": s.homepage, "language": s.language} for s in rows]
