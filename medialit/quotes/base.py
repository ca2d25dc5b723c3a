"""Shared pieces of the quotation rules: STTS token classes, word lists, frames, drafts and the sentence view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from medialit import verbs as lexicon
from medialit.nlp.entities import PARTICIPLE_SENDER
from medialit.nlp.gazetteers import load_gazetteers
from medialit.nlp.tokenizer import QUOTE_CHARS

NOUNS = {"NN", "NE", "FM"}


DETS = {"ART", "PPOSAT", "PDAT", "PIAT", "PIDAT", "PWAT", "CARD"}


FINITE = {"VVFIN", "VAFIN", "VMFIN"}


SUBJECT_PRONOUNS = {"er", "sie", "ich", "wir", "ihr", "man", "du"}


SUBORDINATORS = {"wie", "während", "nachdem", "weil", "obwohl"}  # the tagger reads some as prepositions
HEARSAY_MODALS = ("soll", "sollen")  # „soll … gesagt haben“: passes on what others say


# the markers whose phrase names the source of the content after it („laut X“, „X zufolge“, „nach Angaben von X“)
CONTENT_MARKERS = ("laut", "zufolge", "nach")


FOCUS_PARTICLES = {"auch", "selbst", "sogar", "nur", "gerade", "besonders", "ebenfalls"}


GROUP_PRONOUNS = {"niemand", "jemand", "viele", "einige", "manche", "alle", "beide"}


DATIVE_DETS = {"dem", "einem", "seinem", "ihrem", "diesem"}


CLAUSE_KON = {"und", "oder", "aber", "sowie", "sondern", "denn", "doch"}


PUNCT_TAGS = {"$,", "$.", "$("}


CONDITIONAL = {"wenn", "falls", "sofern", "ob"}

#: A nominalised age („der 54-Jährige“, „die 17-Jährigen“): one or more people not named.
AGE_NOUN = re.compile(r"\d+-[Jj]ährige[rn]?")


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
    "plan", "idee", "ideen", "vorschlag", "vorschlägen", "dokument", "dokumenten", "vorhersage", "artikel",
    "quellenlage", "recherche", "erfahrungen", "begründung", "laudatio", "nachruf",
)


TITLE_NOUNS = {
    "film", "buch", "titel", "motto", "zeitung", "sendung", "projekt", "aktion", "operation", "roman", "album",
    "lied", "song", "magazin", "serie", "stück", "ausstellung", "kampagne", "programm", "schiff", "marke",
    "gruppe", "band", "partei", "bewegung", "initiative", "verein", "plan", "wort", "unwort", "begriff", "slogan",
    "spitzname", "beiname", "künstlername", "name", "namens", "genannt", "sogenannte", "sogenannten",
    "sogenannter", "so", "zeitschrift", "tageszeitung", "wochenzeitung", "blatt", "fernsehsender", "sender",
}


TITLE_SUFFIXES = ("magazin", "zeitung", "zeitschrift", "film", "buch", "sendung", "titel", "album", "roman", "serie",
                  "programm", "projekt", "kampagne", "blatt", "portal", "sender", "motto", "slogan",
                  # shows and works of entertainment: „in der ARD-Show „Wer weiß denn sowas?““
                  "show", "podcast", "doku", "dokumentation", "single", "hit", "reihe", "format", "stück", "musical")


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

# heads of compound names of institutions („Bundesärztekammer“, „GeoForschungsZentrum“, „Wetterdienst“): only the
# end of a noun counts, so „Kammersängerin“ and „Zentrumsleiter“ stay persons
ORG_HEADS = ("kammer", "zentrum", "hilfswerk", "dienst", "ministerkonferenz", "bischofskonferenz")


_ORG_HEAD_ENDINGS = tuple(h + end for h in ORG_HEADS for end in ("", "s", "es"))


#: Nouns that label what somebody said before a colon („Sein Fazit: …“, „Die Antwort des Ministeriums: …“).
STATEMENT_LABELS = frozenset({"fazit", "antwort", "botschaft", "appell", "rat", "ratschlag", "forderung", "bilanz",
                              "devise", "credo", "mahnung", "ansage", "reaktion", "urteil", "einschätzung",
                              "prognose", "warnung", "kommentar", "stellungnahme", "position", "sicht",
                              "post", "posting", "tweet", "statement"})  # „Ihr Post: „…““: her own written words


def statement_label(tok) -> bool:
    """Whether a noun labels somebody's words („Fazit“, „Antwort“, „Appell“)."""
    return tok.tag_ == "NN" and tok.lower_ in STATEMENT_LABELS


