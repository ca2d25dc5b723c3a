"""Faults found by reading the engine's output on articles about schools and transport (an audit of our own
articles). All sentences are written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only


@pytest.mark.parametrize("text", [
    "An einer Grundschule in Duisburg unterrichtet bereits jede vierte Lehrkraft ohne Lehramtsstudium.",
    "Frau Weber unterrichtet seit 20 Jahren Mathematik.",
])
def test_teaching_is_no_speech_act(text):
    assert of_kind(text, "reported") == []


def test_informing_somebody_about_something_is_a_speech_act():
    q = only("Die Ministerin unterrichtete den Ausschuss über den Stand der Ermittlungen.", "reported")
    assert (q.speaker.text, q.cue.lemma) == ("Die Ministerin", "unterrichten")
