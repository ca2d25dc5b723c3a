"""A verb after a comma with „aber/jedoch/zudem …“ continues the sentence's subject (sentences written for these tests)."""

from __future__ import annotations

from _quotes_support import of_kind, only


def test_joined_verb_is_no_frame_placed_after_its_content():
    text = "Die Gewerkschaft begrüßte das Angebot, fordert aber mehr Geld für die Pflegekräfte."
    assert not of_kind(text, "indirect", "free_indirect")
    q = only(text, "reported")
    assert q.cue is not None and q.cue.lemma == "fordern"
    assert q.speaker is not None and q.speaker.text == "Die Gewerkschaft"
    assert "Sprecher aus dem vorigen Satzteil (gemeinsames Subjekt)" in q.evidence


def test_frame_placed_after_its_content_still_reports_it():
    q = only("Die Lage ist ernst, sagte der Minister am Montag.", "indirect")
    assert q.text == "Die Lage ist ernst"
    assert q.speaker is not None and q.speaker.text == "der Minister"


def test_frame_after_its_content_with_a_joining_adverb_and_a_person_still_reports_it():
    q = only("Die Lage ist ernst, sagte jedoch der Minister am Montag.", "indirect")
    assert q.text == "Die Lage ist ernst"
    assert q.speaker is not None and q.speaker.text == "der Minister"
