"""Reported speech acts that are none as a whole: impersonal passives and other contexts (own sentences)."""

from __future__ import annotations

import pytest
from _quotes_support import kinds


@pytest.mark.parametrize("text", [
    "Für das Wochenende wird mit schweren Gewittern gerechnet.",
    "Mit einer Entscheidung wird erst im Herbst gerechnet.",
])
def test_an_agentless_passive_expectation_is_no_reported_speech(text):
    assert [k for k, _ in kinds(text) if k == "reported"] == []


def test_an_active_expectation_stays_reported():
    assert kinds("Die Stadtwerke rechnen für den Winter mit höheren Preisen.") == [("reported", "rechnen")]
