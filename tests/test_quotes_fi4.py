"""Free indirect speech: rules added in the ninth round (fi4), on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind

from medialit import nlp


@pytest.mark.parametrize("rest, verb", [
    ("Unter den Verletzten soll sich auch der Fahrer befinden.", "befinden"),
    ("Der Schaden soll mehrere Millionen Euro betragen.", "betragen"),
    ("Die Zahl der Verletzten soll einige hundert betragen.", "hundert"),
])
def test_hearsay_soll_with_an_infinitive_read_as_finite_continues_the_report(rest, verb):
    text = "Auf der Autobahn sind zwei Lastwagen zusammengestoßen, teilte die Polizei mit. " + rest
    found = [q for q in of_kind(text, "free_indirect") if verb in q.text]
    assert found and any("Hörensagen" in e for e in found[0].evidence)
    assert found[0].speaker is not None and "Polizei" in found[0].speaker.text


def test_a_report_whose_source_follows_it_continues_from_the_source_sentence():
    text = ("Bei einem Brand in der Altstadt sind am Montag zwei Menschen gestorben. "
            "Das geht aus einem Bericht der Feuerwehr hervor. Unter den Toten soll auch ein Kind sein.")
    found = [q for q in of_kind(text, "free_indirect") if "Kind" in q.text]
    assert found and "Feuerwehr" in found[0].speaker.text
    assert any("Quelle im Satz nach dem Inhalt" in e for e in found[0].evidence)


@pytest.mark.parametrize("rest, start", [
    ("Auch weitere Prüfungen am Tank, von dem sich Teile gelöst hatten, seien nötig.", "Auch weitere"),
    ("Die Firma, mit deren Hilfe das Werk gebaut wurde, sei inzwischen pleite.", "Die Firma"),
])
def test_a_prepositional_relative_clause_does_not_make_the_first_clause_indicative(rest, start):
    text = "Die Raumfahrtbehörde hat den Start verschoben, sagte ein Sprecher am Montag. " + rest
    (q,) = [q for q in of_kind(text, "free_indirect") if "sei" in q.text]
    assert q.text.startswith(start)
    assert q.speaker is not None and q.speaker.text == "ein Sprecher"


def test_a_narrator_clause_between_two_continued_sentences_stays_out_of_the_passage():
    text = ("Die Polizei teilte am Montag mit, der Mann sei festgenommen worden. Er habe die Tat bereits gestanden. "
            "Die Ermittlungen wurden inzwischen abgeschlossen, der Mann sei aber noch in Haft.")
    found = [q for q in of_kind(text, "free_indirect") if "gestanden" in q.text]
    assert found and "noch in Haft" in found[0].text and "Ermittlungen" not in found[0].text
    assert any("Erzählersatz dazwischen" in e for e in found[0].evidence)


@pytest.mark.parametrize("text, verb", [
    ("Das Projekt sei dadurch infrage gestellt.", "sei"),
    ("Dem Streit liege ein alter Vertrag zugrunde.", "liege"),
])
def test_adverbs_of_fixed_verb_phrases_are_no_konjunktiv(text, verb):
    doc = nlp.parse(text)
    assert [t.text for t in doc if "Sub" in t.morph.get("Mood")] == [verb]


def test_an_adverb_read_as_finite_verb_says_why_it_has_no_mood():
    tok = next(t for t in nlp.parse("Das Projekt sei dadurch infrage gestellt.") if t.text == "infrage")
    assert tok._.mood_evidence == "Adverb, kein Verb: infrage"
