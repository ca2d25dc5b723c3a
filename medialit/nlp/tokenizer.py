"""Tokenizer tweaks for German news: every quotation mark and dash is a token of its own.

spaCy's German rules already split most marks; these extra infixes catch marks glued to a colon or to other
punctuation („Merkel:„Wir …“) so that quotation detection can rely on one mark = one token. The component
``medialit_number_period`` splits the full stop off a number at a sentence end („im Jahr 2020.“).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

#: Quotation marks of every common style (German, English, French/Swiss, single, straight).
QUOTE_CHARS = "„“”\"»«‚‘’‹›'`´"
#: Marks that are quotation marks for sure (the apostrophes ’ ' are only quotation marks at word edges).
DOUBLE_QUOTES = "„“”\"»«"

_EXTRA_INFIXES = [
    r"[„“”\"»«‹›]",  # a double quotation mark inside a token always splits it
    r"(?<=[:;,!?])[‚‘]",  # single low/high mark after punctuation
    r"(?<=\w)[:;](?=[„“”\"»«‚‘‹›'])",  # colon glued to a mark: „Merkel:„Wir“
    r"[–—]",  # a dash is always a token of its own
]
_EXTRA_PREFIXES = [r"[„“”\"»«‚‘’‹›`´]", r"[–—]"]
# a full stop after a mixed-case acronym („AfD.“, „VdK.“, „GmbH.“) ends the sentence: abbreviations with a
# full stop of their own („Dr.“, „Prof.“, „z.B.“) never end in a lower-case letter followed by a capital
_EXTRA_SUFFIXES = [r"[„“”\"»«‚‘’‹›`´]", r"[–—]", r"(?<=[a-zäöü][A-ZÄÖÜ])\."]


def customize_tokenizer(nlp: Language) -> None:
    """Add the quotation-mark and dash rules to ``nlp.tokenizer`` (in place)."""
    tok = nlp.tokenizer
    tok.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + _EXTRA_INFIXES).finditer
    tok.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + _EXTRA_PREFIXES).search
    tok.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + _EXTRA_SUFFIXES).search
    tok.rules = {k: v for k, v in tok.rules.items() if k not in _BRACKET_EMOTICONS}


#: spaCy's emoticons made of a bracket and a colon or a digit: in news „Wendt (SPD): »…«“ is a bracket, then a
#: colon, and „Lena (8)“ gives an age, not the smiley „8)“.
_BRACKET_EMOTICONS = {"):", "(:", ":(", ":)", "(;", ";)", "[:", ":]", "8)", "8-)", "(-8"}


_NUMBER_PERIOD = re.compile(r"^\d[\d.,:]*\.$")


def _number_ends_sentence(doc: Doc, i: int) -> bool:
    """„2020.“ at the end of a text, a line, before a closing mark or before a typical sentence opener."""
    from medialit.nlp.sentences import SENTENCE_OPENERS  # local: sentences imports this module's users

    tok = doc[i]
    if i + 1 >= len(doc):
        return True
    nxt = doc[i + 1]
    if nxt.is_space:
        return "\n" in nxt.text
    if not tok.whitespace_:
        return nxt.text in DOUBLE_QUOTES or nxt.text in ")]»«“”‘’'"
    if nxt.text[:1].isupper() and nxt.lower_ in SENTENCE_OPENERS:
        return True
    # a year (1800–2099), a number with thousands separators, a score or a time („verloren 0:2.“, „um 18:30.“)
    # is never an ordinal
    body = tok.text[:-1]
    return (len(body) == 4 and body.isdigit() and 1800 <= int(body) <= 2099) or "." in body or ":" in body


@Language.component("medialit_number_period")
def number_period_component(doc: Doc) -> Doc:
    """Split the full stop off a number that ends a sentence („im Jahr 2020.“ → „2020“ „.“).

    spaCy keeps „9.“ together because it is usually an ordinal („am 9. August“); at a sentence end the
    period belongs to the sentence, and the number should be a number.
    """
    hits = [t for t in doc if _NUMBER_PERIOD.match(t.text) and _number_ends_sentence(doc, t.i)]
    if hits:
        with doc.retokenize() as retok:
            for tok in hits:
                retok.split(tok, [tok.text[:-1], "."], heads=[(tok, 0), (tok, 0)])
    return doc
