"""Reported speech acts („warnte vor …“, „wies … zurück“): when a reporting verb without content is a report,
and how far the report reaches.

A verb reports a speech act only when the act took place (not intended, negated or in the Konjunktiv), was
speech (not a decision like „wies die Klage zurück“, a toll like „forderte drei Tote“, a naming convention, an
indirect question „Ob …“ or a match one „bestreitet“) and is not the frame of words given elsewhere (a quoted
predicate, a colon, „Das bestritt X“). Each rule is one small function below; ``_is_report`` combines them.
"""

from __future__ import annotations

from typing import NamedTuple

from medialit import verbs as lexicon
from medialit.quotes.base import FINITE, OPINION_ACTS, ROLE_SUFFIXES, _Frame, _is_punct, _konj, _Text, _trim
from medialit.quotes.subjects import (
    _antecedent,
    _person_like,
    _werden_in,
)


def _impersonal_expectation(doc, entry, subj) -> bool:
    """„Man rechnet mit Regen“, „man schätzt den Schaden auf …“: with the generic „man“ an estimate or expectation
    is general opinion, like its agentless passive („es wird mit Regen gerechnet“), nobody's speech act."""
    return entry.lemma in IMPERSONAL_PASSIVES and isinstance(subj, tuple) and subj[1] - subj[0] == 1 \
        and doc[subj[0]].lower_ == "man"


def _agentless_passive(doc, clause: tuple[int, int], verb: int) -> bool:
    """„Die Verteilung wurde untersagt“: a passive without „von/durch X“ names no speaker."""
    return doc[verb].tag_ == "VVPP" and _werden_in(doc, clause) and not any(
        doc[k].lower_ in ("von", "vom", "durch", "seitens") for k in range(*clause))


# without an agent these passives state a general estimate or expectation („wird auf … geschätzt“, „es wird mit
# Regen gerechnet“), not what somebody said
IMPERSONAL_PASSIVES = {"schätzen", "rechnen"}


def _unnamed_speaker(doc, clause: tuple[int, int], verb: int, entry, subj) -> bool:
    """„Vermutet werden Absprachen“: a subjectless passive of a verb of saying reports speech whose speaker stays
    unnamed; decisions and orders („wurde untersagt“), estimates and expectations are no such report."""
    return subj is None and _agentless_passive(doc, clause, verb) \
        and entry.connotation in ("neutral", "distancing", "evaluative", "adversarial") \
        and entry.lemma not in IMPERSONAL_PASSIVES


def _unperformed_act(doc, clause: tuple[int, int], verb: int) -> bool:
    """„will … fordern“, „um … zu fordern“: an intended speech act is no report of one that took place.
    ``clause`` reaches back over coordinated clauses that share the subject (and with it the auxiliary)."""
    t = doc[verb]
    if t.tag_ == "VVIZU" or (verb > 0 and doc[verb - 1].tag_ == "PTKZU"):
        return True
    if t.tag_ == "VVPP" and not any(doc[k].tag_ in ("VAFIN", "VAINF") and doc[k].lemma_ in ("haben", "werden")
                                    for k in range(*clause)):
        return True  # „die geforderte Reform“, „ist gewarnt“, „wie angekündigt“: no perfect or passive of an act
    if t.tag_ == "VVPP" and any(doc[k].tag_ == "VAINF" and doc[k].lemma_ == "werden" for k in range(*clause)) \
            and any(doc[k].tag_.startswith("VM") for k in range(*clause)):
        return True  # „soll … bekannt gegeben werden“, „kann vorgebracht werden“: a passive under a modal is not done
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


OBLIQUE_RELATIVES = {"den", "dem", "denen", "dessen", "deren", "welchen", "welchem"}


def _object_relative(doc, clause: tuple[int, int], verb: int, subj) -> bool:
    """„die Worte, die er verlauten ließ“, „Interviews, in denen er … bezeichnet hatte“: a relative clause whose
    pronoun is not the subject describes its antecedent by the act; the act itself is no news of its own."""
    rel = next((k for k in range(clause[0], verb) if doc[k].tag_ in ("PRELS", "PRELAT") and (
        k == clause[0] or doc[k - 1].text == "," or doc[k - 1].tag_ in ("APPR", "APPRART"))), None)
    if rel is None or _continuing_was(doc, rel):
        return False
    if doc[rel - 1].tag_ in ("APPR", "APPRART") and rel > clause[0] or doc[rel].lower_ in OBLIQUE_RELATIVES:
        return True
    return isinstance(subj, tuple) and subj[0] > rel


