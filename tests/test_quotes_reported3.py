"""Reported speech acts, third round: prepositions, reflexive and expelling readings, span reach (own sentences)."""

from __future__ import annotations

import pytest
from _quotes_support import kinds, of_kind, quotes_of


def test_a_threat_with_its_object_is_reported():
    assert kinds("Die Gewerkschaft drohte mit einem unbefristeten Streik.") == [("reported", "drohen")]


@pytest.mark.parametrize("text", [
    "Den Bauern droht eine schlechte Ernte.",
    "Am Wochenende drohen heftige Gewitter.",
])
def test_a_looming_event_is_no_threat_of_a_speaker(text):
    assert [k for k, _ in kinds(text)] == []


@pytest.mark.parametrize("text, lemma", [
    ("Die Opposition kritisierte den Besuch als PR-Aktion.", "kritisieren"),
    ("Der Verband begrüßte die Entscheidung als überfällig.", "begrüßen"),
    ("Von den Grünen wurde der Plan als unsozial kritisiert.", "kritisieren"),
])
def test_an_als_predicate_makes_a_judgement_a_reported_speech_act(text, lemma):
    assert kinds(text) == [("reported", lemma)]


@pytest.mark.parametrize("text", [
    "Als die Ministerin den Plan kritisierte, wurde es im Saal still.",
    "Der Trainer lobte mehr als zehn Spieler.",
    "Die Präsidentin würdigte ihn für seinen Einsatz als Feuerwehrmann.",
])
def test_temporal_comparative_and_attributive_als_name_no_judgement(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_the_judgement_is_given_as_evidence():
    (q,) = quotes_of("Die Opposition kritisierte den Besuch als PR-Aktion.")
    assert "„als“-Prädikat nennt das Urteil" in q.evidence


def test_pointing_to_something_is_reported_but_expelling_is_not():
    assert kinds("Der Minister verwies auf die hohen Kosten.") == [("reported", "verweisen")]
    assert kinds("Das Regime hatte die Inspekteure des Landes verwiesen.") == []


@pytest.mark.parametrize("conj", ["obwohl", "nachdem"])
def test_a_background_clause_after_the_report_is_not_part_of_it(conj):
    (q,) = quotes_of(f"Die Opposition forderte den Rücktritt des Ministers, {conj} dieser die Wahl verloren hatte.")
    assert q.kind == "reported"
    assert q.text == "Die Opposition forderte den Rücktritt des Ministers"
    assert any(conj in e for e in q.evidence)


def test_a_relative_clause_after_the_report_stays_part_of_it():
    (q,) = quotes_of("Die Opposition forderte Regeln, die den Handel begrenzen.")
    assert q.text.endswith("die den Handel begrenzen.")


@pytest.mark.parametrize("text", [
    "Die Fans jubelten nach dem Tor.",
    "Die Schlange zischte durch das Laub.",
    "Der Läufer stöhnte im Ziel.",
])
def test_a_manner_of_speaking_alone_is_no_reported_speech(text):
    assert [k for k, _ in kinds(text)] == []


def test_a_manner_of_speaking_still_frames_a_quotation():
    assert ("direct", "flüstern") in kinds("„Wir schaffen das“, flüsterte die Trainerin.")


def test_what_something_turned_out_to_be_is_no_speech_act():
    assert kinds("Der angebliche Sprengsatz stellte sich als Attrappe heraus.") == []
    assert kinds("Die Ministerin stellte die Bedeutung der Reform heraus.") == [("reported", "herausstellen")]


@pytest.mark.parametrize("text", [
    "Das Ergebnis soll am Montag bekannt gegeben werden.",
    "Der Einwand kann jederzeit vorgebracht werden.",
])
def test_a_passive_under_a_modal_is_no_act_that_took_place(text):
    assert "reported" not in [k for k, _ in kinds(text)]


@pytest.mark.parametrize("text", [
    "Die Krankheit, die als Dengue-Fieber bezeichnet wird, breitet sich aus.",
    "Die Seuche breitet sich aus, die als Dengue-Fieber bezeichnet wird.",
])
def test_an_agentless_naming_in_a_relative_clause_is_what_a_thing_is_called(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_an_agentless_naming_in_a_main_clause_is_still_reported():
    assert kinds("Als Favorit wird der Minister genannt.") == [("reported", "nennen")]


def test_a_leading_background_clause_is_not_part_of_the_report():
    (q,) = quotes_of("Obwohl die Beweise erdrückend sind, bestritt der Angeklagte die Tat.")
    assert q.kind == "reported"
    assert q.text == "bestritt der Angeklagte die Tat."
    assert any("Obwohl" in e for e in q.evidence)


def test_a_leading_reason_clause_stays_the_vorfeld_of_the_report():
    (q,) = quotes_of("Weil die Mieten steigen, forderte die Partei eine Mietpreisbremse.")
    assert q.text.startswith("Weil die Mieten steigen")


@pytest.mark.parametrize("text", [
    "Die Interviews, in denen er den Plan als Fehler bezeichnet hatte, sind verschwunden.",
    "Der Brief, den die Ministerin gestern ankündigte, liegt noch nicht vor.",
])
def test_an_act_in_an_object_relative_clause_only_describes_its_antecedent(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_an_act_in_a_subject_relative_clause_is_reported():
    found = kinds("Die Studenten, die den Rücktritt des Rektors fordern, blockieren das Gebäude.")
    assert found == [("reported", "fordern")]


def test_a_speech_verb_inside_a_dass_clause_is_content_not_a_report():
    found = kinds("Die Ermittler räumten ein, dass sie inzwischen von einem Unfall ausgingen.")
    assert ("reported", "ausgehen") not in found


def test_a_speech_verb_in_the_subjects_relative_clause_does_not_cut_the_report():
    (q,) = [q for q in quotes_of("Die Firma, die ihre Verluste noch beziffert, spricht von tausend gestohlenen Geräten.")
            if q.kind == "reported"]
    assert q.text.startswith("Die Firma, die ihre Verluste noch beziffert, spricht von")


def test_a_parenthesis_inside_the_report_keeps_its_closing_bracket():
    (q,) = quotes_of("Die Opposition forderte den Rücktritt des Ministers (CSU).")
    assert q.text == "Die Opposition forderte den Rücktritt des Ministers (CSU)."


def test_rechnen_mit_reports_an_expectation_but_calculating_does_not():
    text = "Der Wetterdienst rechnet für das Wochenende mit schweren Gewittern. Die Schülerin rechnet die Aufgabe."
    reps = of_kind(text, "reported")
    assert len(reps) == 1
    assert reps[0].speaker is not None and "Wetterdienst" in reps[0].speaker.text
    assert reps[0].cue is not None and reps[0].cue.lemma == "rechnen"
    assert "Gewittern" in reps[0].text
