"""Sentence boundaries for German news, by rules that know abbreviations, ordinals and quotation marks.

A sentence ends at . ! ? … (plus any closing quotation marks and brackets right after it) when the next
word starts with a capital letter or a digit; at a line break; and wherever the caller marked a start in
advance (``make_doc(text, sent_starts=...)``, e.g. the end of a headline that has no full stop). Ordinals
and abbreviations („am 9. August“, „Dr. Müller“, „5.500“) are single tokens, so they never end a sentence,
unless a typical sentence opener follows („… waren es 15. Die Polizei …“).
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

TERMINALS = {".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!", "???"}
_TERMINAL_RE = re.compile(r"^[.!?…]+$")
_ROMAN_RE = re.compile(r"^[IVX]{1,5}$")
CLOSERS = {")", "]", "}"}
OPENERS = {"(", "[", "{", "–", "—", "-"}
#: Titles and abbreviations after which a name or noun always follows in the same sentence.
NO_BREAK_AFTER = {
    "dr.", "prof.", "hr.", "fr.", "nr.", "st.", "sankt.", "dipl.", "ing.", "med.", "jur.", "phil.", "rer.",
    "gen.", "lt.", "abs.", "art.", "bd.", "vgl.", "s.", "z.", "ca.", "mio.", "mrd.", "bzw.", "evtl.", "ggf.",
    "jan.", "feb.", "febr.", "mär.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "dez.",
}
#: Closed-class words that open a sentence and cannot follow an ordinal or abbreviation inside a phrase.
SENTENCE_OPENERS = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
    "er", "sie", "es", "wir", "ich", "ihr", "man", "dies", "diese", "dieser", "dieses", "damit", "dabei",
    "aber", "und", "doch", "denn", "auch", "so", "dann", "danach", "zudem", "außerdem", "jedoch", "trotzdem",
    "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "seit", "laut", "für", "von", "vor", "zum",
    "zur", "unter", "über", "wie", "was", "wer", "wo", "warum", "als", "wenn", "weil", "obwohl", "nachdem",
    "bereits", "schon", "nun", "jetzt", "heute", "gestern", "morgen", "dort", "hier", "allerdings",
}

#: Nouns naming a platform by a single letter („auf der Plattform X.“), so the letter is no initial of a name.
PLATFORM_NOUNS = {"plattform", "kurznachrichtendienst", "kurznachrichtenplattform", "dienst", "netzwerk"}
_LETTER_RE = re.compile(r"^[A-ZÄÖÜ]\.$")

if not Doc.has_extension("sent_starts_preset"):
    Doc.set_extension("sent_starts_preset", default=None)


def is_terminal(token: Token) -> bool:
    return token.text in TERMINALS or bool(_TERMINAL_RE.match(token.text))


def _is_closer(token: Token) -> bool:
    return token.text in CLOSERS or token._.quote_role == "closing"


def _is_opener(token: Token) -> bool:
    return token.text in OPENERS or token._.quote_role == "opening"


def _starts_sentence(doc: Doc, j: int) -> int | None:
    """If a new sentence can begin at token ``j`` (after a terminal), return the index of its first token."""
    n = len(doc)
    while j < n and doc[j].is_space:
        j += 1
    k = j
    while k < n and (_is_opener(doc[k]) or doc[k].is_space):
        k += 1
    if k >= n:
        return None
    first = doc[k].text
    if first[0].isupper() or first[0].isdigit():
        return j
    return None


def _abbrev_break(doc: Doc, i: int) -> bool:
    """A token like „15.“ or „usw.“ (period glued on) ends a sentence only before a typical opener."""
    tok = doc[i]
    low = tok.lower_
    if len(tok.text) < 2 or not tok.text.endswith(".") or low in NO_BREAK_AFTER:
        return False
    if i + 1 >= len(doc) or not tok.whitespace_:
        return False
    nxt = doc[i + 1]
    if _platform_letter(doc, i):
        return nxt.text[:1].isupper() or nxt._.quote_role == "opening"
    return nxt.text[:1].isupper() and nxt.lower_ in SENTENCE_OPENERS


def _platform_letter(doc: Doc, i: int) -> bool:
    """„schrieb sie auf X.“, „auf der Plattform X.“: a letter after a preposition or platform noun is no initial."""
    if not _LETTER_RE.match(doc[i].text) or i == 0:
        return False
    prev = doc[i - 1]
    return prev.text.islower() or prev.lower_ in PLATFORM_NOUNS


def _regnal_number(doc: Doc, i: int) -> bool:
    """„Benedikt XVI. (…)“, „Rama IX. sagte“: a full stop after a Roman numeral after a name is no end."""
    if doc[i].text != "." or i < 2:
        return False
    roman, name = doc[i - 1], doc[i - 2]
    if not (_ROMAN_RE.match(roman.text) and name.text[:1].isupper() and name.whitespace_):
        return False
    k = i + 1
    while k < len(doc) and (doc[k].is_space or doc[k]._.quote_role == "opening"):
        k += 1
    if k >= len(doc):
        return False
    return not (doc[k].text[:1].isupper() and doc[k].lower_ in SENTENCE_OPENERS)


BULLETS = frozenset({"-", "–", "—", "•", "*", "·", "‣"})  # list bullets; also used by quotes.marks and .interview
# the last word of a line that a bulleted item on the next line continues: „Sie forderte:“, „…, ein Wohngeld und“
LIST_CONTINUERS = {":", ",", ";", "und", "oder", "sowie"}


def _list_item_goes_on(doc: Doc, brk: int, k: int) -> bool:
    """„Sie forderte:⏎- eine Senkung der Stromsteuer,⏎- ein höheres Wohngeld und⏎- …“: a bulleted line after a
    colon, comma or „und“ continues the sentence, so the demands are the content of „forderte“; after a colon
    an item that opens with a capital („Die wichtigsten Punkte:⏎- Die Bank senkt …“) is a sentence of its own."""
    prev = brk - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev < 0 or doc[k].text not in BULLETS or doc[prev].lower_ not in LIST_CONTINUERS:
        return False
    return doc[prev].text != ":" or (k + 1 < len(doc) and doc[k + 1].text[:1].islower())


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of each sentence without surrounding whitespace (line breaks stay outside)."""
    out = []
    for sent in doc.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.start_char + len(text.rstrip())
        if end > start:
            out.append((start, end))
    return out


def sentence_starts(doc: Doc) -> set[int]:
    """Indices of the tokens that begin a sentence (always includes 0 for a non-empty doc)."""
    n = len(doc)
    starts = {0} if n else set()
    preset = doc._.sent_starts_preset or ()
    for i in preset:
        if 0 < i < n:
            starts.add(i)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            k = i + 1
            while k < n and doc[k].is_space:
                k += 1
            if k < n and not _list_item_goes_on(doc, i, k):
                starts.add(k)
            i = k
            continue
        if is_terminal(tok) and not _regnal_number(doc, i):
            j = i + 1
            while j < n and (is_terminal(doc[j]) or _is_closer(doc[j])):
                j += 1
            s = _starts_sentence(doc, j)
            if s is not None:
                starts.add(s)
            i = j
            continue
        if _abbrev_break(doc, i):
            starts.add(i + 1)
        i += 1
    return starts


@Language.component("medialit_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on every token from the rules above."""
    if not len(doc):
        return doc
    starts = sentence_starts(doc)
    values = numpy.full((len(doc), 1), -1, dtype="int64")  # spaCy's SENT_START: 1 start, -1 no start
    values[sorted(starts), 0] = 1
    doc.from_array([SENT_START], values.astype("uint64"))  # one call instead of a setter per token
    return doc
