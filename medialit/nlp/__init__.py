"""The German NLP pipeline: ``load()`` gives a cached spaCy ``Language`` built on ``spacy.blank("de")``.

Components, in order (each registered, pure and deterministic, fully offline):

- ``medialit_number_period``: „im Jahr 2020.“ → „2020“ „.“ (the tokenizer keeps „9.“ for ordinals)
- ``medialit_quotemarks``: opening/closing quotation marks and their pairs (``token._.quote_role``)
- ``medialit_sentences``: sentence starts for news text (``is_sent_start``)
- ``medialit_tagger``: STTS ``tag_``, UPOS ``pos_``, ``lemma_`` (HanTa)
- ``medialit_separable_verbs``: „wies … zurück“ → lemma zurückweisen (``token._.particle``)
- ``medialit_mood``: ``morph`` Mood=Sub/Ind with ``token._.mood_evidence``
- ``medialit_entities``: ``doc.ents`` PER/ORG/LOC/MISC with ``span._.evidence``; role nouns (``token._.role``)
- ``medialit_spans``: ``doc.spans["dates"]`` and ``doc.spans["numbers"]`` (resolved with ``doc._.published``)

See docs/nlp.md for the design, the measured speed and why each library was chosen.
"""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Iterable
from datetime import date

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from medialit.nlp import (  # noqa: F401  (importing registers the components)
    entities,
    lemmas,
    morph,
    quotemarks,
    sentences,
    spans,
    tagger,
    tokenizer,
)
from medialit.nlp.quotemarks import QuotePair, is_quote_mark, quote_pairs
from medialit.nlp.sentences import sentence_bounds
from medialit.nlp.tokenizer import customize_tokenizer

__all__ = ["PIPELINE", "QuotePair", "is_quote_mark", "load", "make_doc", "parse", "quote_pairs", "sentence_bounds"]

PIPELINE = (
    "medialit_number_period",
    "medialit_quotemarks",
    "medialit_sentences",
    "medialit_tagger",
    "medialit_separable_verbs",
    "medialit_mood",
    "medialit_entities",
    "medialit_spans",
)

_LOCK = threading.Lock()
_NLP: Language | None = None


def build() -> Language:
    """A fresh pipeline (uncached); ``load()`` is what callers normally want."""
    nlp = spacy.blank("de")
    nlp.max_length = 2_000_000  # articles are capped at 1 MB by medialit.article; no parser needs the limit
    customize_tokenizer(nlp)
    for name in PIPELINE:
        nlp.add_pipe(name)
    tagger.hanta()  # load the HanTa model now, not at the first text
    return nlp


def load() -> Language:
    """The pipeline, built once per process and shared."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = build()
    return _NLP


def make_doc(text: str, sent_starts: Iterable[int] = (), published: str | date | None = None) -> Doc:
    """Tokenize ``text``; tokens starting at the character offsets ``sent_starts`` will begin sentences.

    Use it for texts whose parts have no full stop between them (headline, subheadline, byline): pass the
    offsets where the parts start, then run ``load()(doc)``. ``published`` (ISO date) lets the pipeline
    resolve „am Samstag“ or „9. August“ to a calendar date.
    """
    doc = load().make_doc(text)
    wanted = sorted({s for s in sent_starts if 0 < s < len(text)})
    if wanted and len(doc):
        idx = [t.idx for t in doc]
        # an offset inside a token or in whitespace moves to the next token that starts at or after it
        found = set()
        for s in wanted:
            i = bisect_left(idx, s)
            while i < len(doc) and doc[i].is_space:
                i += 1
            found.add(i)
        preset = sorted(found - {len(doc), 0})
        doc._.sent_starts_preset = preset or None
    if published is not None:
        doc._.published = published.isoformat() if isinstance(published, date) else str(published)
    return doc


def parse(text: str, sent_starts: Iterable[int] = (), published: str | date | None = None) -> Doc:
    """Run the whole pipeline over ``text`` (sentence starts and publication date: see ``make_doc``)."""
    return load()(make_doc(text, sent_starts, published))