def _continuing_was(doc, rel: int) -> bool:
    """„…, was die UN zurückweisen“: „was“ after a comma that closes a whole clause (not a verb whose object it
    is, as in „wiederholte, was er gesagt hatte“) takes up that clause; an act in it is news of its own."""
    if doc[rel].lower_ != "was" or rel < 2 or doc[rel - 1].text != ",":
        return False
    before = doc[rel - 2]
    return not (before.tag_ in FINITE or before.tag_ in ("VVPP", "VVINF", "VAINF", "VMINF")
                and doc[rel - 3].tag_ != "PTKZU")


NEGATIONS = {"nicht", "nie", "niemals", "kein", "keine", "keinen", "keinem", "keiner", "keines"}


def _negated_act(doc, clause: tuple[int, int], verb: int) -> bool:
    """„gab die Behörde nicht bekannt“, „hat nie darüber gesprochen“: a speech act that did not take place.
    „nicht nur …, sondern“ and a negated attribute („ein nicht genannter Sprecher“) negate no act."""
    for k in range(*clause):
        t = doc[k]
        if t.lower_ not in NEGATIONS or k == verb:
            continue
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        if t.lower_ == "nicht" and nxt is not None and (nxt.lower_ in ("nur", "allein", "zuletzt", "mehr", "weniger")
                                                         or nxt.tag_ == "ADJA"):
            continue
        return True
    return False


def _rejects_no_utterance(tx: _Text, si: int, clause: tuple[int, int], verb: int, entry, subj,
                          cue_idx: set[int]) -> bool:
    """„wies die Klage zurück“, „lehnte den Antrag ab“: a rejection is a speech act only when it rejects something
    said („wies die Vorwürfe zurück“) or goes with another speech act of the speaker („lehnten … ab und forderten …“)."""
    if not entry.needs_utterance:
        return False
    doc = tx.doc
    s = tx.sents[si]
    own = range(*subj) if isinstance(subj, tuple) else range(0)
    if any(doc[k].tag_ == "NN" and k not in own and (lexicon.utterance_noun(doc[k].lemma_ or doc[k].text)
                                                     or lexicon.utterance_noun(doc[k].text))
           for k in range(*clause)):
        return False
    return not any(k != verb and s.start <= k < s.end and not tx.in_quote[k] and _speech_act(lexicon.entry(
        lexicon.verb_lemma(doc[k]))) for k in cue_idx)


def _lacks_preposition(doc, clause: tuple[int, int], entry, subj) -> bool:
    """„sprach mit der Polizei“, „berichtete über den Prozess“: the verb names what was said only with its
    preposition („sprach von einem Erfolg“); a preposition attached to the object („hat ein Urteil zur Durchsuchung
    von Computern gesprochen“) is no complement of the verb."""
    return bool(entry.prepositions) and not any(
        doc[k].lower_ in entry.prepositions and (doc[k].tag_ in ("APPR", "APPRART", "PROAV") or doc[k].lower_ == "als")
        and not _object_attribute(doc, k, clause, subj) for k in range(*clause))


def _object_attribute(doc, k: int, clause: tuple[int, int], subj) -> bool:
    """Whether the „von“ at ``k`` follows a noun that is neither the subject nor inside a prepositional phrase, i.e.
    it stands for a genitive of the object („ein Urteil … von Computern“)."""
    if doc[k].lower_ not in ("von", "vom") or k == clause[0] or doc[k - 1].tag_ != "NN":
        return False
    return not (isinstance(subj, tuple) and subj[0] <= k - 1 < subj[1]) and not _in_pp(doc, k - 1, clause[0])


