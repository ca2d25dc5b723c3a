"""Reported speech acts (round nine, reprec3): how far a report reaches over coordinated speech verbs and relative
clauses; sentences written here."""

from __future__ import annotations

from _quotes_support import of_kind, only


def test_a_coordinated_speech_verb_without_content_belongs_to_the_report():
    q = only("Die Beschäftigten fordern mehr Personal und beklagen die langen Schichten.", "reported")
    assert q.text == "Die Beschäftigten fordern mehr Personal und beklagen die langen Schichten."
    assert q.speaker is not None and q.speaker.text == "Die Beschäftigten"
    assert "„und beklagen“ ohne eigenen Inhalt gehört zur Sprechhandlung" in q.evidence


def test_a_coordinated_speech_verb_with_content_keeps_its_own_quotation():
    text = "Die Beschäftigten fordern mehr Personal und beklagen, dass die Schichten zu lang seien."
    assert only(text, "reported").text == "Die Beschäftigten fordern mehr Personal"
    assert [q.text for q in of_kind(text, "indirect")] == ["dass die Schichten zu lang seien"]


def test_a_relative_clause_in_the_konjunktiv_ends_the_report():
    text = "Die Pfleger fordern mehr Personal und beklagen viele Überstunden, die auf Dauer krank machen würden."
    assert only(text, "reported").text == "Die Pfleger fordern mehr Personal und beklagen viele Überstunden"