def proper_body(doc, rng: tuple[int, int]) -> bool:
    """„der Deutsche Mieterbund“, „Das Deutsche Rote Kreuz“: an article, a capitalised adjective (which only a name
    has in mid-sentence) and a noun that is no person's role: the proper name of a body."""
    a, b = rng
    words = [doc[k] for k in range(a, b)]
    return len(words) >= 3 and words[0].tag_ == "ART" and words[-1].tag_ == "NN" \
        and all(w.tag_ == "ADJA" for w in words[1:-1]) and words[1].text[:1].isupper() \
        and words[-1]._.role_kind not in ("person", "group")


def org_head(word: str) -> bool:
    """Whether a noun ends in the head of an institution's name, in the genitive too („des Wetterdienstes“)."""
    return word.lower().endswith(_ORG_HEAD_ENDINGS)


def names_body(text: str) -> bool:
    """Whether a word of ``text`` is an organisation word of ``ORG_WORDS`` or a compound ending in one
    („Bundesregierung“, „Ministeriums“, „Banken“); „Gewerkschafter“, „Sozialdemokraten“, „Beamte“ name people."""
    low = text.lower()
    if any(w in low for w in _ORG_PHRASES):
        return True
    return any(word.endswith(_ORG_ENDINGS) and not PARTICIPLE_SENDER.search(word) for word in low.split())


_ORG_PHRASES = tuple(w for w in ORG_WORDS if " " in w)
# every organisation word with its case endings, as one tuple for ``str.endswith`` (built once)
_ORG_ENDINGS = tuple(w + end for w in ORG_WORDS if " " not in w
                     for end in ("", "s", "es") + (("n", "en") if len(w) > 3 else ()))


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
    noun: bool = False  # the cue is a noun of saying („die Ansicht, dass …“), not a verb or a marker


@dataclass
class _Draft:
    kind: str
    tokens: list[tuple[int, int]]  # token ranges [start, end)
    frame: _Frame | None
    evidence: list[str]
    sentence: int
    speaker: tuple[int, int] | None = None
    carried_from: int | None = None  # index of the draft whose speaker is carried over


#: Strong endings that replace the weak „-e“ of an adjective once the article „der“/„das“ is dropped.
STRONG_ENDINGS = {"der": "r", "das": "s"}


def without_article(doc, a: int, b: int) -> str:
    """The words of tokens ``a``..``b`` without a definite article before them, as one names the thing alone:
    „Der ukrainische Generalstab“ → „ukrainischer Generalstab“, „Das israelische Militär“ → „israelisches
    Militär“, „Das Deutsche Klimarechenzentrum“ → „Deutsches Klimarechenzentrum“ (the weak „-e“ after „der/das“
    becomes strong); „die“ and other cases keep their words."""
    ending = STRONG_ENDINGS.get(doc[a].lower_) if b - a > 1 else None
    if ending is None:
        return doc[a:b].text
    words = []
    for k in range(a + 1, b):
        t = doc[k]
        strong = t.tag_ == "ADJA" and t.text.endswith("e") \
            and all(doc[m].tag_ == "ADJA" for m in range(a + 1, k))  # „Das Deutsche Rote Kreuz“ → Deutsches Rotes
        strong = strong or (k == b - 1 and k > a + 1 and ending == "r" and _adjectival_person(t)
                            and all(doc[m].tag_ == "ADJA" for m in range(a + 1, k)))
        words.append((t.text + ending if strong else t.text) + (" " if t.whitespace_ else ""))
    return "".join(words).strip()  # the text's own spacing: „Trainer der „Bild““, not „„ Bild ““


def _adjectival_person(t) -> bool:
    """„der neue Vorsitzende“ → „neuer Vorsitzender“: a noun made from an adjective („Vorsitzender“,
    „Datenschutzbeauftragter“ as roles.tsv lists it) takes the strong ending with its adjectives."""
    strong = (t.text + "r").lower()
    roles = load_gazetteers().roles
    return t.tag_ == "NN" and t.text.endswith("e") and any(strong[m:] in roles for m in range(len(strong) - 6))


def _is_punct(tok) -> bool:
    return tok.tag_ in PUNCT_TAGS or tok.is_punct or tok.is_space or tok.text == "+"  # „+++“ marks ticker entries


def _is_verb(tok) -> bool:
    return tok.tag_.startswith("V")


#: A translation or interpreter a quotation is given through („laut offizieller Übersetzung“): a relay of the
#: wording, no source that vouches for the act of speaking.
TRANSLATION_NOUNS = ("übersetzung", "dolmetscher")


def _translation(doc, rng) -> bool:
    """Whether a mention names a translation or an interpreter („laut Übersetzung“), who only passes words on."""
    return isinstance(rng, tuple) and any(doc[t].lower_.startswith(TRANSLATION_NOUNS) for t in range(*rng))


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


