"""Reported speech acts (round five, reprec): topic verbs and passives whose „von“ phrase is no agent; sentences
written here."""

from __future__ import annotations

import pytest
from _quotes_support import kinds, of_kind, only


@pytest.mark.parametrize("text", [
    "Die Abgeordnete thematisierte in der Sitzung die Lage der Pflegekräfte.",
    "Der Prüfer konstatierte einen deutlichen Rückgang der Einnahmen.",
])
def test_raising_a_topic_or_stating_a_finding_is_no_reported_act(text):
    assert of_kind(text, "reported") == []


def test_a_topic_verb_still_frames_its_content_clause():
    assert ("indirect", "konstatieren") in kinds("Der Prüfer konstatierte, dass die Einnahmen gesunken seien.")


@pytest.mark.parametrize("text", [
    "Von einer hohen Waldbrandgefahr wird in der Region weiterhin ausgegangen.",
    "In der Stadt wurde von einem schweren Unfall berichtet.",
])
def test_the_topic_of_a_passive_speech_verb_is_not_its_speaker(text):
    q = only(text, "reported")
    assert q.speaker is None
    assert "Passiv ohne genannten Sprecher" in q.evidence


def test_an_agent_with_von_still_speaks_in_the_passive():
    q = only("Die Aktion wurde von den Veranstaltern als Erfolg gewertet.", "reported")
    assert q.speaker is not None and q.speaker.text == "den Veranstaltern"


def test_the_topic_passive_names_its_reason():
    q = only("Von einer hohen Waldbrandgefahr wird in der Region weiterhin ausgegangen.", "reported")
    assert "„von“ nennt beim Passiv von „ausgehen“ das Thema, nicht den Sprecher" in q.evidence


@pytest.mark.parametrize("text", [
    "Die Besucher priesen den neuen Bürgermeister.",
    "Die Gewerkschaft beharrte auf ihrer Position.",
])
def test_praise_and_insisting_alone_are_attitudes_like_their_synonyms(text):
    assert of_kind(text, "reported") == []


@pytest.mark.parametrize("text", [
    "Die Fraktion schlug den Abgeordneten als Nachfolger des Vorsitzenden vor.",
    "Der Verband empfahl die Juristin als Kandidatin für das Amt.",
])
def test_a_bare_role_after_als_names_a_function_not_a_judgement(text):
    assert of_kind(text, "reported") == []


def test_an_als_predicate_with_an_adjective_still_judges():
    q = only("Die Ministerin lobte den Botschafter als großen Europäer.", "reported")
    assert "„als“-Prädikat nennt das Urteil" in q.evidence


def test_an_amount_after_von_in_a_passive_is_nobody_who_speaks():
    q = only("Eine Summe von zehn Millionen Euro wurde genannt.", "reported")
    assert q.speaker is None
