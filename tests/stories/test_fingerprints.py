"""A report's identity: same text, same fingerprint; lightly edited text, a near-duplicate."""

from newsdesk.stories import fingerprints

TEXT = (
    "Officials in Damascus said on Monday that the talks on trade and investment had been "
    "constructive, and that a joint committee would meet again next month to review progress. "
    "Delegates from Turkey and Syria reviewed a list of projects worth an estimated 240 million "
    "dollars, including road links, customs procedures and two new border crossings. According "
    "to the statement, both sides agreed to exchange expert teams on water management."
)


def test_case_punctuation_and_spacing_do_not_change_the_fingerprint():
    assert fingerprints.text_fingerprint(TEXT) == fingerprints.text_fingerprint("  " + TEXT.upper().replace(",", " ;"))
    assert fingerprints.text_fingerprint(TEXT) != fingerprints.text_fingerprint(TEXT + " More.")


def test_a_short_text_has_no_fingerprint():
    assert fingerprints.text_fingerprint("Photo: the delegations in Damascus.") == ""


def test_a_lightly_edited_report_is_a_near_duplicate_and_another_report_is_not():
    edited = "(Levant Wire) " + TEXT.replace("water management", "water policy")
    other = TEXT.replace("Damascus", "Ankara").replace("trade and investment", "tourism").split(". ")[::-1]
    sig = fingerprints.signature(TEXT)
    assert fingerprints.similarity(sig, fingerprints.signature(edited)) >= fingerprints.THRESHOLD
    assert fingerprints.similarity(sig, fingerprints.signature(". ".join(other))) < fingerprints.THRESHOLD
    assert set(fingerprints.band_keys(sig)) & set(fingerprints.band_keys(fingerprints.signature(edited)))


def test_lsh_bands_come_from_datasketch_for_the_threshold():
    bands, rows = fingerprints.bands_and_rows()
    assert bands * rows <= fingerprints.NUM_PERM and len(fingerprints.band_keys(fingerprints.signature(TEXT))) == bands
