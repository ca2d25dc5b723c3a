"""Faults found by auditing the engine on parliament debates, trial reports, health and study news we wrote."""

from __future__ import annotations

from tests._quotes_support import of_kind


def test_pronoun_in_a_wie_clause_takes_the_subject_of_its_sentence():
    text = ("Der Expertenrat schlägt vor, Investitionen gesondert zu behandeln. "
            "Auch die Bundesbank hält eine Reform für vertretbar, wie sie im Sommer mitteilte.")
    q = of_kind(text, "indirect")[-1]
    assert q.speaker.name == "Bundesbank"
    assert "Pronomen „sie“ → Bundesbank" in q.evidence


def test_a_masculine_organisation_is_no_sie():
    text = ("Der Expertenrat schlägt vor, Investitionen gesondert zu behandeln. "
            "Die Lage sei aber ernst, sagte sie.")
    assert of_kind(text, "indirect")[-1].speaker.name != "Expertenrat"
