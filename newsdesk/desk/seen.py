"""The identities an import has met, in about 8 bytes each whatever the size of the export.

A Python set of hashes spends over 100 bytes an entry (two of them held 41 MB at 186,000
items); here a sorted array holds the bulk and a small set the newest, merged into the array
each time it fills. Pure.
"""

from array import array
from bisect import bisect_left
from heapq import merge

RECENT = 20_000  # entries kept in the small set before they join the array


class Hashes:
    """A set of 64-bit integers (`hash()` values): `in` and `add`."""

    def __init__(self) -> None:
        self.settled = array("q")
        self.recent: set[int] = set()

    def __contains__(self, value: int) -> bool:
        if value in self.recent:
            return True
        at = bisect_left(self.settled, value)
        return at < len(self.settled) and self.settled[at] == value

    def add(self, value: int) -> None:
        if value in self:
            return
        self.recent.add(value)
        if len(self.recent) >= RECENT:
            self.settled = array("q", merge(self.settled, sorted(self.recent)))
            self.recent = set()

    def __len__(self) -> int:
        return len(self.settled) + len(self.recent)
