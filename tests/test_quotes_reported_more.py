"""More reported speech acts: announcements, stated reasons, negated acts (sentences written here)."""

from __future__ import annotations

import pytest
from _quotes_support import kinds

from medialit import nlp
from medialit.quotes import extract


@pytest.mark.parametrize(("text", "lemma"), [
    ("Die Stadtverwaltung gab am Dienstag die Schließung des Hallenbades bekannt.", "bekanntgeben"),
    ("Als Ursache gab die Feuerwehr einen technischen Defekt an.", "angeben"),
    ("Die Ministerin begründete den Rücktritt mit gesundheitlichen Problemen.", "begründen"),
    ("Die Pflegekräfte klagten über zu lange Schichten.", "klagen"),
])
def test_announcements_and_stated_reasons_are_reported_speech(text, lemma):
    assert kinds(text) == [("reported", lemma)]


@pytest.mark.parametrize("text", [
    "Die Polizei gab den Namen des Fahrers nicht bekannt.",
    "Der Trainer hat nie über seinen Vertrag gesprochen.",
    "Bis zum Abend berichteten die Behörden von keinen Schäden.",
])
def test_a_negated_speech_act_is_not_reported(text):
    assert [k for k, _ in kinds(text)] == []


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft forderte nicht nur höhere Löhne, sondern auch mehr Urlaub.",
    "Ein nicht genannter Sprecher kündigte eine Untersuchung an.",
])
def test_not_only_and_negated_attributes_keep_the_report(text):
    assert "reported" in [k for k, _ in kinds(text)]


@pytest.mark.parametrize("text", [
    "Das Landgericht wies die Klage des Vermieters zurück.",
    "Der Stadtrat lehnte den Antrag auf einen neuen Radweg ab.",
])
def test_a_rejected_decision_is_no_speech_act(text):
    assert [k for k, _ in kinds(text)] == []


@pytest.mark.parametrize(("text", "lemma"), [
    ("Der Bürgermeister wies die Korruptionsvorwürfe am Freitag zurück.", "zurückweisen"),
    ("Die Trainerin lehnte die Kritik an ihrer Aufstellung ab.", "ablehnen"),
])
def test_rejecting_what_was_said_is_reported(text, lemma):
    assert kinds(text) == [("reported", lemma)]


@pytest.mark.parametrize("text", [
    "Die Kommissarin hat am Morgen mit dem Nachbarn gesprochen.",
    "Die Lokalzeitung berichtete ausführlich über den Prozess.",
])
def test_talking_with_someone_and_covering_a_topic_are_no_reported_speech(text):
    assert [k for k, _ in kinds(text)] == []


@pytest.mark.parametrize(("text", "lemma"), [
    ("Der Bürgermeister sprach von einem großen Erfolg für die Stadt.", "sprechen"),
    ("Anwohner berichteten von einem lauten Knall in der Nacht.", "berichten"),
])
def test_speaking_of_something_is_reported(text, lemma):
    assert kinds(text) == [("reported", lemma)]


def test_a_toll_of_lives_is_no_demand():
    assert kinds("Der Wirbelsturm hat an der Küste mindestens zwölf Todesopfer gefordert.") == []


def test_a_demand_for_the_victims_is_reported():
    assert kinds("Der Verband forderte eine Entschädigung für die Opfer.") == [("reported", "fordern")]


def test_a_quoted_predicate_is_a_direct_fragment_not_a_reported_act():
    found = [(q.kind, q.text) for q in extract(nlp.parse("Die Ministerin bezeichnete den Plan als „Wortbruch“."))]
    assert found == [("direct", "„Wortbruch“")]


def test_an_unquoted_predicate_is_reported():
    assert kinds("Die Ministerin bezeichnete den Plan als Wortbruch.") == [("reported", "bezeichnen")]


def test_a_publishing_verb_in_the_vorfeld_does_not_cut_the_report():
    found = [(q.kind, q.text) for q in extract(nlp.parse(
        "In einem Bericht, der am Montag veröffentlicht wurde, fordert die Kommission strengere Regeln."))]
    assert found == [("reported", "In einem Bericht, der am Montag veröffentlicht wurde, fordert die Kommission "
                                  "strengere Regeln.")]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Der Verband betrachtet die Reform als großen Fehler.", "betrachten"),
    ("Die Ärztekammer bewertete den Vorschlag als unzureichend.", "bewerten"),
])
def test_a_stated_judgement_is_reported(text, lemma):
    assert kinds(text) == [("reported", lemma)]


