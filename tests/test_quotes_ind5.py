"""Indirect speech: bounds of the content and reports in brackets, on sentences written here."""

from __future__ import annotations

from _quotes_support import quotes_of


def _found(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, content, speaker) of every quotation in ``text``."""
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes_of(text)]


def test_a_report_in_brackets_neither_speaks_for_the_sentence_nor_spreads_over_it():
    found = _found("Drei Menschen wurden verletzt (die Polizei hatte zunächst von fünf gesprochen), "
                   "teilte die Stadt mit.")
    assert ("indirect", "Drei Menschen wurden verletzt", "die Stadt") in found
    reported = [text for kind, text, _ in found if kind == "reported"]
    assert reported and all("Drei" not in text for text in reported), found
    assert all(speaker != "Drei Menschen" for _, _, speaker in found)


def test_an_indirect_report_in_brackets_covers_only_the_bracket():
    found = _found("Die Brücke bleibt gesperrt (der Bürgermeister sagte, sie sei einsturzgefährdet), "
                   "teilte die Stadt mit.")
    assert ("indirect", "sie sei einsturzgefährdet", "der Bürgermeister") in found
    assert ("indirect", "Die Brücke bleibt gesperrt", "die Stadt") in found


def test_a_bracket_after_the_subject_leaves_the_subject_to_the_verb_after_it():
    found = _found("Der Minister (er war am Morgen angereist) sagte, man werde helfen.")
    assert found == [("indirect", "man werde helfen", "Der Minister")]


def test_a_dative_after_a_verb_particle_is_content_not_an_apposition_of_the_speaker():
    found = _found("Unter Berufung auf Quellen gab die Zeitung an, dem früheren Minister, Karl Berg, sei das Amt "
                   "angeboten worden.")
    assert found == [("indirect", "dem früheren Minister, Karl Berg, sei das Amt angeboten worden", "die Zeitung")]


def test_an_apposition_after_the_speaker_stays_out_of_the_content():
    found = _found("Das sagte der Direktor, Anna Berg, die Lage sei ernst.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "die Lage sei ernst")]


def test_a_relative_clause_on_the_medium_stays_out_of_the_content():
    found = _found("Die Ministerin schrieb in einer Erklärung, die sie am Abend veröffentlichte, sie wolle nicht mehr "
                   "kandidieren.")
    assert [(kind, text) for kind, text, _ in found] == [("indirect", "sie wolle nicht mehr kandidieren")]


def test_a_naming_wie_clause_on_the_speaker_stays_out_of_the_content():
    found = _found("Nach dem Putsch erklärte der neue Rat, wie sich die Junta selbst nennt, die Lage sei unter Kontrolle.")
    assert found == [("indirect", "die Lage sei unter Kontrolle", "der neue Rat")]


def test_a_bracket_between_the_verb_and_its_content_is_skipped():
    found = _found("Der Minister sagte (er war am Morgen angereist), man werde helfen.")
    assert found == [("indirect", "man werde helfen", "Der Minister")]


def test_a_longer_bracket_after_a_source_marker_stays_out_of_the_content():
    found = _found("Laut der Polizei (sie war mit 50 Beamten vor Ort) blieb es friedlich.")
    assert found == [("indirect", "blieb es friedlich", "der Polizei")]
