"""Framing cues: martial, conflict and loaded words, metaphors, hedges and evaluative adjectives.

The cues live in ``data/lexicons/framing.yml`` (lemma or lemma sequence, category, one-line German
explanation). Matching is on lemmas of a processed ``Doc``, so „schwelen“, „schwelte“ and „geschwelt“ all
count; entries marked ``compounds`` also match compounds ending in the word („Truppenaufmarsch“,
„Nato-Aufstockung“). Multi-word entries („Unterstützung … werfen“) must occur in order in one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.tokens import Doc, Token

from medialit.errors import MedialitError
from medialit.model import FramingCue
from medialit.paths import lexicons_dir

MAX_GAP = 8  # words allowed between the parts of a multi-word cue


@dataclass(frozen=True)
class CueEntry:
    lemmas: tuple[str, ...]  # lowercase
    category: str
    explanation: str
    compounds: bool = False


@dataclass(frozen=True)
class FramingLexicon:
    categories: dict[str, str]
    entries: tuple[CueEntry, ...]

    def by_first(self) -> dict[str, list[CueEntry]]:
        index: dict[str, list[CueEntry]] = {}
        for e in self.entries:
            index.setdefault(e.lemmas[0], []).append(e)
        return index


@cache
def load_lexicon(path: str | None = None) -> FramingLexicon:
    """Read and check ``framing.yml``; a bad entry raises ``MedialitError`` naming the file and entry."""
    file = Path(path) if path else lexicons_dir() / "framing.yml"
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise MedialitError(f"{file}: Framing-Wortliste nicht lesbar (cannot read framing lexicon): {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise MedialitError(f"{file}: erwartet die Schlüssel „categories“ und „entries“ (expected keys).")
    categories = dict(data.get("categories") or {})
    entries = []
    for n, raw in enumerate(data["entries"], 1):
        where = f"{file}, Eintrag {n}"
        if not isinstance(raw, dict):
            raise MedialitError(f"{where}: kein Eintrag mit Schlüsseln (not a mapping).")
        words = raw.get("lemmas") or ([raw["lemma"]] if raw.get("lemma") else [])
        if not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise MedialitError(f"{where}: „lemma“ oder „lemmas“ fehlt (missing lemma).")
        if raw.get("category") not in categories:
            raise MedialitError(f"{where}: unbekannte Kategorie „{raw.get('category')}“ (unknown category).")
        if not str(raw.get("explanation") or "").strip():
            raise MedialitError(f"{where}: „explanation“ fehlt (missing explanation).")
        entries.append(CueEntry(tuple(w.strip().lower() for w in words), raw["category"],
                                str(raw["explanation"]).strip(), bool(raw.get("compounds", False))))
    return FramingLexicon(categories, tuple(entries))


def _keys(tok: Token) -> tuple[str, ...]:
    keys = {tok.lemma_.lower(), tok.lower_}
    base = tok._.base_lemma if tok.has_extension("base_lemma") else None
    if base:
        keys.add(base.lower())
    return tuple(keys)


def _compound_head(tok: Token, compound_words: dict[str, list[CueEntry]]) -> list[CueEntry]:
    low = tok.lemma_.lower()
    if len(low) < 6 or not tok.text[:1].isupper():
        return []
    found = []
    for k in range(2, len(low) - 4):
        tail = low[k:].lstrip("-")
        if tail in compound_words:
            found.extend(compound_words[tail])
            break
    return found


def find_cues(doc: Doc, lexicon: FramingLexicon | None = None) -> list[FramingCue]:
    """Every framing cue in ``doc`` in text order (multi-word cues as one record from first to last word)."""
    lex = lexicon or load_lexicon()
    first = lex.by_first()
    compound_words = {e.lemmas[0]: [e] for e in lex.entries if e.compounds and len(e.lemmas) == 1}
    cues: list[FramingCue] = []
    seen: set[tuple[int, int, str]] = set()
    ends: set[tuple[int, CueEntry]] = set()
    for tok in doc:
        if tok.is_punct or tok.is_space:
            continue
        candidates: list[CueEntry] = []
        for key in _keys(tok):
            candidates.extend(first.get(key, []))
        if not any(len(c.lemmas) == 1 for c in candidates):
            candidates.extend(_compound_head(tok, compound_words))
        for entry in candidates:
            end_tok = tok
            if len(entry.lemmas) > 1:
                end_tok = _match_rest(tok, entry.lemmas[1:])
                if end_tok is None:
                    continue
            start, end = tok.idx, end_tok.idx + len(end_tok.text)
            key = (start, end, entry.category)
            if key in seen or (end, entry) in ends:
                continue  # „als Staat, als Volk, als Nation sterben“ is one cue, not three
            seen.add(key)
            ends.add((end, entry))
            text = doc.text[start:end]
            cues.append(FramingCue(start, end, text, entry.category, entry.explanation))
    cues.sort(key=lambda c: (c.start, c.end))
    return cues


def _match_rest(tok: Token, rest: tuple[str, ...]) -> Token | None:
    sent_end = tok.sent.end
    pos = tok.i
    last = None
    for lemma in rest:
        nxt = None
        for k in range(pos + 1, min(sent_end, pos + 1 + MAX_GAP)):
            if lemma in _keys(tok.doc[k]):
                nxt = tok.doc[k]
                break
        if nxt is None:
            return None
        pos, last = nxt.i, nxt
    return last


def framing(source: Doc | str) -> list[FramingCue]:
    """Framing cues of a processed doc or a plain text."""
    if isinstance(source, str):
        from medialit import nlp

        source = nlp.parse(source)
    return find_cues(source)
