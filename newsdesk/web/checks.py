"""Deployment checks of the public site: what would make every page fail once it is served."""

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core import checks
from django.core.files.storage import storages


@checks.register(checks.Tags.staticfiles, deploy=True)
def static_manifest(app_configs=None, **kwargs):
    # With hashed static names every page asks the manifest for its stylesheet: without one,
    # each page would answer 500.
    storage = storages["staticfiles"]
    if isinstance(storage, ManifestStaticFilesStorage) and not storage.exists(storage.manifest_name):
        return [checks.Error(
            f"No static files manifest in {settings.STATIC_ROOT}: every page would fail.",
            hint="Run `newsdesk collectstatic --noinput` after each install or upgrade.",
            id="newsdesk.E001",
        )]
    return []
