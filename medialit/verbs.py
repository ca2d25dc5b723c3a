"""The reporting-verb lexicon (``data/lexicons/reporting_verbs.yml``): lemma → connotation and explanation.

``entry(lemma)`` looks a verb up; ``find(doc)`` lists every reporting verb used in a parsed text as
``VerbUse`` records (the words inside direct quotations are the speaker's, not the reporter's, and are left out).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

import yaml

from medialit.errors import MedialitError
from medialit.model import CONNOTATIONS, VerbUse
from medialit.paths import lexicons_dir

LEXICON_FILE = "reporting_verbs.yml"


@dataclass(frozen=True)
class VerbEntry:
    """One lexicon entry: a verb, phrase or source marker with its connotation class."""

    lemma: str
    connotation: str
    explanation: str
    kind: str = "verb"  # verb | phrase | prep | postp | after_quote | as_clause | adverb | impersonal
    thinking: bool = False  # verb of thinking: introduces indirect speech but is no speech act alone
    speech_act: bool = True  # can stand alone as a reported speech act („warnte vor …“)
    needs_content: bool = False  # a speech verb that reports speech only with a content clause
    needs_utterance: bool = False  # rejects a decision or an utterance: a speech act only when it rejects words
    prepositions: tuple[str, ...] = ()  # alone a speech act only with one of these („sprach von …“, not „mit …“)
    burden: tuple[str, ...] = ()  # with one of these no speech at all („stöhnt unter der Hitze“)
    idioms: tuple[str, ...] = ()  # object nouns (lemmas) of an idiom that is no speech („schreibt Verluste“)


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, VerbEntry]  # single-word lemmas
    phrases: dict[str, VerbEntry]  # multi-word entries („Stellung nehmen“), keyed by the full phrase
    cues: dict[str, VerbEntry]  # nominal/prepositional source markers („laut“, „nach Angaben“)
    utterance_nouns: tuple[str, ...] = ()  # endings of nouns that name something said („Vorwurf“, „Bemerkung“)
    addressee_verbs: frozenset[str] = frozenset()  # verbs whose object is the person spoken to („warnen“)
    performing_verbs: frozenset[str] = frozenset()  # verbs of acting in a work („war in „…“ zu sehen“)
    count_verbs: frozenset[str] = frozenset()  # a second source's own figure („die Polizei zählte 2000“)
    interjection_nouns: frozenset[str] = frozenset()  # calls from the floor in a debate report („Zwischenruf“)
    temper_nouns: frozenset[str] = frozenset()  # „Dem Trainer platzte der Kragen: „…““: the dative person speaks
    event_nouns: frozenset[str] = frozenset()  # „Influencer-Beef eskaliert: «…»“: a quarrel does not speak
    gesture_verbs: frozenset[str] = frozenset()  # „zuckte mit den Schultern. Er kenne …“: the actor answers
    writing_verbs: frozenset[str] = frozenset()  # „schrieb, die Zahlen stiegen“: a main clause after it is content
    read_out_verbs: frozenset[str] = frozenset()  # „verlas eine Erklärung von X“: reading out
    read_out_texts: frozenset[str] = frozenset()  # the texts read out (Erklärung, Botschaft, Brief …)

    def __len__(self) -> int:
        return len(self.verbs) + len(self.phrases) + len(self.cues)


@cache
def load_lexicon(path: str | None = None) -> Lexicon:
    """Read and validate the lexicon once per process; errors name the file and the entry."""
    file = Path(path) if path else lexicons_dir() / LEXICON_FILE
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MedialitError(f"{file}: Redeverb-Lexikon nicht lesbar ({exc}).") from None
    thinking = set(data.get("thinking") or [])
    needs_content = set(data.get("needs_content") or [])
    not_speech = set(data.get("not_speech") or []) | needs_content
    needs_utterance = set(data.get("needs_utterance") or [])
    preps = {lemma: tuple(p) for lemma, p in (data.get("needs_preposition") or {}).items()}
    burden = {lemma: tuple(p) for lemma, p in (data.get("burden_preposition") or {}).items()}
    idioms = {lemma: tuple(n) for lemma, n in (data.get("idiom_objects") or {}).items()}
    verbs: dict[str, VerbEntry] = {}
    phrases: dict[str, VerbEntry] = {}
    for connotation in CONNOTATIONS:
        for lemma, explanation in (data.get(connotation) or {}).items():
            if not isinstance(explanation, str) or not explanation.strip():
                raise MedialitError(f"{file}: Eintrag {lemma!r} ({connotation}) hat keine Erklärung.")
            target = phrases if " " in lemma else verbs
            if lemma in verbs or lemma in phrases:
                raise MedialitError(f"{file}: Eintrag {lemma!r} steht zweimal im Lexikon.")
            target[lemma] = VerbEntry(lemma, connotation, explanation.strip(), "phrase" if " " in lemma else "verb",
                                      thinking=lemma in thinking, speech_act=lemma not in not_speech,
                                      needs_content=lemma in needs_content, needs_utterance=lemma in needs_utterance,
                                      prepositions=preps.get(lemma, ()), burden=burden.get(lemma, ()),
                                      idioms=idioms.get(lemma, ()))
    cues: dict[str, VerbEntry] = {}
    for lemma, spec in (data.get("cues") or {}).items():
        if not isinstance(spec, dict) or spec.get("connotation") not in CONNOTATIONS or not spec.get("explanation"):
            raise MedialitError(f"{file}: Quellenhinweis {lemma!r} braucht connotation und explanation.")
        cues[lemma] = VerbEntry(lemma, spec["connotation"], spec["explanation"], spec.get("kind", "prep"),
                                speech_act=False)
    nouns = tuple(str(n).lower() for n in data.get("utterance_nouns") or [])
    # every word class of the file („gesture_verbs: [nicken, …]“) fills the Lexicon field of the same name
    classes = {f.name: frozenset(data.get(f.name) or []) for f in fields(Lexicon) if f.type == "frozenset[str]"}
    return Lexicon(verbs, phrases, cues, nouns, **classes)


def entry(lemma: str) -> VerbEntry | None:
    """The lexicon entry of a verb lemma („zurückweisen“) or phrase („Stellung nehmen“), or None."""
    lex = load_lexicon()
    return lex.verbs.get(lemma) or lex.phrases.get(lemma) or lex.cues.get(lemma)


def utterance_noun(lemma: str) -> bool:
    """Whether a noun names something said („Vorwürfe“, „Kritik“, „Äußerungen“), compounds included."""
    low = lemma.lower()
    return any(low.endswith((n, n + "n", n + "en", n + "e", n + "s")) for n in load_lexicon().utterance_nouns)


def addresses_someone(lemma: str) -> bool:
    """Whether the verb's accusative object is the person spoken to („warnen“, „auffordern“, „fragen“)."""
    return lemma in load_lexicon().addressee_verbs


