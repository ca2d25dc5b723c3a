"""Part-of-speech tags (STTS in ``tag_``, UPOS in ``pos_``) and lemmas from HanTa, the Hanover Tagger.

HanTa (LGPL-3, model inside the wheel) tags a sentence with a Viterbi search over its own morphological
word analysis. Its two slow steps (analysing an unseen word form, building a lemma) depend only on the word
form and tag, so both are memoised per process: after a few hundred sentences most forms are cached and the
tagger runs several times faster than plain ``tag_sent`` with the same result. Proper nouns, foreign words
and numbers keep their own form as lemma (HanTa would turn „SPD“ into „Spd“), which also saves time.
"""

from __future__ import annotations

import re
import threading
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from medialit.nlp.gazetteers import load_gazetteers
from medialit.nlp.morph import FINITE, _stem

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
# Tags whose lemma is the word itself (HanTa would only change its case: „SPD“ → „Spd“); names ending in
# „s“ still go to HanTa, which removes a genitive s („Lukaschenkos“ → „Lukaschenko“).
_OWN_LEMMA_TAGS = {"NE", "FM", "XY", "CARD"}
_FORCED_TAGS = {'"': "$(", "'": "$(", "-": "$(", "...": "$.", "/": "$("}

MODEL = "morphmodel_ger.pgz"
# Number shapes HanTa does not know are given to it as a number it knows (same tag, no slow analysis).
_CARDINAL_RE = re.compile(r"^[+-]?\d[\d.,:/]*$")
_ORDINAL_RE = re.compile(r"^\d{1,4}\.$")
# A hyphenated compound is tagged by its last part: „Nato-Aufstockung“ like „Aufstockung“.
_HYPHEN_RE = re.compile(r"^(.+-)([^\W\d_][^-]{2,})$")
_LOCK = threading.Lock()


def stts(hanta_tag: str) -> str:
    """HanTa's tag („VV(FIN)“) as a plain STTS tag („VVFIN“)."""
    tag = hanta_tag.replace("(", "").replace(")", "")
    return _HANTA_EXTRA.get(tag, tag)


_NN_ID: int | None = None


class _NarrowedTransitions:
    """HanTa's table of tag transitions, narrowed to the tags the current word can have.

    HanTa's sentence Viterbi looks up every transition from a state (56 on average) and skips those to
    tags the word cannot have. Serving it only the possible ones — in the original order, plus the end
    marker — gives exactly the same result (checked on 3,304 news sentences) in less than half the time.
    For a word HanTa knows nothing about, every transition is possible and the full table is served.
    """

    _limit = 200_000

    def __init__(self, full: dict):
        self.full = full
        self.tags: frozenset = frozenset()
        self._narrowed: dict = {}

    def __getitem__(self, state):
        full = self.full[state]
        tags = self.tags
        if not tags or tags & _UNKNOWN_TAGS:
            return full
        key = (state, tags)
        hit = self._narrowed.get(key)
        if hit is None:
            if len(self._narrowed) > self._limit:
                self._narrowed.clear()
            hit = self._narrowed[key] = {c: lp for c, lp in full.items() if c in tags or c == _END}
        return hit

    def __contains__(self, state) -> bool:
        return state in self.full

    def __len__(self) -> int:
        return len(self.full)

    def items(self):
        return self.full.items()


def _hanta_constants():
    from HanTa.HanoverTagger import END, UNKNOWN

    return END, frozenset({UNKNOWN})


_END, _UNKNOWN_TAGS = _hanta_constants()


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
            self._forward_cache: dict = {}
            self.LP_trans_word = _NarrowedTransitions(self.LP_trans_word)

        def _tag_word(self, word, cutoff=5, casesensitive=True, conditional=False):
            key = (word, cutoff, casesensitive, conditional)
            hit = self._word_cache.get(key)
            if hit is None:
                if len(self._word_cache) > self._limit:
                    self._word_cache.clear()
                hit = self._word_cache[key] = super()._tag_word(word, cutoff, casesensitive, conditional)
            if conditional:  # called by the sentence Viterbi for the next word: narrow its transitions
                self.LP_trans_word.tags = frozenset(tag for tag, _ in hit)
            return hit

        def analyze_forward(self, word):
            hit = self._forward_cache.get(word)
            if hit is None:
                if len(self._forward_cache) > self._limit:
                    self._forward_cache.clear()
                hit = self._forward_cache[word] = super().analyze_forward(word)
            return hit

        def _analyze(self, word, pos, taglevel=1):
            key = (word.lower(), pos, taglevel)
            hit = self._lemma_cache.get(key)
            if hit is None:
                if len(self._lemma_cache) > self._limit:
                    self._lemma_cache.clear()
                hit = self._lemma_cache[key] = super()._analyze(word, pos, taglevel)
            return hit

    global _NN_ID
    tagger = CachedHanoverTagger(MODEL)
    _NN_ID = tagger.tag2int["NN"]
    return tagger


