"""Direct quotations, fifth round: precision of marks without a frame and speakers of direct quotations."""

from __future__ import annotations

from _quotes_support import quotes_of


def test_scare_quote_without_any_frame_is_no_quotation():
    text = "Der Radfahrer wurde wegen „groben Unfugs und Beleidigung“ angezeigt. Die Polizei ermittelt weiter."
    assert not [q for q in quotes_of(text) if q.kind == "direct"]


def test_lower_case_label_in_marks_inside_a_sentence_is_no_quotation():
    text = "Im Sommer wurde die alte Fähre zum „schwimmenden Wohnzimmer der Insel“ für viele Urlauber."
    assert not [q for q in quotes_of(text) if q.kind == "direct"]


def test_quotation_filling_its_sentence_is_kept():
    text = "„Wer rastet, der rostet.“ Dieser Satz hängt im Büro der Trainerin."
    assert [q for q in quotes_of(text) if q.kind == "direct"]


def test_fragment_in_a_konjunktiv_sentence_is_kept():
    text = ("Die Ärztin Maria Lind warnte vor der Hitze. Ältere Menschen seien „in besonderem Maße gefährdet“ "
            "und sollten viel trinken.")
    assert any(q.kind == "direct" and "besonderem" in q.text for q in quotes_of(text))
