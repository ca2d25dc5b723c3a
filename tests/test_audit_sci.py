"""Faults found by auditing the engine on science, space and weather reports we wrote (journal studies, press
releases of institutes, astronauts, weather warnings, medical studies and retractions)."""

from __future__ import annotations

from tests._quotes_support import only


def test_free_indirect_goes_on_with_the_outer_report_not_a_frame_inside_its_words():
    text = ("Man wisse allerdings noch nicht, ob die Teilchen schadeten, schreiben die Autoren. "
            "Die Studie zeige lediglich einen Zusammenhang.")
    q = only(text, "free_indirect")
    assert q.speaker.text == "die Autoren"
    assert "Sprecher aus dem vorigen Satz übernommen" in q.evidence
    assert only(text, "indirect").speaker.text == "die Autoren"
