"""Audit of tabloid and opinionated online news, on sentences written for these tests: dramatic reporting verbs,
celebrities named by first name, pronouns after quoted names."""

from __future__ import annotations

import pytest
from _quotes_support import quotes_of, sources_of


@pytest.mark.parametrize("text, cue, connotation", [
    ("Melanie Brandt rechnet ab: „Wer so etwas macht, hat kein Herz.“", "abrechnen", "evaluative"),
    ("Katrin Özdemir stichelte auf X: „Schön, dass er das auch merkt.“", "sticheln", "evaluative"),
    ("Ein anderer Leser ätzte: „Typisch Fußballer …“", "ätzen", "evaluative"),
    ("Moderator Jan Köppen legte nach: „Und genauso kuschelig.“", "nachlegen", "evaluative"),
    ("Der Minister schoss zurück: „Das ist Unsinn!“", "zurückschießen", "adversarial"),
])
def test_tabloid_verb_before_a_colon_is_the_cue_with_its_tone(text, cue, connotation):
    q = next(iter(quotes_of(text)))
    assert q.kind == "direct" and q.cue.lemma == cue and q.cue.connotation == connotation
    assert q.cue.explanation and "Redeverb" not in q.cue.explanation


def test_tabloid_verb_without_content_is_a_reported_speech_act():
    q = next(iter(quotes_of("Sven Kaltenbach keilt zurück.")))
    assert q.kind == "reported" and q.cue.lemma == "zurückkeilen" and q.cue.connotation == "adversarial"
    q = next(iter(quotes_of("Bürgermeister Tobias Weißhaupt rechnet mit seinen Kritikern ab.")))
    assert q.kind == "reported" and q.cue.lemma == "abrechnen"


@pytest.mark.parametrize("text", ["Die Polizei schoss zurück.", "Er packte den Koffer aus.",
                                  "Die Kasse rechnet am Monatsende ab.", "Der Wirt legte Holz nach."])
def test_literal_sense_of_a_tabloid_verb_is_no_speech_act(text):
    assert not quotes_of(text)
