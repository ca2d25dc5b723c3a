"""The German NLP pipeline: ``load()`` gives a cached spaCy ``Language`` built on ``spacy.blank("de")``.

Components, in order (each registered, pure and deterministic, fully offline):

- ``medialit_quotemarks``: opening/closing quotation marks and their pairs (``token._.quote_role``)
- ``medialit_sentences``: sentence starts for news text (``is_sent_start``)
- ``medialit_tagger``: STTS ``tag_``, UPOS ``pos_``, ``lemma_`` (HanTa)
- ``medialit_separable_verbs``: „wies … zurück“ → lemma zurückweisen (``token._.particle``)
- ``medialit_mood``: ``morph`` Mood=Sub/Ind with ``token._.mood_evidence``

See docs/nlp.md for the design, the measured speed and why each library was chosen.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from medialit.nlp import lemmas, morph, quotemarks, sentences, tagger  # noqa: F401  (registers components)
from medialit.nlp.quotemarks import QuotePair, is_quote_mark, quote_pairs
from medialit.nlp.tokenizer import customize_tokenizer

__all__ = ["PIPELINE", "QuotePair", "is_quote_mark", "load", "make_doc", "parse", "quote_pairs"]

PIPELINE = (
    "medialit_quotemarks",
    "medialit_sentences",
    "medialit_tagger",
    "medialit_separable_verbs",
    "medialit_mood",
)
_OPTIONAL = ("medialit_entities", "medialit_spans")

_LOCK = threading.Lock()
_NLP: Language | None = None


def build() -> Language:
    """A fresh pipeline (uncached); ``load()`` is what callers normally want."""
    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    for name in PIPELINE:
        nlp.add_pipe(name)
    for name in _OPTIONAL:
        if name in Language.factories:
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


def make_doc(text: str, sent_starts: Iterable[int] = ()) -> Doc:
    """Tokenize ``text``; the tokens starting at the character offsets ``sent_starts`` will begin sentences.

    Use it for texts whose parts have no full stop between them (headline, subheadline, byline): pass the
    offsets where the parts start, then run ``load()(doc)``.
    """
    doc = load().make_doc(text)
    wanted = set(sent_starts)
    if wanted:
        doc._.sent_starts_preset = sorted(t.i for t in doc if t.idx in wanted)
    return doc


def parse(text: str, sent_starts: Iterable[int] = ()) -> Doc:
    """Run the whole pipeline over ``text`` (optionally with known sentence starts, see ``make_doc``)."""
    return load()(make_doc(text, sent_starts))
