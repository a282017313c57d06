"""What the API answers: the shapes its OpenAPI document publishes."""

from datetime import date, datetime

from ninja import Schema
from pydantic import Field


class Error(Schema):
    detail: str = Field(description="What was wrong with the request, in plain words.")


class Names(Schema):
    en: str
    tr: str
    ar: str


class Section(Schema):
    id: int
    slug: str
    names: Names


class Place(Schema):
    id: int
    slug: str
    code: str = Field(description="ISO 3166-1 alpha-2 (may be empty).")
    names: Names


class Source(Schema):
    id: int
    name: str
    site: str = Field(description="The agency's home page (may be empty).")
    language: str = Field(description="Language of its copy; empty when detected per article.")


class Article(Schema):
    id: int
    url: str = Field(description="Its one canonical address on the site, in its language's edition.")
    headline: str
    summary: str
    body: str = Field(description="HTML, sanitised.")
    language: str
    published_at: datetime
    updated_at: datetime
    section: Section | None
    places: list[Place]
    source_id: int | None
    agency: str
    author: str
    original_url: str
    image_url: str


class ArticlePage(Schema):
    items: list[Article]
    next: str | None = Field(description="Cursor of the next (older) page; null on the last page.")


class Day(Schema):
    day: date
    count: int


class Counts(Schema):
    language: str
    start: date
    end: date
    days: list[Day] = Field(description="Every day from start to end, oldest first.")
    total: int = Field(description="Every article published in this language up to now.")
