"""Free indirect speech and the mood tagger: rules added in the fifth round, on sentences written here."""

from __future__ import annotations

import pytest

from medialit import nlp as mnlp


@pytest.fixture(scope="module")
def nlp():
    return mnlp.load()


def mood_of(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    return tok.morph.get("Mood"), tok._.mood_evidence


@pytest.mark.parametrize("text, word", [
    ("Die Richterin fällte am Montag ein mildes Urteil.", "fällte"),
    ("Die Arbeiter fällten im Winter die alten Bäume.", "fällten"),
    ("Der Verein zählte damals dreihundert Mitglieder.", "zählte"),
])
def test_an_umlaut_before_the_weak_past_ending_is_no_konjunktiv(nlp, text, word):
    mood, evidence = mood_of(nlp, text, word)
    assert "Sub" not in mood
    assert evidence.startswith("Präteritum")


def test_a_strong_stem_in_t_keeps_its_konjunktiv_ii(nlp):
    mood, evidence = mood_of(nlp, "Die neuen Anlagen böten den Bewohnern mehr Platz.", "böten")
    assert mood == ["Sub"]
    assert evidence.startswith("Konjunktiv II")
