"""Verb mood: ``Mood=Sub`` for Konjunktiv I/II, ``Mood=Ind`` where the form can only be indicative.

Rules over the finite verb's form and lemma (no tables needed): Konjunktiv I third person singular is the
lemma's stem + „e“ (gebe, habe, werde, könne, zustimme, handle) unless „ich“ is its subject; „sei“,
„seien“, „seiest“ always are. Konjunktiv II: würde/hätte/wäre and their plurals, umlauted modals (könnte,
müsste), umlauted strong forms ending in -e/-en (käme, gäbe, läge) and other strong past stems + „e“
(hieße, ließe, ginge); their plural without umlaut („gingen“) is flagged ambiguous. Forms that look the same in both moods
(plural „haben“, „werden“, „ich gebe“, „sollte“) get no Mood (or Ind for the ich-form), but
``token._.mood_ambiguous`` and a German ``token._.mood_evidence`` say so. The weak past („sagte“) is
spelled like Konjunktiv II; it gets no Mood and is not flagged ambiguous (in news it is the indicative). Every decision is explained in ``token._.mood_evidence``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

for _name, _default in (("mood_evidence", None), ("mood_ambiguous", False)):
    if not Token.has_extension(_name):
        Token.set_extension(_name, default=_default)

FINITE = {"VVFIN", "VAFIN", "VMFIN"}
SEIN_SUB = {"sei", "seiest", "seist", "seien", "seiet"}
KONJ2_FIXED = {
    "würde", "würdest", "würden", "würdet", "hätte", "hättest", "hätten", "hättet", "wäre", "wärest",
    "wärst", "wären", "wäret", "könnte", "könntest", "könnten", "müsste", "müssten", "müßte", "müßten",
    "dürfte", "dürften", "möchte", "möchten", "bräuchte", "bräuchten", "wüsste", "wüssten", "täte", "täten",
}
# Past forms that are also Konjunktiv II (same spelling): never a sure sign of either mood.
KONJ2_AMBIGUOUS = {"sollte", "sollten", "wollte", "wollten"}
SURE_INDICATIVE = {
    "ist", "sind", "bin", "bist", "seid", "war", "waren", "hat", "hatte", "hatten", "wird", "wurde",
    "wurden", "kann", "konnte", "konnten", "muss", "muß", "musste", "mussten", "darf", "durfte", "soll",
    "will", "mag", "gibt", "gab", "gaben", "kam", "kamen", "geht", "ging",
}
# Adverbs of fixed verb phrases („infrage stellen“, „zugrunde liegen“) that end in -e like a Konjunktiv I and that
# the tagger sometimes reads as the finite verb: never a verb form.
NOT_VERBS = {"infrage", "zugrunde", "zutage", "zugute", "zuliebe", "zumute", "zuwege", "beiseite", "imstande",
             "instande", "zustande", "zurande", "zuhause", "zunichte"}
# Prepositions spelled like a verb stem + „e“ („anstelle von“, „anstelle des …“ vs. the verb „anstellen“): the
# preposition is followed by its noun phrase, the finite verb of a subordinate clause by the clause's end.
PREPOSITION_FORMS = {"anstelle", "infolge", "zufolge"}
_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def _stem(lemma: str) -> str | None:
    low = lemma.lower()
    if low in ("sein", "tun"):
        return None if low == "sein" else "tu"
    if low.endswith("en") and len(low) > 3:
        return low[:-2]
    if low.endswith(("ern", "eln")):
        return low[:-1]
    return None


def _umlauted_weak_past(form: str) -> bool:
    """„fällte“, „zählten“, „führte“: an umlaut before the weak past „-te(n)“ belongs to the stem (fällen, not
    fallen). A vowel before „-te(n)“ is a strong stem in „t“ (böten, träten: Konjunktiv II); so are the mixed
    verbs (brächte, dächte) and the fixed list above."""
    if not form.endswith(("te", "ten")) or not any(c in form for c in "äöü") or "ächt" in form:
        return False
    stem = form[:-3] if form.endswith("ten") else form[:-2]
    return bool(stem) and stem[-1] not in "aeiouäöüy"


def _before_noun_phrase(token: Token) -> bool:
    """A word follows in the same clause (no punctuation or conjunction): „anstelle“ governs it as a preposition."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return nxt is not None and not nxt.is_punct and nxt.lower_ not in ("und", "oder", "aber", "sondern")


#: Words before a Konjunktiv-I-shaped verb that give it another subject than an earlier „ich“.
OTHER_SUBJECTS = {"er", "sie", "es", "man", "wir", "ihr", "du"}
#: Tags of words that open a subordinate clause between „ich“ and the verb („Ich glaube, dass …“).
CLAUSE_OPENERS = {"KOUS", "PRELS", "PWS", "PWAV"}
#: Tags that begin a subject noun phrase right after a comma („Ich sagte ihr, die Firma plane …“).
SUBJECT_STARTS = {"ART", "NN", "NE", "PPER", "PDS", "PIS", "PPOSAT", "PDAT", "PIAT", "ADJA"}


