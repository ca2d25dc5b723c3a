"""Reported speech acts: which verbs and clauses make a „berichtete Sprechhandlung“, on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import kinds


def test_a_demand_that_took_place_is_reported():
    assert kinds("Die Gewerkschaft forderte am Montag höhere Löhne.") == [("reported", "fordern")]


@pytest.mark.parametrize("text", [
    "Die Ministerin schlug eine Reform der Renten vor.",
    "Der Anwalt empfahl seinem Mandanten eine Einigung.",
    "Die Opposition beantragte eine Sondersitzung des Parlaments.",
])
def test_proposals_without_content_are_no_reported_speech(text):
    assert [k for k, _ in kinds(text)] == []


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft will am Montag höhere Löhne fordern.",
    "Die Gewerkschaft kündigte einen Streik an, um höhere Löhne zu fordern.",
])
def test_an_intended_speech_act_is_not_reported(text):
    assert ("reported", "fordern") not in kinds(text)


def test_a_perfect_participle_reports_the_act():
    assert kinds("Die Sprecherin hatte am Montag eine Reform gefordert.") == [("reported", "fordern")]


@pytest.mark.parametrize("text", [
    "Die Reform, von der Ministerin angekündigt, kommt im Herbst.",
    "Der Streik ist von der Gewerkschaft angekündigt.",
])
def test_a_participle_without_perfect_or_passive_names_no_speech_act(text):
    assert [k for k, _ in kinds(text)] == []


def test_coordinated_participles_share_the_perfect_auxiliary():
    found = kinds("Die Minister haben den Plan abgelehnt und die Regierung zu Neuwahlen aufgefordert.")
    assert found == [("reported", "ablehnen"), ("reported", "auffordern")]


@pytest.mark.parametrize("text", [
    "Der Trainer schimpfte nach dem Spiel über den Schiedsrichter.",
    "Die Ministerin hob die Bedeutung der Reform hervor.",
    "Die Forscher prognostizierten einen heißen Sommer.",
])
def test_comments_and_forecasts_without_content_are_no_reported_speech(text):
    assert [k for k, _ in kinds(text)] == []


def test_a_relative_clause_about_a_thing_is_no_speech_act():
    assert kinds("Im Park stehen neue Schilder, die vor Zecken warnen.") == []


def test_a_relative_clause_about_people_reports_their_speech_act():
    assert ("reported", "warnen") in kinds("Es kamen Ärztinnen, die vor den Folgen des Zuckers warnen.")
