"""What the public site reads of stories: an article's story and its public versions. Reads only,
starting from Article.objects.published()."""

from dataclasses import dataclass

from newsdesk.articles.models import Article

from .models import Story, StoryVersion

FIELDS = ("headline", "slug", "summary", "language", "published_at", "agency", "author")


@dataclass
class Told:
    """A story as readers see it: its public versions, oldest first, and its editor's lead."""

    story_id: int
    versions: list
    lead_id: int | None

    @property
    def agencies(self) -> int:
        return len({v.agency or v.pk for v in self.versions})

    def languages(self, order: list[str]) -> list[str]:
        present = {v.language for v in self.versions}
        return [lang for lang in order if lang in present] + sorted(present - set(order))

    def lead_in(self, language: str):
        """The editor's lead when it is in this language, else the first version in it."""
        mine = [v for v in self.versions if v.language == language]
        return next((v for v in mine if v.pk == self.lead_id), mine[0] if mine else None)

    def counterparts(self, languages: list[str]) -> dict[str, str]:
        """The address of the version leading in each edition that has one."""
        return {lang: lead.get_absolute_url() for lang in languages if (lead := self.lead_in(lang))}


def versions_of(story_id: int, lead_id: int | None) -> Told | None:
    versions = list(
        Article.objects.published().filter(story_version__story_id=story_id)
        .order_by("published_at", "id").only(*FIELDS)
    )
    return Told(story_id, versions, lead_id) if versions else None


def told_with(article) -> Told | None:
    """The story of an article read with its story version (select_related), or None when it has
    none yet: one query for the versions."""
    try:
        version = article.story_version
    except StoryVersion.DoesNotExist:
        return None
    return versions_of(version.story_id, version.story.lead_id)


def told(story_id: int) -> Told | None:
    lead = Story.objects.filter(pk=story_id).values_list("lead_id", flat=True)
    if not lead.exists():
        return None
    return versions_of(story_id, lead.first())
