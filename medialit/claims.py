"""Checkable details of a text: numbers with units, dates (resolved against the publication date), places.

Pure functions over a processed ``Doc`` (from ``medialit.nlp``) or a plain text; they return the records of
``medialit.model`` with German evidence. „am Samstag“ in a text published on Monday 17 Aug 2020 is the most
recent Saturday before it, 2020-08-15; „9. August“ takes the publication year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from medialit.model import DateMention, Entity, NumberMention
from medialit.nlp.spans import resolve

DocOrText = Doc | str


@dataclass
class Claims:
    """Everything checkable the engine found in one text."""

    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)


def _published(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"Erscheinungsdatum „{value}“ ist kein Datum der Form JJJJ-MM-TT "
                         f"(publication date must be YYYY-MM-DD).") from None


def _doc(source: DocOrText, published: date | None) -> Doc:
    if isinstance(source, Doc):
        return source
    from medialit import nlp

    return nlp.parse(source, published=published)


def dates(source: DocOrText, published: str | date | None = None) -> list[DateMention]:
    """Date mentions; resolved to ISO dates with ``published`` (or the doc's own ``doc._.published``)."""
    pub = _published(published)
    doc = _doc(source, pub)
    if pub is None:
        pub = _published(doc._.published)
    out = []
    for span in doc.spans.get("dates", []):
        iso, reason = resolve(span._.date_parts or {}, pub)
        evidence = span._.evidence or ""
        head = evidence.split("; ")[0] if evidence else ""
        out.append(DateMention(span.start_char, span.end_char, span.text, iso, f"{head}; {reason}".strip("; ")))
    return out


def numbers(source: DocOrText) -> list[NumberMention]:
    """Numbers with their unit („80 Prozent“, „mindestens 5.500“ US-Truppen, „15 Minuten“)."""
    doc = _doc(source, None)
    return [NumberMention(s.start_char, s.end_char, s.text, s._.value, s._.unit, s._.evidence or "")
            for s in doc.spans.get("numbers", [])]


def places(source: DocOrText) -> list[Entity]:
    """Places (LOC entities) in text order, each with the reason it was recognised."""
    doc = _doc(source, None)
    return [Entity(e.start_char, e.end_char, "LOC", e.text, e._.evidence or "") for e in doc.ents if e.label_ == "LOC"]


def extract(source: DocOrText, published: str | date | None = None) -> Claims:
    """Dates, numbers and places of one text in one go."""
    pub = _published(published)
    doc = _doc(source, pub)
    return Claims(dates(doc, pub), numbers(doc), places(doc))
