"""File caches for the embedded default (one machine, no Redis), without Django's costly cull.

Django's file cache lists its whole directory before every write, to see whether it is full, and
once past MAX_ENTRIES deletes a random third of the entries. A listing costs ~2 ms at 500 entries
and ~30 ms at 5,000 here, so a cache with many entries pays it on each write.
"""

import random

from django.core.cache.backends.filebased import FileBasedCache


class KeptFileCache(FileBasedCache):
    """Keeps every entry: for what the processes share (the tags' versions of articles.changes,
    the change stamp, the masthead, the portal settings), whose keys are bounded by the archive (a
    tag per day, month and year of each edition, one per section and place). A culled version
    counts as changed, so a cull redrew cached pages and changed their ETags; and with a tag per
    archive day, drawing a few thousand old articles in a row filled the cache again and again."""

    def _cull(self):
        """Nothing to make room for: an entry is replaced by its key, an expired one removed when read."""


class SampledCullFileCache(FileBasedCache):
    """Culls as Django's does, but looks whether it is full on one write in CULL_SAMPLE: for many
    small entries with keys of their own (the API's requests per client), where a listing per
    write doubled an API request's cost at 4,000 clients. It may pass MAX_ENTRIES by a few dozen."""

    CULL_SAMPLE = 64

    def _cull(self):
        if random.randrange(self.CULL_SAMPLE) == 0:
            super()._cull()