def _hanta_word(text: str) -> str:
    if text in _NORMALISE:
        return _NORMALISE[text]
    if len(text) > 60:
        return text[:60]
    return text


def _hyphen_case(word: str, lemma: str) -> str:
    """HanTa lower-cases after a hyphen („Nato-staat“); take the parts' casing from the word („NATO-Staat“)."""
    w_parts, l_parts = word.split("-"), lemma.split("-")
    if len(w_parts) != len(l_parts) or not l_parts[-1]:
        return lemma
    last = l_parts[-1]
    if w_parts[-1][:1].isupper():
        last = last[:1].upper() + last[1:]
    return "-".join(w_parts[:-1] + [last])


def _stand_in(word: str, known) -> tuple[str, str | None]:
    """(what HanTa analyses, prefix to put back on the lemma) for one word form.

    Unknown numbers become „100“ or „3.“; an unknown hyphenated compound is analysed by its last part
    (its lemma gets the first part back: „Nato-Aufstockungen“ → „Nato-Aufstockung“), and so is an unknown
    noun compound that ends in a known noun („Siemensaffären“ → „Affären“ → lemma „Siemensaffäre“).
    Everything else is given to HanTa unchanged.
    """
    low = word.lower()
    if low in known:
        return word, None
    if _ORDINAL_RE.match(word):
        return "3.", ""
    if _CARDINAL_RE.match(word):
        return "100", ""
    m = _HYPHEN_RE.match(word)
    if m:
        return m.group(2), m.group(1)
    if word[:1].isupper() and word.isalpha() and len(low) >= 10:
        head = _noun_head(low, known)
        if head:
            return head.capitalize(), word[: len(word) - len(head)]
    return word, None


def _noun_head(low: str, known) -> str | None:
    """The longest known noun (≥ 6 letters) a capitalised unknown word ends in, after ≥ 4 letters.

    „Siemensaffäre“ → „affäre“. Measured on 1,092 such words from news: HanTa's own analysis of the whole
    word agrees on the tag 98 % and on the lemma 97 % of the time (where they differ, the head is often
    right: „Kriminaldienststelle“, not „Kriminaldienststell“), at a tenth of the cost.
    """
    for k in range(4, len(low) - 5):
        tags = known.get(low[k:])
        if tags:
            return low[k:] if max(tags, key=lambda tp: tp[1])[0] == _NN_ID else None
    return None


_HANDLE = re.compile(r"^@\w{2,}$")


def _surname_not_imperative(word: str, tag: str, before: list[tuple[str, str]], prev_word: str) -> bool:
    """„Thomas Wendt“, „sagte Klemm“: a capitalised word HanTa reads as an imperative right after a proper noun or
    a finite verb is a surname; an imperative is capitalised only where a sentence or quotation starts. So is a
    capitalised word read as a determiner, pronoun, adverb or common noun right after a known first name („Renate
    Anderl“ was „ander“, PIAT; „Maike Finnern“ was the plural of „Finne“)."""
    if not word[:1].isupper() or not before:
        return False
    if tag == "VVIMP" and before[-1][1] in FINITE:
        return True  # „…, sagte Klemm dem Sender“: an imperative never follows a finite verb
    if before[-1][1] != "NE":
        return False
    return tag == "VVIMP" or (tag in _SURNAME_MISREADINGS and word.isalpha()
                              and prev_word in load_gazetteers().first_names)


_SURNAME_MISREADINGS = {"PIAT", "PIS", "PDAT", "PDS", "ADV", "ADJA", "ADJD", "VVFIN", "VVINF", "VVPP", "NN"}


def _listed_noun_not_name(word: str, tag: str, before: list[tuple[str, str]]) -> bool:
    """„Der Schlussmann sagte …“: a word of the role or epithet lists right after an article is that common noun,
    not the proper noun HanTa guesses for a word it does not know (which made it a person's name)."""
    if tag != "NE" or not before or before[-1][1] != "ART":
        return False
    g = load_gazetteers()
    return word.lower() in g.epithets or word.lower() in g.roles


