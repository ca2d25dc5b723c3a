"""Subject finding by German word order (Vorfeld, Mittelfeld, appositions), on sentences written for these tests."""

from __future__ import annotations

from medialit import nlp
from medialit.quotes import extract


def speaker_of(text: str, kind: str | None = None) -> str:
    found = [q for q in extract(nlp.parse(text)) if kind is None or q.kind == kind]
    assert found, "no quotation found"
    assert found[0].speaker is not None, [(q.kind, q.text) for q in found]
    return found[0].speaker.text


def test_nominative_pronoun_after_the_verb_beats_an_object_in_the_vorfeld():
    text = "Die Anwohner der Straße forderte er am Abend auf, ihre Autos umzuparken."
    assert speaker_of(text) == "er"


def test_accusative_vorfeld_is_not_the_subject():
    text = "Den Schaden an der Brücke beziffert die Baubehörde auf zwei Millionen Euro."
    assert "Baubehörde" in speaker_of(text, "reported")


def test_vorfeld_with_appositions_and_brackets_before_the_finite_verb():
    text = ("Die beiden Regierungsparteien, die Bürgerpartei (BP) und die Volksliga (VL), hatten erklärt, "
            "am Montag ein Misstrauensvotum einzuleiten.")
    assert speaker_of(text) == "Die beiden Regierungsparteien, die Bürgerpartei (BP) und die Volksliga (VL)"


def test_vorfeld_with_apposition_and_relative_clause():
    text = ("Jana Kowalski, die Ministerin für Umwelt, die seit Mai im Amt ist, sagte am Rande des Treffens: "
            "„Wir brauchen klare Regeln.“")
    assert speaker_of(text, "direct") == "Jana Kowalski, die Ministerin für Umwelt"


def test_participle_attribute_and_age_in_the_vorfeld():
    text = "Die den Unfall überlebende Petra M., 41, beschrieb im Krankenhaus den Hergang: „Alles ging sehr schnell.“"
    assert "Petra M." in speaker_of(text, "direct")


def test_long_subject_with_prepositional_attributes_and_apposition():
    text = ("Der Vertreter der Bauern im Beirat der Agentur für Landwirtschaft (AfL), Otto Brenner, hat in einem "
            "Interview gefordert, dass die Regeln gelockert werden.")
    assert "Otto Brenner" in speaker_of(text, "indirect")
