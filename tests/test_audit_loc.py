"""Faults found by auditing the engine on local news, police, court, business and weather reports we wrote."""

from __future__ import annotations

from medialit import nlp
from tests._quotes_support import only


def test_particle_of_a_later_clause_is_not_joined_to_the_reporting_verb():
    q = only("Meteorologe Tobias Reinhardt erklärte, die Unwetterlage sei noch nicht vorbei.", "indirect")
    assert q.cue.lemma == "erklären"
    assert "Redeverb: erklären" in q.evidence
    assert q.speaker.name == "Tobias Reinhardt"


def test_particle_after_a_comma_clause_still_joins_its_verb():
    doc = nlp.parse("Die Sprecherin wies den Vorwurf, die Firma habe gelogen, entschieden zurück.")
    assert [t.lemma_ for t in doc if t.text == "wies"] == ["zurückweisen"]
    doc = nlp.parse("Der Meteorologe sagte, die Gewitter zögen am Abend ab.")
    assert [t.lemma_ for t in doc if t.text == "zögen"] == ["abziehen"]