def _first_name_not_imperative(words: list[str], i: int, tag: str) -> bool:
    """„Der Imam der Moschee, Ahmet Yilmaz, sagte …“: a listed first name HanTa reads as an imperative inside a
    sentence (not after an opening mark) is a name; an imperative is capitalised only where a sentence starts."""
    return tag == "VVIMP" and i > 0 and words[i - 1] not in _OPENING_MARKS and words[i] in load_gazetteers().first_names


def _lower_case_not_noun(word: str, tag_id: int) -> int:
    """A lower-case word is no noun: „der Abbau erfolge sozialverträglich“ (HanTa's list of known forms has
    only the noun „Erfolge“); take the best other reading of the word's analysis, if it has one."""
    if tag_id != _NN_ID or not (word.isalpha() and word.islower()):
        return tag_id
    readings = [tid for tid, _ in sorted(hanta().analyze_forward(word) or [], key=lambda tp: -tp[1])]
    return next((tid for tid in readings if tid != _NN_ID), tag_id)


_OPENING_MARKS = ("„", "»", "«", "\"", "‚", ":")


def _past_verb_not_adjective(words: list[str], i: int, out: list[tuple[str, str]], tag: str) -> str | None:
    """„Die Demonstranten skandierten „…““: a weak past tense HanTa reads as an attributive adjective right
    after a noun and before a quotation mark or colon (an adjective needs a noun after it); the verb's lemma."""
    word = words[i]
    if tag != "ADJA" or not word.islower() or not out or out[-1][1] != "NN" or i + 1 >= len(words) \
            or words[i + 1] not in _OPENING_MARKS:
        return None
    stem = word[:-3] if word.endswith("ten") else word[:-2] if word.endswith("te") else None
    return stem + "en" if stem and len(stem) > 3 else None


_NOUN_PHRASE_TAGS = {"ART", "ADJA", "NN", "NE", "PPOSAT", "CARD", "PPER", "TRUNC"}


def _present_not_participle(words: list[str], i: int, out: list[tuple[str, str]], tag: str, lemma: str) -> bool:
    """„Die Analystin Claudia Windt erwartet, dass …“, „Der Konzern bestätigt, …“: a form that is both third person
    present and past participle (erwartet, kritisiert) right after the sentence's opening noun phrase and before a
    comma or colon is the finite verb (a participle there would need an auxiliary before it)."""
    if tag != "VVPP" or i + 1 >= len(words) or words[i + 1] not in (",", ":") or not out \
            or any(t not in _NOUN_PHRASE_TAGS for _, t in out) or not any(t in ("NN", "NE", "PPER") for _, t in out):
        return False
    stem = _stem(lemma)
    return stem is not None and words[i] in (stem + "t", stem + "et")


def _bitte_as_verb(words: list[str], i: int) -> bool:
    """„Sie bitte um Verständnis“, „man bitte um Geduld“: „bitte“ right after a lower-case subject pronoun of
    the third person is the Konjunktiv I of „bitten“, not the particle HanTa reads (that one follows „Sie“: „Können
    Sie bitte …“)."""
    return words[i] == "bitte" and i > 0 and words[i - 1] in ("er", "sie", "es", "man", "Er", "Es", "Man")


def _meinen_as_verb(words: list[str], i: int, out: list[tuple[str, str]]) -> bool:
    """„Die EZB dürfte die Zinsen senken, meinen Analysten.“: „meinen“ after a comma and a clause with a finite verb,
    before a plural role noun that ends the sentence, is the reporting verb put after the quotation, not „mein“."""
    if words[i] != "meinen" or i == 0 or words[i - 1] != "," or not any(t in FINITE for _, t in out):
        return False
    rest = words[i + 1:]
    while rest and rest[-1] in (".", "!", "?", "“", "\""):
        rest = rest[:-1]
    if rest and rest[0].lower() in ("viele", "einige", "manche", "andere", "die", "zahlreiche", "mehrere"):
        rest = rest[1:]
    if len(rest) != 1 or len(words) - i - 1 > 4:
        return False
    low, roles = rest[0].lower(), load_gazetteers().roles
    return any(low.endswith(cut) and low[:len(low) - len(cut)] in roles for cut in ("", "n", "en", "innen"))


