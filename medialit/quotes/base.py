"""Shared pieces of the quotation rules: STTS token classes, word lists, frames, drafts and the sentence view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from medialit import verbs as lexicon

NOUNS = {"NN", "NE", "FM"}


DETS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "CARD"}


FINITE = {"VVFIN", "VAFIN", "VMFIN"}


SUBJECT_PRONOUNS = {"er", "sie", "ich", "wir", "ihr", "man", "du"}


SUBORDINATORS = {"wie", "während", "nachdem", "weil", "obwohl"}  # the tagger reads some as prepositions


FOCUS_PARTICLES = {"auch", "selbst", "sogar", "nur", "gerade", "besonders", "ebenfalls"}


GROUP_PRONOUNS = {"niemand", "jemand", "viele", "einige", "manche", "alle", "beide"}


DATIVE_DETS = {"dem", "einem", "seinem", "ihrem", "diesem"}


CLAUSE_KON = {"und", "oder", "aber", "sowie", "sondern", "denn", "doch"}


PUNCT_TAGS = {"$,", "$.", "$("}


CONDITIONAL = {"wenn", "falls", "sofern", "ob"}


INFO_NOUNS = (
    "angaben", "angabe", "aussage", "aussagen", "auskunft", "auskünften", "informationen", "darstellung", "ansicht",
    "meinung", "auffassung", "einschätzung", "schätzung", "schätzungen", "worten", "berichten", "bericht",
    "erkenntnissen", "ermittlungen", "meldungen", "meldung", "mitteilung", "studie", "untersuchung", "umfrage",
    "vernehmen", "recherchen", "beobachtungen", "prognose", "prognosen", "berechnungen", "statistik",
    "überzeugung", "vorstellung", "ansichten", "befragung", "medien", "quellen", "kreisen", "planungen", "plänen",
    "gesetz", "vorgaben", "umfragen", "statistiken", "darstellungen", "mitteilungen", "schilderungen",
    "ergebnis", "ergebnissen", "hinweis", "hinweisen", "einschätzungen", "auswertung", "zeugenaussagen",
    "stellungnahme", "analyse", "analysen", "erkenntnisstand", "ankündigung", "erklärung", "einschätzung",
    "kenntnis", "kenntnissen", "bekunden", "dafürhalten", "hochrechnung", "hochrechnungen",
    "daten", "zahlen", "gutachten", "vorstellungen", "willen", "wunsch", "version", "lesart", "verfassung",
    "plan", "dokument", "dokumenten", "vorhersage", "artikel", "quellenlage", "recherche", "erfahrungen",
)


TITLE_NOUNS = {
    "film", "buch", "titel", "motto", "zeitung", "sendung", "projekt", "aktion", "operation", "roman", "album",
    "lied", "song", "magazin", "serie", "stück", "ausstellung", "kampagne", "programm", "schiff", "marke",
    "gruppe", "band", "partei", "bewegung", "initiative", "verein", "plan", "wort", "unwort", "begriff", "slogan",
    "spitzname", "beiname", "künstlername", "name", "namens", "genannt", "sogenannte", "sogenannten",
    "sogenannter", "so", "zeitschrift", "tageszeitung", "wochenzeitung", "blatt", "fernsehsender", "sender",
}


TITLE_SUFFIXES = ("magazin", "zeitung", "zeitschrift", "film", "buch", "sendung", "titel", "album", "roman", "serie",
                  "programm", "projekt", "kampagne", "blatt", "portal", "sender", "motto", "slogan")


# Verbs of expectation and estimate that news reports as a stated position even without a clause
# („geht von einem Anstieg aus“, „schätzt den Schaden auf …“).
OPINION_ACTS = {"ausgehen", "schätzen", "vermuten", "einschätzen", "rechnen"}


FRAGMENT_CUES = {"nennen", "bezeichnen", "sprechen", "skandieren", "halten", "loben", "kritisieren", "werten"}


NAME_FUNCTION_WORDS = {"der", "die", "das", "des", "und", "für", "von", "ohne", "mit", "im", "in", "am", "of", "the",
                       "and", "for", "de", "la", "le", "du", "&", "-", "–"}


ORG_WORDS = (
    "regierung", "ministerium", "polizei", "partei", "gericht", "agentur", "verband", "konzern", "unternehmen",
    "behörde", "amt", "kreml", "nato", "bundeswehr", "armee", "kommission", "rat", "parlament", "bundestag",
    "senat", "kongress", "weißes haus", "staatsanwaltschaft", "feuerwehr", "gewerkschaft", "fraktion",
    "organisation", "institut", "universität", "stiftung", "bank", "zeitung", "sender", "verwaltung", "ministerin",
)


ROLE_SUFFIXES = (
    "sprecher", "sprecherin", "minister", "ministerin", "präsident", "präsidentin", "chef", "chefin", "leiter",
    "leiterin", "kanzler", "kanzlerin", "vorsitzende", "vorsitzender", "direktor", "direktorin", "experte",
    "expertin", "sekretär", "sekretärin", "bürgermeister", "bürgermeisterin", "abgeordnete", "abgeordneter",
    "berater", "beraterin", "anwalt", "anwältin", "richter", "richterin", "beamter", "beamtin", "vertreter",
    "vertreterin", "botschafter", "botschafterin", "general", "offizier", "kommissar", "kommissarin", "zeuge",
    "zeugin", "augenzeuge", "augenzeugin", "polizist", "polizistin", "arzt", "ärztin", "professor",
    "professorin", "forscher", "forscherin", "analyst", "analystin", "manager", "managerin", "trainer",
    "trainerin", "kandidat", "kandidatin", "premier", "premierministerin", "premierminister", "könig",
    "königin", "papst", "bischof", "kardinal", "staatschef", "regierungschef", "regierungschefin",
)


FEMALE_ROLE = re.compile(r"(in|innen|frau)$")


@dataclass
class _Frame:
    """A reporting frame found in a sentence: the cue and the speaker it introduces."""

    cue_tokens: list[int]
    lemma: str
    connotation: str | None
    explanation: str
    speaker: tuple[int, int] | None  # token range of the speaker mention
    clause: tuple[int, int]  # token range of the clause holding the cue
    evidence: list[str] = field(default_factory=list)
    marker: str | None = None  # laut / zufolge / nach Angaben / so / colon
    relay: tuple[int, int] | None = None
    shared_speaker: bool = False
    content: tuple[int, int] | None = None  # explicit content range („…, wonach …“)
    antecedent: tuple[int, int] | None = None  # what an anaphoric marker („wonach“, „demnach“) points back to


@dataclass
class _Draft:
    kind: str
    tokens: list[tuple[int, int]]  # token ranges [start, end)
    frame: _Frame | None
    evidence: list[str]
    sentence: int
    speaker: tuple[int, int] | None = None
    carried_from: int | None = None  # index of the draft whose speaker is carried over


def _is_punct(tok) -> bool:
    return tok.tag_ in PUNCT_TAGS or tok.is_punct or tok.is_space


def _is_verb(tok) -> bool:
    return tok.tag_.startswith("V")


def _konj(tok) -> bool:
    return tok.tag_ in FINITE and "Sub" in tok.morph.get("Mood")


def _konj1(tok) -> bool:
    """Konjunktiv I (sei, habe, gebe, werde): the sure sign of reported speech."""
    if not _konj(tok):
        return False
    ev = (getattr(tok._, "mood_evidence", None) or "") if tok.has_extension("mood_evidence") else ""
    return "II" not in ev


def _mood_reason(tok) -> str:
    ev = getattr(tok._, "mood_evidence", None) if tok.has_extension("mood_evidence") else None
    return ev or f"Konjunktiv: {tok.text}"


class _Text:
    """The document with the per-sentence views the rules need."""

    def __init__(self, doc):
        self.doc = doc
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for si, s in enumerate(self.sents):
            for k in range(s.start, s.end):
                self.sent_of[k] = si
        self.in_quote = [False] * len(doc)
        self.pairs: list[tuple[int, int]] = []  # token range [open, close] inclusive of marks
        self.pair_frames: dict[int, _Frame] = {}  # quotation index -> the frame right before/after it
        self.subject_reasons: dict[tuple[int, int], str] = {}  # speaker mention -> why it is the subject

    @cached_property
    def text(self) -> str:
        """The document text, built once (``Doc.text`` joins every token on each access)."""
        return self.doc.text

    @cached_property
    def ents(self) -> tuple:
        """The named entities, built once (``Doc.ents`` creates new spans on each access)."""
        return tuple(self.doc.ents) if self.doc.has_annotation("ENT_IOB") else ()

    def clauses(self, si: int) -> list[tuple[int, int]]:
        """Split sentence ``si`` into clauses at commas, semicolons, colons and clause-joining „und“."""
        doc = self.doc
        s = self.sents[si]
        cands = []
        for k in range(s.start, s.end):
            t = doc[k]
            if self.in_quote[k]:
                continue
            if t.text in (",", ";", ":", "–", "—"):
                cands.append(k)
            elif t.lower_ in CLAUSE_KON and t.tag_ == "KON" and k > s.start:
                prev, nxt = doc[k - 1], doc[k + 1] if k + 1 < s.end else None
                if nxt is not None and (
                    _is_verb(prev) or prev.tag_ == "PTKVZ" or nxt.tag_ in FINITE or (nxt.tag_ == "ADV" and k + 2 < s.end
                                                                                    and doc[k + 2].tag_ in FINITE)
                ):
                    cands.append(k)
        bounds = [s.start, *cands, s.end]
        segs = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            start = a + 1 if a in cands else a
            segs.append((start, b))
        out: list[list[int]] = []
        for a, b in segs:
            has_verb = any(_is_verb(doc[k]) and doc[k].tag_ != "ADJA" for k in range(a, b))
            if out and (not has_verb or not out[-1][2]):
                out[-1][1] = b
                out[-1][2] = out[-1][2] or has_verb
            else:
                out.append([a, b, has_verb])
        return [(a, b) for a, b, _ in out if b > a]


def _trim(doc, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation at both ends of a token range, keeping quotation marks whose partner is inside."""
    def paired(k: int) -> bool:
        partner = doc[k]._.quote_partner if doc[k].has_extension("quote_partner") else None
        return partner is not None and a <= partner < b

    while a < b and _is_punct(doc[a]) and not paired(a):
        a += 1
    while b > a and _is_punct(doc[b - 1]) and not paired(b - 1):
        b -= 1
    return a, b