def _has_subject_ich(token: Token) -> bool:
    """Whether „ich“ is the verb's subject (right after it, or the nearest subject before it: „Ich bin … gefahren und
    habe …“), so the form is the indicative ich-form; a clause with its own subject between („er habe“) is not."""
    doc, sent = token.doc, token.sent
    if any(doc[k].lower_ == "ich" for k in range(token.i + 1, min(sent.end, token.i + 3))):
        return True
    for k in range(token.i - 1, sent.start - 1, -1):
        t = doc[k]
        if t.lower_ == "ich":
            return True
        if t.lower_ in OTHER_SUBJECTS or (t.tag_ in CLAUSE_OPENERS and t.lower_ not in ("als", "wie")):
            return False  # „als“/„wie“ also open an apposition („Ich, als Ärztin, habe …“)
        if t.text in (",", ";", ":", "–") and k + 1 < token.i and doc[k + 1].tag_ in SUBJECT_STARTS:
            return False
    return False


def mood_of(token: Token) -> tuple[str | None, str | None, bool]:
    """(Mood value or None, German evidence or None, ambiguous) for one token."""
    if token.tag_ not in FINITE:
        return None, None, False
    form = token.lower_
    if form in NOT_VERBS:
        return None, f"Adverb, kein Verb: {token.text}", False
    if form in PREPOSITION_FORMS and _before_noun_phrase(token):
        return None, f"Präposition, kein Verb: {token.text}", False
    lemma = token._.base_lemma or token.lemma_
    if form in SEIN_SUB:
        return "Sub", f"Konjunktiv I: {token.text}", False
    if form in KONJ2_FIXED:
        return "Sub", f"Konjunktiv II: {token.text}", False
    if form in KONJ2_AMBIGUOUS:
        return None, f"Konjunktiv II oder Präteritum (gleiche Form): {token.text}", True
    if form in SURE_INDICATIVE:
        return "Ind", f"Indikativ: {token.text}", False
    stem = _stem(lemma)
    if stem:
        full = (token._.particle is not None and _stem(token.lemma_)) or None
        if form == stem + "e" or (full and form == full + "e"):
            if _has_subject_ich(token):
                return "Ind", f"Indikativ (ich-Form, gleich wie Konjunktiv I): {token.text}", True
            return "Sub", f"Konjunktiv I: {token.text}", False
        if form == lemma.lower() and form.endswith("n"):
            return None, f"Konjunktiv I oder Indikativ (gleiche Form im Plural): {token.text}", True
        if _umlauted_weak_past(form):
            return None, f"Präteritum, formgleich mit Konjunktiv II (meist Indikativ): {token.text}", False
        if form.endswith(("e", "en")) and any(c in form for c in "äöü") and not any(c in stem for c in "äöü"):
            return "Sub", f"Konjunktiv II: {token.text}", False
        if form.endswith(("te", "ten")):
            return None, f"Präteritum, formgleich mit Konjunktiv II (meist Indikativ): {token.text}", False
        if form.endswith("t") and not form.endswith("et"):
            return "Ind", f"Indikativ: {token.text}", False
        if lemma.lower().endswith(("eln", "ern")) and form == lemma.lower()[:-3] + lemma.lower()[-2] + "e":
            return "Sub", f"Konjunktiv I: {token.text}", False  # handle, ändre
        if form.endswith("ie") and not form.endswith("iee"):
            # „schrie“, „spie“: the past stem itself ends in „-ie“ (Konjunktiv II „schriee“)
            return "Ind", f"Präteritum (Indikativ): {token.text}", False
        if form.endswith("e") and len(form) > 3:
            # a strong past stem + e (hieße, ließe, ginge): the past indicative has no -e
            return "Sub", f"Konjunktiv II: {token.text}", False
        if form.endswith("en") and form != lemma.lower():
            return None, f"Präteritum oder Konjunktiv II (gleiche Form im Plural): {token.text}", True
    return None, None, False


@Language.component("medialit_mood")
def mood_component(doc: Doc) -> Doc:
    """Add VerbForm=Fin and Mood (Sub/Ind) to finite verbs, with German evidence."""
    for tok in doc:
        if tok.tag_ not in FINITE:
            continue
        mood, evidence, ambiguous = mood_of(tok)
        feats = {"VerbForm": "Fin"}
        if mood:
            feats["Mood"] = mood
        tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
        if evidence:
            tok._.mood_evidence = evidence
        if ambiguous:
            tok._.mood_ambiguous = True
    return doc
