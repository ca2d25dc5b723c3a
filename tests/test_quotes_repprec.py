"""Precision of reported speech acts: constructions that name an act without reporting it (sentences written here)."""

from __future__ import annotations

import pytest
from _quotes_support import kinds


@pytest.mark.parametrize("text", [
    "Der Minister trat zurück, da er seinen Wechsel in die Wirtschaft angekündigt hatte.",
    "Die Firma verlor Kunden, weil der Chef höhere Preise gefordert hatte.",
    "Als die Gewerkschaft einen Streik ankündigte, reagierte die Bahn sofort mit einem neuen Angebot.",
])
def test_an_act_given_as_reason_or_time_is_no_report(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_the_main_clause_act_stays_a_report():
    assert kinds("Die Gewerkschaft kündigte am Montag einen Streik an.") == [("reported", "ankündigen")]


@pytest.mark.parametrize("text", [
    "Der Konzern bestritt diesen Vorwurf am Dienstag.",
    "Die Verteidigung zweifelt diese Darstellung an.",
])
def test_counter_speech_against_a_claim_named_by_dieser_is_no_new_report(text):
    assert "reported" not in [k for k, _ in kinds(text)]


def test_counter_speech_against_a_new_claim_stays_a_report():
    assert kinds("Der Konzern bestritt am Dienstag jede Beteiligung an den Absprachen.") == [
        ("reported", "bestreiten")]