def _speaks(tok) -> bool:
    """Whether a lexicon verb reports speech or thought at all („vorgelegt“, „veröffentlicht“ do not)."""
    e = lexicon.entry(lexicon.verb_lemma(tok))
    return e is not None and (e.speech_act or e.needs_content or e.thinking)


def _speech_act(entry) -> bool:
    """Whether a lexicon entry can stand alone as a reported speech act."""
    return entry is not None and entry.kind == "verb" and (
        entry.speech_act and not entry.thinking or entry.lemma in OPINION_ACTS)


def _judged_as(doc, clause: tuple[int, int], verb: int, entry) -> bool:
    """„kritisierte den Besuch als PR-Aktion“, „wurde als unangemessen kritisiert“: a verb that otherwise needs a
    content clause reports what was said when an „als“ predicate names the judgement; not a temporal „Als er …“,
    a comparison („mehr als“), a reflexive result („ergab sich als …“) or a noun's „als“ inside a prepositional
    phrase („für seinen Einsatz als Soldat“)."""
    if not entry.needs_content or entry.thinking or entry.kind != "verb":
        return False
    last = _trim(doc, *clause)[1] - 1
    if doc[clause[0]].lower_ == "als" and verb == last and doc[verb].tag_ == "VVFIN" or any(
            doc[k].tag_ == "PRF" for k in range(*clause)):
        return False
    return any(doc[k].lower_ == "als" and doc[k].tag_ in ("APPR", "KOKOM") and k + 1 < clause[1]
               and doc[k + 1].tag_ in ("ART", "ADJA", "ADJD", "NN", "NE", "PPOSAT", "PIAT", "CARD")
               and not (k > clause[0] and (doc[k - 1].lower_ in COMPARATIVES or doc[k - 1].tag_ == "NN"
                                           and _in_pp(doc, k - 1, clause[0])))
               and not _role_predicate(doc, k, clause[1]) for k in range(*clause))


ROLE_NOUNS = ROLE_SUFFIXES + ("nachfolger", "nachfolgerin", "nachfolgern", "vorgänger", "vorgängerin")


def _role_predicate(doc, als: int, end: int) -> bool:
    """„schlug X als Nachfolger vor“, „empfahl sie als Kandidatin“: an „als“ phrase that is a bare role or office
    (no adjective) names a function, not a judgement („lobte ihn als großen Europäer“ judges)."""
    j = als + 1
    if j < end and doc[j].tag_ == "ART":
        j += 1
    return j < end and doc[j].tag_ == "NN" and doc[j].lower_.endswith(ROLE_NOUNS)


def report_evidence(doc, clause: tuple[int, int], verb: int, entry, span: tuple[int, int]) -> list[str]:
    """German reasons a rule of this module adds to a reported speech act over the token range ``span``."""
    a, end = span
    out = ["„als“-Prädikat nennt das Urteil"] if _judged_as(doc, clause, verb, entry) else []
    if _von_topic(doc, clause, verb, entry) and any(doc[k].lower_ in ("von", "vom") for k in range(*clause)):
        out.append(f"„von“ nennt beim Passiv von „{entry.lemma}“ das Thema, nicht den Sprecher")
    out += [f"„{doc[k - 1].text} {doc[k].text}“ ohne eigenen Inhalt gehört zur Sprechhandlung"
            for k in range(clause[1], end) if _silent_act(doc, k) and doc[k - 1].tag_ == "KON"]
    first = doc[a].sent.start
    if a > first and _background(doc[first]):
        out.append(f"Nebensatz mit „{doc[first].text}“ ist Hintergrund, nicht Teil der Sprechhandlung")
    nxt = end + 1 if end < len(doc) and doc[end].text == "," else end
    if nxt < len(doc) and _background(doc[nxt]):
        out.append(f"Nebensatz mit „{doc[nxt].text}“ ist Hintergrund, nicht Teil der Sprechhandlung")
    return out


COMPARATIVES = {"mehr", "weniger", "anders", "eher", "lieber", "besser", "schlechter", "größer", "kleiner", "höher"}


CASUALTIES = ("opfer", "tote", "toten", "toter", "verletzte", "verletzten", "menschenleben", "leben", "tribut")


