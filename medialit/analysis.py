"""``analyze(text_or_article)``: run the NLP pipeline and every extractor over one text → ``Analysis``.

For an ``Article`` its parts (headline, subheadline, byline, paragraphs) start sentences of their own, its
publication date resolves relative dates, and quotations are taken from the body only: a headline summarises
and has no speaker of its own in the text (the lesson treats the subheadline as a claim, not a quotation).
"""

from __future__ import annotations

from importlib import import_module

from medialit.article import Article, check_text
from medialit.model import Analysis, DateMention, Entity, FramingCue, NumberMention, Quote, VerbUse


def analyze(text_or_article: str | Article, published: str | None = None) -> Analysis:
    """Everything the engine finds in a German text or ``Article``; offsets point into its exact text."""
    from medialit import nlp
    from medialit.quotes import extract
    from medialit.sources import inventory

    if isinstance(text_or_article, Article):
        article = text_or_article
        text = article.text
        published = published or article.published
        starts = [p.start for p in article.parts if p.kind in ("headline", "subheadline", "byline", "paragraph")]
        body_start = article.body_start if any(p.kind != "paragraph" for p in article.parts) else 0
    else:
        text = check_text(text_or_article)
        starts, body_start = [], 0
    doc = nlp.load()(nlp.make_doc(text, starts, published))
    quotes = [q for q in extract(doc) if q.start >= body_start]
    return Analysis(
        text=text,
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        entities=[Entity(e.start_char, e.end_char, e.label_, e.text, _evidence(e)) for e in doc.ents],
        quotes=quotes,
        sources=inventory(quotes, doc),
        verbs=verbs_of(quotes),
        dates=_dates(doc, published),
        numbers=_numbers(doc),
        framing=_framing(doc),
    )


def verbs_of(quotes: list[Quote]) -> list[VerbUse]:
    """The reporting words that introduce the quotations (first word of each cue), with connotation."""
    out = []
    for q in quotes:
        c = q.cue
        if c is None or c.connotation is None or c.lemma in (":",):
            continue
        start, end = c.spans[0]
        word = q_text = c.text.split(" … ")[0]
        if len(word) != end - start:
            q_text = word[: end - start]
        out.append(VerbUse(start, end, q_text, c.lemma, c.connotation, c.explanation))
    return sorted({(v.start, v.lemma): v for v in out}.values(), key=lambda v: v.start)


def _evidence(span) -> str:
    ev = getattr(span._, "evidence", None) if span.has_extension("evidence") else None
    return ev if isinstance(ev, str) else ""


def _optional(name: str):
    try:
        return import_module(name)
    except ImportError:
        return None


def _dates(doc, published) -> list[DateMention]:
    claims = _optional("medialit.claims")
    if claims is not None and hasattr(claims, "dates"):
        return list(claims.dates(doc, published))
    spans = doc.spans["dates"] if "dates" in doc.spans else []
    return [DateMention(s.start_char, s.end_char, s.text, getattr(s._, "date", None), _evidence(s)) for s in spans]


def _numbers(doc) -> list[NumberMention]:
    claims = _optional("medialit.claims")
    if claims is not None and hasattr(claims, "numbers"):
        return list(claims.numbers(doc))
    spans = doc.spans["numbers"] if "numbers" in doc.spans else []
    return [NumberMention(s.start_char, s.end_char, s.text, getattr(s._, "value", None), getattr(s._, "unit", None),
                          _evidence(s)) for s in spans]


def _framing(doc) -> list[FramingCue]:
    framing = _optional("medialit.framing")
    for name in ("find_cues", "framing", "find", "extract"):
        func = getattr(framing, name, None) if framing is not None else None
        if callable(func):
            found = func(doc)
            return [f for f in found if isinstance(f, FramingCue)]
    return []
