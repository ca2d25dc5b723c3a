"""Indirect speech the engine used to miss entirely: frames, complements and source markers, on sentences
written here."""

from __future__ import annotations

from _quotes_support import quotes_of


def _indirect(text: str):
    """(text, speaker text, cue lemma) of every indirect quotation in ``text``."""
    return [(q.text, q.speaker.text if q.speaker else None, q.cue.lemma if q.cue else None)
            for q in quotes_of(text) if q.kind == "indirect"]


def test_the_content_follows_the_separated_particle_after_an_apposition():
    found = _indirect("Am Montag gab der Leiter der Behörde, Karl Brenner, bekannt, dass die Brücke gesperrt bleibt.")
    assert [(t, c) for t, _s, c in found] == [("dass die Brücke gesperrt bleibt", "bekanntgeben")]
    assert found[0][1].startswith("der Leiter")


def test_a_zu_infinitive_may_start_with_an_article_read_as_relative_pronoun():
    found = _indirect("Die Bürgermeisterin schlug dem Rat vor, das im Winter gebaute Becken auch im Sommer zu öffnen.")
    assert [(t, c) for t, _s, c in found] == [
        ("das im Winter gebaute Becken auch im Sommer zu öffnen", "vorschlagen")]


def test_a_name_in_marks_after_laut_is_no_quotation_framed_by_the_verb():
    found = _indirect("Laut „Kurier“ soll sich der Verdächtige seit Montag in Untersuchungshaft befinden.")
    assert [(t, s) for t, s, _c in found] == [
        ("soll sich der Verdächtige seit Montag in Untersuchungshaft befinden", "„Kurier“")]


def test_a_frame_in_brackets_does_not_take_over_the_source_marker():
    found = _indirect("Nach Angaben der Polizei sollen drei Männer (von der Polizei als „Anstifter“ bezeichnet) "
                      "noch in Haft sein.")
    assert found and found[0][1] == "der Polizei" and found[0][0].startswith("sollen drei Männer")


def test_a_wie_clause_may_hold_a_name_in_marks():
    found = _indirect("Denn wie die „Rundschau“ am Montag berichtete, schließt das Werk im Herbst.")
    assert [(t, s) for t, s, _c in found] == [("Denn … schließt das Werk im Herbst", "die „Rundschau“")]
    assert [q.kind for q in quotes_of("Denn wie die „Rundschau“ am Montag berichtete, schließt das Werk.")] \
        == ["indirect"]


def test_a_wie_clause_without_its_comma_ends_at_its_verb():
    found = _indirect("Wie die Feuerwehr mitteilte ist das Feuer inzwischen gelöscht.")
    assert [(t, s) for t, s, _c in found] == [("ist das Feuer inzwischen gelöscht", "die Feuerwehr")]