def _costs_lives(doc, clause: tuple[int, int], entry) -> bool:
    """„Das Unwetter forderte 92 Menschenleben“, „hat drei Tote gefordert“: „fordern“ with casualties names a
    toll, not a demand."""
    return entry.lemma == "fordern" and any(
        doc[k].tag_ in ("NN", "ADJA") and doc[k].lower_.endswith(CASUALTIES) and not _in_pp(doc, k, clause[0])
        for k in range(*clause))


def _in_pp(doc, k: int, floor: int) -> bool:
    """Whether the noun at ``k`` heads a prepositional phrase („Entschädigung für die Opfer“)."""
    j = k - 1
    while j >= floor and doc[j].tag_ in ("ART", "ADJA", "CARD", "PIAT", "PIDAT", "PPOSAT", "ADV", "ADJD"):
        j -= 1
    return j >= floor and doc[j].tag_ in ("APPR", "APPRART")


PERFORMED = ("spiel", "partie", "match", "show", "auftritt", "finale", "rennen", "kampf", "turnier", "konzert",
             "unterhalt", "kosten")


def _carries_out(doc, clause: tuple[int, int], entry) -> bool:
    """„bestreitet das Gruppenspiel“, „Die Show bestreiten zwei Sängerinnen“: with a match, show or costs
    „bestreiten“ means to carry out or pay for, not to deny."""
    return entry.lemma == "bestreiten" and any(
        doc[k].tag_ == "NN" and doc[k].lower_.endswith(PERFORMED) for k in range(*clause))


NAMING = {"nennen", "bezeichnen"}
WORDING = NAMING | {"sprechen", "warnen"}  # an object in quotation marks is the wording („warnte vor einem „Kahlschlag““)


#: Nouns that announce the wording in quotation marks right after them („mit den Worten „…““).
WORDING_NOUNS = ("worten", "text", "botschaft", "satz", "zeilen", "aufschrift", "bildunterschrift", "kommentar")


def _wording_noun_quote(tx: _Text, clause: tuple[int, int]) -> bool:
    """„mit dem Text „Danke für alles““, „mit den Worten „…““: a wording noun right before a quotation in the clause
    (a colon may stand between) gives the words of the speech act as a direct quotation."""
    doc = tx.doc
    for k in range(clause[0] + 1, clause[1]):
        if tx.in_quote[k] and not tx.in_quote[k - 1]:
            j = k - 2 if doc[k - 1].text == ":" else k - 1
            if j >= clause[0] and doc[j].lower_ in WORDING_NOUNS:
                return True
    return False


def _quoted_predicate(tx: _Text, clause: tuple[int, int], verb: int, entry) -> bool:
    """„bezeichnete den Plan als „Wortbruch““, „nannte die Zahlen „aus der Luft gegriffen““: the speaker's own
    words are quoted; the verb frames that direct fragment and reports no speech act of its own."""
    doc = tx.doc
    if _wording_noun_quote(tx, clause):
        return True  # „postete ein Foto mit dem Text „Danke für alles““: the quotation is what was posted
    if entry.lemma not in WORDING:
        return False
    if any(tx.in_quote[k] and k > clause[0] and not tx.in_quote[k - 1] and doc[k - 1].lower_ == "als"
           for k in range(*clause)):
        return True
    last = clause[1] - 1
    while last > verb and _is_punct(doc[last]) and not tx.in_quote[last]:
        last -= 1
    return last > verb and tx.in_quote[last]


def _naming_convention(doc, clause: tuple[int, int], verb: int, entry, subj) -> bool:
    """„Rosinenbomber nannte man …“, „die sich selbst „Rat …“ nennt“, „das als Dengue-Fieber bezeichnet wird“: a
    generic, reflexive or agentless relative naming states what something is called, not what somebody said."""
    if entry.lemma not in NAMING:
        return False
    generic = isinstance(subj, tuple) and doc[subj[0]].lower_ == "man"
    relative = _agentless_passive(doc, clause, verb) and any(
        doc[k].tag_ in ("PRELS", "PRELAT") and (k == clause[0] or doc[k - 1].text == ",") for k in range(clause[0], verb))
    return generic or relative or any(doc[k].tag_ == "PRF" for k in range(*clause))


