"""Free indirect speech and the mood tagger: rules added in the fifth round, on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only

from medialit import nlp as mnlp


@pytest.fixture(scope="module")
def nlp():
    return mnlp.load()


def mood_of(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    return tok.morph.get("Mood"), tok._.mood_evidence


@pytest.mark.parametrize("text, word", [
    ("Die Richterin fällte am Montag ein mildes Urteil.", "fällte"),
    ("Die Arbeiter fällten im Winter die alten Bäume.", "fällten"),
    ("Der Verein zählte damals dreihundert Mitglieder.", "zählte"),
])
def test_an_umlaut_before_the_weak_past_ending_is_no_konjunktiv(nlp, text, word):
    mood, evidence = mood_of(nlp, text, word)
    assert "Sub" not in mood
    assert evidence.startswith("Präteritum")


def test_a_strong_stem_in_t_keeps_its_konjunktiv_ii(nlp):
    mood, evidence = mood_of(nlp, "Die neuen Anlagen böten den Bewohnern mehr Platz.", "böten")
    assert mood == ["Sub"]
    assert evidence.startswith("Konjunktiv II")


@pytest.mark.parametrize("text, content", [
    ("Die Sprecherin sagte, die Verhandlungen seien schwierig. Eine Einigung wäre möglich gewesen, "
     "scheiterte aber am Widerstand der Länder.", "Eine Einigung wäre möglich gewesen"),
    ("Der Anwalt erklärte, sein Mandant sei unschuldig. Er habe die Frau nie gesehen, wurde aber später "
     "von Zeugen erkannt.", "Er habe die Frau nie gesehen"),
])
def test_an_indicative_main_clause_after_free_indirect_speech_is_the_narrators(text, content):
    q = only(text, "free_indirect")
    assert q.text == content
    assert q.speaker is not None
    assert any(e.startswith("indikativischer Hauptsatz danach") for e in q.evidence)


def test_a_konjunktiv_clause_joined_by_und_stays_in_the_free_indirect_speech():
    q = only("Der Anwalt erklärte, sein Mandant sei unschuldig. Er habe die Frau nie gesehen und kenne sie nicht.",
             "free_indirect")
    assert q.text.startswith("Er habe die Frau nie gesehen und kenne sie nicht")


def test_an_indicative_main_clause_after_the_content_of_an_own_frame_is_the_narrators():
    q = only("Der Bürgermeister blieb dabei, die Brücke sei sicher, musste aber später Mängel einräumen.", "indirect")
    assert q.text == "die Brücke sei sicher"
    assert q.speaker.text == "Der Bürgermeister"


def test_moechte_states_the_subjects_own_wish_and_continues_no_report():
    text = "Die Sprecherin sagte, der Plan sei fertig. Der Minister möchte im Mai nach Paris reisen."
    assert of_kind(text, "free_indirect") == []
    assert only(text, "indirect").text == "der Plan sei fertig"


def test_a_quotation_after_a_colon_ends_the_free_indirect_speech():
    text = "Die Sprecherin sagte, der Plan sei fertig. Die Regeln seien klar: „Niemand darf sie ignorieren.“"
    q = only(text, "free_indirect")
    assert q.text == "Die Regeln seien klar"
    assert "wörtliches Zitat nach Doppelpunkt: eigene direkte Rede" in q.evidence
    assert only(text, "direct").speaker.text == "Die Sprecherin"


def test_hearsay_soll_after_an_indicative_main_clause_starts_the_content():
    text = ("Die Polizei sagte, der Einbruch sei am Abend geschehen. Ein Wachmann wurde festgenommen, "
            "er soll den Tätern geholfen haben.")
    q = only(text, "free_indirect")
    assert q.text.startswith("er soll den Tätern geholfen haben")
    assert q.speaker.text == "Die Polizei"
    assert any(e.startswith("„soll“ vom Hörensagen nur im Nebensatz") for e in q.evidence)