def _starts_content(tx: _Text, si: int, open_i: int) -> bool:
    """True when a quotation opens its sentence (or follows a colon or an earlier quotation's frame)."""
    s = tx.sents[si]
    before = [t for t in tx.doc[s.start:open_i] if not _is_punct(t)]
    return not before or (open_i > 0 and tx.doc[open_i - 1].text == ":") or open_i < s.start


def _content_end(tx: _Text, si: int, start: int, clauses, ci: int) -> int:
    """The end of a complement: the sentence end, a semicolon, a colon before a quotation, or before a new main
    clause („, und sagte …“, „dass … würde und weigerte sich …“)."""
    doc = tx.doc
    s = tx.sents[si]
    for k in range(start + 1, s.end):
        t = doc[k]
        if tx.in_quote[k]:
            continue
        if t.text == ";":
            return k  # „…; die Polizei ermittelt“: a new statement
        if t.text == "," and k + 2 < s.end and doc[k + 1].lower_ == "so" and doc[k + 2].tag_ in NOUNS | DETS:
            return k  # „…, so der Minister“: a source named after the content
        if t.text == ":" and k + 1 < s.end and tx.in_quote[k + 1]:
            return k  # „…, dass X: „…““: a direct quotation follows
        if t.lower_ == "und" and k + 1 < s.end and doc[k - 1].tag_ in FINITE and doc[k + 1].tag_ == "VVFIN" \
                and "Sub" not in doc[k + 1].morph.get("Mood"):
            return k  # „dass … würde und weigerte sich …“: the subordinate clause ends, a main clause follows
        if t.lower_ in CLAUSE_KON and k + 1 < s.end and doc[k + 1].tag_ in FINITE and k > start + 1 and (
            doc[k - 1].text == "," or doc[k + 1].tag_.startswith("VV")
        ) and not _konj(doc[k + 1]):  # „…, doch würden viele …“: the reported speech goes on
            e = lexicon.entry(lexicon.verb_lemma(doc[k + 1]))
            if e is not None or doc[k - 1].text == ",":
                return k - 1 if doc[k - 1].text == "," else k
        if t.text == "," and k + 1 < s.end and doc[k + 1].tag_ in FINITE:
            e = lexicon.entry(lexicon.verb_lemma(doc[k + 1]))
            if e is not None or (doc[s.start].tag_ == "KOUS" and start > s.start):
                return k  # „Da sie es für sinnvoll hielten, … zu räumen, öffneten sie …“: the main clause follows
    return s.end


def _cue_tokens(doc, verb: int) -> list[int]:
    """The verb and, for a separable verb, its particle („wies … zurück“)."""
    particle = getattr(doc[verb]._, "particle", None) if doc[verb].has_extension("particle") else None
    return [verb] if particle is None else [verb, particle]


def _verb_frame(doc, verb: int, subj: tuple[int, int], clause: tuple[int, int], evidence: list[str]) -> _Frame:
    """A frame around a verb that need not be in the lexicon (then its own lemma and no connotation)."""
    lemma = lexicon.verb_lemma(doc[verb])
    entry = lexicon.entry(lemma)
    return _Frame(_cue_tokens(doc, verb), entry.lemma if entry else lemma, entry.connotation if entry else None,
                  entry.explanation if entry else "", subj, clause, evidence)
