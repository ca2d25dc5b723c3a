"""Free indirect speech: rules added in the seventh round (fi3), on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind

LEAD = "Der Hersteller stellte am Montag sein neues Auto vor. Es habe eine Reichweite von 300 Kilometern. "


@pytest.mark.parametrize("rest, kept, cut", [
    ("Einzigartig sei die Batterie: Das System ist eine eigene Entwicklung und wird in Bayern gebaut.",
     "Einzigartig sei die Batterie", "Das System ist"),
    ("Der Preis sei noch offen; die Firma nannte bisher keine Zahlen.", "Der Preis sei noch offen", "die Firma"),
    ("Der Markt sei hart umkämpft: So liegen derzeit beide Anbieter nahe beieinander.",
     "Der Markt sei hart umkämpft", "So liegen"),
])
def test_an_indicative_main_clause_after_colon_or_semicolon_is_the_narrators(rest, kept, cut):
    found = [q for q in of_kind(LEAD + rest, "free_indirect") if kept in q.text]
    assert found and cut not in found[0].text
    assert any("gehört dem Erzähler" in e for e in found[0].evidence)


def test_a_konjunktiv_after_the_colon_stays_in_the_passage():
    text = LEAD + "Einzigartig sei die Batterie: Das System sei eine eigene Entwicklung."
    found = [q for q in of_kind(text, "free_indirect") if "Einzigartig" in q.text]
    assert found and "eigene Entwicklung" in found[0].text


@pytest.mark.parametrize("rest, insert, kept", [
    ("Es sei ein wichtiger Schritt, und man sei dankbar – so Müller –, trotzdem suche man neue Partner.",
     "so Müller", "trotzdem suche man neue Partner"),
    ("Das Unternehmen bekomme, wie es auf einer Pressekonferenz hieß, vier Millionen Euro.",
     "Pressekonferenz", "vier Millionen Euro"),
    ("Zudem gelte, wie sich Müller ausdrückte, das Verbot weiter.", "ausdrückte", "das Verbot weiter"),
])
def test_an_inserted_source_clause_is_left_out_of_the_passage(rest, insert, kept):
    found = [q for q in of_kind(LEAD + rest, "free_indirect") if kept in q.text]
    assert found and insert not in found[0].text and len(found[0].spans) == 2
    assert any("eingeschobene Quellenangabe" in e for e in found[0].evidence)


def test_so_with_an_adverb_reading_stays_in_the_passage():
    text = LEAD + "Die Batterie sei klein, so dass sie leicht zu tauschen sei."
    found = [q for q in of_kind(text, "free_indirect") if "Batterie" in q.text]
    assert found and "so dass sie leicht" in found[0].text


def test_a_verb_ending_a_relative_clause_is_no_indicative_main_clause():
    text = ("Die Polizei teilte mit, der Fahrer sei geflohen. "
            "Bei dem Unfall, der sich am Abend ereignete, soll ein Mann schwer verletzt worden sein.")
    found = [q for q in of_kind(text, "free_indirect") if "verletzt" in q.text]
    assert found and found[0].text.startswith("Bei dem Unfall")
