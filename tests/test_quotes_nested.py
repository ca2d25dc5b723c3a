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
