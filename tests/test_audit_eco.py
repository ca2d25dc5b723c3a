"""Faults found by auditing the engine on economy, finance, technology and agency reports we wrote."""

from __future__ import annotations

from medialit import nlp
from tests._quotes_support import only, sources_of


def test_lower_case_word_is_no_noun():
    q = only("Ein Konzernsprecher erklärte, der Abbau erfolge sozialverträglich.", "indirect")
    assert q.text == "der Abbau erfolge sozialverträglich"
    assert q.speaker.text == "Ein Konzernsprecher"
    assert "Konjunktiv I: erfolge" in q.evidence


def test_capitalised_noun_stays_a_noun():
    doc = nlp.parse("Die Erfolge der Firma waren groß.")
    assert [t.tag_ for t in doc if t.text == "Erfolge"] == ["NN"]

