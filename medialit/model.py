"""The analysis model: typed records for everything the engine finds, each with its evidence in German.

All offsets are character offsets into the exact analysed text; ``text[start:end]`` is the reported text.
``to_dict()`` gives the JSON shape of ``medialit analyze`` (see docs/architecture.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Offsets = tuple[int, int]
QuoteKind = Literal["direct", "indirect", "free_indirect", "reported"]
SourceKind = Literal["person", "organisation", "group", "anonymous"]
Connotation = Literal["neutral", "presupposing", "distancing", "evaluative", "adversarial", "demanding"]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "free_indirect", "reported")
QUOTE_KIND_LABELS = {
    "direct": "direkte Rede",
    "indirect": "indirekte Rede",
    "free_indirect": "freie indirekte Rede",
    "reported": "berichtete Sprechhandlung",
}
CONNOTATIONS: tuple[str, ...] = ("neutral", "presupposing", "distancing", "evaluative", "adversarial", "demanding")
CONNOTATION_LABELS = {
    "neutral": "neutral",
    "presupposing": "setzt Wahrheit voraus",
    "distancing": "distanzierend",
    "evaluative": "wertend/dramatisierend",
    "adversarial": "gegnerisch",
    "demanding": "fordernd",
}


class _Spanned:
    """``start``/``end`` of anything with ``spans`` (a list of (start, end) offsets in text order)."""

    spans: list[Offsets]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Mention(_Spanned):
    """A stretch of text (possibly discontinuous) with its offsets."""

    spans: list[Offsets]
    text: str


@dataclass
class Speaker(Mention):
    """Who speaks: the mention in the text („er“, „die NATO-Sprecherin“) and the resolved name."""

    name: str = ""
    kind: SourceKind = "person"


@dataclass
class Cue(Mention):
    """The reporting word or phrase („sagte“, „wies … zurück“, „laut“), its lemma and connotation."""

    lemma: str = ""
    connotation: Connotation | None = None
    explanation: str = ""


@dataclass
class Quote(_Spanned):
    """One quotation or speech report with kind, speaker, cue, relay and the reasons for the decision."""

    kind: QuoteKind
    spans: list[Offsets]
    text: str
    speaker: Speaker | None = None
    cue: Cue | None = None
    relay: Speaker | None = None  # „Laut X sagte Y …“: Y speaks, X relays
    evidence: list[str] = field(default_factory=list)
    sentence: int = 0  # index of the sentence the quotation starts in

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Source:
    """A voice in the text, built from the quotations: who, what kind, how often and how it is heard."""

    name: str
    kind: SourceKind
    role: str | None = None
    affiliation: str | None = None
    named: bool = True
    second_hand: bool = False  # heard only through another source (relay)
    counts: dict[str, int] = field(default_factory=dict)  # quotations by kind
    words_quoted: int = 0
    first: int = 0  # offset of the first quotation
    last: int = 0  # offset of the last quotation
    mentions: list[Offsets] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Entity:
    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC
    text: str
    evidence: str = ""


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    date: str | None  # ISO date when it can be resolved
    evidence: str = ""


@dataclass
class NumberMention:
    start: int
    end: int
    text: str
    value: float | None
    unit: str | None = None
    evidence: str = ""


@dataclass
class VerbUse:
    """A reporting verb as used in the text, with its lexicon entry."""

    start: int
    end: int
    text: str
    lemma: str
    connotation: Connotation
    explanation: str


@dataclass
class FramingCue:
    """A word or phrase that signals a frame or loaded language, with the reason."""

    start: int
    end: int
    text: str
    category: str
    explanation: str


@dataclass
class Analysis:
    """Everything the engine found in one text."""

    text: str
    sentences: list[Offsets] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    verbs: list[VerbUse] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    framing: list[FramingCue] = field(default_factory=list)

    def to_dict(self) -> dict:
        """JSON-ready dict in the shape of ``medialit analyze`` (tuples become lists)."""
        return _jsonable(asdict(self))


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
