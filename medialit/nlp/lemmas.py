"""Separable verbs: join the particle to its verb („wies … zurück“ → zurückweisen) and link the two tokens.

In a German main clause the finite verb stands second and its particle (STTS PTKVZ) at the clause end. For
each particle the nearest finite full verb to its left in the same sentence is its verb, skipping verbs
that close a comma-bounded subordinate or relative clause. The verb gets the joined lemma; the verb's
``token._.particle`` and the particle's ``token._.particle_of`` hold the other token's index, and
``token._.lemma_evidence`` says why („trennbares Verb: wies … zurück → zurückweisen“).
Two participles HanTa lemmatises as another verb are corrected here too, with evidence: passive „wurde geraten“
is raten (not „in etwas geraten“), „gestanden … ein“ is eingestehen (not stehen).
A few adjectives are such particles too („stellte klar“ → klarstellen), and „dagegen“ („hielt dagegen“): the tagger
reads them as ADJD or PROAV, so they are retagged PTKVZ when they close the clause after one of the verbs they form
a separable verb with.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

for _name in ("particle", "particle_of", "lemma_evidence", "base_lemma"):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=None)

FINITE_FULL = {"VVFIN", "VVIMP"}
#: A finite auxiliary or modal in the particle's own clause: the particle is no separated part of a verb before it.
AUX_FINITE = {"VAFIN", "VMFIN"}
SUBCLAUSE_OPENERS = {"KOUS", "PRELS", "PRELAT", "PWAV", "PWS"}
#: Adjectives (and „dagegen“) that are the particle of a separable verb of saying, with the verbs they join
#: („stellte klar“, „hielt dagegen“).
ADJECTIVE_PARTICLES = {
    "klar": {"stellen", "machen"},
    "richtig": {"stellen"},
    "offen": {"legen"},
    "bloß": {"stellen"},
    "kund": {"tun", "geben"},
    "dagegen": {"halten"},  # a pronominal adverb the tagger reads as PROAV: „hielt dagegen“ → dagegenhalten
}


def _in_subclause(sent: Span, verb: Token) -> bool:
    """True when ``verb`` closes a subordinate clause: a comma before it is followed by KOUS/PRELS/…"""
    for k in range(verb.i - 1, sent.start - 1, -1):
        t = verb.doc[k]
        if t.text == ",":
            nxt = verb.doc[k + 1] if k + 1 < verb.i else None
            nxt2 = verb.doc[k + 2] if k + 2 < verb.i else None
            return bool(
                (nxt is not None and nxt.tag_ in SUBCLAUSE_OPENERS)
                or (nxt is not None and nxt.tag_ == "APPR" and nxt2 is not None and nxt2.tag_ in SUBCLAUSE_OPENERS)
            )
        if t.tag_ in SUBCLAUSE_OPENERS and k == sent.start:
            return True
    return False


def find_particle_verb(particle: Token) -> Token | None:
    """The finite verb a separated particle belongs to, or None."""
    sent = particle.sent
    comma = False
    for k in range(particle.i - 1, sent.start - 1, -1):
        tok = particle.doc[k]
        finite = tok.tag_ in FINITE_FULL or (tok.tag_ == "VAFIN" and particle.lower_ == "inne")  # innehaben
        if finite and tok._.particle is None and not _in_subclause(sent, tok):
            return tok
        if tok.tag_ == "$." or tok.text == ":" or (tok.tag_ in AUX_FINITE and not comma):
            break  # „erklärte, die Lage sei noch nicht vorbei“: „vorbei“ belongs to the clause of „sei“
        comma = comma or tok.text == ","
    return None


def join_lemma(particle: Token, verb: Token) -> str:
    return particle.lemma_.lower() + verb.lemma_


def _adjective_particle_verb(tok: Token) -> Token | None:
    """The verb an adjective closing its clause is the particle of („stellte … klar“), or None."""
    verbs = ADJECTIVE_PARTICLES.get(tok.lower_) if tok.tag_ in ("ADJD", "PROAV") else None
    if not verbs:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not nxt.is_sent_start and not nxt.tag_.startswith("$"):
        return None
    verb = find_particle_verb(tok)
    return verb if verb is not None and verb.lemma_ in verbs else None


def _repaired_lemma(tok: Token) -> str | None:
    """The lemma of a participle HanTa confuses with another verb („wurde geraten“ → raten, „gestanden … ein“ →
    eingestehen), or None."""
    sent = tok.sent
    if tok.lemma_ == "geraten" and tok.tag_ == "VVPP" and any(
            t.lemma_ == "werden" and t.tag_ == "VAFIN" for t in tok.doc[max(sent.start, tok.i - 6):min(sent.end, tok.i + 2)]):
        return "raten"
    if tok.lower_ == "gestanden" and any(t.lower_ == "ein" and t.tag_ == "PTKVZ" for t in tok.doc[tok.i + 1:sent.end]):
        return "eingestehen"
    return None


@Language.component("medialit_separable_verbs")
def separable_verbs_component(doc: Doc) -> Doc:
    """Give finite verbs with a separated particle the full lemma and link verb and particle."""
    for tok in doc:
        if tok.tag_ == "PTKVZ":
            verb = find_particle_verb(tok)
        else:
            verb = _adjective_particle_verb(tok)
            if verb is not None:
                tok.tag_, tok.pos_ = "PTKVZ", "ADP"
        if verb is None:
            continue
        joined = join_lemma(tok, verb)
        verb._.base_lemma = verb.lemma_
        verb.lemma_ = joined
        verb._.particle = tok.i
        tok._.particle_of = verb.i
        verb._.lemma_evidence = f"trennbares Verb: {verb.text} … {tok.text} → {joined}"
        tok._.lemma_evidence = verb._.lemma_evidence
    for tok in doc:
        if tok.tag_.startswith("VV") and (repaired := _repaired_lemma(tok)) is not None:
            tok.lemma_ = repaired
            tok._.lemma_evidence = f"Partizip im Zusammenhang: {tok.text} → {repaired}"
    return doc
