"""Audit of technology and digital policy (AI launches, data-protection fines, EU digital law, cyber attacks,
chatbots), on sentences written for these tests: who is quoted, with which kind, bounds and evidence."""

from __future__ import annotations

import pytest
from _quotes_support import only, quotes_of, sources_of


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


def test_speech_participle_sharing_a_subjunctive_auxiliary_continues_the_report():
    text = ("Es handle sich um einen Angriff, sagte eine BSI-Sprecherin. "
            "Die Täter hätten Daten verschlüsselt und ein Lösegeld gefordert.")
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect", "free_indirect"]
    assert qs[1].speaker.text == "eine BSI-Sprecherin"
    assert qs[1].text == "Die Täter hätten Daten verschlüsselt und ein Lösegeld gefordert."


def test_speech_participle_sharing_an_indicative_auxiliary_stays_a_report():
    q = only("Die Täter haben Daten verschlüsselt und ein Lösegeld gefordert.")
    assert q.kind == "reported" and q.speaker.text == "Die Täter" and "Redeverb: fordern" in q.evidence


@pytest.mark.parametrize("text, role", [
    ("CTO Priya Raman sagte, man habe das System mit Testfragen geprüft.", "CTO"),
    ("Die Chief Technology Officer des Unternehmens, Priya Raman, erklärte, man habe das System geprüft.",
     "Chief Technology Officer"),
    ("Chief Executive Officer Priya Raman sagte, man habe das System geprüft.", "Chief Executive Officer"),
    ("Die Mitgründerin des Start-ups, Priya Raman, sagte, man habe das System geprüft.", "Mitgründerin"),
])
def test_english_titles_and_founders_are_roles(text, role):
    src = sources_of(text)["Priya Raman"]
    assert src.kind == "person" and src.role == role


def test_a_german_role_before_an_english_name_stays_german():
    assert sources_of("Ministerin Priya Raman sagte, man habe das System geprüft.")["Priya Raman"].role == "Ministerin"


@pytest.mark.parametrize("text", [
    "Das KI-Unternehmen Lumora hat einen Chatbot vorgestellt. Nach Angaben des Unternehmens nutzen ihn viele.",
    "Der Tech-Konzern Lumora hat einen Chatbot vorgestellt. Der Konzern teilte mit, viele Menschen nutzten ihn.",
])
def test_hyphenated_company_noun_introduces_the_company(text):
    q = only(text)
    assert q.speaker.name == "Lumora"
    assert any("zuvor genannt als" in e for e in q.evidence)


def test_hyphenated_party_body_keeps_its_own_name():
    q = only("Die SPD-Fraktion Hamburg teilte mit, man lehne den Antrag ab.")
    assert q.speaker.name != "Hamburg"


def test_spokesperson_after_the_verb_keeps_whom_she_speaks_for():
    q = only("Auf Nachfrage erklärte eine Sprecherin von Chattr, der Chatbot werde ständig verbessert.")
    assert q.speaker.text == "eine Sprecherin von Chattr" and q.speaker.name == "Chattr"


def test_a_user_of_a_platform_does_not_speak_for_it():
    q = only("Der Chatbot werde verbessert, sagte eine Nutzerin von Chattr.")
    assert q.speaker.name != "Chattr"


INTERVIEW = ("Frage: Frau Albrecht, die Polizei will Gesichtserkennung testen. Was halten Sie davon?\n\n"
             "Albrecht: Ich halte das für sehr bedenklich.\n\n"
             "Frage: Das Innenministerium sagt, die Fehlerquote liege unter einem Prozent.\n\n"
             "Albrecht: Bei Millionen Reisenden sind das immer noch Tausende falsche Treffer.\n\n"
             "Frage: Was fordern Sie?\n\n"
             "Albrecht: Ein klares Verbot im Gesetz.")


def test_a_report_inside_an_interview_question_is_found():
    qs = [q for q in quotes_of(INTERVIEW) if q.kind == "indirect"]
    assert [(q.text, q.speaker.name) for q in qs] == [
        ("die Fehlerquote liege unter einem Prozent", "Innenministerium")]
    assert "Redeverb: sagen" in qs[0].evidence


def test_an_interview_question_itself_reports_no_speech_act():
    qs = quotes_of(INTERVIEW)
    assert [q.kind for q in qs] == ["direct", "indirect", "direct", "direct"]
    assert all(q.speaker.name == "Albrecht" for q in qs if q.kind == "direct")


def test_the_answer_after_a_question_is_given_by_whom_was_asked():
    text = ("Die Redaktion fragte den Chatbot, ob die Wahl manipuliert worden sei. "
            "Die Antwort: «Es gibt Berichte über Unregelmäßigkeiten.»")
    q = only(text, "direct")
    assert q.speaker.text == "den Chatbot"
    assert "Antwort auf die Frage im Satz davor: wer gefragt wurde, antwortet" in q.evidence


def test_an_answer_without_a_question_before_has_no_speaker():
    q = only("Die Wahl war knapp. Die Antwort: „Dafür gibt es keine Belege.“", "direct")
    assert q.speaker is None


def test_a_delivery_service_is_a_company():
    text = ("Die Behörde verhängte ein Bußgeld gegen den Lieferdienst Lieferando. "
            "Das Unternehmen teilte mit, man werde Einspruch einlegen.")
    assert only(text).speaker.name == "Lieferando"


@pytest.mark.parametrize("text, name", [
    ("Das Bußgeld sei angemessen, teilte der Hamburgische Datenschutzbeauftragte mit.",
     "Hamburgischer Datenschutzbeauftragter"),
    ("Das Bußgeld sei angemessen, sagte der neue Vorsitzende.", "neuer Vorsitzender"),
])
def test_nominalised_adjective_after_an_adjective_takes_the_strong_ending(text, name):
    assert only(text).speaker.name == name


def test_a_plain_noun_after_an_adjective_keeps_its_form():
    assert only("Das Bußgeld sei angemessen, sagte der finnische Präsident.").speaker.name == "finnischer Präsident"