def _anaphoric_object(doc, clause: tuple[int, int], subj, entry) -> bool:
    """„Das wurde von der Polizei bestritten“, „Der Iran streitet dies ab“, „bestritt diesen Vorwurf“: a demonstrative that is not the
    subject points back to what was said before; the verb frames that, it reports no act of its own."""
    if not isinstance(subj, tuple):
        return False
    first = doc[clause[0]]
    if first.tag_ in ("PDS", "PDAT") and not subj[0] <= clause[0] < subj[1]:
        return True
    return any((doc[k].tag_ == "PDS" and doc[k].lower_ in ("das", "dies", "dieses")
                or _this_noun(doc, k, clause[0], entry)) and not subj[0] <= k < subj[1]
               for k in range(clause[0] + 1, clause[1]))


def _this_noun(doc, k: int, floor: int, entry) -> bool:
    """„bestritt diesen Vorwurf“, „wies diese Darstellung zurück“: after a verb of counter-speech, „dieser“ before
    a noun outside a prepositional phrase points back to the claim already reported."""
    return entry.connotation == "adversarial" and doc[k].tag_ == "PDAT" and doc[k].lower_.startswith("dies") and not (
        k > floor and doc[k - 1].tag_ in ("APPR", "APPRART"))


def _subjunctive_act(tx: _Text, clause: tuple[int, int]) -> bool:
    """„Sie rate zum Kauf …“, „hätten gewarnt sein können“: in the Konjunktiv the act is itself somebody's
    reported words or a mere possibility, not a speech act the article reports."""
    return any(_konj(tx.doc[k]) and not tx.in_quote[k] for k in range(*clause))


def _shared_subjunctive_auxiliary(tx: _Text, floor: int, clause: tuple[int, int], verb: int) -> bool:
    """„Die Täter hätten Daten verschlüsselt und ein Lösegeld gefordert“: a participle after „und“ shares the
    auxiliary of the clause before; in the Konjunktiv the act is part of somebody's reported words."""
    doc = tx.doc
    if doc[verb].tag_ != "VVPP" or clause[0] <= floor or doc[clause[0] - 1].lower_ not in ("und", "oder") \
            or any(doc[k].tag_ in ("VAFIN", "VMFIN") for k in range(*clause)):
        return False
    aux = next((k for k in range(clause[0] - 2, floor - 1, -1) if doc[k].tag_ == "VAFIN" and not tx.in_quote[k]), None)
    return aux is not None and _konj(doc[aux])


def _introduces_colon(tx: _Text, si: int, clause: tuple[int, int]) -> bool:
    """„warnte die Politik in einem Brief: …“: a clause ending in a colon introduces the words that follow."""
    doc = tx.doc
    end = clause[1]
    return end < tx.sents[si].end and doc[end].text == ":" and not tx.in_quote[end]


# nouns that name only a kind of information, not the information itself („gab Einzelheiten bekannt“)
INFORMATION_KINDS = {"details", "einzelheiten", "nachricht", "nachrichten", "neuigkeit", "neuigkeiten", "information",
                     "informationen", "ergebnis", "ergebnisse", "hintergründe", "fakten"}


def _unstated_information(doc, clause: tuple[int, int], entry, subj) -> bool:
    """„gab nähere Einzelheiten bekannt“, „teilte das Ergebnis mit“: a neutral verb of telling whose object only
    names a kind of information says that something was told, not what. A stance („lehnte die Ergebnisse ab“) stays."""
    if entry.connotation != "neutral":
        return False
    own = range(*subj) if isinstance(subj, tuple) else range(0)
    return any(doc[k].tag_ == "NN" and doc[k].lower_ in INFORMATION_KINDS and k not in own
               and not _in_pp(doc, k, clause[0]) for k in range(*clause))


# verbs whose reflexive use names a finding, not a speech act („stellte sich als Attrappe heraus“, „lässt sich auf
# einen Defekt zurückführen“)
REFLEXIVE_FINDINGS = {"herausstellen", "zurückführen"}


