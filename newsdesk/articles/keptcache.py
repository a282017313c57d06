"""The embedded default's shared cache: a file cache that keeps every entry.

It holds what the processes of one machine share: the tags' versions (articles.changes), the
change stamp, the masthead and the portal settings. Its keys are bounded by the archive (a tag
per day, month and year of each edition, one per section and place), so nothing needs culling.
Django's file cache culls: every write lists the whole directory first, and once past its
MAX_ENTRIES it deletes a random third of the entries. With a tag per archive day, a few thousand
old articles drawn in a row were enough for both: each first draw of a day paid a directory
listing, and every cull dropped the versions of pages still cached (and the stamp), so they were
drawn again and their ETags changed.
"""

from django.core.cache.backends.filebased import FileBasedCache


class KeptFileCache(FileBasedCache):
    def _cull(self):
        """Keep everything: expired entries are overwritten or removed when read."""
