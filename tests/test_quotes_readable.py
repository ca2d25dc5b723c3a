"""Colon introductions by „war zu lesen/hören“: written or heard words, on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import only


def test_war_zu_lesen_introduces_words_on_a_banner_with_the_banner_as_source():
    q = only("Auf den Plakaten der Demonstranten war zu lesen: „Keine Gewalt!“", "direct")
    assert q.text == "„Keine Gewalt!“"
    assert q.speaker is not None and q.speaker.text == "den Plakaten der Demonstranten"
    assert "Doppelpunkt-Einleitung: „war zu lesen“" in q.evidence


def test_war_zu_hoeren_introduces_heard_words_without_a_speaker():
    q = only("Aus dem Saal war immer wieder zu hören: „Rücktritt!“", "direct")
    assert q.speaker is None
    assert "Doppelpunkt-Einleitung: „war … zu hören“" in q.evidence


def test_a_report_names_its_text_as_source():
    q = only("Im Bericht der Kommission ist zu lesen: „Die Mängel sind gravierend.“", "direct")
    assert q.speaker is not None and q.speaker.text == "Bericht der Kommission"
