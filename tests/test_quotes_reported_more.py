"""More reported speech acts: announcements, stated reasons, negated acts (sentences written here)."""

from __future__ import annotations

import pytest

from medialit import nlp
from medialit.quotes import extract


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.cue.lemma if q.cue else None) for q in extract(nlp.parse(text))]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Die Stadtverwaltung gab am Dienstag die Schließung des Hallenbades bekannt.", "bekanntgeben"),
    ("Als Ursache gab die Feuerwehr einen technischen Defekt an.", "angeben"),
    ("Die Ministerin begründete den Rücktritt mit gesundheitlichen Problemen.", "begründen"),
    ("Die Pflegekräfte klagten über zu lange Schichten.", "klagen"),
])
def test_announcements_and_stated_reasons_are_reported_speech(text, lemma):
    assert kinds(text) == [("reported", lemma)]
