"""Recall rules for indirect and reported speech, on sentences written here."""

from __future__ import annotations

from medialit import nlp
from medialit.quotes import extract


def test_relative_konjunktiv_content_keeps_the_main_clause_report():
    doc = nlp.parse("Die Gewerkschaft forderte eine Aufklärung des Unfalls, bei dem ein Arbeiter verletzt worden sei.")
    found = extract(doc)
    kinds = sorted(q.kind for q in found)
    assert kinds == ["indirect", "reported"]
    reported = next(q for q in found if q.kind == "reported")
    assert "Relativsatz als Inhalt" in reported.evidence
    assert reported.text.startswith("Die Gewerkschaft forderte") and "Arbeiter" not in reported.text
    assert reported.speaker is not None and reported.speaker.text == "Die Gewerkschaft"


def test_agentless_passive_with_als_is_a_report_without_the_subject_as_speaker():
    found = extract(nlp.parse("Als Grund für die Schließung wurde der Mangel an Personal genannt."))
    assert [q.kind for q in found] == ["reported"]
    assert found[0].speaker is None or "Mangel" not in found[0].speaker.text
    assert "Passiv ohne genannten Sprecher" in found[0].evidence


def test_subjectless_adversarial_passive_is_a_report():
    found = extract(nlp.parse("Den Vorwürfen wurde am Montag widersprochen."))
    assert [q.kind for q in found] == ["reported"]


def test_report_coordinated_with_a_silent_main_clause_spans_the_sentence():
    text = "Die Partei hat das Thema im Wahlkampf aufgegriffen und fordert strengere Regeln für Vermieter."
    found = extract(nlp.parse(text))
    assert [q.kind for q in found] == ["reported"]
    assert found[0].text.startswith("Die Partei hat das Thema")


def test_an_agreement_with_a_zu_clause_is_indirect_speech():
    found = extract(nlp.parse("Die Tarifparteien haben sich darauf geeinigt, die Löhne im Mai zu erhöhen."))
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].cue.lemma == "einigen"


def test_a_commission_with_a_zu_clause_is_indirect_speech():
    found = extract(nlp.parse("Der Bürgermeister hat seinen Stellvertreter beauftragt, die Kosten zu prüfen."))
    assert [q.kind for q in found] == ["indirect"]


def test_a_decision_noun_with_a_zu_clause_frames_indirect_speech():
    found = extract(nlp.parse("Der Stadtrat fasste am Abend den Beschluss, das alte Hallenbad zu schließen."))
    assert [q.kind for q in found] == ["indirect"]
    assert "Nominale Redeeinleitung: Beschluss" in found[0].evidence


def test_agentless_passive_of_praise_with_als_is_a_report():
    found = extract(nlp.parse("Der Ablauf der Wahl wurde am Montag als fair und geordnet gelobt."))
    assert [q.kind for q in found] == ["reported"]
    assert found[0].speaker is None or "Ablauf" not in found[0].speaker.text


def test_werten_als_and_vergleichen_mit_are_reported_judgements():
    found = extract(nlp.parse("Die Gewerkschaft wertete den Abschluss als großen Erfolg."))
    assert [(q.kind, q.cue.lemma) for q in found] == [("reported", "werten")]
    found = extract(nlp.parse("Der Minister verglich die Lage mit der Krise des Jahres 2008."))
    assert [(q.kind, q.cue.lemma) for q in found] == [("reported", "vergleichen")]
    assert extract(nlp.parse("Die Forscher verglichen zwei Gruppen von Patienten.")) == []