def _question_put(doc, a: int, b: int) -> bool:
    """„Auf die Frage, ob …, antwortete sie: …“: the clause before the verb is the question put to the speaker,
    not what the speaker says."""
    return doc[a].lower_ == "auf" and any(doc[k].lower_ in ("frage", "fragen", "nachfrage") and doc[k].tag_ == "NN"
                                          for k in range(a + 1, min(b, a + 4)))


def _question_end(tx, si: int) -> int:
    """„Auf Nachfrage, ob weitere Kürzungen geplant seien, wollte sich der Sprecher nicht äußern.“: the first token
    after the question that opens the sentence (its Konjunktiv is the asker's, no one's report), else its start."""
    doc = tx.doc
    s = tx.sents[si]
    if not _question_put(doc, s.start, s.end):
        return s.start
    return next((k for k in range(s.start + 2, s.end) if doc[k - 1].text == "," and doc[k].tag_ in FINITE
                 and not tx.in_quote[k]), s.start)


def _in_question_put(tx, k: int) -> bool:
    """„hatte sie auf die Frage, was bleibe, geantwortet“: whether token ``k`` stands in the question (after
    „Frage“/„Nachfrage“ and a comma, opened by „ob“ or a w-word) — its Konjunktiv is the asker's, not a report."""
    doc = tx.doc
    s = tx.sents[tx.sent_of[k]]
    c = next((m for m in range(k - 1, s.start, -1) if doc[m].text == "," and not tx.in_quote[m]), None)
    if c is None or c + 1 >= k or c - 1 < s.start:
        return False
    opener = doc[c + 1]
    return (opener.lower_ in ("ob", "was", "wer", "wie", "wo", "wann", "warum", "weshalb", "wieso", "welche",
                              "welcher", "welches") or opener.tag_ in ("PWS", "PWAV", "PWAT")) \
        and doc[c - 1].lower_ in ("frage", "fragen", "nachfrage")


DATELINE_DASHES = ("–", "—", "-")


def _without_dateline(doc, s) -> list:
    """„Peking – Die Ministerin hat …“, „Berlin (dpa) – …“: the place (and agency) opening a paragraph is the
    dateline, not part of the first sentence's subject or content, so the rules see it as a sentence of its own."""
    if s.start > 0 and "\n" not in doc[s.start - 1].text_with_ws:
        return [s]
    if (stamp := _ticker_stamp_end(doc, s)) is not None:
        return [doc[s.start:stamp], doc[stamp:s.end]]
    k = s.start
    while k < min(s.end - 1, s.start + 12):  # „Moskau/Berlin (dpa/AFP) –“: two places, two agencies
        t = doc[k]
        if t.text in DATELINE_DASHES and k > s.start:
            return [doc[s.start:k + 1], doc[k + 1:s.end]] if k + 1 < s.end else [s]
        if t.text == "(":
            k = next((m for m in range(k + 1, min(s.end, k + 6)) if doc[m].text == ")"), s.end)
        elif not (t.text[:1].isupper() and t.tag_ in ("NE", "NN")) and t.text != "/":
            return [s]
        k += 1
    return [s]


def _ticker_stamp_end(doc, s) -> int | None:
    """„+++ 17.40 Uhr: Söder spricht …“, „16.48 Uhr – Feuerwehr …“: where the time stamp of a live-ticker entry
    ends (after its colon or dash), so that it is no part of the entry's first sentence; None without one."""
    k = s.start
    while k < s.end and doc[k].text == "+":
        k += 1
    if k + 3 >= s.end or doc[k].tag_ != "CARD" or doc[k + 1].text != "Uhr" or doc[k + 2].text not in (":", *DATELINE_DASHES):
        return None
    return k + 3


def _headline_topic(doc, s) -> list:
    """„Raketen auf Kiew – Selenskyj fordert mehr Flugabwehr“: a headline (a line of its own with no full stop)
    whose words before a dash have no verb names the topic, not the speaker; the rules see the topic as a sentence
    of its own. Sentences of the article („Der Kanzler – so heißt es – will …“) keep their dashes."""
    last = s.end - 1
    if (s.start > 0 and "\n" not in doc[s.start - 1].text_with_ws) or doc[last].text in (".", "!", "?", ":") \
            or (last + 1 < len(doc) and "\n" not in doc[last].text_with_ws and not doc[last + 1].is_space):
        return [s]
    dash = next((k for k in range(s.start + 1, s.end - 1) if doc[k].text in DATELINE_DASHES[:2]), None)
    if dash is None:
        dash = _topic_colon(doc, s)
    if dash is None or (any(_is_verb(doc[k]) or doc[k].text in QUOTE_CHARS for k in range(s.start, dash))
                        and not _speaker_label_after(doc, dash, s)):
        return [s]
    return [doc[s.start:dash + 1], doc[dash + 1:s.end]]