def _reformed_ss(word: str, lemma: str) -> str:
    """„Schluss“ → Schluss, not HanTa's old spelling „Schluß“ (or „Anschlus“): a noun written with „ss“ keeps it in
    its lemma, which learners see as the cue („Schlüsse“ → Schluss)."""
    if "ß" in lemma and "ss" in word.lower() and "ß" not in word:
        return lemma.replace("ß", "ss")
    if word.endswith("ss") and lemma == word[:-1]:
        return word
    return lemma


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """(lemma, STTS tag) for each word of one sentence."""
    if not words:
        return []
    tagger = hanta()
    known = tagger.cache
    stand_ins = [_stand_in(_hanta_word(w), known) for w in words]
    given = [s for s, _ in stand_ins]
    out = []
    with _LOCK:
        tag_ids = tagger.tag_sent_viterbi(given, True)
        for i, (word, hanta_in, (_, prefix), tag_id) in enumerate(zip(words, given, stand_ins, tag_ids, strict=True)):
            tag_id = _lower_case_not_noun(word, tag_id)
            tag = stts(tagger.int2tag[tag_id])
            forced = _FORCED_TAGS.get(_hanta_word(word))
            if forced:
                tag, lemma = forced, word
            elif prefix == "" or (tag in _OWN_LEMMA_TAGS and not word.endswith("s")
                                  and (tag != "CARD" or not word.isalpha())):
                lemma = word
            else:
                lemma = tagger._analyze(hanta_in, tag_id, taglevel=1)[0]
                if prefix and prefix.endswith("-"):
                    lemma = prefix + lemma
                elif prefix:  # compound: „Siemens“ + „Affäre“ → „Siemensaffäre“
                    lemma = prefix + lemma[:1].lower() + lemma[1:]
            if tag == "NN":
                lemma = _reformed_ss(word, lemma)
            if "-" in lemma and "-" in word:
                lemma = _hyphen_case(word, lemma)
            if _listed_noun_not_name(word, tag, out):
                tag, lemma = "NN", word
            elif _first_name_not_imperative(words, i, tag):
                tag, lemma = "NE", word
            elif _surname_not_imperative(word, tag, out, words[i - 1] if i else "") or _HANDLE.match(word):
                tag, lemma = "NE", word  # „Der Account @BerlinPolizei“: a social-media handle is a name
            elif (verb := _past_verb_not_adjective(words, i, out, tag)) is not None:
                tag, lemma = "VVFIN", verb
            elif _present_not_participle(words, i, out, tag, lemma):
                tag = "VVFIN"
            elif _bitte_as_verb(words, i):
                tag, lemma = "VVFIN", "bitten"
            elif _meinen_as_verb(words, i, out):
                tag, lemma = "VVFIN", "meinen"
            out.append((lemma, tag))
    _articles_not_relatives(out)
    return _temporal_als(words, out)


def _temporal_als(words: list[str], out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """„Als der Bundestag das Gesetz beschloss, sprach der Minister …“: „als“ opening a sentence or clause and followed
    by a clause whose finite verb comes last (before a comma) is a subordinating conjunction (KOUS), not the
    preposition or comparison HanTa reads; „Als Minister sagte er, …“ keeps its tag."""
    for i, word in enumerate(words):
        if word.lower() != "als" or out[i][1] == "KOUS" or (i > 0 and words[i - 1] != ","):
            continue
        comma = next((k for k in range(i + 1, len(words)) if words[k] in (",", ".", ";", ":")), None)
        if comma is not None and words[comma] == "," and comma - i >= 3 and out[comma - 1][1] in FINITE \
                and not any(out[k][1] in FINITE for k in range(i + 1, comma - 1)):
            out[i] = (out[i][0], "KOUS")
    return out


_MAIN_CLAUSE_GOES_ON = {"ADV", "ART", "PPOSAT", "PIAT", "ADJA", "ADJD", "NN", "NE", "APPR", "APPRART", "PTKNEG",
                        "PPER", "PRF", "CARD"}


def _articles_not_relatives(out: list[tuple[str, str]]) -> None:
    """„sagte der Zeitung, die USA prüften derzeit …“: HanTa reads „der/die/das“ after a comma as a relative
    pronoun; when a noun and a finite verb follow and the clause goes on after the verb, the verb is in second
    place — a main clause, so the word is an article (a relative clause ends with its finite verb)."""
    for i in range(1, len(out) - 3):
        if out[i][1] != "PRELS" or out[i - 1][1] != "$," or out[i][0] != "der":
            continue
        j = i + 1 + (out[i + 1][1] == "ADJA")
        if j + 2 < len(out) and out[j][1] in ("NN", "NE") and out[j + 1][1] in FINITE \
                and out[j + 2][1] in _MAIN_CLAUSE_GOES_ON:
            out[i] = (out[i][0], "ART")


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
