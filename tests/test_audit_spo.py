"""Audit of sports, entertainment, transfer, product and obituary reporting: faults a reader would see on new
articles, on our own sentences."""

from __future__ import annotations

import pytest
from _quotes_support import only


@pytest.mark.parametrize("text", [
    "Kapitän Christian Günter haderte. „Das Foul an Vincenzo Grifo war klar“, sagte der 31-Jährige.",
    "Kapitän Christian Günter haderte. Der Schiedsrichter habe ein Foul an Vincenzo Grifo übersehen, so der "
    "31-Jährige.",
    "Kapitän Christian Günter haderte. Der Schiedsrichter habe ein Foul an Vincenzo Grifo übersehen, sagte er.",
], ids=["direct-age", "so-age", "pronoun"])
def test_person_named_in_the_quotation_is_not_its_speaker(text):
    """„… ein Foul an Vincenzo Grifo übersehen, so der 31-Jährige“: Grifo is talked about, the captain named
    before speaks (was: Grifo, the nearest person before the description)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == "Christian Günter"


def test_person_named_only_as_a_show_title_is_no_antecedent():
    """„in der Talkshow „Markus Lanz““ names a show; „sagte sie“ is the presenter introduced before (was: Markus
    Lanz)."""
    text = ("Die Moderatorin Anna Roth war in der ZDF-Talkshow „Markus Lanz“ zu Gast. „Ich habe monatelang nicht "
            "geschlafen“, sagte sie.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Anna Roth"
    assert "Pronomen „sie“ → Anna Roth" in q.evidence


def test_person_named_before_the_title_still_takes_the_pronoun():
    """Positive counterpart: a person named outside quotation marks stays the antecedent of „er“."""
    text = "Trainer Markus Lanz war sauer. „Das war zu wenig“, sagte er."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Markus Lanz"