def _speaker_label_after(doc, dash: int, s) -> bool:
    """„EZB senkt Leitzins – Lagarde: „Wir sind noch nicht am Ziel““: after a headline's dash, a name of one or
    two words, a colon and a quotation mark open a statement of its own; the news before the dash is not its frame."""
    colon = dash + 1 + next((n for n in range(3) if dash + 1 + n < s.end and doc[dash + 1 + n].text == ":"), 3)
    return dash + 1 < colon < s.end - 1 and doc[colon + 1].text in QUOTE_CHARS \
        and all(doc[k].tag_ == "NE" or doc[k]._.speaker_like for k in range(dash + 1, colon))


def _topic_colon(doc, s) -> int | None:
    """„Dschungelcamp-Eklat: Dieter ätzt gegen Kandidatin“: a headline's colon after a topic whose first noun names
    nobody, before a clause with its own verb; „Lindner: Die Union hat geschlafen“ keeps its speaker label."""
    colon = next((k for k in range(s.start + 1, s.end - 2) if doc[k].text == ":"), None)
    if colon is None or doc[colon + 1].text in QUOTE_CHARS or not any(_is_verb(doc[k]) for k in range(colon + 1, s.end)):
        return None
    head = next((doc[k] for k in range(s.start, colon) if doc[k].tag_ in ("NN", "NE")), None)
    if head is None or head.tag_ == "NE" or head._.speaker_like:
        return None
    return colon


class _Text:
    """The document with the per-sentence views the rules need."""

    def __init__(self, doc):
        self.doc = doc
        self.sents = [part for s in doc.sents for whole in _without_dateline(doc, s)
                      for part in _headline_topic(doc, whole)]
        self.sent_of = [0] * len(doc)
        for si, s in enumerate(self.sents):
            for k in range(s.start, s.end):
                self.sent_of[k] = si
        self.in_quote = [False] * len(doc)
        self.pairs: list[tuple[int, int]] = []  # token range [open, close] inclusive of marks
        self.pair_frames: dict[int, _Frame] = {}  # quotation index -> the frame right before/after it
        self.subject_reasons: dict[tuple, str] = {}  # speaker mention (or („dort“, a, b)) -> why it speaks
        self._brackets: dict[int, list[tuple[int, int]]] = {}  # sentence -> brackets holding a clause

    @cached_property
    def text(self) -> str:
        """The document text, built once (``Doc.text`` joins every token on each access)."""
        return self.doc.text

    @cached_property
    def ents(self) -> tuple:
        """The named entities, built once (``Doc.ents`` creates new spans on each access)."""
        return tuple(self.doc.ents) if self.doc.has_annotation("ENT_IOB") else ()

    def clauses(self, si: int) -> list[tuple[int, int]]:
        """Split sentence ``si`` into clauses at commas, semicolons, colons, clause-joining „und“ and around a
        clause in brackets („Drei wurden verletzt (die Polizei sprach von fünf), teilte … mit.“)."""
        doc = self.doc
        s = self.sents[si]
        cands = []
        brackets = [k for pair in self.bracket_clauses(si) for k in pair]
        for k in range(s.start, s.end):
            t = doc[k]
            if self.in_quote[k]:
                continue
            if k in brackets:
                cands.append(k)
            elif t.text in (",", ";", ":", "–", "—"):
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
            has_verb = any(_is_verb(doc[k]) for k in range(a, b))
            if out and (not has_verb or not out[-1][2]):
                out[-1][1] = b
                out[-1][2] = out[-1][2] or has_verb
            else:
                out.append([a, b, has_verb])
        return [(a, b) for a, b, _ in out if b > a]

    def bracket_clauses(self, si: int) -> list[tuple[int, int]]:
        """The brackets (opening, closing) of sentence ``si`` that hold a clause of their own after a complete
        clause: the writer's aside or another source's report, never part of the clause around it."""
        found = self._brackets.get(si)
        if found is None:
            found = self._brackets[si] = self._find_bracket_clauses(self.sents[si])
        return found

    def _find_bracket_clauses(self, s) -> list[tuple[int, int]]:
        """Brackets with a finite verb outside quotation marks, after a clause with a verb and before more words
        („Drei wurden verletzt (die Polizei sprach von fünf), teilte … mit“; not „Der Minister (er …) sagte“;
        a bracket closing the sentence is left to ``_aside_end``)."""
        doc = self.doc
        found: list[tuple[int, int]] = []
        if "(" not in self.text[s.start_char:s.end_char]:
            return found
        opening = None
        for k in range(s.start, s.end):
            if self.in_quote[k] or doc[k].text not in ("(", ")"):
                continue
            if doc[k].text == "(":
                opening = k
            elif opening is not None:
                if any(not _is_punct(doc[m]) for m in range(k + 1, s.end)) and self._verb_before(s, opening) and any(
                        doc[m].tag_ in FINITE and not self.in_quote[m] for m in range(opening + 1, k)):
                    found.append((opening, k))
                opening = None
        return found

    def _verb_before(self, s, k: int) -> bool:
        """True when the clause before token ``k`` (back to a comma, semicolon or colon) holds a verb."""
        doc = self.doc
        for m in range(k - 1, s.start - 1, -1):
            if doc[m].text in (",", ";", ":") and not self.in_quote[m]:
                return False
            if _is_verb(doc[m]):
                return True
        return False