def _reflexive_finding(doc, clause: tuple[int, int], entry) -> bool:
    """„Der Zünder stellte sich als Attrappe heraus“: with „sich“ the verb says what something turned out to be."""
    return entry.lemma in REFLEXIVE_FINDINGS and any(doc[k].tag_ == "PRF" for k in range(*clause))


def _set_phrase(doc, verb: int) -> bool:
    """Fixed phrases that only look like speech: „genauer gesagt“, „sozusagen“."""
    return verb > 0 and doc[verb].lower_ == "gesagt" and doc[verb - 1].lower_ in (
        "genauer", "anders", "offen", "ehrlich", "kurz", "so", "gesagt")


# a clause opened by these is somebody's content („…, dass sie von einer Theorie ausgingen“, „Ob …“), not a report
CONTENT_CONJUNCTIONS = {"ob", "dass", "daß"}
# a clause opened by these gives the act as the reason or time of something else („…, da er seinen Rückzug
# angekündigt hatte“, „Als er … forderte, …“): the reporter's background, not a report of its own
REASON_CONJUNCTIONS = {"da", "weil", "zumal", "als"}


def _reason_clause(doc, clause: tuple[int, int], verb: int) -> bool:
    """„…, weil X … gefordert hatte“, „Als X … ankündigte, …“: a subordinate clause of reason or time; a temporal
    „als“ (often tagged as a preposition) counts when the clause ends in its finite verb."""
    first = doc[clause[0]]
    if first.lower_ not in REASON_CONJUNCTIONS:
        return False
    return first.tag_ == "KOUS" or first.lower_ == "als" and doc[verb].tag_ == "VVFIN" \
        and verb == _trim(doc, *clause)[1] - 1


def _is_report(tx: _Text, si: int, clause: tuple[int, int], verb: int, entry, subj, shared: bool,
               cue_idx: set[int]) -> bool:
    """Whether a speech verb without content reports a speech act that took place (see the rules above)."""
    doc = tx.doc
    s = tx.sents[si]
    unnamed = _unnamed_speaker(doc, clause, verb, entry, subj)
    return ((_speech_act(entry) or _judged_as(doc, clause, verb, entry)) and (subj is not None or unnamed)
            and (unnamed or not _agentless_passive(doc, clause, verb))
            and not _set_phrase(doc, verb) and not _reflexive_finding(doc, clause, entry)
            and not _impersonal_expectation(doc, entry, subj)
            and not _negated_act(doc, clause, verb) and not _lacks_preposition(doc, clause, entry, subj)
            and not _costs_lives(doc, clause, entry) and not _quoted_predicate(tx, clause, verb, entry)
            and not _naming_convention(doc, clause, verb, entry, subj) and not _carries_out(doc, clause, entry)
            and not _rejects_no_utterance(tx, si, clause, verb, entry, subj, cue_idx)
            and not _anaphoric_object(doc, clause, subj, entry) and not _subjunctive_act(tx, clause)
            and not (shared and _shared_subjunctive_auxiliary(tx, s.start, clause, verb))
            and not _unstated_information(doc, clause, entry, subj)
            and not _introduces_colon(tx, si, clause) and doc[clause[0]].lower_ not in CONTENT_CONJUNCTIONS
            and not _reason_clause(doc, clause, verb)
            and not _unperformed_act(doc, (s.start, clause[1]) if shared else clause, verb)
            and not _thing_relative(doc, clause, subj, s.start) and not _object_relative(doc, clause, verb, subj))


def _open_bracket(doc, a: int, b: int) -> bool:
    """Whether tokens ``a``..``b`` open more round brackets than they close."""
    return sum(1 for k in range(a, b) if doc[k].text == "(") > sum(1 for k in range(a, b) if doc[k].text == ")")


def _outside_relatives(doc, lo: int, hi: int) -> list[int]:
    """The tokens of ``lo``..``hi`` outside comma-enclosed relative clauses („Die Firma, die ihre Verluste noch
    beziffert, spricht von …“: the relative clause describes the subject, it is no frame of its own)."""
    out: list[int] = []
    inside = False
    for k in range(lo, hi):
        if doc[k].text == "," and k + 1 < hi and (doc[k + 1].tag_ in ("PRELS", "PRELAT") or doc[k + 1].tag_ in (
                "APPR", "APPRART") and k + 2 < hi and doc[k + 2].tag_ in ("PRELS", "PRELAT")):
            inside = True
        elif doc[k].text == ",":
            inside = False
        if not inside:
            out.append(k)
    return out


