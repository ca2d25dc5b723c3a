"""Reported speech acts, third round: prepositions, reflexive and expelling readings, span reach (own sentences)."""

from __future__ import annotations

import pytest
from _quotes_support import kinds


def test_a_threat_with_its_object_is_reported():
    assert kinds("Die Gewerkschaft drohte mit einem unbefristeten Streik.") == [("reported", "drohen")]


@pytest.mark.parametrize("text", [
    "Den Bauern droht eine schlechte Ernte.",
    "Am Wochenende drohen heftige Gewitter.",
])
def test_a_looming_event_is_no_threat_of_a_speaker(text):
    assert [k for k, _ in kinds(text)] == []