def _partner(doc, k: int) -> int | None:
    """The other quotation mark of the mark at ``k``, or None."""
    return doc[k]._.quote_partner if doc[k].has_extension("quote_partner") else None


def _trim(doc, a: int, b: int, keep_asides: bool = False) -> tuple[int, int]:
    """Drop punctuation at both ends of a token range, keeping quotation marks whose partner is inside, and an
    author's aside in brackets closing it („… müsse (wir berichteten).“) unless ``keep_asides`` (a report)."""
    def paired(k: int) -> bool:
        partner = _partner(doc, k)
        return partner is not None and a <= partner < b

    while a < b and _is_punct(doc[a]) and not paired(a):
        a += 1
    while b > a and _is_punct(doc[b - 1]) and not paired(b - 1):
        opening = None if keep_asides else _bracket_opening(doc, a, b - 1)
        if opening is not None and _author_aside(doc, opening, b - 1):
            b = opening  # „… müsse (Wikinews berichtete)“: the author's aside is not the content
            continue
        b -= 1
    return a, b


def _bracket_opening(doc, a: int, k: int) -> int | None:
    """The opening bracket in ``a``–``k`` of the closing bracket at ``k``, or None."""
    if doc[k].text != ")":
        return None
    depth = 0
    for m in range(k - 1, a - 1, -1):
        if doc[m].text == ")":
            depth += 1
        elif doc[m].text == "(":
            if depth == 0:
                return m
            depth -= 1
    return None


def _author_aside(doc, opening: int, close: int) -> bool:
    """A bracket with a finite verb or a source of its own („(Wikinews berichtete)“, „(laut Polizei)“)."""
    return any(doc[k].tag_ in FINITE or doc[k].lower_ in ("laut", "zufolge") for k in range(opening + 1, close))


RELATIVE_SOURCE_PREPS = ("nach", "laut", "gemäß")

# articles that open a genitive attribute („die Worte des Ministers“, „der Bericht einer Kommission“)
GENITIVE_ARTICLES = ("des", "der", "eines", "einer")


def _past_relative_source(doc, a: int, b: int) -> tuple[int, list[str]]:
    """Where a content opened by a relative source word starts, with the evidence for leaving it out: „…, wonach X
    …“, „…, nach denen X …“, „…, denen zufolge X …“ name where the content comes from, not what it says."""
    start = a
    if a < b and doc[a].lower_ == "wonach":
        start = a + 1
    elif b - a > 2 and ((doc[a].lower_ in RELATIVE_SOURCE_PREPS and _relative_pronoun(doc[a + 1]))
                        or (_relative_pronoun(doc[a]) and doc[a + 1].lower_ == "zufolge")):
        start = a + 2
    return start, ([f"„{doc[a:start].text}“ nennt die Quelle, nicht den Inhalt"] if start > a else [])


