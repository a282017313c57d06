"""The import's record of identities met: a set, in a few bytes an entry."""

import random

from newsdesk.desk import seen


def test_every_added_hash_is_found_and_no_other(monkeypatch):
    monkeypatch.setattr(seen, "RECENT", 100)  # many merges into the array
    rng = random.Random(5)
    added = [hash((n, f"http://old.example.org/?p={n}")) for n in range(2_000)]
    others = [rng.getrandbits(64) - (1 << 63) for _ in range(2_000)]
    hashes = seen.Hashes()
    for value in added + added[:300]:  # an identity met twice is held once
        hashes.add(value)
    assert len(hashes) == 2_000
    assert all(value in hashes for value in added)
    assert not any(value in hashes for value in others if value not in set(added))
    assert list(hashes.settled) == sorted(hashes.settled)
