"""Shared helpers of the quotation tests: run the whole pipeline and the extractor over a sentence we wrote."""

from __future__ import annotations

from medialit import nlp
from medialit.quotes import extract


def quotes_of(text: str):
    """Every quotation the engine finds in ``text``."""
    return extract(nlp.parse(text))


def kinds(text: str) -> list[tuple[str, str | None]]:
    """(kind, cue lemma) of every quotation in ``text``."""
    return [(q.kind, q.cue.lemma if q.cue else None) for q in quotes_of(text)]


def of_kind(text: str, *wanted: str) -> list:
    """The quotations in ``text`` of the given kinds (all kinds when none is given)."""
    return [q for q in quotes_of(text) if not wanted or q.kind in wanted]


def only(text: str, *wanted: str):
    """The one quotation of the given kinds in ``text``; fails with the list found when there is not exactly one."""
    found = of_kind(text, *wanted)
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    return found[0]


def sources_of(text: str) -> dict:
    """The source inventory of ``text`` (the whole analysis, as the lessons show it), by name."""
    from medialit.analysis import analyze

    return {s.name: s for s in analyze(text).sources}