def _relative_pronoun(tok) -> bool:
    """A relative pronoun, not the article of the same shape („nach denen“, not „nach dem Unfall“)."""
    return tok.lower_ in RELATIVE_WORDS and (tok.tag_ == "PRELS" or tok.lower_ == "denen")


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
    closing = next((e for o, e in tx.bracket_clauses(si) if o < start < e), None)
    for k in range(start + 1, s.end if closing is None else closing + 1):
        t = doc[k]
        if k == closing:
            return k  # „(der Bürgermeister sagte, sie sei gesperrt), teilte … mit“: the report ends with its bracket
        if tx.in_quote[k]:
            continue
        if t.text == ";":
            return k  # „…; die Polizei ermittelt“: a new statement
        if t.text == "," and k + 2 < s.end and doc[k + 1].lower_ == "so" and doc[k + 2].tag_ in NOUNS | DETS:
            return k  # „…, so der Minister“: a source named after the content
        if t.text == "," and _closing_wie_source(tx, si, k + 1):
            return k  # „…, die Löhne seien zu tief, wie die APA meldet“: the agency's clause is no content
        if t.text == ":" and k + 1 < s.end and tx.in_quote[k + 1]:
            return k  # „…, dass X: „…““: a direct quotation follows
        if t.lower_ == "und" and k + 1 < s.end and doc[k - 1].tag_ in FINITE and doc[k + 1].tag_ == "VVFIN" \
                and "Sub" not in doc[k + 1].morph.get("Mood"):
            return k  # „dass … würde und weigerte sich …“: the subordinate clause ends, a main clause follows
        if t.lower_ in CLAUSE_KON and k > start + 1 and _reporting_after_subject(tx, k + 1, s.end) is not None:
            # „…, Annabi sei tot, doch der Sprecher Y erklärte, …“: a new main clause with a speaker and verb of its own
            return k - 1 if doc[k - 1].text == "," else k
        if t.lower_ in CLAUSE_KON and k + 1 < s.end and doc[k + 1].tag_ in FINITE and k > start + 1 and (
            doc[k - 1].text == "," or doc[k + 1].tag_.startswith("VV")
        ) and not _konj(doc[k + 1]):  # „…, doch würden viele noch kämpfen“: a Konjunktiv goes on with the content
            e = lexicon.entry(lexicon.verb_lemma(doc[k + 1]))
            if e is not None or doc[k - 1].text == ",":
                return k - 1 if doc[k - 1].text == "," else k
        if t.text == "," and k + 1 < s.end and doc[k + 1].tag_ in FINITE:
            e = lexicon.entry(lexicon.verb_lemma(doc[k + 1]))
            if e is not None or (doc[s.start].tag_ == "KOUS" and start > s.start):
                return k  # „Da sie es für sinnvoll hielten, … zu räumen, öffneten sie …“: the main clause follows
            if _main_clause_after(doc, k, s.end) or _narrator_resumes(tx, start, k, s.end):
                return k  # „Hieß es zuerst, dass X schuld sei, wird nun …“: an indicative main clause follows
    return _aside_end(tx, si, s.end)


def _closing_wie_source(tx: _Text, si: int, k: int) -> bool:
    """„…, wie die APA meldet.“: a „wie“ clause with a noun phrase and a speech verb that closes the sentence
    names who passes the sentence on (an agency, a paper), so it is not part of the speaker's words."""
    doc = tx.doc
    s = tx.sents[si]
    if k + 2 >= s.end or doc[k].lower_ != "wie" or doc[k + 1].tag_ not in NOUNS | DETS:  # a comma may end the text
        return False
    end = s.end
    while end > k and (_is_punct(doc[end - 1]) or doc[end - 1].is_space):
        end -= 1
    verbs = [doc[j] for j in range(k + 2, end) if doc[j].tag_ in FINITE]
    return len(verbs) == 1 and verbs[0].i >= end - 2 and not any(tx.in_quote[j] or doc[j].text == "," for j in range(k, end)) \
        and lexicon.entry(lexicon.verb_lemma(verbs[0])) is not None


def _aside_end(tx: _Text, si: int, end: int) -> int:
    """``end``, or the opening bracket of an author's aside that closes the sentence: a bracket with a verb or a
    source of its own („… (Wikinews berichtete).“, „… (Zitate laut Spiegel).“) is not the speaker's content."""
    doc = tx.doc
    s = tx.sents[si]
    close = end - 1
    while close > s.start and doc[close].tag_ == "$." and not tx.in_quote[close]:
        close -= 1
    if doc[close].text != ")" or tx.in_quote[close]:
        return end
    opening = next((k for k in range(close - 1, max(s.start, close - 60) - 1, -1) if doc[k].text in ("(", ")")), None)
    if opening is None or doc[opening].text != "(" or opening == s.start:
        return end
    inside = range(opening + 1, close)
    if any((doc[k].tag_ in FINITE or doc[k].lower_ in ("laut", "zufolge")) and not tx.in_quote[k] for k in inside):
        return opening
    return end


def _v2_finite(tx: _Text, si: int, start: int, reach: int = 30) -> int | None:
    """The finite verb of a main clause whose Vorfeld runs from ``start`` („Nach Angaben der Firma, die X leitet,
    sank …“): the first finite verb after a comma or before another word; one right before punctuation closes a
    subordinate clause. None when a quotation, colon or semicolon comes first."""
    doc = tx.doc
    s = tx.sents[si]
    inside = False  # within a relative or subordinate clause („…, in dem X lagern sollte, …“)
    for k in range(start, min(s.end, start + reach)):
        t = doc[k]
        if tx.in_quote[k] or t.text in (":", ";"):
            return None
        if t.text == ",":
            inside = _opens_subclause(doc, k + 1, s.end)
        elif t.tag_ in FINITE and not inside and (doc[k - 1].text == "," or (
                k + 1 < s.end and not _is_punct(doc[k + 1]) and not _is_verb(doc[k + 1]))):
            return k
    return None


SUBCLAUSE_TAGS = {"PRELS", "PRELAT", "KOUS", "PWAV", "PWS", "KOUI"}


