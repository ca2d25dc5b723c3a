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
