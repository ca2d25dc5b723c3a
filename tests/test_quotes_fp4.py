"""False free indirect passages (fp4), on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import quotes_of


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    """(kind, content) of every quotation in ``text``."""
    return [(q.kind, q.text) for q in quotes_of(text)]


@pytest.mark.parametrize("text", [
    # a time clause with „Als“ and verb-final „sollten“ is the narrator's
    ("Die Polizei teilte mit, die Lage am Bahnhof sei zunächst ruhig gewesen. "
     "Als die Demonstranten abgedrängt und die Zelte geräumt werden sollten, wurden zwei Beamte verletzt."),
    # plural „sollten“ beside an indicative past is the narrator's past
    ("Die Polizei teilte mit, die Kundgebung sei friedlich verlaufen. "
     "Am Abend sollten die Teilnehmer den Marktplatz verlassen, auf dem die Kundgebung begonnen hatte."),
    # Konjunktiv II with „gern“ is a wish, not a continued report
    ("Der Forscher Paul Berger sagte, die Messungen seien eindeutig. "
     "Er hätte auch gerne Kollegen mit anderer Meinung eingeladen."),
])
def test_the_narrators_sentence_after_a_report_is_no_free_indirect_speech(text):
    found = kinds_and_texts(text)
    assert found and not any(kind == "free_indirect" for kind, _ in found), found


def test_plural_sollten_opening_a_main_clause_still_continues_the_report():
    text = ("Die Polizei teilte mit, die Straße am Hafen sei wegen des Unfalls gesperrt. "
            "Die Autofahrer sollten den Bereich bis zum Abend weiträumig umfahren.")
    found = kinds_and_texts(text)
    assert ("free_indirect", "Die Autofahrer sollten den Bereich bis zum Abend weiträumig umfahren.") in found, found