def _opens_subclause(doc, k: int, end: int) -> bool:
    """Whether token ``k`` (after a comma) opens a relative or subordinate clause: „die …“, „in dem …“, „weil …“."""
    if k >= end:
        return False
    if doc[k].tag_ in SUBCLAUSE_TAGS:
        return True
    return doc[k].tag_ in ("APPR", "APPRART") and k + 1 < end and doc[k + 1].tag_ in SUBCLAUSE_TAGS


def _opens_sentence(tx: _Text, si: int, k: int) -> bool:
    """Whether token ``k`` opens its sentence or the part after a colon („Die Lage: Laut X …“)."""
    doc = tx.doc
    s = tx.sents[si]
    return k == s.start or (k > s.start and doc[k - 1].text == ":" and not tx.in_quote[k - 1])


#: Adverbs right after a verb that opens a clause after a comma: the clause continues the sentence's subject
#: („begrüßten den Plan, forderten aber …“) and is no speech frame placed after its content („…, sagte er“).
JOINING_ADVERBS = {"aber", "jedoch", "allerdings", "dennoch", "trotzdem", "zudem", "außerdem", "ebenfalls"}

RELATIVE_WORDS = {"der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welche", "welcher", "welches",
                  "welchem", "welchen", "wo", "worin", "wobei"}


def _verb_final_clause(tx: _Text, si: int, k: int) -> tuple[int, int] | None:
    """The relative or subordinate clause around token ``k`` („…, das nach Angaben X der Planung diene, …“,
    „…, unter denen sich laut X der Täter befinden soll, …“): from the comma before it to its finite verb at the
    end. None when ``k`` stands in a main clause."""
    doc = tx.doc
    s = tx.sents[si]
    a = next((m for m in range(k - 1, s.start, -1) if doc[m].text in (",", ";", ":", "(", "–", "—")
              and not tx.in_quote[m]), None)
    if a is None or doc[a].text != "," or any(doc[m].tag_ in FINITE for m in range(a + 1, k)):
        return None
    first = a + 1 if doc[a + 1].tag_ not in ("APPR", "APPRART") else a + 2
    if first >= k or not (doc[first].tag_ in SUBCLAUSE_TAGS or doc[first].lower_ in RELATIVE_WORDS):
        return None
    end = _verb_final_end(tx, si, k)
    if end is None:
        return None
    while end < s.end and doc[end].text == "," and _opens_subclause(doc, end + 1, s.end):
        more = _verb_final_end(tx, si, end + 1)  # „…, die nur zulässig ist, wenn …“: a clause embedded in it
        if more is None:
            break
        end = more
    return a + 1, end


def _verb_final_end(tx: _Text, si: int, k: int) -> int | None:
    """The end of the clause holding ``k`` when it closes with its finite verb (a subordinate clause), else None."""
    doc = tx.doc
    s = tx.sents[si]
    b = next((m for m in range(k + 1, s.end) if doc[m].text in (",", ";", ":", ")", "–", "—")
              and not tx.in_quote[m] and not (m + 1 < s.end and doc[m + 1].lower_ in ("sondern", "aber"))), s.end)
    last = next((m for m in range(b - 1, k, -1) if not _is_punct(doc[m])), None)
    if last is None:
        return None
    plural = doc[last].tag_ in ("VAINF", "VMINF") and _is_verb(doc[last - 1])  # „ausgewählt werden“ ends a clause
    return last + 1 if doc[last].tag_ in FINITE or plural else None


def _main_clause_after(doc, comma: int, end: int) -> bool:
    """Whether an indicative finite verb right after ``comma`` opens a main clause after a closed verb-final
    clause („…, dass X schuld sei, wird nun …“); a Konjunktiv there goes on with the content („…, sei aber …“)."""
    fin = doc[comma + 1]
    return _is_verb(doc[comma - 1]) and not _konj(fin) and comma + 2 < end and not _is_verb(doc[comma + 2]) \
        and not _is_punct(doc[comma + 2])


def _narrator_resumes(tx: _Text, start: int, comma: int, end: int) -> bool:
    """„Er gab sich gelassen, die Mannschaft habe Zeit, verließ aber danach den Saal“: after a content marked by
    Konjunktiv, an indicative verb right after a comma, with no Konjunktiv after it, is the narrator's again."""
    doc = tx.doc
    if comma + 2 >= end or _is_punct(doc[comma + 2]):
        return False  # „…, die die Partei, die Y, begünstigten.“: a verb closing its clause opens no main clause
    marked = any(_konj(doc[j]) and not tx.in_quote[j] for j in range(start, comma))
    return marked and not any(_konj(doc[j]) for j in range(comma + 1, end))


CORRELATES = {"davon", "darüber", "darauf", "dafür", "dazu", "daran", "damit", "dagegen", "dabei", "es"}


