"""Quotations in German news: direct, indirect, free indirect and reported speech, with speaker, cue and relay.

``extract(doc)`` reads a ``Doc`` from ``medialit.nlp.load()`` (tokens, sentences, STTS tags, lemmas with
separable verbs joined, ``Mood=Sub``, quotation-mark pairs) and returns ``Quote`` records whose every decision
carries German evidence. Rules, in order: source markers („laut“, „zufolge“, „nach Angaben“, „so X“), reporting
verbs from the lexicon (``medialit.verbs``) with their complement (dass-clause, Konjunktiv clause, colon,
quotation) or without one (a reported speech act), quotations in marks with their frame, free indirect speech
(Konjunktiv continuing a speaker), then speaker resolution (pronouns, surnames, carried-over speakers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medialit import verbs as lexicon
from medialit.model import Cue, Quote, Speaker

# --- token classes (STTS) -------------------------------------------------------------------------------
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


# --- small token helpers --------------------------------------------------------------------------------
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


def _noun_phrase(doc, i: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase starting at token ``i`` (before ``stop``) as a token range, or None."""
    if i >= stop:
        return None
    tok = doc[i]
    if tok.tag_ in ("PPER", "PIS", "PDS") and tok.lower_ in SUBJECT_PRONOUNS | {"man", "beide", "alle", "viele"}:
        return (i, i + 1)
    j = i
    if doc[j].tag_ in DETS:
        j += 1
    while j < stop and doc[j].tag_ in ("ADJA", "CARD", "ADV") and doc[j].tag_ != "ADV" or (
        j < stop and doc[j].tag_ == "ADJA"
    ):
        j += 1
    if j >= stop or doc[j].tag_ not in NOUNS:
        return None
    while j < stop and (doc[j].tag_ in NOUNS or (doc[j].text == "-" and j + 1 < stop)
                        or (doc[j].ent_iob_ == "I" and doc[j].ent_type_ in ("PER", "ORG"))):
        j += 1
    head_is_common = doc[j - 1].tag_ == "NN"
    # coordination of nouns: „US-Vertreter und EU-Vertreter“
    if j + 1 < stop and doc[j].lower_ in ("und", "sowie") and doc[j + 1].tag_ in NOUNS | DETS | {"ADJA"}:
        nxt = _noun_phrase(doc, j + 1, stop)
        if nxt:
            j = nxt[1]
    # genitive attributes after a common noun: „die Sprecherin der Polizei“, „der Leiter des Programms der WHO“
    while head_is_common and j + 1 < stop and doc[j].lower_ in ("der", "des"):
        k = j + 1
        while k < stop and doc[k].tag_ == "ADJA":
            k += 1
        if k < stop and doc[k].tag_ in NOUNS:
            while k < stop and doc[k].tag_ in NOUNS:
                k += 1
            j = k
            head_is_common = doc[j - 1].tag_ == "NN"
        else:
            break
    # abbreviation in brackets: „(SdK)“
    if j + 2 < stop and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].tag_ in NOUNS:
        j += 3
    return (i, j)


def _name_token(doc, i: int, stop: int) -> tuple[int, int] | None:
    """A name the tagger did not see as a noun („laut Lang“, „laut bildblog.de“), or a looser noun phrase
    („laut einer am Dienstag veröffentlichten Pressemitteilung“)."""
    if i >= stop:
        return None
    t = doc[i]
    if (t.is_alpha and t.text[:1].isupper()) or ("." in t.text and any(c.isalpha() for c in t.text) and len(t) > 3):
        return (i, i + 1)
    if t.tag_ in ("ART", "PPOSAT", "PIAT", "ADJA"):
        for j in range(i + 1, min(stop, i + 9)):
            if doc[j].tag_ in ("NN", "NE") and (j + 1 >= stop or doc[j + 1].tag_ not in ("NN", "NE", "ADJA")) \
                    and doc[j - 1].tag_ in ("ADJA", "ART", "NN", "NE"):
                return (i, j + 1)
            if doc[j].tag_ in FINITE or _is_punct(doc[j]):
                return None
    return None


