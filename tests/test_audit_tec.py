"""Audit of technology and digital policy (AI launches, data-protection fines, EU digital law, cyber attacks,
chatbots), on sentences written for these tests: who is quoted, with which kind, bounds and evidence."""

from __future__ import annotations

import pytest
from _quotes_support import only, quotes_of


@pytest.mark.parametrize("text, content", [
    ("Lumora teilte mit, die Preise für Geschäftskunden blieben vorerst unverändert.",
     "die Preise für Geschäftskunden blieben vorerst unverändert"),
    ("Der Minister sagte, die Kosten für die Cloud steigen weiter.", "die Kosten für die Cloud steigen weiter"),
])
def test_indicative_clause_whose_subject_has_a_prepositional_attribute(text, content):
    q = only(text)
    assert q.kind == "indirect" and q.text == content
    assert any(e.startswith("Hauptsatz nach Redeverb und Komma") for e in q.evidence)


def test_indicative_clause_after_a_non_speech_verb_stays_narration():
    assert quotes_of("Der Konzern wuchs stark, die Preise für Geschäftskunden blieben unverändert.") == []


def test_a_text_ending_in_news_does_not_crash():
    """„News“ minus its „-s“ opens a listed name of several words („New York …“) that runs past the text."""
    q = only("„Das lesen alle“, sagte sie über die News")
    assert q.kind == "direct" and q.text == "„Das lesen alle“"
