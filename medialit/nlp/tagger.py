"""Part-of-speech tags (STTS in ``tag_``, UPOS in ``pos_``) and lemmas from HanTa, the Hanover Tagger.

HanTa (LGPL-3, model inside the wheel) tags a sentence with a Viterbi search over its own morphological
word analysis. Its two slow steps (analysing an unseen word form, building a lemma) depend only on the word
form and tag, so both are memoised per process: after a few hundred sentences most forms are cached and the
tagger runs several times faster than plain ``tag_sent`` with the same result.
"""

from __future__ import annotations

import threading
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

# STTS tag -> Universal POS (UD v2 conventions for German; modal verbs are AUX).
STTS_TO_UPOS = {
    "$(": "PUNCT", "$,": "PUNCT", "$.": "PUNCT", "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPO": "ADP",
    "APPR": "ADP", "APPRART": "ADP", "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ",
    "KOKOM": "CCONJ", "KON": "CCONJ", "KOUI": "SCONJ", "KOUS": "SCONJ", "NE": "PROPN", "NN": "NOUN",
    "PDAT": "DET", "PDS": "PRON", "PIAT": "DET", "PIS": "PRON", "PPER": "PRON", "PPOSAT": "DET",
    "PPOSS": "PRON", "PRELAT": "DET", "PRELS": "PRON", "PRF": "PRON", "PROAV": "ADV", "PTKA": "PART",
    "PTKANT": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKZU": "PART", "PWAT": "DET", "PWAV": "ADV",
    "PWS": "PRON", "TRUNC": "X", "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX",
    "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX", "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB",
    "VVIZU": "VERB", "VVPP": "VERB", "XY": "X", "_SP": "SPACE",
}
# HanTa's own extra tags -> STTS.
_HANTA_EXTRA = {"NNA": "NN", "NNI": "NN", "ADJ": "ADJD", "VV": "VVFIN", "VA": "VAFIN", "VM": "VMFIN"}
# Token text -> what HanTa is given instead (it knows only the straight quote and ASCII punctuation).
_NORMALISE = {c: '"' for c in "„“”»«‚‘’‹›`´"} | {"–": "-", "—": "-", "…": "..."}
_FORCED_TAGS = {'"': "$(", "'": "$(", "-": "$(", "...": "$.", "/": "$("}

MODEL = "morphmodel_ger.pgz"
_LOCK = threading.Lock()


def stts(hanta_tag: str) -> str:
    """HanTa's tag („VV(FIN)“) as a plain STTS tag („VVFIN“)."""
    tag = hanta_tag.replace("(", "").replace(")", "")
    return _HANTA_EXTRA.get(tag, tag)


@cache
def hanta():
    """The HanTa tagger with per-form memoisation, loaded once per process (~0.1 s)."""
    from HanTa import HanoverTagger as ht

    class CachedHanoverTagger(ht.HanoverTagger):
        """HanoverTagger whose per-word analyses are cached; results are identical to the original."""

        _limit = 300_000

        def __init__(self, filename):
            super().__init__(filename)
            self._word_cache: dict = {}
            self._lemma_cache: dict = {}

        def _tag_word(self, word, cutoff=5, casesensitive=True, conditional=False):
            key = (word, cutoff, casesensitive, conditional)
            hit = self._word_cache.get(key)
            if hit is None:
                if len(self._word_cache) > self._limit:
                    self._word_cache.clear()
                hit = self._word_cache[key] = super()._tag_word(word, cutoff, casesensitive, conditional)
            return hit

        def _analyze(self, word, pos, taglevel=1):
            key = (word.lower(), pos, taglevel)
            hit = self._lemma_cache.get(key)
            if hit is None:
                if len(self._lemma_cache) > self._limit:
                    self._lemma_cache.clear()
                hit = self._lemma_cache[key] = super()._analyze(word, pos, taglevel)
            return hit

    return CachedHanoverTagger(MODEL)


def _hanta_word(text: str) -> str:
    if text in _NORMALISE:
        return _NORMALISE[text]
    if len(text) > 60:
        return text[:60]
    return text


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """(lemma, STTS tag) for each word of one sentence."""
    if not words:
        return []
    tagger = hanta()
    norm = [_hanta_word(w) for w in words]
    with _LOCK:
        analysed = tagger.tag_sent(norm, taglevel=1)
    out = []
    for word, (_, lemma, tag) in zip(words, analysed, strict=True):
        tag = stts(tag)
        forced = _FORCED_TAGS.get(_hanta_word(word))
        if forced:
            tag, lemma = forced, word
        out.append((lemma, tag))
    return out


@Language.component("medialit_tagger")
def tagger_component(doc: Doc) -> Doc:
    """Set ``tag_`` (STTS), ``pos_`` (UPOS) and ``lemma_`` sentence by sentence."""
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        for t in sent:
            if t.is_space:
                t.tag_, t.pos_, t.lemma_ = "_SP", "SPACE", t.text
        for start in range(0, len(toks), 150):  # very long "sentences" (lists, tables) in chunks
            chunk = toks[start:start + 150]
            for tok, (lemma, tag) in zip(chunk, tag_words([t.text for t in chunk]), strict=True):
                tok.tag_ = tag
                tok.pos_ = STTS_TO_UPOS.get(tag, "X")
                tok.lemma_ = lemma
    return doc