def performs_in(lemma: str) -> bool:
    """Whether the verb tells of acting or appearing in a work („spielen“, „zu sehen sein“, „auftreten“)."""
    return lemma in load_lexicon().performing_verbs


def counts_figures(lemma: str) -> bool:
    """Whether a source gives its own figure with the verb („zählen“, „beziffern“, „schätzen“)."""
    return lemma in load_lexicon().count_verbs


def temper_noun(word: str) -> bool:
    """Whether a noun is the subject of an idiom of losing one's temper („platzte der Kragen“, „riss der
    Geduldsfaden“): the person in the dative says the words after the colon."""
    return word in load_lexicon().temper_nouns


def event_noun(word: str) -> bool:
    """Whether a noun (or the last part of a hyphenated compound: „Influencer-Beef“) names a quarrel or scandal,
    which cannot say the words after a colon."""
    return word.rsplit("-", 1)[-1] in load_lexicon().event_nouns


def gesture_verb(lemma: str) -> bool:
    """Whether a verb tells of a gesture that answers („nicken“, „abwinken“): the next sentence's Konjunktiv gives
    the actor's reasons."""
    return lemma in load_lexicon().gesture_verbs


def writes_content(lemma: str) -> bool:
    """Whether a verb of writing („schreiben“) introduces a main clause after a comma as what was written."""
    return lemma in load_lexicon().writing_verbs


def interjection_noun(word: str) -> bool:
    """Whether a noun names a call from the floor („Zwischenruf“, „Zuruf“) that a debate report puts in brackets."""
    return word.lower() in load_lexicon().interjection_nouns


def cue(marker: str) -> VerbEntry | None:
    """The entry of a nominal source marker („laut“, „zufolge“, „nach Angaben“, „so“)."""
    return load_lexicon().cues.get(marker)


def verb_lemma(token) -> str:
    """The lemma of a verb token as the lexicon spells it (separable verbs joined by the pipeline)."""
    lemma = token.lemma_ or token.text
    return lemma if lemma[:1].islower() else lemma.lower()


def find(doc, skip: list[tuple[int, int]] | None = None) -> list[VerbUse]:
    """Every reporting verb in ``doc`` outside the character ranges ``skip`` (direct quotations)."""
    skip = skip or []
    out: list[VerbUse] = []
    for tok in doc:
        if not tok.tag_.startswith("V") or tok.tag_.startswith("VA") or tok.tag_.startswith("VM"):
            continue
        if any(s <= tok.idx < e for s, e in skip):
            continue
        found = entry(verb_lemma(tok))
        if found is None or found.kind != "verb":
            continue
        end = tok.idx + len(tok.text)
        text = tok.text
        particle = getattr(tok._, "particle", None) if tok.has_extension("particle") else None
        if particle is not None:
            p = doc[particle]
            end = p.idx + len(p.text)
            text = doc.text[tok.idx:end]
        out.append(VerbUse(tok.idx, end, text, found.lemma, found.connotation, found.explanation))
    return out


def read_out_text(verb_lemma: str, noun: str) -> bool:
    """Whether a verb reads out (verlesen, vorlesen) a text whose words are its author's („eine Botschaft der
    Regisseurin“, „eine Erklärung von Derek Holloway“): the reader only passes them on."""
    lex = load_lexicon()
    return verb_lemma in lex.read_out_verbs and noun in lex.read_out_texts
