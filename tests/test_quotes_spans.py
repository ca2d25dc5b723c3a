"""Span boundaries of indirect speech: where a content starts and ends, on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import quotes_of


def indirect(text: str):
    found = [q for q in quotes_of(text) if q.kind in ("indirect", "free_indirect")]
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


def texts(text: str, q) -> list[str]:
    return [text[s:e] for s, e in q.spans]


def test_marker_in_the_vorfeld_keeps_its_whole_source_out_of_the_content():
    text = "Nach Angaben des Forschungsinstituts der Landesbank sank die Zahl der Arbeitslosen im Mai deutlich."
    q = indirect(text)
    assert texts(text, q) == ["sank die Zahl der Arbeitslosen im Mai deutlich"]


def test_marker_source_with_apposition_between_commas_ends_at_the_finite_verb():
    text = "Nach Ansicht der Staatsanwaltschaft, vertreten durch Oberstaatsanwalt Peter Kranz, soll der Angeklagte gelogen haben."
    q = indirect(text)
    assert texts(text, q) == ["soll der Angeklagte gelogen haben"]
    assert any(e.startswith("Quelle bis zum finiten Verb (Vorfeld)") for e in q.evidence)
