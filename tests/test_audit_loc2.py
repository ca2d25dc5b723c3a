"""Faults found by auditing the engine on local news we wrote: road works, festivals, fires, clubs and schools."""

from __future__ import annotations

from medialit import nlp
from tests._quotes_support import only


def test_single_digit_age_in_brackets_names_a_child():
    doc = nlp.parse("Lena (8) hat sich auf das Karussell gefreut.")
    assert [t.text for t in doc[:4]] == ["Lena", "(", "8", ")"]
    q = only("Eine Besucherin kam aus Köln. Lena (8) hat sich vor allem auf das Kettenkarussell gefreut. "
             "„Das ist das Beste“, sagt sie und strahlt.", "direct")
    assert q.speaker.name == "Lena"
    assert "Pronomen „sie“ → Lena" in q.evidence
