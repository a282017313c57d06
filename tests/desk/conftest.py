"""WordPress exports written for these tests (fixtures/) and ways to vary them."""

import gzip
from pathlib import Path

import pytest
from django.core.management import call_command

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
        from io import StringIO

        out = StringIO()
        call_command("import-wordpress", str(path), *args, stdout=out)
        return out.getvalue()

    return run
