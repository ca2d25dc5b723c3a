"""Speaker rules of the sixth round (speakers.py), on sentences written for these tests."""

from __future__ import annotations

from medialit import nlp
from medialit.quotes import extract


def test_free_indirect_passage_names_its_speaker_in_an_inserted_so_clause():
    text = ("Der Vorstandschef Peter Lindner sagte, die Zahlen seien gut. Zwar sei das Jahr schwierig gewesen, "
            "und man sei enttäuscht – so Lindner –, dennoch wolle die Firma weiter investieren.")
    found = [q for q in extract(nlp.parse(text)) if q.kind == "free_indirect"]
    assert len(found) == 1 and found[0].speaker is not None, [(q.kind, q.text) for q in found]
    speaker = found[0].speaker
    assert speaker.text == "Lindner"
    assert speaker.spans[0][0] == text.index("so Lindner") + 3  # the mention inside the passage itself
    assert speaker.name == "Peter Lindner"
    assert any("zuletzt genannt als „Lindner“" in e for e in found[0].evidence)
