"""Reported speech acts that are none as a whole: impersonal passives and other contexts (own sentences)."""

from __future__ import annotations

import pytest
from _quotes_support import kinds, of_kind


@pytest.mark.parametrize("text", [
    "Für das Wochenende wird mit schweren Gewittern gerechnet.",
    "Mit einer Entscheidung wird erst im Herbst gerechnet.",
    "An der Küste rechnet man morgen mit Sturmböen.",
])
def test_an_agentless_or_generic_expectation_is_no_reported_speech(text):
    assert of_kind(text, "reported") == []


def test_an_active_expectation_stays_reported():
    assert kinds("Die Stadtwerke rechnen für den Winter mit höheren Preisen.") == [("reported", "rechnen")]


@pytest.mark.parametrize("text", [
    "Die Feuerwehr gab am Abend nähere Einzelheiten bekannt.",
    "Der Wahlleiter gab in der Nacht das vorläufige Ergebnis bekannt.",
    "Die Stadt teilte keine neuen Informationen mit, veröffentlichte aber Details zum Ablauf.",
])
def test_an_object_naming_only_a_kind_of_information_is_no_reported_speech(text):
    assert of_kind(text, "reported") == []


@pytest.mark.parametrize("text, lemma", [
    ("Die Feuerwehr gab am Abend die Sperrung der Brücke bekannt.", "bekanntgeben"),
    ("Der Sender berichtete in seinen Nachrichten von einem Stromausfall.", "berichten"),
])
def test_a_named_fact_or_information_in_a_phrase_stays_reported(text, lemma):
    assert kinds(text) == [("reported", lemma)]
