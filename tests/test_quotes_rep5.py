"""Reported speech acts (rep5 rules): when a speech verb without content reports an act, on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import kinds


@pytest.mark.parametrize("text", [
    "Die Firma hatte Entlassungen angekündigt. Das Ministerium dementierte.",
    "Es gab Gerüchte über eine Fusion. Die Bank dementierte umgehend.",
])
def test_a_denial_without_an_object_is_still_a_speech_act(text):
    """„Das Ministerium dementierte.“ names no claim, but it is a speech act with no content: reported speech."""
    assert ("reported", "dementieren") in kinds(text)


def test_a_denial_with_its_object_stays_a_report():
    assert ("reported", "dementieren") in kinds("Der Sprecher der Firma dementierte die Gerüchte über eine Fusion.")


@pytest.mark.parametrize("text", [
    "Die Stadtwerke haben eine Preiserhöhung angekündigt.",
    "Die Stadtwerke kündigten eine Preiserhöhung an.",
    "Die Stadtwerke hatten die Preiserhöhung bereits im Frühjahr angekündigt.",
])
def test_an_announcement_is_a_report_in_every_tense(text):
    """The pluperfect („hatte … angekündigt“) is background, but still a speech act a learner should see."""
    assert kinds(text) == [("reported", "ankündigen")]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Die Polizei führt den Unfall auf die glatte Fahrbahn zurück.", "zurückführen"),
    ("Die Experten messen dem Gipfel in Brüssel große Bedeutung bei.", "beimessen"),
    ("Der Verband lastet die Verluste dem früheren Vorstand an.", "anlasten"),
])
def test_verbs_of_explaining_weighing_and_blaming_report_a_judgement(text, lemma):
    assert kinds(text) == [("reported", lemma)]


@pytest.mark.parametrize("text", [
    "Der Brand lässt sich auf einen Defekt in der Leitung zurückführen.",
    "Der Trainer führte die Mannschaft zurück in die erste Liga.",
])
def test_a_reflexive_finding_or_a_way_back_is_no_judgement(text):
    assert [k for k, _ in kinds(text)] == []


def test_a_von_attribute_of_the_object_is_no_complement_of_the_verb():
    text = "Das Landgericht sprach am Montag ein Urteil von vier Jahren Haft."
    assert [k for k, _ in kinds(text)] == []


@pytest.mark.parametrize("text", [
    "Die Polizei sprach am Abend von einem tragischen Unfall.",
    "Der Sender berichtete in seinen Nachrichten von zahlreichen Verletzten.",
])
def test_von_after_a_time_or_a_phrase_still_names_what_was_said(text):
    assert [k for k, _ in kinds(text)] == ["reported"]