def _dass_start(tx: _Text, a: int, end: int) -> int:
    """Where a complement starting at ``a`` really begins: at a later „, dass/ob“ when only an apposition or a
    frame of its own stands before it („sagte der Leiter, Anna Berg, gegenüber der Presse, dass …“, „…, sprachen
    aber davon, dass …“); a Konjunktiv before it means the content has already begun."""
    doc = tx.doc
    if doc[a].tag_ in ("KOUS", "PWS", "PWAV", "PWAT"):
        return a  # „dass genau dies, nämlich dass …“: the content opens with its own conjunction
    if doc[a].tag_ in FINITE and not _konj(doc[a]):
        # „bestätigten den Vorfall, teilten aber mit, es sei unklar …“: a second verb of the same subject first
        comma = next((k for k in range(a + 1, end) if doc[k].text == "," and not tx.in_quote[k]), None)
        if comma is not None and not any(_konj(doc[k]) for k in range(a, comma)) \
                and any(_konj(doc[k]) and not tx.in_quote[k] for k in range(comma + 1, min(end, comma + 8))):
            return comma + 1
    for k in range(a + 1, end):
        if tx.in_quote[k]:
            continue
        if _konj(doc[k]):
            return a
        if doc[k].lower_ in ("dass", "daß", "ob") and doc[k - 1].text == ",":
            finite = any(doc[j].tag_ in FINITE and not tx.in_quote[j] for j in range(a, k - 1))
            return k if not finite or doc[k - 2].lower_ in CORRELATES else a
    return a


SUBJECT_TAGS = {"ART", "ADJA", "NN", "NE", "FM", "CARD", "PPOSAT", "APPR", "APPRART", "TRUNC", "$("}


def _reporting_after_subject(tx: _Text, i: int, end: int) -> int | None:
    """After a conjunction at ``i - 1``: a noun phrase and then an indicative reporting verb („und die Fraktion
    forderte …“, „doch Sprecher Y erklärte …“) open a main clause of their own; the verb's index, or None."""
    doc = tx.doc
    k = i
    while k < min(end, i + 12) and doc[k].tag_ in SUBJECT_TAGS and not tx.in_quote[k]:
        k += 1
    if k == i or k >= end or doc[k].tag_ != "VVFIN" or "Sub" in doc[k].morph.get("Mood") \
            or not any(doc[m].tag_ in NOUNS for m in range(i, k)) or doc[i].tag_ in ("APPR", "APPRART"):
        return None
    return k if lexicon.entry(lexicon.verb_lemma(doc[k])) is not None else None


def _cue_tokens(doc, verb: int) -> list[int]:
    """The verb and, for a separable verb, its particle („wies … zurück“)."""
    particle = getattr(doc[verb]._, "particle", None) if doc[verb].has_extension("particle") else None
    return [verb] if particle is None else [verb, particle]


def _let_say(doc, verb: int, clause: tuple[int, int]) -> int | None:
    """„…, ließ er über seinen Anwalt ausrichten“: the speech verb in the infinitive after a finite „lassen“."""
    if doc[verb].lemma_ != "lassen":
        return None
    return next((k for k in range(verb + 1, clause[1]) if doc[k].tag_ == "VVINF"
                 and lexicon.entry(lexicon.verb_lemma(doc[k])) is not None), None)


def _messenger(doc, verb: int, inf: int) -> tuple[int, int] | None:
    """„ließ er über seinen Anwalt ausrichten“: who passes the words on, after „über“ before the infinitive."""
    k = next((m for m in range(verb + 1, inf) if doc[m].lower_ == "über"), None)
    if k is None or not any(doc[m].tag_ in ("NN", "NE") for m in range(k + 1, inf)):
        return None
    return k + 1, inf


def _verb_frame(doc, verb: int, subj: tuple[int, int], clause: tuple[int, int], evidence: list[str]) -> _Frame:
    """A frame around a verb that need not be in the lexicon (then its own lemma and no connotation); a finite
    „lassen“ hands the cue to its speech verb in the infinitive and the person after „über“ relays."""
    inf = _let_say(doc, verb, clause)
    cue = inf if inf is not None else verb
    lemma = lexicon.verb_lemma(doc[cue])
    entry = lexicon.entry(lemma)
    frame = _Frame(_cue_tokens(doc, verb) + ([inf] if inf is not None else []), entry.lemma if entry else lemma,
                   entry.connotation if entry else None, entry.explanation if entry else "", subj, clause, evidence)
    if inf is not None:
        frame.evidence.append(f"Redeverb im Infinitiv nach „lassen“: {doc[verb].text} … {doc[inf].text}")
        if (relay := _messenger(doc, verb, inf)) is not None:
            frame.relay = relay
            frame.evidence.append(f"Weitergegeben über: {doc[relay[0]:relay[1]].text}")
    return frame