def _subjunctive_relative(tx: _Text, c: tuple[int, int]) -> bool:
    """„…, die einen Personalmangel zur Folge hätten“: a relative clause in the Konjunktiv gives somebody's words
    (indirect speech), so it ends the report instead of belonging to it."""
    doc = tx.doc
    return doc[c[0]].tag_ in ("PRELS", "PRELAT") and _subjunctive_act(tx, c)


def _reaction_clause(tx: _Text, c: tuple[int, int], cue_idx: set[int]) -> bool:
    """„…, was die UN zurückweisen“: a „was“ clause with a speech verb takes up the whole clause before as what
    somebody else answers, so it is a report of its own and no part of the one before."""
    doc = tx.doc
    return doc[c[0]].lower_ == "was" and any(k in cue_idx and _speaks(doc[k]) for k in range(*c))


def _silent_act(doc, k: int) -> bool:
    """„kritisierte …“, „beklagte …“ without content: a speech verb that reports nothing alone (it needs a content
    clause) and so may share the report of the act coordinated with it („forderte X und kritisierte Y“)."""
    e = lexicon.entry(lexicon.verb_lemma(doc[k]))
    return e is not None and e.kind == "verb" and e.needs_content and not e.thinking and not _speech_act(e) \
        and doc[k].tag_ in ("VVFIN", "VVPP")


def _silent_conjunct(tx: _Text, c: tuple[int, int], nxt: tuple[int, int] | None, cue_idx: set[int]) -> bool:
    """„Sie fordern mehr Lohn und beklagen nicht gezahlte Prämien“: a clause joined by „und“ that shares the subject
    (finite verb first) and whose speech verbs say nothing alone continues the report, unless content follows."""
    doc = tx.doc
    first = c[0] + (1 if doc[c[0]].tag_ == "KON" else 0)
    joined = first > c[0] or doc[c[0] - 1].tag_ == "KON"  # „und“ opens the clause or ends the one before
    if not joined or first >= c[1] or doc[first].tag_ not in FINITE:
        return False
    if any(tx.in_quote[k] or doc[k].lower_ == "als" for k in range(*c)):
        return False
    if not all(_silent_act(doc, k) for k in range(*c) if k in cue_idx and _speaks(doc[k])):
        return False
    return nxt is None or doc[nxt[0]].tag_ in ("PRELS", "PRELAT")


def _coordinated_with_head(tx: _Text, si: int, start: int, shared: bool, cue_idx: set[int]) -> bool:
    """Whether a report clause shares its subject with a main clause before „und“ that neither speaks nor quotes
    („X unterstützte den Protest und bezeichnete …“): the speech act then reports the whole sentence."""
    doc = tx.doc
    s = tx.sents[si]
    return shared and start > s.start and "KON" in (doc[start].tag_, doc[start - 1].tag_) \
        and doc[s.start].tag_ not in ("KOUS", "PRELS", "PWAV", "KON") and not any(
            k in cue_idx and _speaks(doc[k]) or tx.in_quote[k] or doc[k].text in (":", ";")
            for k in range(s.start, start))


# conjunctions of the reporter's background around a report („…, obwohl …“, „Nachdem …, …“): not the speaker's act
BACKGROUND = {"obwohl", "obgleich", "obschon", "nachdem", "bevor", "ehe", "seit", "seitdem", "während", "als"}


def _background(tok) -> bool:
    """Whether a subordinating conjunction opens the reporter's background („obwohl“, „nachdem“, „während“)."""
    return tok.tag_ == "KOUS" and tok.lower_ in BACKGROUND


