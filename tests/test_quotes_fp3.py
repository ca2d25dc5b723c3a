"""Forms that only look like a Konjunktiv make no free indirect speech (sentences written for these tests)."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind

from medialit import nlp


def _verb(text: str, form: str):
    doc = nlp.parse(text)
    return next(t for t in doc if t.text == form)


def test_ich_far_before_a_coordinated_verb_makes_it_indicative():
    tok = _verb("Ich bin gestern mit dem Zug nach Hamburg gefahren und habe dort meine Schwester besucht.", "habe")
    assert tok.morph.get("Mood") != ["Sub"]
    assert tok._.mood_evidence.startswith("Indikativ (ich-Form")


def test_ich_before_an_apposition_makes_the_verb_indicative():
    tok = _verb("Ich persönlich, als langjährige Ärztin an dieser Klinik, plane keine weiteren Schritte.", "plane")
    assert tok.morph.get("Mood") != ["Sub"]


@pytest.mark.parametrize("text, form", [
    ("Ich glaube, er habe recht.", "habe"),
    ("Ich sagte ihr, die Firma plane einen Umzug.", "plane"),
    ("Ich weiß nicht, ob der Rat zustimme.", "zustimme"),
    ("Die Ärztin sagte, sie plane keine weiteren Schritte.", "plane"),
    ("Der Verein teilte mit, dass er einen neuen Trainer anstelle.", "anstelle"),  # a verb at its clause end
])
def test_third_person_forms_stay_konjunktiv(text, form):
    assert _verb(text, form).morph.get("Mood") == ["Sub"]


def test_first_person_sentence_after_a_report_is_no_free_indirect_speech():
    text = ("Der Bürgermeister sagte, die Straße werde im Mai gesperrt. "
            "Ich bin am Montag mit dem Rad durch die Altstadt gefahren und habe mir die Baustelle angesehen.")
    assert [q.text for q in of_kind(text)] == ["die Straße werde im Mai gesperrt"]


def test_anstelle_before_its_noun_is_a_preposition():
    tok = _verb("Die Flagge hat drei Streifen, anstelle von Gelb zeigt sie jedoch Grün.", "anstelle")
    assert tok.morph.get("Mood") != ["Sub"]
    assert tok._.mood_evidence == "Präposition, kein Verb: anstelle"


def test_main_clause_after_a_fronted_phrase_with_a_relative_clause_is_the_narrators():
    text = ("Der Parteichef sagte, die Lage sei ernst. Auch zusammen mit den Grünen, die sieben Prozent erhielten, "
            "erreicht die Partei nicht die Zahl von Sitzen, die für eine Mehrheit ausreichen würde.")
    (q,) = [q for q in of_kind(text, "free_indirect") if "Mehrheit" in q.text]
    assert q.text == "die für eine Mehrheit ausreichen würde."
    assert any(e.startswith("Konjunktiv nur im Nebensatz") for e in q.evidence)


def test_verb_final_clause_after_a_relative_clause_is_no_main_clause():
    text = ("Der Minister sagte, der Plan sei fertig. Die Umsetzung des Plans, der von zwei Ländern erstellt wurde "
            "und von einem dritten unterstützt wird, soll im Mai beginnen.")
    (q,) = [q for q in of_kind(text, "free_indirect") if "Mai" in q.text]
    assert q.text.startswith("Die Umsetzung")
    assert q.speaker is not None and q.speaker.text == "Der Minister"


def test_konjunktiv_ii_before_a_konjunktiv_i_sentence_belongs_to_the_report():
    text = ("Der Sprecher sagte, der Damm sei sicher. Wenn der Pegel weiter steigt, würden die Anwohner gewarnt. "
            "Man beobachte die Lage genau.")
    (q,) = [q for q in of_kind(text, "free_indirect") if "Anwohner" in q.text]
    assert q.text.startswith("Wenn der Pegel weiter steigt, würden die Anwohner gewarnt.")
    assert q.speaker is not None and q.speaker.text == "Der Sprecher"
    assert "der nächste Satz setzt den Bericht im Konjunktiv I fort" in q.evidence