def test_looking_at_something_is_no_judgement():
    assert kinds("Die Touristen betrachteten am Abend die Sterne.") == []


@pytest.mark.parametrize("text", [
    "Die Firma soll Löhne einbehalten haben. Das wurde von der Geschäftsführung bestritten.",
    "Die Stadt plane neue Parkplätze. Dieser Darstellung widersprach der Bürgermeister.",
])
def test_a_demonstrative_pointing_back_makes_no_new_report(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_a_demonstrative_subject_still_reports():
    assert ("reported", "fordern") in kinds("Die Gewerkschaft tagte am Montag. Diese forderte höhere Löhne.")


@pytest.mark.parametrize("text", [
    "Der Professor sprach am Morgen. Er rate allen Eltern zur Impfung.",
    "Die Behörden hätten früher vor dem Sturm warnen müssen.",
])
def test_a_speech_act_in_the_konjunktiv_is_no_report_of_its_own(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_a_pronoun_object_pointing_back_makes_no_new_report():
    assert "reported" not in [k for k, _ in kinds("Die Firma habe Löhne einbehalten. Der Chef bestreitet dies.")]


def test_a_clause_before_a_colon_introduces_words_and_is_no_report():
    found = kinds("Der Verband warnte die Regierung in einem Brief: „Das Wasser wird knapp.“")
    assert "reported" not in [k for k, _ in found]


def test_going_out_is_no_assumption():
    assert kinds("Am Abend gingen in der ganzen Stadt die Lichter aus.") == []
    assert kinds("Die Polizei geht von einem Unfall aus.") == [("reported", "ausgehen")]


def test_a_subjectless_passive_of_saying_reports_an_unnamed_speaker():
    found = [(q.kind, q.cue.lemma, q.speaker) for q in extract(nlp.parse("Vermutet werden Absprachen zwischen den Händlern."))]
    assert found == [("reported", "vermuten", None)]


def test_a_subjectless_passive_of_an_order_is_no_report():
    assert kinds("Untersagt wurde auch das Verteilen von Flugblättern.") == []


def test_naming_with_a_quoted_predicate_frames_the_fragment():
    found = [(q.kind, q.text) for q in extract(nlp.parse("Der Trainer nannte die Entscheidung „völlig absurd“."))]
    assert found == [("direct", "„völlig absurd“")]


@pytest.mark.parametrize("text", [
    "Als Schaltjahr bezeichnet man ein Jahr mit 366 Tagen.",
    "Die Gruppe nennt sich seit dem Sommer Bürgerforum.",
])
def test_a_naming_convention_is_no_speech_act(text):
    assert kinds(text) == []


def test_bestreiten_with_a_match_is_no_denial():
    assert kinds("Die Mannschaft bestreitet am Samstag ihr letztes Heimspiel.") == []
    assert kinds("Der Minister bestritt die Vorwürfe.") == [("reported", "bestreiten")]


def test_speaking_of_a_quoted_phrase_frames_the_fragment():
    found = [(q.kind, q.text) for q in extract(nlp.parse(
        "Die Ministerin sprach von einem „schwarzen Tag für die Demokratie“.\n\nDie Sitzung endete am Abend."))]
    assert ("direct", "„schwarzen Tag für die Demokratie“") in found
    assert "reported" not in [k for k, _ in found]


def test_alerting_the_fire_brigade_is_no_speech_act():
    assert kinds("Ein Nachbar bemerkte den Rauch und alarmierte die Feuerwehr.") == []


def test_a_warning_in_quoted_words_frames_the_fragment():
    found = [(q.kind, q.text) for q in extract(nlp.parse("Der Verband warnte vor einem „sozialen Kahlschlag“."))]
    assert found == [("direct", "„sozialen Kahlschlag“")]
    assert kinds("Der Verband warnte vor einem sozialen Kahlschlag.") == [("reported", "warnen")]


def test_a_quoted_rating_keeps_the_report_of_other_verbs():
    found = kinds("Die Lage wird vom Wetterdienst als „sehr ernst“ eingestuft.")
    assert ("reported", "einstufen") in found


def test_an_indirect_question_is_no_report():
    assert "reported" not in [k for k, _ in kinds("Ob es bei dem Brand Verletzte gab, ist noch nicht bekannt.")]


def test_a_content_clause_after_an_apposition_is_no_report():
    text = "Am Abend gab der Leiter der Feuerwehr, Peter Brandt, bekannt, dass niemand verletzt wurde."
    assert "reported" not in [k for k, _ in kinds(text)]
