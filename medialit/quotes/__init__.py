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
    _dateline_end,
    _Draft,
    _Text,
)
from medialit.quotes.frames import (
    _sentence_frames,
)
from medialit.quotes.free_indirect import (
    _free_indirect,
)
from medialit.quotes.interview import (
    _interview_answers,
)
from medialit.quotes.marks import (
    _direct_quotes,
    _quote_pairs,
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
    drafts: list[_Draft] = []
    for si in range(len(tx.sents)):
        drafts.extend(_sentence_frames(tx, si))
    # „Ein Beben hat 65 Leben gefordert. Das bestätigte X.“: the sentence is X's content, not a report of its own
    contents = [d.tokens[0] for d in drafts if d.kind == "indirect" and len(d.tokens) == 1]
    drafts = [d for d in drafts if not (d.kind == "reported" and any(
        a <= d.tokens[0][0] and d.tokens[-1][1] <= b for a, b in contents))]
    drafts.extend(_direct_quotes(tx, pairs, drafts))
    if answers := _interview_answers(tx):
        # the interviewee's own words: reports inside an answer belong to it, not beside it
        drafts = [d for d in drafts if not any(a <= d.tokens[0][0] < b for ans in answers for a, b in ans.tokens)]
        drafts.extend(answers)
    drafts.sort(key=lambda d: (d.tokens[0][0], 0 if d.kind != "direct" else 1))
    drafts.extend(_free_indirect(tx, drafts))
    drafts = [d for d in drafts if d.kind != "context"]
    for d in drafts:
        _past_dateline(tx, d)
    drafts.sort(key=lambda d: (d.tokens[0][0], 0 if d.kind != "direct" else 1))
    return _finish(tx, drafts)


def _past_dateline(tx: _Text, d: _Draft) -> None:
    """„Freiburg – Mehr als die Hälfte … . Das geht aus einer Studie hervor“, „Berlin – Die Ministerin warnte
    …“: content or a speaker that opens a paragraph starts after its dateline, the writer's place and agency."""
    frame = d.frame
    if frame is not None and isinstance(frame.speaker, tuple):
        sp = frame.speaker
        si = tx.sent_of[sp[0]]
        if sp[0] == tx.sents[si].start and (end := _dateline_end(tx, si)) is not None and end < sp[1]:
            frame.speaker = (end, sp[1])
            if sp in tx.subject_reasons:
                tx.subject_reasons.setdefault(frame.speaker, tx.subject_reasons[sp])
    a, b = d.tokens[0]
    si = tx.sent_of[a]
    if d.kind == "direct" or a != tx.sents[si].start or (end := _dateline_end(tx, si)) is None or end >= b:
        return
    d.tokens[0] = (end, b)
    d.evidence.append("Ortsmarke am Absatzanfang („" + tx.doc[a:end].text + "“) gehört nicht zum Inhalt")
