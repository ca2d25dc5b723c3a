"""Speakers found at the right mention (coordinated clauses, noun frames), on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import only


def test_noun_frame_of_a_coordinated_verb_takes_the_shared_subject():
    text = "Die Ministerin lobte den Plan und vertrat die Ansicht, dass die Reform gelingen werde."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Ministerin"
    assert "Nomen als Objekt eines angeschlossenen Verbs: Sprecher ist das gemeinsame Subjekt" in q.evidence


def test_noun_frame_with_its_own_subject_is_unchanged():
    text = "Der Bürgermeister Hans Meier wagte die Prognose, im nächsten Jahr würden die Steuern steigen."
    q = only(text, "indirect")
    assert q.speaker is not None and "Hans Meier" in q.speaker.text


def test_passive_after_a_source_phrase_with_a_relative_clause_names_that_text():
    text = "In einer Mitteilung, die am Montag veröffentlicht wurde, wurde angekündigt, dass die Preise steigen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "einer Mitteilung"
    assert "Quelle: Präpositionalphrase mit Relativsatz im Vorfeld eines Passivs" in q.evidence


def test_place_with_a_relative_clause_before_a_passive_is_no_source():
    text = "In der Stadt, die am Fluss liegt, wurde gefordert, dass die Preise sinken."
    q = only(text, "indirect")
    assert q.speaker is None


def test_quoted_words_belong_to_the_reporting_verb_of_their_own_clause():
    text = "Der Stürmer nannte seinen Platzverweis „überzogen“, der Trainer kritisierte den Schiedsrichter."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "Der Stürmer"
    assert "Redeverb im Teilsatz des Zitats" in q.evidence


def test_verb_final_conjunct_of_a_relative_clause_shares_the_relative_pronoun():
    text = ("Es sprach der Bürgermeister, der die Lage schilderte und die Bürger aufforderte, "
            "zu Hause zu bleiben.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "der"
    assert "Subjekt: Relativpronomen des vorigen Relativsatzes (Verb am Ende)" in q.evidence


def test_main_clause_after_a_closed_relative_clause_keeps_its_own_subject():
    text = "Er lobte den Plan, den die Regierung vorlegte, und die Opposition forderte, dass er scheitere."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "die Opposition"


def test_reporting_verb_right_after_a_quotation_without_comma_frames_it():
    text = "Der Verein fordert neue Regeln. „Wir brauchen endlich klare Regeln“ sagte der Vorsitzende Peter Klein."
    q = only(text, "direct")
    assert q.speaker is not None and "Peter Klein" in q.speaker.text
    assert "Verb mit Sprecher direkt nach dem Zitat" in q.evidence


def test_an_age_noun_after_a_quotation_is_the_singular_speaker():
    q = only("„Ich habe nichts falsch gemacht“, sagte der 45-Jährige.", "direct")
    assert q.speaker is not None and q.speaker.text == "der 45-Jährige"
    q = only("Er habe nichts falsch gemacht, sagte der 45-Jährige vor Gericht.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der 45-Jährige"
