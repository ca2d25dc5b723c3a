"""Quotation marks: which token opens, which closes, and which pairs belong together.

Sets ``token._.quote_role`` ("opening" | "closing" | None), ``token._.quote_partner`` (index of the matching
mark or None) and ``doc._.quote_pairs`` (list of ``(open_i, close_i)``; ``close_i`` is None when the
quotation is never closed). The decision uses the mark's style (German „…“, ‚…‘, French/Swiss »…« «…»,
English “…” and straight quotes) and the spacing around it; straight quotes fall back to alternation.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

DOUBLE = "„“”\"»«"
SINGLE = "‚‘’'‹›`´"
ALWAYS_OPENING = {"„", "‚"}
ALWAYS_CLOSING = {"”"}
_RIGHT_NO_SPACE = set(".,;:!?)]}…") | {"...", "–", "—", "-"}
_LEFT_OPENERS = {"(", "[", "{", "–", "—", "-", "/"}

if not Token.has_extension("quote_role"):
    Token.set_extension("quote_role", default=None)
    Token.set_extension("quote_partner", default=None)
if not Doc.has_extension("quote_pairs"):
    Doc.set_extension("quote_pairs", default=None)


@dataclass(frozen=True)
class QuotePair:
    """One pair of quotation marks; ``end`` is the character offset after the closing mark."""

    open_i: int
    close_i: int | None
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark; unclosed: the line break, next same-kind opening mark or text end
    inner_start: int  # offset after the opening mark
    inner_end: int  # offset of the closing mark (unclosed: same as ``end``)
    style: str  # the opening mark itself


def is_quote_mark(token: Token) -> bool:
    """True for a token that consists of one quotation-mark character."""
    t = token.text
    return len(t) == 1 and (t in DOUBLE or t in SINGLE)


def _family(ch: str) -> str:
    return "double" if ch in DOUBLE else "single"


def _left_open(doc: Doc, i: int) -> bool:
    if i == 0:
        return True
    prev = doc[i - 1]
    return bool(prev.whitespace_) or prev.is_space or prev.text in _LEFT_OPENERS


def _right_open(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if i == len(doc) - 1 or tok.whitespace_:
        return True
    nxt = doc[i + 1]
    return nxt.is_space or nxt.text in _RIGHT_NO_SPACE or (is_quote_mark(nxt) and nxt.text != tok.text)


def _guess(doc: Doc, i: int, open_stack: list[int]) -> str | None:
    """Opening or closing for the mark at ``i`` from its style, spacing and what is still open."""
    ch = doc[i].text
    fam = _family(ch)
    pending = [j for j in open_stack if _family(doc[j].text) == fam]
    if ch in ALWAYS_OPENING:
        return "opening"
    if ch in ALWAYS_CLOSING:
        return "closing" if pending else None
    left, right = _left_open(doc, i), _right_open(doc, i)
    if ch in "“‘" and pending and doc[pending[-1]].text in "„‚":
        return "closing"  # German pair „…“ / ‚…‘
    if left and not right:
        return "opening"
    if right and not left:
        if fam == "single" and not pending:
            return None  # an apostrophe (Hans' Auto), not a quotation mark
        return "closing"
    # glued on both sides or spaced on both sides: alternate
    if pending:
        return "closing"
    if fam == "single":
        return None
    return "opening"


def find_quote_pairs(doc: Doc) -> list[tuple[int, int | None]]:
    """Pair the quotation marks of ``doc``; sets the token attributes and returns ``(open_i, close_i)``."""
    stack: list[int] = []
    pairs: list[tuple[int, int | None]] = []
    for tok in doc:
        if not is_quote_mark(tok):
            continue
        i = tok.i
        role = _guess(doc, i, stack)
        if role is None:
            continue
        tok._.quote_role = role
        if role == "opening":
            stack.append(i)
            continue
        fam = _family(tok.text)
        for k in range(len(stack) - 1, -1, -1):
            if _family(doc[stack[k]].text) == fam:
                j = stack[k]
                # an inner opening of the other family that is still open inside this pair stays unclosed
                for dangling in stack[k + 1:]:
                    pairs.append((dangling, None))
                del stack[k:]
                pairs.append((j, i))
                doc[j]._.quote_partner = i
                tok._.quote_partner = j
                break
    pairs.extend((j, None) for j in stack)
    pairs.sort(key=lambda p: p[0])
    return pairs


@Language.component("medialit_quotemarks")
def quotemarks_component(doc: Doc) -> Doc:
    """Mark every quotation mark as opening or closing and pair them (``doc._.quote_pairs``)."""
    doc._.quote_pairs = find_quote_pairs(doc)
    return doc


def _unclosed_end(doc: Doc, open_i: int) -> int:
    """Where a quotation that is never closed ends: at the next line break, at the next opening mark of the
    same kind (a new paragraph of the same quotation), or at the end of the text; trailing spaces excluded."""
    text = doc.text
    fam = _family(doc[open_i].text)
    stop = len(text)
    for tok in doc[open_i + 1:]:
        if (tok.is_space and "\n" in tok.text) or (tok._.quote_role == "opening" and _family(tok.text) == fam):
            stop = tok.idx
            break
    while stop > doc[open_i].idx + 1 and text[stop - 1].isspace():
        stop -= 1
    return stop


def quote_pairs(doc: Doc) -> list[QuotePair]:
    """The quotation-mark pairs of a processed ``doc`` with character offsets, in text order."""
    pairs = doc._.quote_pairs
    if pairs is None:
        pairs = find_quote_pairs(doc)
    out = []
    for open_i, close_i in pairs:
        o = doc[open_i]
        if close_i is None:
            stop = _unclosed_end(doc, open_i)
            out.append(QuotePair(open_i, None, o.idx, stop, o.idx + 1, stop, o.text))
        else:
            c = doc[close_i]
            out.append(QuotePair(open_i, close_i, o.idx, c.idx + 1, o.idx + 1, c.idx, o.text))
    return out