def _topic_not_agent(doc, clause: tuple[int, int], verb: int, entry, subj) -> bool:
    """„Von einer hohen Brandgefahr wird berichtet“, „wird von einem Unfall ausgegangen“: in a passive of a verb that
    names what was said with „von“ („sprechen von“), that „von“ phrase is the topic, not the agent; nor is an
    amount („eine Summe von zehn Millionen Euro wurde genannt“) anybody who speaks: no speaker."""
    return isinstance(subj, tuple) and subj[0] > clause[0] and doc[subj[0] - 1].lower_ in ("von", "vom") \
        and (_von_topic(doc, clause, verb, entry) or doc[subj[0]].tag_ == "CARD")


def _von_topic(doc, clause: tuple[int, int], verb: int, entry) -> bool:
    """Whether ``verb`` is a passive („wird … gesprochen“) of a verb whose „von“ names what was said."""
    return doc[verb].tag_ == "VVPP" and bool({"von", "vom"} & set(entry.prepositions)) and _werden_in(doc, clause)


class Report(NamedTuple):
    """A reported speech act: its token range, whether it took in a relative clause, and whether it names no
    speaker although its clause has a subject (an agentless passive, or a „von“ phrase that is the topic)."""

    span: tuple[int, int]
    absorbed: bool
    speakerless: bool = False


def reported_span(tx: _Text, si: int, clause: tuple[int, int], clauses: list[tuple[int, int]], verb: int, entry,
                  subj, shared: bool, markers: list[_Frame], cue_idx: set[int],
                  covered: list[tuple[int, int]]) -> Report | None:
    """The reported speech act around ``verb``, or None when the verb without content is no report (see
    ``_is_report``)."""
    doc = tx.doc
    s = tx.sents[si]
    if not _is_report(tx, si, clause, verb, entry, subj, shared, cue_idx):
        return None
    end = clause[1]
    absorbed = False
    if doc[clause[0]].tag_ not in ("PRELS", "PRELAT", "KOUS"):
        # a reported speech act reaches to the sentence end, up to the next frame or quotation
        for c in clauses:
            if c[0] < clause[1]:
                continue
            if c[0] == end + 1 and doc[c[0]].tag_ in ("PRELS", "PRELAT") and not any(tx.in_quote[k] for k in range(*c)) \
                    and not _subjunctive_relative(tx, c) and not _reaction_clause(tx, c, cue_idx) \
                    and not any(c[0] <= m.cue_tokens[0] < c[1] for m in markers):
                end, absorbed = c[1], True  # „X fordert Regeln, die vor Zucker warnen“: the relative clause is part of it
                continue
            if any(c[0] <= m.cue_tokens[0] < c[1] for m in markers) or _background(doc[c[0]]) \
                    or _subjunctive_relative(tx, c):
                break
            if any(k in cue_idx and _speaks(doc[k]) or tx.in_quote[k] for k in range(*c)) and not _silent_conjunct(
                    tx, c, next((n for n in clauses if n[0] >= c[1]), None), cue_idx):
                break
            end = c[1]
    start = clause[0]
    if start > s.start and doc[start].tag_ in FINITE and doc[start - 1].text == "," and not any(
            k in cue_idx and _speaks(doc[k]) or tx.in_quote[k] for k in _outside_relatives(doc, s.start, start)) \
            and not covered and not _background(doc[s.start]):
        start = s.start  # „Weil …, forderte X …“: the subordinate clause is the Vorfeld of the report
    elif _coordinated_with_head(tx, si, start, shared, cue_idx) and not covered:
        start = s.start  # „X hat das Thema aufgegriffen und fordert …“: the report is the whole sentence
    if any(doc[k].lower_ in ("dass", "daß") and doc[k - 1].text == "," and not tx.in_quote[k]
           for k in range(verb + 1, end)):
        return None  # „gab X, Leiter der Polizei, bekannt, dass …“: the act has a content clause after all
    a, b = _trim(doc, start, end, keep_asides=True)  # a report is its whole sentence, brackets included
    if b < s.end and doc[b].text == ")" and _open_bracket(doc, a, b):
        b += 1  # „(… CSU)“: the closing bracket of a parenthesis inside the report belongs to it
    if b <= a:
        return None
    if _topic_not_agent(doc, clause, verb, entry, subj):
        return Report((a, b), False, speakerless=True)
    return Report((a, b), absorbed)