def _antecedent(doc, comma: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending right before ``comma`` (the antecedent of a relative clause)."""
    k = comma - 1
    # extraposed relative clause: „… hinter Demonstranten geworfen, die …“ — skip the verbs
    while k >= floor and (doc[k].tag_.startswith("V") or doc[k].tag_ == "PTKVZ"):
        k -= 1
    if k < floor or doc[k].tag_ not in NOUNS:
        return None
    comma = k + 1
    while k > floor and doc[k - 1].tag_ in NOUNS | {"ADJA"} | DETS:
        k -= 1
        if doc[k].tag_ in DETS:
            break
    return (k, comma)


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


# --- speakers ------------------------------------------------------------------------------------------
def _subject(tx: _Text, clause: tuple[int, int], verb: int) -> tuple[int, int] | None | str:
    """The subject of ``verb`` in ``clause``: a token range, "shared" (coordinated verb) or None."""
    doc = tx.doc
    cs, ce = clause
    first = doc[cs]
    # relative clause: the antecedent before the comma speaks („Demonstranten, die … auffordern“)
    if first.tag_ in ("PRELS",) and cs > 0 and doc[cs - 1].text == ",":
        # the relative pronoun is the mention; its antecedent gives the name (see _make_speaker)
        return (cs, cs + 1) if _antecedent(doc, cs - 1, tx.sents[tx.sent_of[cs]].start) else None
    finite = verb if doc[verb].tag_ in FINITE else None
    if finite is not None and doc[verb].tag_ == "VVFIN" and verb > cs and (
            verb + 1 >= ce or _is_punct(doc[verb + 1])):
        # „Schmidt hatte die Rolle betont:“ with the participle read as finite: the auxiliary is the finite verb
        aux = next((k for k in range(cs + 1, verb - 1) if doc[k].tag_ in ("VAFIN", "VMFIN") and not tx.in_quote[k]), None)
        if aux is not None:
            finite = aux
    if finite is None:
        for k in range(cs, verb):
            if doc[k].tag_ in ("VAFIN", "VMFIN"):
                finite = k
                break
    if finite is None and doc[verb].tag_ == "VVPP" and verb > cs and (cs == 0 or doc[cs - 1].tag_ != "KON") \
            and verb + 1 < len(doc) and doc[verb + 1].text == "," \
            and not any(doc[k].tag_.startswith(("VA", "VM")) for k in range(cs, ce)):
        finite = verb  # „Karl Moser kritisiert, dass …“: present tense with the participle's form
    if doc[verb].tag_ == "VVPP" and any(doc[k].lemma_ == "werden" and doc[k].tag_.startswith("VA") for k in range(cs, ce)):
        for k in range(cs, ce - 1):  # passive: the agent „von X“ speaks
            if doc[k].lower_ in ("von", "vom", "seitens", "durch"):
                np = _noun_phrase(doc, k + 1, ce)
                if np:
                    return np
    if first.tag_ == "KOUS" or first.lower_ in SUBORDINATORS:  # subordinate clause: first noun phrase after the conjunction
        for k in range(cs + 1, ce):
            np = _noun_phrase(doc, k, ce)
            if np:
                return np
        return None
    if finite is None or (finite == cs and cs > 0 and doc[cs - 1].tag_ == "KON"):
        return "shared"
    if finite == cs and cs > 0 and doc[cs - 1].text == ",":
        # „Robert Chow, der … führt, erinnerte daran“: the noun phrase before the relative clause
        head = _relative_head(tx, cs) or _apposition_before(tx, cs)
        if head is not None:
            return head
    # Vorfeld: a noun phrase before the finite verb is the subject unless it is a prepositional phrase
    if finite > cs:
        vorfeld = _vorfeld_subject(tx, clause, finite)
        if isinstance(vorfeld, tuple) and not _person_like(doc, vorfeld):
            # „Die Anwendung der Richtlinie stellte der SPD-Vorsitzende in Frage“: a person after the verb
            later = _mittelfeld_subject(tx, clause, finite)
            if later is not None and _person_like(doc, later) and doc[later[0]].lower_ not in ("die", "eine"):
                return later
        if vorfeld is not None:
            return vorfeld
    return _mittelfeld_subject(tx, clause, finite)


def _person_like(doc, rng: tuple[int, int]) -> bool:
    """Whether a mention names a person, role or organisation (a possible speaker)."""
    return any(doc[k]._.speaker_like or doc[k].lower_ in SUBJECT_PRONOUNS for k in range(*rng))


def _relative_head(tx: _Text, cs: int) -> tuple[int, int] | None:
    """The noun phrase opening the sentence when only relative clauses separate it from ``cs``."""
    doc = tx.doc
    s = tx.sents[tx.sent_of[cs]]
    np = _noun_phrase(doc, s.start, cs)
    if np is None or np[1] >= cs or doc[np[1]].text != "," or doc[s.start].tag_ in ("APPR", "APPRART", "ADV", "PROAV") \
            or doc[s.start].lower_ in DATIVE_DETS | {"den", "einen"}:
        return None
    if np[1] + 1 >= cs or doc[np[1] + 1].tag_ not in ("PRELS", "PRELAT") and not (
            doc[np[1] + 1].tag_ in ("APPR", "APPRART") and np[1] + 2 < cs and doc[np[1] + 2].tag_ in ("PRELS", "PRELAT")):
        return None
    if any(tx.in_quote[k] for k in range(np[1], cs)):
        return None
    return np


def _apposition_before(tx: _Text, cs: int) -> tuple[int, int] | None:
    """„…, die Sprecherin der Fraktion, Sandra Bohl, erklärte:“: the noun phrase (with its apposition)
    between commas right before the verb that opens the clause."""
    doc = tx.doc
    floor = tx.sents[tx.sent_of[cs]].start

    def segment(end: int) -> tuple[int, int] | None:
        k = end - 1
        while k >= floor and doc[k].text != "," and not tx.in_quote[k] and not _is_verb(doc[k]):
            k -= 1
        if k >= floor and doc[k].text != ",":
            return None
        np = _noun_phrase(doc, k + 1, end)
        return np if np is not None and np[1] == end else None

    last = segment(cs - 1)
    if last is None or not _person_like(doc, last) or doc[last[0]].lower_ in DATIVE_DETS | {"den", "einen"}:
        return None
    first = segment(last[0] - 1) if last[0] - 1 > floor and doc[last[0] - 1].text == "," else None
    if first is not None and doc[first[0]].lower_ not in DATIVE_DETS | {"den", "einen"}:
        return (first[0], last[1])
    return last


def _vorfeld_subject(tx: _Text, clause: tuple[int, int], finite: int) -> tuple[int, int] | None:
    """A noun phrase before the finite verb that is the subject (not a prepositional phrase or object)."""
    doc = tx.doc
    cs, _ce = clause
    if doc[cs].lower_ in FOCUS_PARTICLES and cs + 1 < finite:
        cs += 1  # „Auch der frühere Schiedsrichter kritisierte …“: the particle belongs to the subject
        clause = (cs, _ce)
    np = _noun_phrase(doc, cs, finite)
    if np and np[1] < finite and all(doc[k].tag_ in ("ADV", "PTKNEG") for k in range(np[1], finite)):
        np = (np[0], np[1]) if doc[np[1]].tag_ == "ADV" else np
        if doc[cs].tag_ not in ("APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD") \
                and doc[cs].lower_ not in DATIVE_DETS:
            return np
    if np and doc[cs].tag_ not in ("APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD"):
        if np[0] == cs and (np[1] == finite or doc[np[1]].text in (",", "(")) and doc[cs].lower_ not in DATIVE_DETS:
            # apposition: „Die Sprecherin der Stadt, Maria Lang, sagte …“
            if np[1] < finite and doc[np[1]].text == ",":
                app = _noun_phrase(doc, np[1] + 1, finite)
                if app and app[1] < finite and doc[app[1]].text == "," and app[1] + 1 == finite:
                    return (np[0], app[1])
            return np
    # a noun phrase with a relative clause: „Hubert Primus, der … verantwortlich ist, wies … zurück“
    if np and np[0] == cs and np[1] < finite and doc[np[1]].text == "," and np[1] + 1 < finite \
            and doc[np[1] + 1].tag_ in ("PRELS", "PRELAT") and doc[finite - 1].text == "," \
            and doc[cs].lower_ not in DATIVE_DETS | {"den", "einen"}:
        return np
    # one constituent before the finite verb: a noun phrase with its attributes
    # („Theo Kitz vom Bankhaus Merck Finck sagte“, „Der Leiter des Programms der WHO, Klaus Stöhr, sagte“)
    if (np and np[0] == cs or doc[cs].tag_ in ("PIS", "PIAT", "PDS") and doc[cs].lower_ not in ("es", "das", "dies")
        or doc[cs].tag_ == "NE") \
            and doc[cs].tag_ not in ("APPR", "APPRART", "ADV", "PROAV", "KOUS", "PWAV", "ADJD") \
            and doc[cs].lower_ not in DATIVE_DETS | {"den", "einen"} and finite - cs <= 16 \
            and not any(doc[k].tag_ in FINITE or doc[k].tag_ in ("PRELS", "KOUS") or _open_quote(tx, k, cs, finite)
                        for k in range(cs, finite)):
        a_, b_ = _trim(doc, cs, finite)
        return (a_, b_)
    return None


def _open_quote(tx: _Text, k: int, lo: int, hi: int) -> bool:
    """Whether token ``k`` is inside a quotation that is not a short name wholly within ``lo``..``hi``
    („Die Organisation „Bürger für Bahn“ weist darauf hin“)."""
    if not tx.in_quote[k]:
        return False
    pair = next(((a, b) for a, b in tx.pairs if a <= k <= b), None)
    return pair is None or pair[0] < lo or pair[1] >= hi or pair[1] - pair[0] > 6


def _mittelfeld_subject(tx: _Text, clause: tuple[int, int], finite: int) -> tuple[int, int] | None:
    """The first nominative-looking noun phrase after the finite verb."""
    doc = tx.doc
    _cs, ce = clause
    k = finite + 1
    while k < ce:
        t = doc[k]
        if t.tag_ in ("APPR", "APPRART"):
            k += 1
            np = _noun_phrase(doc, k, ce)
            k = np[1] if np else k
            continue
        if t.tag_ in ("ADV", "PTKNEG", "ADJD", "PRF", "PROAV", "PTKVZ") or _is_punct(t):
            if t.text in (",", ":") and k > finite + 1:
                break
            k += 1
            continue
        if t.tag_ == "PPER":
            if t.lower_ in SUBJECT_PRONOUNS:
                return (k, k + 1)
            k += 1
            continue
        if t.lower_ in DATIVE_DETS | {"den", "einen", "diesen", "seinen", "ihren"}:
            np = _noun_phrase(doc, k, ce)
            k = np[1] if np else k + 1
            continue
        np = _noun_phrase(doc, k, ce)
        if np:
            return np
        if _is_verb(t):
            break
        k += 1
    return None


def _name_parts(doc, rng: tuple[int, int]) -> tuple[str, list[int]]:
    """Proper-noun tokens of a mention („die NATO-Sprecherin Oana Lungescu“ → Oana Lungescu)."""
    toks = [k for k in range(*rng) if doc[k].tag_ == "NE"]
    if toks:
        # the last run of proper nouns
        run = [toks[-1]]
        for k in reversed(toks[:-1]):
            if k == run[0] - 1:
                run.insert(0, k)
            else:
                break
        return " ".join(doc[k].text for k in run), run
    return "", []


def _speaker_kind(doc, rng: tuple[int, int], name: str) -> str:
    words = [doc[k] for k in range(*rng)]
    low = " ".join(w.lower_ for w in words)
    ents = {e.label_ for e in doc.ents if e.start < rng[1] and e.end > rng[0]} if doc.has_annotation("ENT_IOB") else set()
    if words and words[0].tag_ in ("PPER", "PIS") and words[0].lower_ in ("man",):
        return "anonymous"
    if words and words[0].lower_ in ("ein", "eine", "einer", "mehrere", "einige"):
        return "anonymous"
    if " und " in f" {low} " and not name:
        return "group"
    nouns = [w for w in words if w.tag_ == "NN"]
    if nouns and any(nouns[0].lower_.endswith(r) for r in ROLE_SUFFIXES):
        return "person"
    if "PER" in ents or (len(name.split()) >= 2 and not name.isupper()):
        return "person"
    if "ORG" in ents or "LOC" in ents:
        return "organisation"
    if name and name.isupper() and len(name) <= 6:
        return "organisation"
    if any(w in low for w in ORG_WORDS) and not any(low.endswith(r) for r in ROLE_SUFFIXES):
        return "organisation"
    head = words[-1] if words else None
    if head is not None and head.tag_ == "NN" and not name:
        if " und " in f" {low} " or (head.lemma_ and head.lemma_.lower() != head.lower_ and head.lower_.endswith(("en", "er", "e"))):
            return "group"
        return "anonymous"
    return "person"


def _gender(doc, rng: tuple[int, int]) -> str | None:
    for k in range(*rng):
        t = doc[k]
        low = t.lower_
        if t.tag_ == "NN" and any(low.endswith(r) for r in ROLE_SUFFIXES):
            return "f" if FEMALE_ROLE.search(low) and not low.endswith("chein") else "m"
        if low in ("frau", "die") and k == rng[0] and doc[rng[1] - 1].tag_ == "NN":
            return "f"
        if low in ("herr", "der") and k == rng[0] and doc[rng[1] - 1].tag_ == "NN":
            return "m"
    return None


# --- the extractor -------------------------------------------------------------------------------------
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
    drafts.sort(key=lambda d: (d.tokens[0][0], 0 if d.kind != "direct" else 1))
    drafts.extend(_free_indirect(tx, drafts))
    drafts = [d for d in drafts if d.kind != "context"]
    drafts.sort(key=lambda d: (d.tokens[0][0], 0 if d.kind != "direct" else 1))
    return _finish(tx, drafts)


def _quote_pairs(tx: _Text) -> list[tuple[int, int, bool]]:
    """Top-level quotation-mark pairs as (open, close, closed); marks inside marks are left to the outer."""
    doc = tx.doc
    raw = getattr(doc._, "quote_pairs", None) if doc.has_extension("quote_pairs") else None
    if raw is None:
        from medialit.nlp import quotemarks

        raw = quotemarks.find_quote_pairs(doc)
    out: list[tuple[int, int, bool]] = []
    last_end = -1
    for open_i, close_i in sorted(raw, key=lambda p: p[0]):
        closed = close_i is not None
        if not closed and doc[open_i].text in "‚‘’'‹›`´":
            continue  # an unpaired single mark is an apostrophe („’Ndrangheta“), not a quotation
        if not closed:
            # an unclosed mark runs to the end of its paragraph
            close_i = open_i
            for k in range(open_i + 1, len(doc)):
                if "\n\n" in doc[k - 1].whitespace_ or doc[k].is_space and "\n\n" in doc[k].text:
                    break
                if doc[k]._.quote_role == "opening" and doc[k].text == doc[open_i].text:
                    break
                if doc[k].text == "," and k + 1 < len(doc) and (
                    (doc[k + 1].tag_ in FINITE and lexicon.entry(lexicon.verb_lemma(doc[k + 1])) is not None)
                    or doc[k + 1].lower_ == "so"
                ):
                    break  # „…, sagte X.“ without closing mark: the frame ends the quotation
                close_i = k
            if close_i == open_i:
                continue
        if open_i <= last_end:
            continue
        out.append((open_i, close_i, closed))
        last_end = close_i
    for a, b, _ in out:
        for k in range(a, b + 1):
            tx.in_quote[k] = True
    tx.pairs = [(a, b) for a, b, _ in out]
    return out


def _marker_frames(tx: _Text, si: int) -> list[_Frame]:
    """Source markers: „laut X“, „X zufolge“, „nach Angaben (von) X“, „…, so X.“, „wie X sagte“."""
    doc = tx.doc
    s = tx.sents[si]
    frames: list[_Frame] = []
    for k in range(s.start, s.end):
        t = doc[k]
        if tx.in_quote[k]:
            continue
        low = t.lower_
        if low in ("laut", "gemäß") and t.tag_ in ("APPR", "ADJD", "ADV", "APPO") and k + 1 < s.end:
            np = _noun_phrase(doc, k + 1, s.end)
            if np is None:
                np = _name_token(doc, k + 1, s.end)
            if np:
                e = lexicon.cue(low)
                frames.append(_Frame([k], low, e.connotation, e.explanation, np, (k, np[1]),
                                     [f"Quellenangabe: {t.text} {doc[np[0]:np[1]].text}"], marker="laut"))
        elif low == "zufolge" and k > s.start:
            np = _antecedent(doc, k, s.start)
            if np:
                e = lexicon.cue("zufolge")
                frames.append(_Frame([k], "zufolge", e.connotation, e.explanation, np, (np[0], k + 1),
                                     [f"Quellenangabe: {doc[np[0]:k + 1].text}"], marker="zufolge"))
        elif low == "nach" and k + 1 < s.end and doc[k + 1].tag_ == "PRELS" and k > s.start and doc[k - 1].text == ",":
            # „Studien, nach denen Homöopathie ebenbürtig sei“: the relative pronoun stands for the source
            e = lexicon.cue("nach Angaben")
            f = _Frame([k], "nach", e.connotation, e.explanation, (k + 1, k + 2), (k, k + 2),
                       [f"Quellenangabe im Relativsatz: nach {doc[k + 1].text}"], marker="wonach")
            f.antecedent = _antecedent(doc, k - 1, s.start)
            f.content = (k + 2, _content_end(tx, si, k + 2, None, 0))
            frames.append(f)
        elif low == "nach" and k + 1 < s.end:
            # „nach Angaben der Polizei“, „nach Polizeiangaben“, „nach eigenen Angaben“, „nach einer Studie“
            j = k + 1
            while j < s.end and (doc[j].tag_ in ("ART", "ADJA", "PPOSAT", "PIAT", "PIDAT")
                                 or doc[j].lower_ in ("deren", "dessen")):
                j += 1
            if j >= s.end or doc[j].tag_ != "NN" or not doc[j].lower_.endswith(INFO_NOUNS):
                continue
            key = "nach eigenen Angaben" if doc[k + 1].lower_ == "eigenen" else f"nach {doc[j].text}"
            e = lexicon.cue(key) or lexicon.cue("nach Angaben")
            m = j + 1
            np = None
            if m < s.end and doc[m].lower_ in ("von", "vom"):
                np = _noun_phrase(doc, m + 1, s.end) or _name_token(doc, m + 1, s.end)
            elif m < s.end and (doc[m].lower_ in ("des", "der", "eines", "einer") or doc[m].tag_ == "NE"):
                np = _noun_phrase(doc, m, s.end) or _name_token(doc, m, s.end)
            source = np or (k + 1, j + 1)
            frames.append(_Frame(list(range(k, j + 1)), key, e.connotation, e.explanation, source,
                                 (k, source[1]), [f"Quellenangabe: {doc[k:j + 1].text}"], marker="nach"))
        elif low == "folge" and k > s.start and doc[k - 1].lower_ == "zu" and k - 1 > s.start:
            np = _antecedent(doc, k - 1, s.start)
            if np:
                e = lexicon.cue("zufolge")
                frames.append(_Frame([k - 1, k], "zufolge", e.connotation, e.explanation, np, (np[0], k + 1),
                                     [f"Quellenangabe: {doc[np[0]:k + 1].text}"], marker="zufolge"))
        elif low == "wonach" and k > s.start and doc[k - 1].text == ",":
            np = _antecedent(doc, k - 1, s.start)
            if np:
                e = lexicon.cue("laut")
                end_ = _content_end(tx, si, k + 1, None, 0)
                f = _Frame([k], "wonach", e.connotation, "Quellenangabe im Relativsatz („ein Bericht, wonach …“).",
                           (k, k + 1), (k, k + 1), [f"Quellenangabe: {doc[np[0]:np[1]].text}, wonach"], marker="wonach")
                f.antecedent = np
                f.content = (k + 1, end_)
                frames.append(f)
        elif low in ("demnach", "demzufolge") and t.tag_ in ("ADV", "PROAV", "PAV"):
            e = lexicon.cue("laut")
            f = _Frame([k], low, e.connotation, "Verweist auf die zuvor genannte Quelle („demnach“).", (k, k + 1), (k, k + 1),
                       [f"Quellenverweis: {t.text}"], marker="demnach")
            frames.append(f)
        elif low == "so" and k > s.start and doc[k - 1].text == "," and k + 1 < s.end:
            np = _noun_phrase(doc, k + 1, s.end)
            if not np and k + 2 < s.end and doc[k + 1].tag_ in ("VVFIN", "VVPP") \
                    and lexicon.entry(lexicon.verb_lemma(doc[k + 1])) is not None:
                # „…, so bestätigt das Gericht.“: so + reporting verb + speaker
                np = _noun_phrase(doc, k + 2, s.end)
                if np and _person_like(doc, np) and all(_is_punct(doc[m]) or doc[m].tag_ in ("ADV", "APPR", "APPRART", "ART",
                                                                                           "NN", "NE", "ADJA")
                                                        for m in range(np[1], s.end)):
                    e = lexicon.cue("so")
                    frames.append(_Frame([k, k + 1], "so", e.connotation, e.explanation, np, (k, s.end),
                                         [f"nachgestellte Quellenangabe: {doc[k:np[1]].text}"], marker="so"))
                continue
            if not np:
                continue
            rest = [doc[m] for m in range(np[1], s.end)]
            if rest and (rest[0].tag_ in FINITE or rest[0].tag_.startswith("V") or rest[0].tag_ in ("PPER", "PRF")):
                continue  # „…, so sagte er“, „so sehr“: an adverb, not a source
            e = lexicon.cue("so")
            frames.append(_Frame([k], "so", e.connotation, e.explanation, np, (k, s.end),
                                 [f"nachgestellte Quellenangabe: so {doc[np[0]:np[1]].text}"], marker="so"))
    return frames


def _verb_cues(tx: _Text, si: int) -> list[tuple[int, lexicon.VerbEntry]]:
    doc = tx.doc
    s = tx.sents[si]
    out = []
    for k in range(s.start, s.end):
        t = doc[k]
        if tx.in_quote[k] or not t.tag_.startswith("VV") or t.tag_ in ("VVIZU",):
            continue
        if t.tag_ == "VVINF" and k > s.start and doc[k - 1].tag_ == "PTKZU":
            continue
        lemma = lexicon.verb_lemma(t)
        if lemma == "geben" and any(doc[m].lower_ == "bekannt" for m in range(k + 1, s.end)):
            lemma = "bekanntgeben"
        e = lexicon.entry(lemma)
        base = getattr(t._, "base_lemma", None) if t.has_extension("base_lemma") else None
        if e is None and base and doc[t._.particle].lower_ in ("weiter", "fort", "wieder", "nochmals"):
            e = lexicon.entry(base)  # „sagte weiter“: the particle adds nothing to the speech act
        if lemma == "heißen" and any(doc[m].lower_ == "es" for m in range(max(s.start, k - 1), min(s.end, k + 2))):
            e = lexicon.cue("heißen")  # „es heißt“, „hieß es“: impersonal source
            out.append((k, lexicon.VerbEntry("heißen", e.connotation, e.explanation, "verb", speech_act=False)))
            continue
        if e is None or e.kind != "verb":
            continue
        out.append((k, e))
    return out


def _complement(tx: _Text, si: int, clause: tuple[int, int], clauses: list[tuple[int, int]], verb: int,
                entry) -> tuple[tuple[int, int] | None, list[str], int | None]:
    """The content a cue introduces: (token range, evidence, quote pair index) or (None, [], None)."""
    doc = tx.doc
    s = tx.sents[si]
    ci = next((i for i, c in enumerate(clauses) if c[0] <= verb < c[1]), 0)
    cs, ce = clause
    # before the cue: „Die Lage sei ernst, sagte er.“ (cue opens its clause after a comma)
    first_fin = next((m for m in range(cs, ce) if doc[m].tag_ in FINITE), None)
    if ci > 0 and doc[cs - 1].text == "," and first_fin == cs:
        a = clauses[0][0] if ci == 1 else clauses[ci - 1][0]
        for pi, (pa, pb) in enumerate(tx.pairs):
            if (pb == cs - 2 or pb == cs - 1) and _starts_content(tx, si, pa):
                return None, ["Redeeinleitung nach Anführungszeichen"], pi
        first_clause = clauses[0]
        nxt = next((m for m in range(verb + 1, ce) if doc[m].tag_ not in ("ADV", "PTKVZ", "ADJD")), None)
        inverted = nxt is not None and (doc[nxt].tag_ in NOUNS | DETS | {"ADJA"} or (
            doc[nxt].tag_ == "PPER" and doc[nxt].lower_ in SUBJECT_PRONOUNS))
        if inverted and doc[first_clause[0]].tag_ not in ("KOUS", "PWAV", "PRELS", "KON", "PWS") and any(
                doc[m].tag_ in FINITE for m in range(*first_clause)) and not any(
                doc[m].tag_ == "PRELS" and doc[m - 1].text == "," for m in range(a + 1, cs - 1)):
            return (a, cs - 1), ["nachgestellte Redeeinleitung"], None
    # after the cue: „…, dass …“, „…, es gebe …“, „…: …“, „…: „…““
    sep_i = None
    for k in range(verb + 1, s.end):
        t = doc[k]
        if tx.in_quote[k]:
            continue  # a title or name in quotation marks inside the frame („im Magazin „PLoS““)
        if t.text in (",", ":"):
            sep_i = k
            break
        if t.tag_ in ("VAFIN", "VMFIN") and doc[verb].tag_ in ("VVPP", "VVINF") and k == verb + 1:
            continue  # „Kritisiert wird …, dass“, „Beschlossen wurde, …“
        if (t.tag_ in FINITE and not tx.in_quote[k]) or (t.tag_ == "KON" and k + 1 < s.end and _is_verb(doc[k + 1])):
            break
    if sep_i is not None:
        sep = doc[sep_i]
        nxt = sep_i + 1 if sep.text in (",", ":") else sep_i
        if nxt < s.end:
            # a quotation right after the frame („sagte er: „…““) belongs to the direct quote
            for pi, (a, _b) in enumerate(tx.pairs):
                if a == nxt:
                    return None, ["Redeeinleitung vor Anführungszeichen"], pi
            end = _content_end(tx, si, nxt, clauses, ci)
            first = doc[nxt]
            if first.lower_ in ("dass", "daß", "ob") or (first.tag_ in ("PWAV", "PWS") and not entry.thinking):
                return (nxt, end), [f"{first.lower_}-Satz nach dem Redeverb"], None
            konj = [doc[m] for m in range(nxt, end) if _konj(doc[m]) and not tx.in_quote[m]]
            if konj:
                return (nxt, end), [f"Konjunktiv: {konj[0].text}", _mood_reason(konj[0])], None
            v2 = next((m for m in range(nxt, min(end, nxt + 8)) if doc[m].tag_ in FINITE), None)
            if sep.text == "," and v2 is not None and v2 > nxt and not tx.in_quote[v2] and (
                    _noun_phrase(doc, nxt, v2) == (nxt, v2) or doc[nxt].tag_ in ("PPER", "PDS", "PIS")) \
                    and doc[nxt].tag_ not in ("PRELS", "KOUS", "PWAV"):
                return (nxt, end), [f"Hauptsatz nach Redeverb und Komma (Indikativ: {doc[v2].text})"], None
            if sep.text == ":" and any(doc[m].tag_ in FINITE for m in range(nxt, end)):
                return (nxt, end), ["Doppelpunkt nach dem Redeverb"], None
            zu = [m for m in range(nxt, end) if doc[m].tag_ in ("VVIZU", "PTKZU")]
            if zu:
                return (nxt, end), ["Infinitiv mit zu nach Forderungsverb"], None
    return None, [], None


def _starts_content(tx: _Text, si: int, open_i: int) -> bool:
    """True when a quotation opens its sentence (or follows a colon or an earlier quotation's frame)."""
    s = tx.sents[si]
    before = [t for t in tx.doc[s.start:open_i] if not _is_punct(t)]
    return not before or (open_i > 0 and tx.doc[open_i - 1].text == ":") or open_i < s.start


def _content_end(tx: _Text, si: int, start: int, clauses, ci: int) -> int:
    """The end of a complement: the sentence end, or before „, und sagte …“ starting a new frame."""
    doc = tx.doc
    s = tx.sents[si]
    for k in range(start + 1, s.end):
        t = doc[k]
        if tx.in_quote[k]:
            continue
        if t.lower_ in CLAUSE_KON and k + 1 < s.end and doc[k + 1].tag_ in FINITE and k > start + 1 and (
            doc[k - 1].text == "," or doc[k + 1].tag_.startswith("VV")
        ):
            e = lexicon.entry(lexicon.verb_lemma(doc[k + 1]))
            if e is not None or doc[k - 1].text == ",":
                return k - 1 if doc[k - 1].text == "," else k
        if t.text == "," and k + 1 < s.end and doc[k + 1].tag_ in FINITE:
            e = lexicon.entry(lexicon.verb_lemma(doc[k + 1]))
            if e is not None:
                return k
    return s.end


def _previous_clause_subject(tx: _Text, clauses, clause) -> tuple[int, int] | None:
    """„biss der Randalierer den Fluggast und rief: …“: the coordinated verb shares the earlier subject."""
    doc = tx.doc
    earlier = [c for c in clauses if c[1] <= clause[0]]
    for c in reversed(earlier):
        fin = next((k for k in range(*c) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
        if fin is None:
            continue
        subj = _subject(tx, c, fin)
        return subj if isinstance(subj, tuple) else None
    return None


def _wie_start(tx: _Text, si: int, verb: int) -> int | None:
    """Start of a „wie X sagte“ clause holding ``verb``, or None."""
    doc = tx.doc
    s = tx.sents[si]
    for k in range(verb - 1, s.start - 1, -1):
        t = doc[k]
        if t.lower_ == "wie" and (k == s.start or doc[k - 1].text == ","):
            return k
        if t.tag_ in FINITE or tx.in_quote[k] or t.text in (":", ";"):
            return None
    return None


def _clause_stop(tx: _Text, si: int, verb: int) -> int:
    doc = tx.doc
    s = tx.sents[si]
    for k in range(verb + 1, s.end):
        if doc[k].text in (",", ";", ":") or _is_punct(doc[k]) and doc[k].tag_ == "$.":
            return k
    return s.end


def _pp_source(doc, clause: tuple[int, int]) -> tuple[int, int] | None:
    """„Im Bericht heißt es …“, „Aus dem Ministerium hieß es …“: the source inside the prepositional phrase."""
    for k in range(*clause):
        if doc[k].lower_ in ("in", "im", "aus", "von", "vom", "seitens") and k + 1 < clause[1]:
            np = _noun_phrase(doc, k + 1, clause[1])
            if np:
                return np
    return None


def _agentless_passive(doc, clause: tuple[int, int], verb: int) -> bool:
    """„Die Verteilung wurde untersagt“: a passive without „von/durch X“ names no speaker."""
    if doc[verb].tag_ != "VVPP":
        return False
    toks = [doc[k] for k in range(*clause)]
    if not any(t.lemma_ == "werden" and t.tag_.startswith("VA") for t in toks):
        return False
    return not any(t.lower_ in ("von", "vom", "durch", "seitens") for t in toks)


def _unperformed_act(doc, clause: tuple[int, int], verb: int) -> bool:
    """„will … fordern“, „um … zu fordern“: an intended speech act is no report of one that took place.
    ``clause`` reaches back over coordinated clauses that share the subject (and with it the auxiliary)."""
    t = doc[verb]
    if t.tag_ == "VVIZU" or (verb > 0 and doc[verb - 1].tag_ == "PTKZU"):
        return True
    if t.tag_ == "VVPP" and not any(doc[k].tag_ in ("VAFIN", "VAINF") and doc[k].lemma_ in ("haben", "werden")
                                    for k in range(*clause)):
        return True  # „die geforderte Reform“, „ist gewarnt“, „wie angekündigt“: no perfect or passive of an act
    # the infinitive looks like the plural present („die … auffordern“): only a modal or „werden“ decides
    return t.lower_ == t.lemma_.lower() and any(
        doc[k].tag_.startswith("VM") or (doc[k].tag_ == "VAFIN" and doc[k].lemma_ == "werden") for k in range(*clause))


def _thing_relative(doc, clause: tuple[int, int], subj, floor: int) -> bool:
    """„Umfragen, die … warnen“: a relative clause whose pronoun stands for a thing, not a person or group."""
    rel = clause[0] + (1 if doc[clause[0]].tag_ in ("APPR", "APPRART") else 0)
    if not isinstance(subj, tuple) or rel >= clause[1] or doc[rel].tag_ not in ("PRELS", "PRELAT"):
        return False
    ante = subj
    if subj[0] == rel:
        comma = clause[0] - 1
        ante = _antecedent(doc, comma, floor) if comma > floor and doc[comma].text == "," else None
    return ante is not None and not _person_like(doc, ante) and not any(
        doc[k].ent_type_ in ("PER", "ORG") or doc[k].lower_.endswith(ROLE_SUFFIXES) for k in range(*ante))


def _set_phrase(doc, verb: int) -> bool:
    """Fixed phrases that only look like speech: „genauer gesagt“, „sozusagen“."""
    return verb > 0 and doc[verb].lower_ == "gesagt" and doc[verb - 1].lower_ in (
        "genauer", "anders", "offen", "ehrlich", "kurz", "so", "gesagt")


def _sentence_frames(tx: _Text, si: int) -> list[_Draft]:
    """Indirect and reported speech of one sentence (source markers and reporting verbs)."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    markers = _marker_frames(tx, si)
    cues = _verb_cues(tx, si)
    drafts: list[_Draft] = []
    covered: list[tuple[int, int]] = []
    prev_speaker: tuple[int, int] | None = None
    speech_frames: list[_Frame] = []
    cue_idx = {v for v, _e in cues}
    for verb, entry in cues:
        if any(a <= verb < b for a, b in covered):
            continue
        clause = next((c for c in clauses if c[0] <= verb < c[1]), (s.start, s.end))
        wie = _wie_start(tx, si, verb)
        if wie is not None:
            clause = (wie, _clause_stop(tx, si, verb))
        subj = _subject(tx, clause, verb)
        if entry.lemma == "heißen" and not isinstance(subj, tuple):
            subj = _pp_source(doc, clause)
        shared = subj == "shared"
        if shared:
            subj = prev_speaker or _previous_clause_subject(tx, clauses, clause)
        ev = [f"Redeverb: {entry.lemma}"]
        frame = _Frame(_cue_tokens(doc, verb), entry.lemma, entry.connotation, entry.explanation, subj, clause, ev,
                       shared_speaker=shared)
        if doc[clause[0]].lower_ == "wie" and clause[0] <= verb:
            # „Die Lage ist, wie der Sprecher sagte, ernst.“: the rest of the sentence is the content
            pieces = [_trim(doc, s.start, clause[0]), _trim(doc, clause[1], s.end)]
            pieces = [(a, b) for a, b in pieces if b > a]
            if pieces and not any(tx.in_quote[k] for a, b in pieces for k in range(a, b)):
                drafts.append(_Draft("indirect", pieces, frame, ev + ["Quellenangabe im wie-Satz"], si))
                covered.extend(pieces)
                speech_frames.append(frame)
                if isinstance(subj, tuple):
                    prev_speaker = subj
                continue
        comp, cev, pair = _complement(tx, si, clause, clauses, verb, entry)
        if comp is not None and doc[comp[0]].tag_ == "KOUS" \
                and doc[comp[0]].lower_ not in {"dass", "daß", "wenn", "als"} | CONDITIONAL \
                and any(k in cue_idx and k != verb and not tx.in_quote[k] and k + 1 < comp[1] and doc[k + 1].text == ","
                        for k in range(*comp)):
            comp = None  # „…, indem er sagte, …“: the subordinate clause has its own speech verb and content
        if comp is None and pair is None and doc[clause[0]].lower_ in ("das", "dies", "dieses") \
                and doc[clause[0]].tag_ in ("PDS", "ART") and clause[0] + 1 < len(doc) and doc[clause[0] + 1].i == verb \
                and si > 0 and isinstance(subj, tuple) and subj[0] > verb:
            # „Das erklärte ein Sprecher.“: the previous sentence is the content
            prev = tx.sents[si - 1]
            a, b = _trim(doc, prev.start, prev.end)
            if b > a and not any(tx.in_quote[k] for k in range(a, b)):
                drafts.append(_Draft("indirect", [(a, b)], frame, ev + [f"„{doc[clause[0]].text}“ verweist auf den vorigen Satz"],
                                     si - 1))
                speech_frames.append(frame)
                prev_speaker = subj
                continue
        if pair is not None:
            frame.evidence += cev
            speech_frames.append(frame)
            tx.pair_frames[pair] = frame
            prev_speaker = subj if isinstance(subj, tuple) else prev_speaker
            continue
        if comp is not None:
            a, b = _trim(doc, *comp)
            if b > a:
                drafts.append(_Draft("indirect", [(a, b)], frame, ev + cev, si))
                covered.append((a, b))
                speech_frames.append(frame)
        elif (entry.speech_act and not entry.thinking or entry.lemma in OPINION_ACTS) and entry.kind == "verb" \
                and subj is not None \
                and not _agentless_passive(doc, clause, verb) and not _set_phrase(doc, verb) \
                and not _unperformed_act(doc, (s.start, clause[1]) if shared else clause, verb) \
                and not _thing_relative(doc, clause, subj, s.start):
            end = clause[1]
            absorbed = False
            if doc[clause[0]].tag_ not in ("PRELS", "PRELAT", "KOUS"):
                # a reported speech act reaches to the sentence end, up to the next frame or quotation
                for c in clauses:
                    if c[0] < clause[1]:
                        continue
                    if c[0] == end + 1 and doc[c[0]].tag_ in ("PRELS", "PRELAT") and not any(tx.in_quote[k] for k in range(*c)) \
                            and not any(c[0] <= m.cue_tokens[0] < c[1] for m in markers):
                        end, absorbed = c[1], True  # „X fordert Regeln, die vor Zucker warnen“: the relative clause is part of it
                        continue
                    if any(k in cue_idx or tx.in_quote[k] for k in range(*c)) or any(
                            c[0] <= m.cue_tokens[0] < c[1] for m in markers):
                        break
                    end = c[1]
            start = clause[0]
            if start > s.start and doc[start].tag_ in FINITE and doc[start - 1].text == "," and not any(
                    k in cue_idx or tx.in_quote[k] for k in range(s.start, start)) and not covered:
                start = s.start  # „Nachdem …, forderte X …“: the subordinate clause is the Vorfeld of the report
            a, b = _trim(doc, start, end)
            if b > a:
                drafts.append(_Draft("reported", [(a, b)], frame, ev + ["Sprechhandlung ohne wiedergegebenen Inhalt"], si))
                speech_frames.append(frame)
                if absorbed:
                    covered.append((a, b))
        elif entry.kind == "verb" and entry.needs_content and isinstance(subj, tuple):
            # no speech report of its own, but it names who speaks next („X äußerte sich. Es sei …“)
            drafts.append(_Draft("context", [clause], frame, [], si))
        if isinstance(subj, tuple):
            prev_speaker = subj
    # source markers: relay when another frame names its own speaker, else the marker's source speaks
    for m in markers:
        if any(m.cue_tokens[0] >= a and m.cue_tokens[0] < b for a, b in covered):
            continue
        others = [f for f in speech_frames if f.speaker and f.speaker != m.speaker]
        if others and m.marker in ("laut", "zufolge", "nach"):
            for f in others:
                f.relay = m.speaker
                f.evidence.append(f"Weitergegeben über: {doc[m.clause[0]:m.clause[1]].text}")
            continue
        if m.marker in ("wonach", "demnach"):
            if any(f.cue_tokens[0] in range(s.start, s.end) for f in speech_frames):
                continue
            a, b = _trim(doc, *(m.content or (s.start, s.end)))
            if any(s2 <= a < e2 or s2 < b <= e2 for s2, e2 in covered):
                continue
        elif m.marker == "so":
            pair = next((pi for pi, (a, b) in enumerate(tx.pairs) if b in (m.cue_tokens[0] - 2, m.cue_tokens[0] - 1)
                         and _starts_content(tx, si, a)), None)
            if pair is not None:
                tx.pair_frames[pair] = m
                continue
            a, b = _trim(doc, s.start, m.cue_tokens[0] - 1)
        else:
            lo, hi = s.start, s.end
            host = next((c for c in tx.clauses(si) if c[0] <= m.cue_tokens[0] < c[1]), None)
            if host is not None and doc[host[0]].tag_ in ("PRELS", "PRELAT", "KOUS") and host[0] > s.start:
                lo, hi = host  # a source marker inside a subordinate clause vouches only for that clause
            rest = [(lo, max(lo, m.clause[0])), (min(hi, m.clause[1]), hi)]
            pieces = [_trim(doc, a, b) for a, b in rest]
            pieces = [(a, b) for a, b in pieces if b > a and any(not _is_punct(doc[k]) for k in range(a, b))]
            if not pieces:
                continue
            a, b = pieces[0][0], pieces[-1][1]
            if len(pieces) == 2 and pieces[0][1] - pieces[0][0] <= 2 and doc[pieces[0][0]].tag_ in ("ADV", "KON"):
                a = pieces[1][0]
            if any(s2 <= a < e2 or s2 < b <= e2 for s2, e2 in covered):
                continue
        if b > a:
            drafts.append(_Draft("indirect", [(a, b)], m, list(m.evidence), si))
            covered.append((a, b))
    return drafts


def _direct_quotes(tx: _Text, pairs, drafts: list[_Draft]) -> list[_Draft]:
    doc = tx.doc
    claimed = tx.pair_frames
    out: list[_Draft] = []
    skip_next = set()
    for pi, (a, b, closed) in enumerate(pairs):
        if pi in skip_next:
            continue
        si = tx.sent_of[a]
        inner = [doc[k] for k in range(a + 1, b + (0 if closed else 1)) if not _is_punct(doc[k])]
        words = len(inner)
        if words == 0:
            continue
        has_fin = any(t.tag_ in FINITE for t in inner)
        ev = ["Anführungszeichen" + ("" if closed else " (nicht geschlossen)")]
        frame = claimed.get(pi)
        s = tx.sents[si]
        # colon introduction: „Merkel: „…““
        if frame is None and a > s.start and doc[a - 1].text == ":":
            cs = s.start
            np = _noun_phrase(doc, cs, a - 1)
            # „Merkel: „…““ or „Koppelin wörtlich: „…““: only a noun phrase (and an adverb) before the colon
            if np and a - 1 - np[1] <= 2 and all(doc[k].tag_ in ("ADV", "ADJD") for k in range(np[1], a - 1)):
                frame = _Frame([a - 1], ":", None, "", np, (cs, a - 1), ["Doppelpunkt-Einleitung: Sprecher vor dem Doppelpunkt"],
                               marker="colon")
            elif (same := [d for d in drafts if d.sentence == si and d.frame is not None
                           and isinstance(d.frame.speaker, tuple) and d.tokens[-1][1] <= a]):
                frame = same[-1].frame  # „…, so Elshorst weiter: „…““: the report before the colon names the speaker
                ev.append("Doppelpunkt nach einer Redewiedergabe desselben Sprechers")
            else:
                # „Die Firma empfindet die Kritik als ungerecht: „…““: the subject of the introducing clause speaks
                clauses = tx.clauses(si)
                clause = next((c for c in clauses if c[0] <= a - 2 < c[1]), (cs, a - 1))
                fin = next((k for k in range(clause[0], min(clause[1], a - 1)) if doc[k].tag_ in FINITE), None)
                subj = _subject(tx, (clause[0], min(clause[1], a - 1)), fin) if fin is not None else None
                if isinstance(subj, tuple):
                    frame = _Frame([a - 1], ":", None, "", subj, clause,
                                   ["Doppelpunkt-Einleitung: Subjekt des einleitenden Satzes spricht"], marker="colon")
        enclosing = next((d for d in drafts if d.kind == "indirect" and d.tokens[0][0] <= a and b < d.tokens[-1][1] + 2), None)
        if (frame is None or frame.marker != "colon") and closed and _name_like(tx, a, b) and not _starts_content(tx, si, a):
            continue
        if frame is None and enclosing is None and not _looks_like_quotation(tx, a, b, words, has_fin):
            continue
        spans = [(a, b + 1)]
        # interrupted quotation: „…“, sagte X, „…“
        if closed and frame is not None and pi + 1 < len(pairs):
            na, nb, nclosed = pairs[pi + 1]
            gap = [doc[k] for k in range(b + 1, na)]
            if tx.sent_of[na] == si or (gap and gap[-1].text in (",", ":")):
                if gap and gap[-1].text == "," and len(gap) <= 12 and any(t.i in frame.cue_tokens for t in gap):
                    spans.append((na, nb + 1))
                    skip_next.add(pi + 1)
                    ev.append("unterbrochenes Zitat: Redeeinleitung zwischen zwei Teilen")
        if frame is None and enclosing is None and closed:
            frame = _trailing_frame(tx, b)
            if frame is not None:
                ev.append("Verb mit Sprecher direkt nach dem Zitat")
        if frame is None and enclosing is None:
            frame = _sentence_frame(tx, si, drafts, a)
            if frame is not None:
                ev.append("Redeverb im selben Satz")
        d = _Draft("direct", spans, frame, ev + (frame.evidence if frame else []), si)
        if frame is None and enclosing is not None:
            d.frame = enclosing.frame
            d.evidence.append("wörtliches Teilzitat in indirekter Rede")
            # the indirect clause is only the frame of this quotation when nothing else is reported
            rest = [doc[k] for k in range(enclosing.tokens[0][0], enclosing.tokens[-1][1])
                    if not (a <= k <= b) and not _is_punct(doc[k]) and doc[k].lower_ not in ("dass", "daß")]
            if not rest:
                drafts.remove(enclosing)
                d.evidence.append("dass-Satz besteht nur aus dem Zitat")
        out.append(d)
    return out


def _trailing_frame(tx: _Text, close: int) -> _Frame | None:
    """„„…“, strich die Ministerin heraus“: a finite verb right after the quotation and a comma, with a
    person as its subject, frames the quotation even when the verb is not in the lexicon."""
    doc = tx.doc
    v = close + 2
    if v >= len(doc) or doc[close + 1].text != "," or doc[v].tag_ != "VVFIN" or tx.in_quote[v] \
            or tx.sent_of[v] != tx.sent_of[close] and tx.sent_of[close + 1] != tx.sent_of[close]:
        return None
    si = tx.sent_of[v]
    clause = next((c for c in tx.clauses(si) if c[0] <= v < c[1]), None)
    if clause is None:
        return None
    subj = _mittelfeld_subject(tx, clause, v)
    if subj is None or not _person_like(doc, subj):
        return None
    return _verb_frame(doc, v, subj, clause, [f"Redeeinleitung nach dem Zitat: {doc[v].text}"])


def _sentence_frame(tx: _Text, si: int, drafts: list[_Draft], at: int) -> _Frame | None:
    """A frame for a quotation inside a sentence that reports speech („nannte die Zahlen „aus der Luft gegriffen““)."""
    same = [d for d in drafts if d.sentence == si and d.frame is not None and d.frame.speaker is not None]
    if same:
        return same[0].frame
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    for k in range(s.start, s.end):
        t = doc[k]
        if tx.in_quote[k] or not t.tag_.startswith("VV") or k > at + 30:
            continue
        e = lexicon.entry(lexicon.verb_lemma(t))
        if e is None or e.kind != "verb":
            continue
        clause = next((c for c in clauses if c[0] <= k < c[1]), (s.start, s.end))
        subj = _subject(tx, clause, k)
        if isinstance(subj, tuple):
            return _Frame([k], e.lemma, e.connotation, e.explanation, subj, clause, [f"Redeverb: {e.lemma}"])
    return None


def _looks_like_quotation(tx: _Text, a: int, b: int, words: int, has_fin: bool) -> bool:
    """Tell a quotation from a title, name or scare quotes („Firefox“): length, verb, context."""
    doc = tx.doc
    si = tx.sent_of[a]
    s = tx.sents[si]
    before = doc[a - 1] if a > s.start else None
    if before is not None and (before.lower_ in TITLE_NOUNS or before.lower_.rstrip("s") in TITLE_NOUNS
                               or (before.tag_ == "NN" and before.lower_.endswith(TITLE_SUFFIXES))):
        return False
    whole = a == s.start or (before is not None and before.text in (":",))
    if has_fin and words >= 3:
        return True
    if words >= 3 and doc[a + 1].text[:1].islower():
        return True  # a lower-case fragment of several words is someone's wording, not a title
    if whole and words >= 4:
        return True
    # a short fragment in a speech act's clause: „bezeichnete die Pläne als „Wortbruch““
    if words >= 1:
        clause_cues = [k for k in range(s.start, s.end) if not tx.in_quote[k] and doc[k].tag_.startswith("VV")
                       and (e := lexicon.entry(lexicon.verb_lemma(doc[k]))) is not None and e.kind == "verb"
                       and not e.thinking]
        if clause_cues and all(doc[k].tag_ != "NE" for k in range(a + 1, b)) and (
                words >= 2 or doc[a + 1].text[:1].islower() or lexicon.verb_lemma(doc[clause_cues[0]]) in FRAGMENT_CUES):
            return True
    return False


def _name_like(tx: _Text, a: int, b: int) -> bool:
    """„Der Spiegel“, „BBC News“, „Ärzte ohne Grenzen“: capitalised words without a verb name something."""
    doc = tx.doc
    inner = [doc[k] for k in range(a + 1, b) if not _is_punct(doc[k])]
    if not inner or len(inner) > 7 or any(t.tag_ in FINITE for t in inner):
        return False
    content = [t for t in inner if t.lower_ not in NAME_FUNCTION_WORDS]
    return bool(content) and all(t.text[:1].isupper() or t.text[:1].isdigit() for t in content) and len(inner) >= 1 \
        and inner[0].text[:1].isupper() and any(t.tag_ in ("NE", "FM") or t.lower_ in NAME_FUNCTION_WORDS
                                                 for t in inner) | (len(inner) >= 2)


def _actor_of_sentence(tx: _Text, si: int) -> tuple[int, int] | None:
    """The subject of a sentence when it names a person or organisation („Das Robert-Koch-Institut sieht …“)."""
    doc = tx.doc
    s = tx.sents[si]
    fin = next((k for k in range(s.start, s.end) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    if fin is None:
        return None
    clause = next((c for c in tx.clauses(si) if c[0] <= fin < c[1]), (s.start, s.end))
    subj = _subject(tx, clause, fin)
    if not isinstance(subj, tuple):
        return None
    toks = [doc[k] for k in range(*subj)]
    if any(t.tag_ == "NE" or t.ent_type_ in ("PER", "ORG") or (t.tag_ == "NN" and t.lower_.endswith(ROLE_SUFFIXES))
           or (t.tag_ == "NN" and any(w in t.lower_ for w in ORG_WORDS)) for t in toks):
        return subj
    return None


def _own_frame(tx: _Text, si: int) -> tuple[_Frame, tuple[int, int]] | None:
    """„Die Expertin kam zu dem Ergebnis, dass es … gebe“: an indicative clause with a person as subject
    introduces the Konjunktiv content that follows it; that person speaks, the rest is the content."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    if len(clauses) < 2:
        return None
    c0, nxt = clauses[0], clauses[1]
    fin = next((k for k in range(*c0) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    if fin is None or _konj(doc[fin]) or doc[nxt[0] - 1].text != ",":
        return None
    wie = doc[c0[0]].lower_ == "wie"
    if not (wie or doc[nxt[0]].lower_ in ("dass", "daß", "ob")
            or any(doc[k].tag_ in FINITE and _konj(doc[k]) for k in range(*nxt))):
        return None
    subj = _subject(tx, c0, fin)
    if not isinstance(subj, tuple) or not (_person_like(doc, subj) or doc[subj[0]].lower_ in GROUP_PRONOUNS):
        return None
    a, b = _trim(doc, nxt[0], s.end)
    if b <= a:
        return None
    frame = _verb_frame(doc, fin, subj, c0, [f"Einleitender Satz mit Subjekt: {doc[subj[0]:subj[1]].text}"])
    return frame, (a, b)


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


def _free_indirect(tx: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """Konjunktiv sentences without a frame that continue the last speaker (freie indirekte Rede)."""
    doc = tx.doc
    by_sent: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_sent.setdefault(d.sentence, []).append(d)
    out: list[_Draft] = []
    last: _Draft | None = None
    last_si = -10
    for si, s in enumerate(tx.sents):
        real = [d for d in by_sent.get(si, []) if d.kind != "context"]
        if real:
            last = real[-1]
            last_si = si
            continue
        fins = [doc[k] for k in range(s.start, s.end) if doc[k].tag_ in FINITE and not tx.in_quote[k]]
        if si in by_sent and not any(_konj(t) for t in fins):
            last = by_sent[si][-1]  # a speech verb without content names the next speaker
            last_si = si
            continue
        if not fins:
            continue
        k1 = [t for t in fins if _konj1(t)]
        k2 = [t for t in fins if _konj(t) and not _konj1(t)]
        first = doc[s.start].lower_
        conditional = first in CONDITIONAL or any(doc[k].lower_ in ("wenn", "falls") for k in range(s.start, s.end))
        soll = [t for t in fins if t.lower_ in ("soll", "sollen") and any(
            doc[k].tag_ in ("VAINF",) and doc[k].lower_ in ("haben", "sein") for k in range(t.i + 1, s.end))]
        near = last is not None and si - last_si <= 5
        if not soll and last is not None and si - last_si <= 1:
            # „Unter den Toten soll auch ein Kind sein.“ right after a report: hearsay continues
            soll = [t for t in fins if t.lower_ in ("soll", "sollen") and any(
                doc[k].tag_ in ("VVINF", "VAINF") for k in range(t.i + 1, s.end))]
        reason = None
        if k1 and not (first in CONDITIONAL and len(k1) == len(fins)):
            reason = [f"Konjunktiv I ohne Redeeinleitung: {k1[0].text}", _mood_reason(k1[0])]
        elif k2 and near and si - last_si <= 3 and not conditional and last.kind != "direct":
            reason = [f"Konjunktiv II als Ersatzform ohne Redeeinleitung: {k2[0].text}"]
        elif soll:
            reason = [f"„{soll[0].text}“ + Infinitiv: Behauptung vom Hörensagen"]
        if reason is None:
            continue
        a, b = _trim(doc, s.start, s.end)
        if b <= a:
            continue
        own = _own_frame(tx, si)
        if own is not None:
            frame, content = own
            d = _Draft("indirect", [content], frame, frame.evidence + reason, si)
            out.append(d)
            last, last_si = d, si
            continue
        d = _Draft("free_indirect", [(a, b)], None, reason, si)
        actor = _actor_of_sentence(tx, si - 1) if si > 0 and (last is None or last_si < si - 1) else None
        if actor is not None:
            d.frame = _Frame([], "", None, "", actor, (actor[0], actor[1]), [])
            d.evidence.append("Sprecher: Handelnder des vorigen Satzes")
        elif near and last.frame is not None and isinstance(last.frame.relay, tuple):
            # „Nach dem Bericht von X sollen die Rebellen … verbreitet haben. Es gebe …“: the report goes on
            relay = last.frame.relay
            d.frame = _Frame([], "", None, "", relay, relay, [])
            d.evidence.append("Sprecher: Quelle des vorigen Berichts")
        elif near:
            d.carried_from = drafts.index(last) if last in drafts else None
            d.frame = last.frame
            d.evidence.append("Sprecher aus dem vorigen Satz übernommen")
        out.append(d)
        last, last_si = d, si
    return out


def _finish(tx: _Text, drafts: list[_Draft]) -> list[Quote]:
    """Resolve speakers (carry-over, pronouns, surnames) and build the ``Quote`` records."""
    doc = tx.doc
    text = doc.text
    full_names = _full_names(doc)
    history: list[tuple[int, Speaker, str | None]] = []  # (sentence, speaker, gender)
    quotes: list[Quote] = []
    prev: Quote | None = None
    prev_sent = -10
    for d in drafts:
        frame = d.frame
        speaker: Speaker | None = None
        if frame is not None and frame.marker in ("wonach", "demnach") and isinstance(frame.speaker, tuple):
            # the anaphoric marker is the mention; the name comes from what it points back to
            a0 = frame.speaker[0]
            span = (doc[a0].idx, doc[a0].idx + len(doc[a0].text))
            if frame.antecedent is not None:
                ref = _make_speaker(tx, frame.antecedent, full_names, history, d)
            else:
                ref = history[-1][1] if history and d.sentence - tx.sent_of[_tok_range(doc, history[-1][1].spans[0])[0]] <= 3 \
                    else None
            speaker = Speaker([span], doc[a0].text, ref.name if ref else "", ref.kind if ref else "anonymous")
            if ref is not None:
                d.evidence.append(f"„{doc[a0].text}“ verweist auf {ref.name or ref.text}")
        elif frame is not None and isinstance(frame.speaker, tuple):
            speaker = _make_speaker(tx, frame.speaker, full_names, history, d)
        elif frame is not None and prev is not None and prev.speaker and d.sentence - prev_sent <= 1:
            speaker = prev.speaker
            d.evidence.append("Sprecher aus dem vorigen Zitat übernommen")
        elif d.kind == "direct" and frame is None and prev is not None and d.sentence - prev_sent <= 1 and prev.speaker:
            speaker = prev.speaker
            d.evidence.append("Anschlusszitat ohne eigene Redeeinleitung: Sprecher des vorigen Zitats")
        elif d.kind == "direct" and frame is None and d.sentence > 0 and (
                actor := _actor_of_sentence(tx, d.sentence - 1)) is not None and _starts_content(tx, d.sentence, d.tokens[0][0]):
            speaker = _make_speaker(tx, actor, full_names, history, d)
            d.evidence.append("Sprecher: Handelnder des vorigen Satzes")
        elif d.kind == "direct" and frame is None and history and d.sentence - tx.sent_of[_tok_range(doc, history[-1][1].spans[0])[0]] <= 2:
            speaker = history[-1][1]
            d.evidence.append("Sprecher aus dem Zusammenhang (zuletzt genannter Sprecher)")
        if speaker is not None and (frame is None or d.kind == "free_indirect" or frame.marker == "colon"):
            speaker = _nearest_mention(tx, speaker, d)
        cue = None
        relay = None
        if frame is not None and frame.cue_tokens and d.kind != "free_indirect":
            cue = _make_cue(doc, frame)  # free indirect speech has no cue of its own
            if isinstance(frame.relay, tuple):
                relay = _make_speaker(tx, frame.relay, full_names, [], d)
        if speaker is not None and frame is not None and frame.shared_speaker:
            d.evidence.append("Sprecher aus dem vorigen Satzteil (gemeinsames Subjekt)")
        spans = [(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)) for a, b in d.tokens]
        qtext = " … ".join(text[s:e] for s, e in spans)
        q = Quote(d.kind, spans, qtext, speaker, cue, relay, list(dict.fromkeys(d.evidence)), d.sentence)
        quotes.append(q)
        if speaker is not None:
            history.append((speaker.spans[0][0], speaker, _gender(doc, _tok_range(doc, speaker.spans[0]))))
        prev, prev_sent = q, tx.sent_of[d.tokens[-1][1] - 1]
    return quotes


def _nearest_mention(tx: _Text, speaker: Speaker, d: _Draft) -> Speaker:
    """A carried-over speaker is shown at their latest mention before the quotation („… sieht Osterloh …“)."""
    doc = tx.doc
    if not speaker.name:
        return speaker
    last = speaker.name.split()[-1]
    start_tok = d.tokens[0][0]
    floor = tx.sents[max(0, d.sentence - 1)].start
    for k in range(start_tok - 1, floor - 1, -1):
        if tx.in_quote[k] or doc[k].text not in (last, last + "s"):
            continue
        if doc[k].idx < speaker.spans[-1][1]:
            return speaker  # the mention we have is already the latest one
        a = k
        while a > floor and doc[a - 1].tag_ == "NE" and not tx.in_quote[a - 1]:
            a -= 1
        span = (doc[a].idx, doc[k].idx + len(doc[k].text))
        d.evidence.append(f"zuletzt genannt als „{doc.text[span[0]:span[1]]}“")
        return Speaker([span], doc.text[span[0]:span[1]], speaker.name, speaker.kind)
    return speaker


def _tok_range(doc, span: tuple[int, int]) -> tuple[int, int]:
    s = doc.char_span(span[0], span[1], alignment_mode="expand")
    return (s.start, s.end) if s is not None else (0, 0)


def _full_names(doc) -> dict[str, str]:
    """Surname → full name for every run of two or more proper nouns („Alexander Lukaschenko“)."""
    names: dict[str, str] = {}
    run: list = []
    for t in [*doc, None]:
        if t is not None and t.tag_ == "NE" and t.text[:1].isupper() and not t.text.isupper():
            run.append(t)
            continue
        if len(run) >= 2:
            full = " ".join(x.text for x in run)
            names.setdefault(run[-1].text, full)
            names.setdefault(run[-1].text + "s", full)
        run = []
    return names


def _make_speaker(tx: _Text, rng: tuple[int, int], full_names, history, d: _Draft) -> Speaker:
    doc = tx.doc
    a, b = rng
    mention_text = doc.text[doc[a].idx:doc[b - 1].idx + len(doc[b - 1].text)]
    span = (doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text))
    name, _ = _name_parts(doc, rng)
    ents = [e for e in doc.ents if e.start >= a and e.end <= b and e.label_ in ("PER", "ORG")]
    if ents:
        persons = [e for e in ents if e.label_ == "PER"]
        ent = persons[0] if persons else ents[-1]
        canonical = getattr(ent._, "canonical", None) if ent.has_extension("canonical") else None
        name = canonical or ent.text
    if b - a == 1 and doc[a].tag_ in ("PRELS", "PRELAT") and a > 0 and doc[a - 1].text == ",":
        ante = _antecedent(doc, a - 1, tx.sents[tx.sent_of[a]].start)
        if ante is not None:
            ref = _make_speaker(tx, ante, full_names, history, d)
            d.evidence.append(f"Relativpronomen „{mention_text}“ → {ref.name or ref.text}")
            return Speaker([span], mention_text, ref.name or ref.text, ref.kind)
    if b - a == 1 and doc[a].tag_ in ("PPER",) and doc[a].lower_ in ("er", "sie"):
        found = _resolve_pronoun(tx, a, history)
        if found is not None:
            d.evidence.append(f"Pronomen „{mention_text}“ → {found[0]}")
            return Speaker([span], mention_text, found[0], found[1])
        return Speaker([span], mention_text, "", "anonymous")
    if name:
        full = full_names.get(name.split()[-1], name) if len(name.split()) == 1 else name
        if full.endswith("s") and full[:-1] in full_names.values():
            full = full[:-1]
        kind = _speaker_kind(doc, rng, name)
        return Speaker([span], mention_text, full, kind)
    kind = _speaker_kind(doc, rng, "")
    if kind == "anonymous" and d.frame is not None and doc[a].lower_ not in ("ein", "eine", "einer", "man"):
        fin = [doc[k] for k in d.frame.cue_tokens if doc[k].tag_ in FINITE]
        if fin and fin[0].lower_.endswith("en"):
            kind = "group"
    words = mention_text.split()
    if words and words[0].lower() in ("der", "die", "das", "den", "dem", "des"):
        words = words[1:]
    base = " ".join(words) or mention_text
    # a role noun alone („die Sprecherin“): the last named speaker with that role in the text
    for _si, sp, _g in reversed(history):
        if sp.name and base and base.lower() in sp.text.lower() and sp.name != base:
            d.evidence.append(f"Rolle „{mention_text}“ → {sp.name}")
            return Speaker([span], mention_text, sp.name, sp.kind)
    return Speaker([span], mention_text, base, kind)


def _ent_gender(doc, ent) -> str | None:
    if ent.start > 0 and doc[ent.start - 1].tag_ == "NN":
        g = _gender(doc, (ent.start - 1, ent.start))
        if g:
            return g
    first = ent[0].text
    return "f" if len(ent) > 1 and first.endswith("a") else None


def _resolve_pronoun(tx: _Text, i: int, history) -> tuple[str, str] | None:
    """The antecedent of „er“/„sie“: the nearest earlier speaker or person whose gender fits."""
    doc = tx.doc
    pron = doc[i].lower_
    verb = next((doc[k] for k in (i - 1, i + 1) if 0 <= k < len(doc) and doc[k].tag_ in FINITE), None)
    plural = pron == "sie" and verb is not None and verb.lower_.endswith(("en", "ten")) and not doc[i].text.istitle() \
        or (pron == "sie" and verb is not None and verb.lower_.endswith("ten"))
    want = "m" if pron == "er" else "f"
    start = doc[i].idx
    cands = [(sp.spans[0][0], sp.name, sp.kind, g) for _pos, sp, g in history if sp.name and sp.spans[0][0] < start]
    for ent in doc.ents:
        if ent.label_ == "PER" and ent.end_char <= start:
            canonical = getattr(ent._, "canonical", None) if ent.has_extension("canonical") else None
            cands.append((ent.start_char, canonical or ent.text, "person", _ent_gender(doc, ent)))
    for _pos, name, kind, gender in sorted(cands, key=lambda c: -c[0]):
        if plural:
            if kind in ("group", "organisation"):
                return name, kind
            continue
        if kind in ("person", "anonymous") and gender in (want, None):
            return name, kind
        if want == "f" and kind == "organisation":
            return name, kind
    return None


def _make_cue(doc, frame: _Frame) -> Cue:
    toks = sorted(frame.cue_tokens)
    spans = [(doc[k].idx, doc[k].idx + len(doc[k].text)) for k in toks]
    # adjacent tokens form one span („nach Angaben“)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s - merged[-1][1] <= 1 and toks:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    text = " … ".join(doc.text[s:e] for s, e in merged)
    return Cue(merged, text, frame.lemma, frame.connotation, frame.explanation)
