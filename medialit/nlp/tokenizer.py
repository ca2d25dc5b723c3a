"""Tokenizer tweaks for German news: every quotation mark and dash is a token of its own.

spaCy's German rules already split most marks; these extra infixes catch marks glued to a colon or to other
punctuation („Merkel:„Wir …“) so that quotation detection can rely on one mark = one token.
"""

from __future__ import annotations

from spacy.language import Language
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
_EXTRA_SUFFIXES = [r"[„“”\"»«‚‘’‹›`´]", r"[–—]"]


def customize_tokenizer(nlp: Language) -> None:
    """Add the quotation-mark and dash rules to ``nlp.tokenizer`` (in place)."""
    tok = nlp.tokenizer
    tok.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + _EXTRA_INFIXES).finditer
    tok.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + _EXTRA_PREFIXES).search
    tok.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + _EXTRA_SUFFIXES).search
