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
