"""Audit of culture, obituaries and court reports abroad: faults a reader would see on new articles, on our own
sentences."""

from __future__ import annotations

from _quotes_support import only


def test_strong_nominalised_adjective_role_before_a_name_is_singular():
    """„erklärte DJV-Vorsitzender Mika Beuster“: „Vorsitzender“ without article is singular, so the name is the
    subject (was: read as a plural object, the words went to the union of the sentence before)."""
    text = ("Der Deutsche Journalisten-Verband forderte die Freilassung der Reporterin. „Journalismus ist kein "
            "Terrorismus“, erklärte DJV-Vorsitzender Mika Beuster.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Mika Beuster"
    assert "Subjekt nach dem finiten Verb (Mittelfeld)" in q.evidence
    q = only("„Die Lage ist ernst“, sagte Abgeordneter Jonas Keller.", "direct")
    assert q.speaker is not None and q.speaker.name == "Jonas Keller"


def test_french_first_name_makes_the_full_name_and_takes_up_er():
    """„den Franzosen Julien Marchand“: „Julien“ is a first name (was read as a noun, so „Marchand“ named
    nobody and „sagte er“ went to the Iranian director named before)."""
    text = ("Der Goldene Bär geht an die iranische Regisseurin Narges Tehrani. Der Silberne Bär ging an den "
            "Franzosen Julien Marchand. Marchand widmete den Preis seiner Mutter. „Sie hat mir beigebracht, "
            "hinzusehen“, sagte er.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Julien Marchand"
    assert "Pronomen „er“ → Julien Marchand" in q.evidence
