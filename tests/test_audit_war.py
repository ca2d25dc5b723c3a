"""Audit of war, crisis and foreign reporting (front lines, ceasefire talks, relief agencies, state media,
refugees, foreign elections), on sentences written for these tests: relays, unnamed officials, eyewitnesses."""

from __future__ import annotations

from _quotes_support import of_kind, quotes_of


def test_was_clause_with_a_speech_verb_is_the_answer_of_its_own_subject():
    text = "Israel wirft dem Hilfswerk vor, von der Hamas unterwandert zu sein, was die UN zurückweisen."
    q = next(q for q in quotes_of(text) if q.cue and q.cue.lemma == "zurückweisen")
    assert q.kind == "reported" and q.speaker.text == "die UN"
    assert "Subjekt im weiterführenden Relativsatz nach „was“" in q.evidence


def test_was_clause_after_a_report_is_a_report_of_its_own():
    qs = of_kind("Der Kreml kündigte neue Angriffe an, was Kiew als Propaganda bezeichnete.", "reported")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("Der Kreml kündigte neue Angriffe an", "Der Kreml"), ("was Kiew als Propaganda bezeichnete.", "Kiew")]


def test_was_clause_without_a_speech_verb_stays_part_of_the_report():
    q = of_kind("Der Minister forderte mehr Waffen, was Kritik auslöste.", "reported")[0]
    assert q.text == "Der Minister forderte mehr Waffen, was Kritik auslöste."


def test_was_as_object_of_the_speech_verb_is_its_content():
    q = of_kind("Die Sprecherin wiederholte, was der Minister gesagt hatte.", "indirect")[0]
    assert q.speaker.text == "Die Sprecherin" and q.text == "was der Minister gesagt hatte"


def test_main_clause_after_a_dative_addressee_is_the_officials_report():
    text = ("Ein ranghoher Beamter, der nicht namentlich genannt werden wollte, sagte der Zeitung, die USA prüften "
            "derzeit eine weitere Lieferung.")
    q = of_kind(text, "indirect")[0]
    assert q.text == "die USA prüften derzeit eine weitere Lieferung"
    assert q.speaker.text.startswith("Ein ranghoher Beamter")
    assert "Hauptsatz nach Redeverb und Komma (Indikativ: prüften)" in q.evidence


def test_relative_clause_after_an_object_stays_a_relative_clause():
    assert of_kind("Der General lobte die Soldaten, die Russland tapfer widerstanden.") == []
    q = of_kind("Der General sagte dem Sender, die Soldaten hielten die Stellung.", "indirect")[0]
    assert q.text == "die Soldaten hielten die Stellung" and q.speaker.text == "Der General"
