"""Quotations in German news: direct, indirect, free indirect and reported speech, with speaker, cue and relay.

``extract(doc)`` reads a ``Doc`` from ``medialit.nlp.load()`` (tokens, sentences, STTS tags, lemmas with
separable verbs joined, ``Mood=Sub``, quotation-mark pairs) and returns ``Quote`` records whose every decision
carries German evidence. Rules, in order: source markers („laut“, „zufolge“, „nach Angaben“, „so X“), reporting
verbs from the lexicon (``medialit.verbs``) with their complement (dass-clause, Konjunktiv clause, colon,
quotation) or without one (a reported speech act), quotations in marks with their frame, free indirect speech
(Konjunktiv continuing a speaker), then speaker resolution (pronouns, surnames, carried-over speakers).
"""

from __future__ import annotations

from medialit.model import Quote
from medialit.quotes.base import (
    _Draft,
    _Text,
)
from medialit.quotes.frames import (
    _sentence_frames,
)
from medialit.quotes.free_indirect import (
    _free_indirect,
    labelled_reports,
    without_reported_thoughts,
)
from medialit.quotes.interview import headline_quotes, in_questions, interview_drafts, interview_turns
from medialit.quotes.marks import (
    _direct_quotes,
    _quote_pairs,
    headline_repeats,
)
from medialit.quotes.speakers import (
    _finish,
)

__all__ = ["extract"]


def extract(doc) -> list[Quote]:
    """Every quotation and speech report in ``doc``, in text order, with speaker, cue, relay and evidence."""
    if len(doc) == 0:
        return []
    tx = _Text(doc)
    pairs = _quote_pairs(tx)
    turns = interview_turns(tx)
    drafts: list[_Draft] = interview_drafts(tx, turns)
    for si in range(len(tx.sents)):
        drafts.extend(labelled_reports(tx, si, _sentence_frames(tx, si)))
    # „Ein Beben hat 65 Leben gefordert. Das bestätigte X.“: the sentence is X's content, not a report of its own
    contents = [d.tokens[0] for d in drafts if d.kind == "indirect" and len(d.tokens) == 1]
    drafts = [d for d in drafts if not (d.kind == "reported" and any(
        a <= d.tokens[0][0] and d.tokens[-1][1] <= b for a, b in contents))]
    inside = [t for _label, t in turns]  # quotation marks inside an interview turn belong to that turn
    drafts.extend(d for d in _direct_quotes(tx, pairs, drafts)
                  if not any(a <= d.tokens[0][0] < b for a, b in inside))
    drafts.sort(key=lambda d: (d.tokens[0][0], 0 if d.kind != "direct" else 1))
    headline_quotes(tx, turns, drafts)
    headline_repeats(tx, drafts)
    drafts.extend(_free_indirect(tx, drafts))
    drafts = in_questions(tx, turns, drafts)
    drafts = without_reported_thoughts(tx, [d for d in drafts if d.kind != "context"])
    drafts.sort(key=lambda d: (d.tokens[0][0], 0 if d.kind != "direct" else 1))
    return _finish(tx, drafts)
