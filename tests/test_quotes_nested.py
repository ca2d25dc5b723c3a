"""Quotations nested in reported speech: „Brandt sagte, die Ministerin habe versprochen: „…““ — the person who
speaks inside the report is the quotation's speaker, the reporter passes it on. All sentences are our own."""

from __future__ import annotations

import pytest
from _quotes_support import only


@pytest.mark.parametrize(("text", "speaker", "cue", "relay"), [
    ("Brandt sagte, die Ministerin habe versprochen: „Wir bauen die Brücke bis 2027.“",
     "die Ministerin", "versprechen", "Brandt"),
    ("Die Sprecherin erklärte, Bürgermeister Max Roth habe im Rat gesagt: „Das Bad bleibt offen.“",
     "Bürgermeister Max Roth", "sagen", "Die Sprecherin"),
])
def test_speaker_inside_the_report_speaks_the_quotation_after_the_colon(text, speaker, cue, relay):
    q = only(text, "direct")
    assert (q.speaker.text, q.cue.lemma, q.relay.text) == (speaker, cue, relay)
    assert any(e.startswith("Doppelpunkt nach") and "in der indirekten Rede" in e for e in q.evidence)


@pytest.mark.parametrize("text", [
    "Brandt sagte, das Projekt sei gescheitert: „Wir haben zu spät angefangen.“",  # no speech verb inside
    "Brandt sagte, er habe es oft gesagt: „Wir haben zu spät angefangen.“",  # „er“ may be Brandt himself
])
def test_reporter_keeps_the_quotation_when_nobody_else_speaks_inside(text):
    q = only(text, "direct")
    assert q.speaker.text == "Brandt"
    assert q.relay is None


@pytest.mark.parametrize(("text", "content", "fragment"), [
    ("Minister Volker Wissing rief die Tarifparteien auf, „schnellstmöglich“ an den Verhandlungstisch "
     "zurückzukehren.", "„schnellstmöglich“ an den Verhandlungstisch zurückzukehren", "„schnellstmöglich“"),
    ("Die Ministerin forderte, „die Gier der Konzerne“ endlich zu stoppen.",
     "„die Gier der Konzerne“ endlich zu stoppen", "„die Gier der Konzerne“"),
])
def test_quoted_words_opening_an_infinitive_clause_are_a_fragment_of_the_report(text, content, fragment):
    report = only(text, "indirect")
    assert report.text == content
    assert "Infinitiv mit zu nach Forderungsverb" in report.evidence
    direct = only(text, "direct")
    assert direct.text == fragment
    assert "wörtliches Teilzitat in indirekter Rede" in direct.evidence


def test_a_whole_quotation_after_the_comma_stays_a_direct_quotation():
    text = "Er sagte, „wir werden kämpfen“, und ging."
    assert only(text, "direct", "indirect").kind == "direct"
