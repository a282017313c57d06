"""WordPress exports written for these tests (fixtures/) and ways to vary them; accounts in each role
(the groups come from the desk's migration) and the article form's data."""

import gzip
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

FIXTURES = Path(__file__).parent / "fixtures"
SITE = FIXTURES / "site-1.2.xml"


def export_text(version: str = "1.2") -> str:
    """The fixture site as WordPress 2.x (1.0), 3.0 (1.1) or 3.1+ (1.2) wrote it: the versions
    differ in their namespace (and wxr_version)."""
    text = SITE.read_text(encoding="utf-8")
    return text.replace("export/1.2/", f"export/{version}/").replace(
        "<wp:wxr_version>1.2<", f"<wp:wxr_version>{version}<"
    )


@pytest.fixture
def write_export(tmp_path):
    def write(text: str, name: str = "export.xml", compress: bool = False) -> Path:
        path = tmp_path / name
        data = text.encode("utf-8")
        path.write_bytes(gzip.compress(data) if compress else data)
        return path

    return write


@pytest.fixture
def run_import(portal):
    def run(path, *args):
        out = StringIO()
        call_command("import-wordpress", str(path), *args, stdout=out)
        return out.getvalue()

    return run


PASSWORD = "a-long-desk-passphrase"


@pytest.fixture
def account(db, django_user_model):
    def make(role: str, name: str | None = None):
        user = django_user_model.objects.create_user(name or role, f"{name or role}@example.org", PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def desk(account):
    """A logged-in client per role: desk("editor")."""

    def login(role: str, name: str | None = None) -> Client:
        client = Client()
        client.force_login(account(role, name))
        return client

    return login


def form_data(article, **changes) -> dict:
    """What the admin's change form posts for `article`, with `changes` over it."""
    when = article.local_published() if article.published_at else None  # the admin shows the site's zone
    data = {
        "headline": article.headline, "slug": article.slug, "summary": article.summary, "body": article.body,
        "lead_image_url": article.lead_image_url, "language": article.language,
        "published_at_0": when.strftime("%Y-%m-%d") if when else "",
        "published_at_1": when.strftime("%H:%M:%S") if when else "",
        "time_zone": "", "status": article.status, "section": article.section_id or "",
        "places": [p.pk for p in article.places.all()] if article.pk else [], "source": article.source_id or "",
        "agency": article.agency, "original_url": article.original_url, "author": article.author,
        "withdrawal_notice": article.withdrawal_notice,
    }
    for flag in ("breaking", "pinned"):
        if getattr(article, flag):
            data[flag] = "on"
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}
