"""Direct quotations: quotation-mark pairs, their frames before, inside or after them, and words in marks
that are titles, names or scare quotes rather than quotations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from medialit import verbs as lexicon
from medialit.nlp.sentences import BULLETS
from medialit.nlp.tokenizer import QUOTE_CHARS
from medialit.quotes.base import (
    CONTENT_MARKERS,
    DATIVE_DETS,
    FINITE,
    FRAGMENT_CUES,
    GENITIVE_ARTICLES,
    NAME_FUNCTION_WORDS,
    TITLE_NOUNS,
    TITLE_SUFFIXES,
    _Draft,
    _Frame,
    _is_punct,
    _is_verb,
    _konj,
    _konj1,
    _starts_content,
    _Text,
    _verb_frame,
    statement_label,
)
from medialit.quotes.frames import _clause_stop, _marker_frames, _wie_start
from medialit.quotes.subjects import (
    _actor_of_sentence,
    _affiliation_label,
    _antecedent,
    _mittelfeld_subject,
    _named_actor,
    _noun_phrase,
    _passive,
    _person_like,
    _previous_clause_subject,
    _quoted_name,
    _quoted_person_frame,
    _subject,
)

# Verbs of judging that take the judgement in marks after „als“/„für“ („sieht die Maßnahme als „Kapitulation““).
VIEW_VERBS = {"sehen", "ansehen", "halten", "betrachten", "empfinden", "einstufen", "erachten", "verstehen"}


# Nouns for chanted or written words („skandierten Parolen wie „…““).
CHANT_NOUNS = {"parolen", "parole", "sprüche", "spruch", "rufe", "rufen", "slogans", "slogan", "sprechchöre",
               "sprechchören", "losungen", "schlachtrufe", "schlachtrufen"}


# Words that point back to a person just named („…“, so letztere).
REFERRING_WORDS = {"letztere", "letzterer", "letzteres", "erstere", "ersterer", "dieser", "diese", "jener", "jene"}


# How many sentences back a frameless quotation still continues the previous quotation's speaker.
FOLLOW_ON_SENTENCES = 3


# Verbs that say where words are written („steht im Gesetz“, „findet sich in der Zeitung“, „heißt es im Bericht“).
# Prepositions of place and company: „mit der „Zeit““, „im „Spiegel““ name a partner or medium.
PLACE_PREPOSITIONS = {"mit", "gegenüber", "in", "im", "bei", "beim"}

# Verbs of presenting or celebrating: their object in marks is a product, event or report, not words.
PRESENTING_VERBS = {"vorstellen", "präsentieren", "vorlegen", "feiern", "veröffentlichen", "herausgeben"}

TEXT_VERBS = {"finden", "stehen", "lesen", "heißen", "lauten", "befinden"}

# Words up to which a piece in marks without any frame inside a sentence counts as a name or scare quote.
BARE_FRAGMENT_WORDS = 6

# Tokens of a label such as „übersetzt etwa:“ or „auf Deutsch:“ between a bracket and a glossing quotation.
GLOSS_LABEL_TOKENS = 4

# Nouns for a field or heading whose name follows in marks („im Bereich „…““, „zum Stichwort „…““).
CATEGORY_NOUNS = ("bereich", "bereichs", "kategorie", "rubrik", "stichwort", "sparte", "thema", "themas")
#: Labels of a text's genre over a headline („Interview: „…““, „Kommentar: „…““): the article, not a speaker.
# Rubrics of quotations before a colon („Zitat des Tages:“, „Satz der Woche:“): nobody speaking.
QUOTE_LABELS = ("zitat", "satz", "spruch", "wort", "zitate", "sprüche")

GENRE_LABELS = ("interview", "kommentar", "reportage", "porträt", "leitartikel", "gastbeitrag", "kolumne", "glosse",
                "essay", "hintergrund", "analyse")

# First words of the titles of laws and treaties („„Gesetz zur Änderung …““, „„Abkommen über …““).
LAW_WORDS = ("gesetz", "verordnung", "abkommen", "vertrag", "richtlinie", "staatsvertrag")


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


def _direct_quotes(tx: _Text, pairs, drafts: list[_Draft]) -> list[_Draft]:
    """Direct quotations in marks with their frames: claimed by a reporting verb, a colon introduction, a
    judgement or slogan, or found around the quotation; titles, names and scare quotes are left out."""
    doc = tx.doc
    claimed = tx.pair_frames
    out: list[_Draft] = []
    skip_next = set()
    listed: tuple[int, _Frame] | None = None  # the last quotation framed by „Parolen wie“ or a judgement
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
        if not closed and _goes_on_next_paragraph(tx, b, pairs[pi + 1][0] if pi + 1 < len(pairs) else None):
            ev = ["Anführungszeichen: das Zitat geht im nächsten Absatz weiter (der neue Absatz beginnt wieder mit "
                  "Anführungszeichen, erst der letzte schließt)"]
        frame = claimed.get(pi)
        s = tx.sents[si]
        if frame is not None and _relative_frame_before(tx, frame, a):
            frame = None  # „Laut X ist die Demonstration, zu der Y aufgerufen hatte, „…“ verlaufen“
        if frame is None and a > s.start and doc[a - 1].text == ":":
            frame = _colon_frame(tx, si, a, drafts, ev)
        enclosing = min((d for d in drafts if d.kind == "indirect" and any(p0 <= a and b < p1 + 2 for p0, p1 in d.tokens)),
                        key=lambda d: _report_rank(tx, d), default=None)  # not in the gap between pieces („Wie die
        # „Zeit“ berichtete, …“ is the frame); of two reports of the same words the one with a named, indicative frame
        if frame is not None and enclosing is not None and _thing_frame_in_report(tx, frame, enclosing):
            frame = None  # „Die Veranstaltung habe gezeigt, „dass …“, sagte sie“: her words, not the event's
        if frame is None and enclosing is None and closed:
            frame = _fuer_frame(tx, si, a)
        if frame is None and enclosing is None and closed and not _konj_sentence(tx, si):
            frame = _view_frame(tx, si, a) or _chant_frame(tx, si, a)
            if frame is None and listed is not None and listed[0] == pi - 1 and all(
                    doc[k].lower_ in ("und", "oder", "sowie", ",") for k in range(pairs[pi - 1][1] + 1, a)):
                frame = listed[1]  # „Parolen wie „…“ oder „…““: the list goes on
            listed = (pi, frame) if frame is not None else None
        # a closed pair no colon introduces may be a name, title or term rather than a quotation
        may_name = closed and (frame is None or frame.marker != "colon")
        if may_name and _name_like(tx, a, b) and not _starts_content(tx, si, a) \
                and not _speech_object(tx, si, a) and not _speech_predicate(tx, si, a):
            continue
        if closed and _name_as_subject(tx, si, a, b):
            continue
        if may_name and _work_title(tx, si, a):
            continue
        if may_name and _product_name(inner):
            continue
        if may_name and not has_fin and _category_or_law(tx, si, a, inner):
            continue
        if closed and _speech_predicate(tx, si, a):
            ev.append("Prädikat nach „als“ bei einem Redeverb: Wortlaut des Sprechers")
        elif closed and _naming_judgement(tx, si, a):
            ev.append("Urteil nach „nennen“: klein geschriebener Wortlaut, kein Titel")
        if frame is None and enclosing is None and not _looks_like_quotation(tx, a, b, words, has_fin):
            if not (closed and _wording_in_reported_sentence(tx, si, inner)):
                continue
            ev.append("Wortlaut in Anführungszeichen in einem Satz im Konjunktiv I")
        if may_name and not _naming_judgement(tx, si, a) and (
                _named_source_or_work(tx, si, a) or _place_or_partner(tx, si, a, b, inner)):
            continue
        if frame is None and enclosing is None and closed and not has_fin \
                and _genitive_name(tx, si, a, inner):
            continue
        if may_name and not has_fin and _self_designation(tx, si, a, b):
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
        if frame is None and enclosing is None:
            frame = _unclaimed_frame(tx, pairs, pi, drafts, ev)
        frame = _settle_speaker(tx, frame, a, b)
        if frame is not None and frame.lemma in PRESENTING_VERBS and closed and not has_fin \
                and _presented_thing(tx, si, a):
            continue
        if frame is None and enclosing is None:
            frame = _carried_frame(tx, si, a, closed, out, drafts)
        if frame is None and enclosing is None and _bare_fragment(tx, si, a, closed, words):
            continue
        if frame is None and enclosing is not None and _marked_term(inner):
            continue
        if not has_fin and _gloss_in_brackets(tx, pairs, pi):
            continue
        if frame is not None and isinstance(frame.speaker, tuple) and frame.speaker[0] < a and b < frame.speaker[1]:
            continue  # „Die Bürgerinitiative „Südstadt wehrt sich“ kritisierte …“: the marks name the speaker
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


def _thing_frame_in_report(tx: _Text, frame: _Frame, enclosing: _Draft) -> bool:
    """„Die Veranstaltung habe gezeigt, „dass …““ inside somebody's indirect speech: a verb in the Konjunktiv
    whose subject is a thing, not a person or body, is part of what the speaker reports; the words in marks are
    the speaker's own, quoted within her report."""
    doc = tx.doc
    if not isinstance(frame.speaker, tuple) or _person_like(doc, frame.speaker) or frame.marker is not None:
        return False
    inside = all(any(p0 <= k < p1 for p0, p1 in enclosing.tokens) for k in frame.cue_tokens)
    return inside and (any(_konj(doc[k]) for k in frame.cue_tokens) or _konj_auxiliary(tx, frame))


def _wording_in_reported_sentence(tx: _Text, si: int, inner) -> bool:
    """„Der Plan bestehe aus „repressiven“ Maßnahmen“: in a Konjunktiv I sentence words in marks are the reported
    speaker's own wording — unless they are one capitalised word or contain a name (a title or brand)."""
    doc = tx.doc
    s = tx.sents[si]
    if not any(_konj1(doc[k]) for k in range(s.start, s.end) if not tx.in_quote[k]):
        return False
    if any(t.tag_ in ("NE", "FM") for t in inner):
        return False
    return len(inner) >= 2 or inner[0].text[:1].islower()


def _report_rank(tx: _Text, d: _Draft) -> tuple[int, int, int, int]:
    """„Sie wisse, dass …, hatte X gesagt“: of two reports of the same words the better frame names its speaker,
    stands in a main clause („Als der Bundestag das Gesetz beschloss, sagte der Minister, …“: not „beschloss“),
    has an indicative verb (a Konjunktiv speech verb is itself reported) and, all else equal, stands nearer the
    words („zeigt einen Mann, der sagt, es regne …“: „sagt“)."""
    frame = d.frame
    named = frame is not None and isinstance(frame.speaker, tuple)
    background = frame is not None and tx.doc[frame.clause[0]].tag_ == "KOUS" and frame.marker is None
    reported = frame is not None and (any(_konj(tx.doc[k]) for k in frame.cue_tokens) or _konj_auxiliary(tx, frame))
    cue = min(frame.cue_tokens) if frame is not None and frame.cue_tokens else None
    active = cue is not None and tx.doc[cue].tag_.startswith("V") and not _passive(tx.doc, frame.clause, cue)
    distance = abs(d.tokens[0][0] - cue) if active and d.tokens else len(tx.doc)  # „…, die … veröffentlicht wurde“
    return (0 if named else 1, 1 if background else 0, 1 if reported else 0, distance)


def _konj_auxiliary(tx: _Text, frame) -> bool:
    """Whether a participle or infinitive cue hangs on a Konjunktiv auxiliary of its clause („Die Berlinale habe
    bewiesen, dass …“): the speech verb is itself reported."""
    doc = tx.doc
    if not frame.cue_tokens or doc[frame.cue_tokens[0]].tag_ in ("VVFIN", "VAFIN", "VMFIN"):
        return False
    return any(doc[k].tag_ in ("VAFIN", "VMFIN") and _konj(doc[k]) and not tx.in_quote[k]
               for k in range(frame.clause[0], frame.cue_tokens[0]))


def _gloss_in_brackets(tx: _Text, pairs, pi: int) -> bool:
    """„die Kampagne „Clean Water“ („Sauberes Wasser“)“, „„…“ (etwa: „…“)“: words in marks in brackets right after
    another pair of marks translate or gloss that name; they are nobody's quotation."""
    if pi == 0:
        return False
    doc = tx.doc
    a = pairs[pi][0]
    prev_close = pairs[pi - 1][1]
    k = prev_close + 1
    if k >= a or doc[k].text not in ("(", "["):
        return False
    label = [doc[m] for m in range(k + 1, a)]
    return len(label) <= GLOSS_LABEL_TOKENS and (not label or label[-1].text == ":")


def _marked_term(inner) -> bool:
    """„er habe die „Täter“ genannt“, „die „drastische“ Erhöhung“: one noun, name or number — or one attributive
    adjective — in marks inside an indirect report is a term the reporter sets off, not the speaker's wording."""
    if len(inner) != 1:
        return False
    t = inner[0]
    return t.tag_ == "ADJA" or (t.tag_ in ("NN", "NE", "FM", "CARD") and t.text[:1].isupper())


def _bare_fragment(tx: _Text, si: int, a: int, closed: bool, words: int) -> bool:
    """„wegen „groben Unfugs“ angezeigt“, „das Motto „…““: a short piece in marks inside a sentence that no
    frame, speaker or report claims is a name, title or scare quote, not someone's quotation (a Konjunktiv
    sentence is left to free indirect speech)."""
    return closed and words <= BARE_FRAGMENT_WORDS and not _starts_content(tx, si, a) and not _konj_sentence(tx, si)


def _party_bracket(doc, cs: int, colon: int) -> int | None:
    """Where a short bracket right before a colon opens („Wendt (SPD):“, „Keller (Grüne, Hamburg):“), else None."""
    if colon - cs < 4 or doc[colon - 1].text != ")":
        return None
    p = next((k for k in range(colon - 2, max(cs, colon - 6), -1) if doc[k].text == "("), None)  # ≤ 3 words
    if p is None or p <= cs or any(doc[k].tag_ not in ("NE", "NN", "ADJA", "CARD") and doc[k].text not in ",/-"
                                   for k in range(p + 1, colon - 1)):
        return None
    return p


#: Adverbs that may lead a speaker's label before a colon („Dazu X: „…““).
COLON_LEADS = frozenset({"dazu", "hierzu", "auch", "darauf", "daraufhin", "zudem", "ebenso", "und"})


def _colon_frame(tx: _Text, si: int, a: int, drafts: list[_Draft], ev: list[str]) -> _Frame | None:
    """Colon introductions: „Merkel: „…““, „X zur neuen Heimat: „…““, „Zitat von X: „…““, „…, und Y: „…““,
    „…, so X weiter: „…““ and a whole introducing clause („Die Firma empfindet die Kritik als ungerecht: „…““)."""
    doc = tx.doc
    cs = tx.sents[si].start
    while cs < a - 1 and doc[cs].text in BULLETS:
        cs += 1  # „- Joshua Kimmich: „…““: a list item of voices after the match
    if cs + 1 < a - 1 and doc[cs].lower_ in COLON_LEADS and doc[cs + 1].tag_ in ("NN", "NE"):
        cs += 1  # „Dazu Verbandschef Peter Adrian: „…““, „Auch Adrian: „…““: the adverb leads the label
    brackets = sum(1 if doc[k].text == "(" else -1 if doc[k].text == ")" else 0 for k in range(cs, a - 1))
    if brackets > 0:  # „(etwa: „Partei der Volksmacht“)“: a gloss in brackets, not a speech introduction
        return _interjection_frame(doc, cs, a)
    np = _noun_phrase(doc, cs, a - 1)
    if np == (cs, a - 1) and a - 1 - cs == 1 and doc[cs].lower_ in GENRE_LABELS:
        return None  # „Interview: „Die Schweiz war nie ein billiges Reiseland““: the genre, nobody speaking
    head = next((doc[k] for k in range(*np) if doc[k].tag_ == "NN"), None) if np else None
    if np and np[1] == a - 1 and head is not None and head.lower_ in QUOTE_LABELS:
        return None  # „Zitat des Tages: „…““, „Der Satz der Woche: „…““: a rubric, the speaker is named after
    if (head_end := _party_bracket(doc, cs, a - 1)) is not None and _noun_phrase(doc, cs, head_end) == (cs, head_end):
        np = (cs, a - 1)  # „Dietmar Wendt (SPD): »…«“: the party in brackets belongs to the speaker label
    # „Merkel: „…““ or „Koppelin wörtlich: „…““: only a noun phrase (and an adverb) before the colon
    after = _past_age(doc, np[1], a - 1) if np else 0  # „Rentnerin Gisela K. (78) auf dem Marktplatz: „…““
    if np and (a - 1 - after <= 2 and all(doc[k].tag_ in ("ADV", "ADJD") for k in range(after, a - 1))
               or _pp_tail(doc, after, a - 1) and (_person_like(doc, np) or _named_actor(doc, np))):
        return _Frame([a - 1], ":", None, "", np, (cs, a - 1), ["Doppelpunkt-Einleitung: Sprecher vor dem Doppelpunkt"],
                      marker="colon")
    if np and (by := _von_speaker(doc, np, a - 1)) is not None:
        return _Frame([a - 1], ":", None, "", by, (cs, a - 1), [f"Doppelpunkt-Einleitung: {doc[cs:a - 1].text}"],
                      marker="colon")
    if (last := _listed_speaker(tx, cs, a - 1)) is not None:
        return _Frame([a - 1], ":", None, "", last, (last[0], a - 1),
                      ["Doppelpunkt-Einleitung: zuletzt aufgezählter Sprecher vor dem Doppelpunkt"], marker="colon")
    same = [d for d in drafts if d.sentence == si and d.frame is not None
            and isinstance(d.frame.speaker, tuple) and d.tokens[-1][1] <= a]
    if same and (speaker := _speaking_subject_instead(tx, si, a, same[-1].frame)) is not None:
        return speaker
    if same and (nested := _nested_colon_speaker(tx, si, a, same[-1])) is not None:
        return nested
    if same:
        ev.append("Doppelpunkt nach einer Redewiedergabe desselben Sprechers")
        return same[-1].frame  # „…, so Elshorst weiter: „…““: the report before the colon names the speaker
    # „Die Firma empfindet die Kritik als ungerecht: „…““: the subject of the introducing clause speaks
    clause, subj = _colon_subject(tx, si, a - 1)
    if subj is None:
        return _readable_frame(tx, clause, a)
    if lexicon.event_noun(doc[subj[1] - 1].text):
        return None  # „Influencer-Beef eskaliert: «…»“: a quarrel does not speak
    if lexicon.temper_noun(doc[subj[1] - 1].text) and (angry := _dative_person(doc, clause, subj)) is not None:
        return _Frame([a - 1], ":", None, "", angry, clause, [f"Doppelpunkt-Einleitung: „{doc[subj[1] - 1].text}“ "
                      f"spricht nicht, sondern wer die Geduld verliert: {doc[angry[0]:angry[1]].text}"], marker="colon")
    return _Frame([a - 1], ":", None, "", subj, clause, ["Doppelpunkt-Einleitung: Subjekt des einleitenden Satzes spricht"],
                  marker="colon")


def _interjection_frame(doc, cs: int, a: int) -> _Frame | None:
    """„(Zwischenruf von Philippi: „Das ist falsch!“)“, „(Zuruf aus der AfD-Fraktion: „…“)“: a call from the floor
    in brackets is spoken by the person or group named after the noun, or by nobody named."""
    p = next((k for k in range(a - 2, cs - 1, -1) if doc[k].text == "("), None)
    if p is None or p + 1 >= a - 1 or not lexicon.interjection_noun(doc[p + 1].text):
        return None
    start = p + 3 if p + 2 < a - 1 and doc[p + 2].lower_ in ("von", "vom", "aus") else p + 2
    by = _noun_phrase(doc, start, a - 1) if start < a - 1 else None
    if by is not None and (by[1] != a - 1 or not (_person_like(doc, by) or _named_actor(doc, by))):
        by = None
    who = f"„{doc[p + 1:a - 1].text}“" if by is not None else "Sprecher wird nicht genannt"
    return _Frame([p + 1], doc[p + 1].text, "neutral", "Zwischenruf: Worte aus dem Publikum oder Plenum.", by,
                  (p + 1, a - 1), [f"Zwischenruf in Klammern: {who}"], marker="colon")


def _dative_person(doc, clause: tuple[int, int], subj: tuple[int, int]) -> tuple[int, int] | None:
    """„Dem Trainer platzte der Kragen“, „Ihr riss der Geduldsfaden“: the person in the dative at the clause start."""
    a = clause[0]
    if doc[a].tag_ == "PPER" and doc[a].lower_ in ("ihm", "ihr", "ihnen"):
        return a, a + 1
    if doc[a].lower_ not in ("dem", "der") or subj[0] <= a:
        return None
    np = _noun_phrase(doc, a, subj[0])
    return np if np is not None and _person_like(doc, np) else None


def _readable_frame(tx: _Text, clause: tuple[int, int], a: int) -> _Frame | None:
    """„Auf den Plakaten war zu lesen: „…““, „Aus dem Saal war zu hören: „…““: „sein“ + „zu“ + a verb of reading or
    hearing introduces written or heard words; the text or place named before is the source, if any."""
    doc = tx.doc
    zu = next((k for k in range(clause[0], min(clause[1], a - 1)) if doc[k].lower_ == "zu" and doc[k].tag_ == "PTKZU"
               and doc[k + 1].lemma_ in READABLE_VERBS), None)
    if zu is None:
        return None
    fin = next((k for k in range(clause[0], zu) if doc[k].lemma_ == "sein" and doc[k].tag_ == "VAFIN"), None)
    if fin is None:
        return None
    source = _locative_text(tx, clause[0], zu)
    words = doc[fin:zu + 2].text if fin == zu - 1 else f"{doc[fin].text} … zu {doc[zu + 1].text}"
    ev = [f"Doppelpunkt-Einleitung: „{words}“"]
    if source is not None:
        ev.append(_text_evidence(doc, source))
    return _Frame([a - 1], ":", None, "", source, clause, ev, marker="colon")


READABLE_VERBS = {"lesen", "hören", "sehen", "vernehmen"}


def _nested_colon_speaker(tx: _Text, si: int, a: int, report: _Draft) -> _Frame | None:
    """„Brandt sagte, die Ministerin habe versprochen: „…““: the reported clause before the colon has a speech verb
    and a subject of its own, so that subject speaks the quotation and the reporter only passes it on."""
    doc = tx.doc
    clause, subj = _colon_subject(tx, si, a - 1)
    outer = report.frame.speaker
    if subj is None or subj == outer or not (report.tokens[0][0] <= subj[0] and subj[1] <= report.tokens[-1][1]) \
            or doc[subj[0]].tag_ == "PPER" or not _head_speaks(doc, subj):
        return None  # „Brandt sagte, er habe oft gesagt: …“: a pronoun may well be the reporter himself
    verb = next((k for k in range(subj[1], a - 1) if doc[k].tag_.startswith("VV") and (
        e := lexicon.entry(lexicon.verb_lemma(doc[k]))) is not None and e.kind == "verb"), None)
    if verb is None:
        return None
    e = lexicon.entry(lexicon.verb_lemma(doc[verb]))
    return _Frame([verb], e.lemma, e.connotation, e.explanation, subj, clause,
                  [f"Doppelpunkt nach „{doc[verb].text}“ in der indirekten Rede: {doc[subj[0]:subj[1]].text} spricht, "
                   f"{doc[outer[0]:outer[1]].text} gibt es wieder"], marker="colon", relay=outer)


def _speaking_subject_instead(tx: _Text, si: int, a: int, report: _Frame) -> _Frame | None:
    """„X wagte die Prognose, …: „…““: when the report before the colon is voiced by a noun that cannot speak
    (its speech-act noun), the person who is the subject of the introducing clause speaks after the colon."""
    if _head_speaks(tx.doc, report.speaker):
        return None
    clause, subj = _colon_subject(tx, si, a - 1)
    if subj is None or not _head_speaks(tx.doc, subj):
        subj = _actor_of_sentence(tx, si)
        clause = (tx.sents[si].start, a - 1)
    if subj is None or not isinstance(report.speaker, tuple) or subj[1] > report.speaker[0]:
        return None
    return _Frame([a - 1], ":", None, "", subj, clause,
                  ["Doppelpunkt-Einleitung: Subjekt des einleitenden Satzes spricht (nicht das Redenomen)"],
                  marker="colon")


def _unclaimed_frame(tx: _Text, pairs, pi: int, drafts: list[_Draft], ev: list[str]) -> _Frame | None:
    """The frame of a quotation no reporting verb claimed: a source marker before it, a verb with speaker
    after it, a name before brackets, the next sentence, a reporting verb or another quotation of the sentence,
    or the subject of the clause around it."""
    a, b, closed = pairs[pi]
    si = tx.sent_of[a]
    frame = _marker_before(tx, si, a) or _wie_clause_before(tx, si, a)
    if frame is None and closed:
        frame = _trailing_frame(tx, b, a)
        if frame is not None:
            ev.append("Verb mit Sprecher direkt nach dem Zitat")
    if frame is None and closed:
        frame = _bracket_frame(tx, a, b) or _name_after_quote(tx, b)
    if frame is None and closed:
        frame = _headline_name_frame(tx, si, a, b)
    if frame is None and closed and _starts_content(tx, si, a):
        frame = _next_sentence_frame(tx, b)
    if frame is None:
        frame = _sentence_frame(tx, si, drafts, a, verbs=not _all_konj(tx, si))
        if frame is not None:
            ev.append("Redeverb im selben Satz")
    if frame is None and not _starts_content(tx, si, a):
        frame = _sibling_frame(tx, pairs, pi, si) or _embedding_frame(tx, si, a)
    return frame


def _headline_name_frame(tx: _Text, si: int, a: int, b: int) -> _Frame | None:
    """„„Ich bin nicht amtsmüde“: Sauer bei „Caren Miosga““: a quotation opening a line without a verb, then a
    colon and a person's name — the headline form that names the speaker after the quotation."""
    doc = tx.doc
    s = tx.sents[si]
    k = b + 2
    if a != s.start or k >= s.end or doc[b + 1].text != ":" or doc[k].ent_type_ != "PER" or doc[k].ent_iob_ != "B":
        return None
    if any(doc[m].tag_ in FINITE and not tx.in_quote[m] for m in range(k, s.end)):
        return None
    end = k + 1
    while end < s.end and doc[end].ent_iob_ == "I":
        end += 1
    return _Frame([b + 1], ":", None, "", (k, end), (k, s.end), ["Schlagzeile: Name nach Zitat und Doppelpunkt"],
                  marker="colon")


def _all_konj(tx: _Text, si: int) -> bool:
    """Whether every finite verb outside quotation marks is Konjunktiv: the sentence is reported speech, and a
    reporting verb in it („Bisher habe die Regierung „…“ ausgeschlossen“) is part of what is reported."""
    doc = tx.doc
    s = tx.sents[si]
    fins = [k for k in range(s.start, s.end) if doc[k].tag_ in FINITE and not tx.in_quote[k]]
    return bool(fins) and all(_konj(doc[k]) for k in fins)


def _settle_speaker(tx: _Text, frame: _Frame | None, a: int, b: int) -> _Frame | None:
    """Fill in or correct the speaker of a frame: a subject found elsewhere in the sentence, the text a
    quotation stands in, the person quoted by „zitieren“."""
    if frame is not None and frame.speaker is None and frame.marker is None:
        frame = _fill_speaker(tx, frame)
    if frame is not None and frame.marker is None and frame.cue_tokens:
        frame = _fronted_object(tx, frame)
    if frame is not None and frame.marker in (None, "colon"):
        frame = _document_source(tx, frame, a)
    if frame is not None and frame.lemma == "zitieren":
        frame = _quoted_person_frame(tx, frame, a, b)
        frame = frame if frame.speaker is not None else None
    if frame is not None and frame.marker in (None, "colon") and isinstance(frame.speaker, tuple):
        frame = _read_out_frame(tx, frame)
    return frame




def _read_out_frame(tx: _Text, frame: _Frame) -> _Frame:
    """„Sie las eine Botschaft Tehranis vor: „…““, „Der Anwalt verlas eine Erklärung von Derek Holloway: „…““: the
    author of the text read out speaks; the reader (the subject) relays."""
    doc = tx.doc
    cs, ce = frame.clause
    words = [k for k in range(cs, ce) if not tx.in_quote[k]]
    verb = next((k for k in words if doc[k].tag_.startswith("VV")), None)
    if verb is None:
        return frame
    lemma = lexicon.verb_lemma(doc[verb])
    noun = next((k for k in words if doc[k].tag_ == "NN" and lexicon.read_out_text(lemma, doc[k].text)), None)
    owner = _text_author(doc, noun + 1, ce) if noun is not None and noun + 1 < ce else None
    if owner is None or any(tx.in_quote[k] for k in range(*owner)) or owner == frame.speaker:
        return frame
    reader = doc[frame.speaker[0]:frame.speaker[1]].text
    return replace(frame, speaker=owner, relay=frame.speaker, evidence=[
        *frame.evidence, f"vorgelesener Text ({doc[noun].text}): die Worte stammen von „{doc[owner[0]:owner[1]].text}“;"
                         f" „{reader}“ trägt sie nur vor"])


def _text_author(doc, k: int, stop: int) -> tuple[int, int] | None:
    """The author named right after a text noun: a genitive name („Tehranis“), a genitive phrase („der Familie“)
    or „von“ + name („von Derek Holloway“)."""
    if doc[k].tag_ == "NE" and doc[k].text.endswith("s"):
        return (k, k + 1)
    if doc[k].lower_ in ("von", "vom"):
        k += doc[k].lower_ == "von"
    elif doc[k].lower_ not in GENITIVE_ARTICLES:  # a possessive („seines Mandanten“) is left to the speaker rules
        return None
    np = _noun_phrase(doc, k, stop)
    return np if np is not None and any(doc[m].tag_ in ("NN", "NE") for m in range(*np)) else None


def _carried_frame(tx: _Text, si: int, a: int, closed: bool, done: list[_Draft], drafts: list[_Draft]) -> _Frame | None:
    """A speaker carried over from the context: the previous quotation or report, or the person acting in the
    sentence before; a Konjunktiv fragment continues the reported speech around it."""
    if closed and _starts_content(tx, si, a):
        return _dialogue_turn(tx, done, a) or _follow_on_frame(tx, done, drafts, a) or _previous_actor_frame(tx, si, done, drafts, a)
    if _konj_sentence(tx, si):
        return _konj_fragment_frame(tx, si, done, drafts, a)
    return None


def _goes_on_next_paragraph(tx: _Text, last: int, opening: int | None) -> bool:
    """Whether an unclosed quotation ending at token ``last`` runs on into the next paragraph, which opens with
    a mark (German convention for a quotation over several paragraphs)."""
    if opening is None:
        return False
    doc = tx.doc
    between = tx.text[doc[last].idx + len(doc[last].text):doc[opening].idx]
    return "\n" in between and not between.strip()


def _line_before(tx: _Text, done: list[_Draft], a: int) -> _Draft | None:
    """The direct quotation opening the line right before the line that opens with the mark at ``a`` (its
    reporting verb, if any, after it on that line)."""
    doc = tx.doc
    prev = done[-1] if done else None
    if prev is None or prev.kind != "direct" or prev.frame is None or not isinstance(prev.frame.speaker, tuple):
        return None
    start, end = doc[prev.tokens[0][0]].idx, doc[a].idx
    if tx.text[start:end].count("\n") != 1 or tx.text[start:end].rstrip(" ")[-1:] != "\n" \
            or any(c in QUOTE_CHARS for c in tx.text[doc[prev.tokens[-1][1] - 1].idx + 1:end]):
        return None
    return prev


def _dialogue_turn(tx: _Text, done: list[_Draft], a: int) -> _Frame | None:
    """„Kretschmer fragt: „Wie breit?“⏎„Zwei Millimeter“, sagt Demir.⏎„Dann Note drei.““: lines of dialogue
    alternate between two people, so a line without a reporting verb takes the speaker of the line two before."""
    doc = tx.doc
    if prev := _line_before(tx, done, a):
        earlier = _line_before(tx, done[:-1], prev.tokens[0][0])
        if earlier is not None and {doc[k].text for k in range(*earlier.frame.speaker)} \
                .isdisjoint(doc[k].text for k in range(*prev.frame.speaker)):
            return _Frame([], "", None, "", earlier.frame.speaker, earlier.frame.clause,
                          ["Dialog: jede neue Zeile spricht die andere Person (wie zwei Zeilen davor)"])
    return None


def _follow_on_frame(tx: _Text, done: list[_Draft], drafts: list[_Draft], a: int) -> _Frame | None:
    """„„…“, sagte X. „…““: a quotation that fills its sentence without a frame of its own continues the
    previous direct quotation's speaker (up to three sentences back, unless someone else spoke or acted between)
    or that of an indirect report in the sentence before."""
    prev = next((d for d in reversed(done) if d.frame is not None and isinstance(d.frame.speaker, tuple)), None)
    report = max((d for d in drafts if d.kind in ("indirect", "reported") and d.tokens[-1][1] <= a
                  and d.frame is not None and isinstance(d.frame.speaker, tuple)),
                 key=lambda d: d.tokens[-1][1], default=None)
    if report is not None and (prev is None or report.tokens[-1][1] > prev.tokens[-1][1]):
        # an indirect report right before: „X sagte, es gebe …. „…““ (the sentence before only)
        prev = report if tx.sent_of[a] - tx.sent_of[report.tokens[-1][1] - 1] <= 1 else None
    if prev is None or tx.sent_of[a] - tx.sent_of[prev.tokens[-1][1] - 1] > FOLLOW_ON_SENTENCES:
        return None
    end = prev.tokens[-1][1]
    if any(end <= d.tokens[0][0] < a and d.frame is not None and d.frame.speaker != prev.frame.speaker for d in drafts):
        return None
    doc = tx.doc
    def words(rng: tuple[int, int]) -> set[str]:
        return {doc[k].text for k in range(*rng) if doc[k].tag_ in ("NE", "NN")}

    names = words(prev.frame.speaker)
    for si in range(tx.sent_of[end - 1] + 1, tx.sent_of[a]):
        actor = _actor_of_sentence(tx, si)
        if actor is not None and not names & words(actor):
            return None  # „Der ältere Bruder X war eingeweiht. „…““: someone new acts in between
    # the speaker carries over, the cue does not: this quotation has no reporting verb of its own
    what = "des vorigen wörtlichen Zitats" if prev.kind == "direct" else "der vorigen Redewiedergabe"
    return _Frame([], "", None, "", prev.frame.speaker, prev.frame.clause, [f"Anschlusszitat: Sprecher {what}"])


def _speech_verb_in(tx: _Text, si: int) -> bool:
    """Whether a reporting verb of the lexicon stands in sentence ``si`` outside quotation marks (then a
    source marker relays rather than speaks: „Laut X nannte Y die Lage „…““)."""
    doc = tx.doc
    for c in tx.clauses(si):
        if doc[c[0]].tag_ in ("PRELS", "PRELAT") or doc[c[0]].tag_ in ("APPR", "APPRART") and c[0] + 1 < c[1] \
                and doc[c[0] + 1].tag_ in ("PRELS", "PRELAT"):
            continue  # a relative clause reports about something else
        if any(doc[k].tag_.startswith("VV") and not tx.in_quote[k]
               and (e := lexicon.entry(lexicon.verb_lemma(doc[k]))) is not None and e.kind == "verb" for k in range(*c)):
            return True
    return False


def _relative_frame_before(tx: _Text, frame: _Frame, a: int) -> bool:
    """Whether the frame's verb sits in a relative clause that ends right before the quotation: the quotation
    then continues the main clause („die Demonstration, zu der X aufgerufen hatte, „…“ verlaufen“)."""
    doc = tx.doc
    cs, ce = frame.clause
    if frame.marker is not None or not frame.cue_tokens or frame.cue_tokens[0] > a:
        return False
    relative = doc[cs].tag_ in ("PRELS", "PRELAT") or (
        doc[cs].tag_ in ("APPR", "APPRART") and cs + 1 < ce and doc[cs + 1].tag_ in ("PRELS", "PRELAT"))
    return relative and cs > 0 and doc[cs - 1].text == "," and doc[a - 1].text == ","


def _wie_clause_before(tx: _Text, si: int, a: int) -> _Frame | None:
    """„…, oder, wie sich X ausdrückte, „…““: a „wie“-clause ending right before the quotation names whose
    wording it is, whatever its verb."""
    doc = tx.doc
    if a < 3 or doc[a - 1].text != ",":
        return None
    start = next((k + 1 for k in range(a - 2, tx.sents[si].start - 1, -1) if doc[k].text == "," or tx.in_quote[k]), None)
    if start is None or start >= a - 1 or doc[start].lower_ != "wie":
        return None
    clause = (start, a - 1)
    for k in range(clause[0] + 1, a - 1):
        if doc[k].tag_ in ("PRF", "PPER") and doc[k].lower_ in ("sich", "es"):
            continue
        np = _noun_phrase(doc, k, a - 1)
        if np is not None and not any(tx.in_quote[m] for m in range(*np)) and _head_speaks(doc, np):
            return _Frame([], "", None, "", np, clause, [f"wie-Satz vor dem Zitat: {doc[clause[0]:a - 1].text}"])
        return None
    return None


def _marker_before(tx: _Text, si: int, a: int) -> _Frame | None:
    """„… und man damit laut Klinikdirektor X „…“, suchen …“: a source marker right before the quotation
    („laut X“, „X zufolge“, „nach Angaben von X“) names its speaker."""
    doc = tx.doc
    for m in _marker_frames(tx, si):
        if m.marker not in CONTENT_MARKERS or not isinstance(m.speaker, tuple):
            continue
        gap = range(m.clause[1], a)
        if m.clause[1] <= a and len(gap) <= 3 and all(doc[k].tag_ in ("ADV", "ADJD", "PTKNEG") for k in gap):
            return replace(m, evidence=[*m.evidence, "Quellenangabe direkt vor dem Zitat"])
        if m.cue_tokens[0] == tx.sents[si].start and m.clause[1] <= a and not _speech_verb_in(tx, si):
            return replace(m, evidence=[*m.evidence, "Quellenangabe am Satzanfang gilt für den ganzen Satz"])
    return None


def _previous_actor_frame(tx: _Text, si: int, done: list[_Draft], drafts: list[_Draft], a: int) -> _Frame | None:
    """„Der Bruder des Papstes war eingeweiht. „Mein Bruder wünscht sich Ruhe.““: a quotation filling its
    sentence right after a sentence whose subject is a person, with no report in that sentence, is that
    person's; the frame lets free indirect speech after the quotation continue the same speaker."""
    if si == 0 or any(tx.sent_of[d.tokens[0][0]] in (si - 1, si) or d.sentence in (si - 1, si) for d in [*done, *drafts]):
        return None
    actor = _actor_of_sentence(tx, si - 1)
    if actor is None:
        return None
    s = tx.sents[si - 1]
    return _Frame([], "", None, "", _latest_mention(tx, actor, a), (s.start, s.end),
                  ["Sprecher: Handelnder des vorigen Satzes"])


def _latest_mention(tx: _Text, mention: tuple[int, int], stop: int) -> tuple[int, int]:
    """The last mention of the same name before ``stop`` („Schröder … von Schröder“)."""
    doc = tx.doc
    names = [k for k in range(*mention) if doc[k].tag_ == "NE"]
    if not names:
        return mention
    last = doc[names[-1]].text
    for k in range(stop - 1, mention[1] - 1, -1):
        if doc[k].text == last and not tx.in_quote[k]:
            start = k
            while start > mention[1] and doc[start - 1].tag_ == "NE" and not tx.in_quote[start - 1]:
                start -= 1
            return (start, k + 1)
    return mention


def _konj_fragment_frame(tx: _Text, si: int, done: list[_Draft], drafts: list[_Draft], a: int) -> _Frame | None:
    """„X hatte Positives zu vermelden. Erstmals sei die Lage „aller Voraussicht nach“ gut.“: a fragment in a
    Konjunktiv sentence continues the last report before it (across Konjunktiv sentences), else the subject
    of the sentence before."""
    for k in range(si - 1, max(-1, si - 1 - FOLLOW_ON_SENTENCES), -1):
        before = [d for d in [*done, *drafts] if d.sentence == k and d.frame is not None
                  and isinstance(d.frame.speaker, tuple)]
        if before:
            return _Frame([], "", None, "", before[-1].frame.speaker, before[-1].frame.clause,
                          ["Teilzitat im Konjunktiv: Sprecher der vorigen Redewiedergabe"])
        if not _konj_sentence(tx, k):
            break  # only Konjunktiv sentences carry a report on
    frame = _previous_actor_frame(tx, si, done, drafts, a)
    if frame is not None:
        frame.evidence = ["Teilzitat im Konjunktiv: Handelnder des vorigen Satzes"]
    return frame


def _verb_without_comma(tx: _Text, open_: int, v: int) -> bool:
    """„„Wir sind zufrieden.“ heißt es in der Mitteilung“: a reporting verb right after a quotation that opens
    with its own sentence frames it even when the comma after the closing mark is missing."""
    doc = tx.doc
    return v < len(doc) and doc[v].tag_ == "VVFIN" and _starts_content(tx, tx.sent_of[open_], open_) \
        and lexicon.entry(lexicon.verb_lemma(doc[v])) is not None


def _trailing_frame(tx: _Text, close: int, open_: int) -> _Frame | None:
    """„„…“, strich die Ministerin heraus“, „„…“, mit diesen Worten meldete sich X zurück“, „Mit den Worten
    „…“ entschuldigte sich X“: a finite verb right after the quotation, with a person as its subject, frames
    the quotation even when the verb is not in the lexicon."""
    doc = tx.doc
    words_before = open_ > 0 and doc[open_ - 1].lower_ == "worten"
    v = close + 1
    dash = v < len(doc) and doc[v].text in ("–", "—")
    if v < len(doc) and (doc[v].text == "," or dash or _worten_phrase(doc, v)):
        v += 0 if _worten_phrase(doc, v) else 1
        while v < len(doc) and doc[v].is_space:
            v += 1
        if (np := _worten_phrase(doc, v)) is not None:
            v, words_before = np, True  # „„…“ – mit diesen Worten verabschiedete sich X“, „„….“ Mit diesen Worten …“
        elif dash and v + 1 < len(doc) and doc[v].lower_ == "so" and doc[v + 1].tag_ == "VVFIN":
            v, words_before = v + 1, True  # „„…“ – so verabschiedete sich X“
        elif dash or doc[close + 1].text != ",":
            return None
    elif not words_before and not _verb_without_comma(tx, open_, v):
        return None
    if v >= len(doc) or doc[v].tag_ != "VVFIN" or tx.in_quote[v] or (
            not words_before and tx.sent_of[v] != tx.sent_of[close] and tx.sent_of[close + 1] != tx.sent_of[close]):
        return None
    si = tx.sent_of[v]
    clause = next((c for c in tx.clauses(si) if c[0] <= v < c[1]), None)
    if clause is None:
        return None
    subj = _mittelfeld_subject(tx, (v, clause[1]), v)
    if subj is None or not _person_like(doc, subj) or any(tx.in_quote[k] for k in range(*subj)):
        subj = _quoted_name_after(tx, v)  # „„…“, schrieb „Die Zeit“ in einem Nachruf“
    if subj is None and doc[v].lemma_ == "heißen" and v + 1 < len(doc) and doc[v + 1].lower_ == "es":
        subj = _locative_text(tx, v + 2, clause[1])  # „„…“, heißt es auf der Webseite des Preises“
    if subj is None:
        return None
    return _verb_frame(doc, v, subj, clause, [f"Redeeinleitung nach dem Zitat: {doc[v].text}"]
                       + (["mit den Worten: das Zitat gibt die Worte wieder"] if words_before else []))


def _worten_phrase(doc, v: int) -> int | None:
    """The token after „mit diesen Worten“ (or „mit den Worten“) starting at ``v``, else None."""
    if v >= len(doc) or doc[v].lower_ != "mit" or (np := _noun_phrase(doc, v + 1, len(doc))) is None \
            or doc[np[1] - 1].lower_ != "worten":
        return None
    return np[1]


def _konj_sentence(tx: _Text, si: int) -> bool:
    """Whether a finite verb outside quotation marks is Konjunktiv (the sentence continues reported speech)."""
    s = tx.sents[si]
    return any(_konj(tx.doc[k]) for k in range(s.start, s.end) if not tx.in_quote[k])


def _relative_antecedent(tx: _Text, subj):
    """„der Verband, der … als „…“ sieht“: a relative pronoun as subject stands for its antecedent."""
    doc = tx.doc
    if not isinstance(subj, tuple) or subj[1] - subj[0] != 1 or doc[subj[0]].tag_ not in ("PRELS", "PRELAT") \
            or subj[0] == 0 or doc[subj[0] - 1].text != ",":
        return subj
    ante = _antecedent(doc, subj[0] - 1, tx.sents[tx.sent_of[subj[0]]].start)
    return ante if ante is not None else subj


def _view_frame(tx: _Text, si: int, a: int) -> _Frame | None:
    """„Der Verband sieht die Maßnahme als „Kapitulation““, „Osterloh sieht darin einen „Angriff““: a judgement
    in marks after a verb of judging is the wording of that verb's subject."""
    doc = tx.doc
    before = doc[a - 1] if a > 0 else None
    if before is None or tx.sent_of[a - 1] != si:
        return None
    clause = next((c for c in tx.clauses(si) if c[0] <= a < c[1]), None)
    if clause is None:
        return None
    verb = next((k for k in range(*clause) if doc[k].tag_.startswith("VV") and not tx.in_quote[k]
                 and lexicon.verb_lemma(doc[k]) in VIEW_VERBS), None)
    if verb is None:
        return None
    lemma = lexicon.verb_lemma(doc[verb])
    marker = before.lower_ in ("als", "für") or (lemma == "sehen" and before.tag_ == "ART")
    if not marker:
        return None
    subj = _relative_antecedent(tx, _subject(tx, clause, verb))
    if not isinstance(subj, tuple) or any(tx.in_quote[k] for k in range(*subj)) \
            or not (_person_like(doc, subj) or _named_actor(doc, subj)):
        return None
    return _verb_frame(doc, verb, subj, clause, [f"Bewertung in Anführungszeichen nach „{lemma}“: Wortlaut des Subjekts"])


def _fuer_frame(tx: _Text, si: int, a: int) -> _Frame | None:
    """„Für den Minister ist die Lage „alarmierend““: with „sein“, „für X“ names whose judgement the words
    in marks are."""
    doc = tx.doc
    clause = next((c for c in tx.clauses(si) if c[0] <= a < c[1]), None)
    if clause is None:
        return None
    fin = next((k for k in range(*clause) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    if fin is None or doc[fin].lemma_ not in ("sein", "bleiben"):
        return None
    for k in range(clause[0], a):
        if doc[k].lower_ == "für" and not tx.in_quote[k] and (np := _noun_phrase(doc, k + 1, a)) is not None \
                and (_person_like(doc, np) or _named_actor(doc, np)):
            return _Frame([], "", None, "", np, clause, [f"„für {doc[np[0]:np[1]].text}“: Bewertung aus dieser Sicht"])
    return None


def _chant_frame(tx: _Text, si: int, a: int) -> _Frame | None:
    """„Die Menge skandierte Parolen wie „…““: words after „Parolen wie“ are those of the clause's subject."""
    doc = tx.doc
    k = a - 1
    while k > 0 and doc[k].tag_ in ("APPRART", "NN", "ADV") and doc[k].lower_ not in CHANT_NOUNS and a - k <= 3:
        k -= 1  # „wie zum Beispiel“
    if k < 1 or doc[k].lower_ != "wie" or doc[k - 1].lower_ not in CHANT_NOUNS:
        return None
    clauses = tx.clauses(si)
    clause = next((c for c in clauses if c[0] <= k < c[1]), None)
    if clause is None:
        return None
    verb = next((m for m in range(clause[0], k) if doc[m].tag_ in FINITE | {"VVPP"} and not tx.in_quote[m]), None)
    if verb is None:
        return None
    subj = _subject(tx, clause, verb)
    if subj == "shared":
        subj = _previous_clause_subject(tx, clauses, clause)
    if not isinstance(subj, tuple) or any(tx.in_quote[m] for m in range(*subj)):
        return None
    return _verb_frame(doc, verb, subj, clause, [f"{doc[k - 1].text} wie „…“: Wortlaut des Subjekts"])


def _quoted_name_after(tx: _Text, verb: int) -> tuple[int, int] | None:
    """A newspaper or programme named in marks right after the verb („schrieb die „Zeit““)."""
    doc = tx.doc
    start = verb + 1 + (verb + 1 < len(doc) and doc[verb + 1].tag_ == "ART")
    pair = next(((a, b) for a, b in tx.pairs if a == start), None)
    if pair is None or not _name_like(tx, pair[0], pair[1]):
        return None
    return (verb + 1, pair[1] + 1)


def _bracket_frame(tx: _Text, a: int, b: int) -> _Frame | None:
    """„…, der Leiter der Behörde, Max Sommer („Das war überfällig.“), …“: a quotation in brackets right
    after a person is that person's."""
    doc = tx.doc
    if a < 2 or doc[a - 1].text != "(" or b + 1 >= len(doc) or doc[b + 1].text != ")":
        return None
    end = a - 1
    start = end
    while start > 0 and doc[start - 1].tag_ in ("NE", "NN", "ADJA", "ART", "PPOSAT") and not tx.in_quote[start - 1]:
        start -= 1
    np = next((np for k in range(start, end) if (np := _noun_phrase(doc, k, end)) is not None and np[1] == end), None)
    if np is None or not (_person_like(doc, np) or _named_actor(doc, np)):
        return None
    return _Frame([], "", None, "", np, (np[0], b + 2), ["Zitat in Klammern direkt nach dem Namen"])


def _name_after_quote(tx: _Text, close: int) -> _Frame | None:
    """„„…“ (Bärbel Bas, SPD)“, „„…“ – Bärbel Bas“: a person's name in brackets or after a dash right after the
    quotation, ending the sentence or the bracket, names who said it (a rubric's or epigraph's attribution)."""
    doc = tx.doc
    k = close + 1
    if k + 1 >= len(doc) or doc[k].text not in ("(", "–", "—"):
        return None
    ent = next((e for e in tx.ents if e.start == k + 1 and e.label_ == "PER"), None)
    if ent is None:
        return None
    end = ent.end
    after = doc[end].text if end < len(doc) else ""
    if not (after in (")", ",", ".", "") or (after == "(" and doc[k].text != "(") or "\n" in doc[end - 1].whitespace_):
        return None
    return _Frame([], "", None, "", (ent.start, ent.end), (k, end), ["Name nach dem Zitat (Quellenangabe)"])


def _next_sentence_frame(tx: _Text, close: int) -> _Frame | None:
    """„„…“ so das Fazit der Initiative.“ or „„…“. Das musste der Minister einräumen.“: the sentence right
    after a quotation that fills its own sentence names the speaker."""
    doc = tx.doc
    k = close + 1
    while k < len(doc) and _is_punct(doc[k]) and not tx.in_quote[k]:
        k += 1
    if k >= len(doc) or tx.in_quote[k]:
        return None
    s = tx.sents[tx.sent_of[k]]
    fins = [m for m in range(k, s.end) if doc[m].tag_ in FINITE and not tx.in_quote[m]]
    if k + 1 >= s.end:
        np = None  # „„…“, so“ at the end of the text names nobody
    else:  # „so dieser“: the referring word itself is the mention
        np = (k + 1, k + 2) if doc[k + 1].lower_ in REFERRING_WORDS else _noun_phrase(doc, k + 1, s.end)
    if doc[k].text == "so" and not fins and np is not None:
        e = lexicon.cue("so")
        return _Frame([k], "so", e.connotation if e else None, e.explanation if e else "", np, (k, s.end),
                      [f"nachgestellte Quellenangabe nach dem Zitat: so {doc[np[0]:np[1]].text}"], marker="so")
    if doc[k].lower_ in ("das", "dies") and fins and fins[0] == k + 1 and tx.sent_of[k] != tx.sent_of[close]:
        clause = next((c for c in tx.clauses(tx.sent_of[k]) if c[0] <= k < c[1]), (k, s.end))
        verb = next((m for m in range(k + 1, clause[1]) if doc[m].tag_.startswith("VV") and not tx.in_quote[m]
                     and (e := lexicon.entry(lexicon.verb_lemma(doc[m]))) is not None and e.kind == "verb"), None)
        subj = _mittelfeld_subject(tx, clause, k + 1)
        if verb is not None and subj is not None and (_person_like(doc, subj) or _named_actor(doc, subj)):
            return _verb_frame(doc, verb, subj, clause, [f"„{doc[k].text}“ im nächsten Satz verweist auf das Zitat",
                                                         f"Redeverb: {lexicon.verb_lemma(doc[verb])}"])
    return None


def _sentence_frame(tx: _Text, si: int, drafts: list[_Draft], at: int, verbs: bool = True) -> _Frame | None:
    """A frame for a quotation inside a sentence that reports speech („nannte die Zahlen „aus der Luft gegriffen““):
    another report of the sentence, else (with ``verbs``) a reporting verb with its subject."""
    same = [d for d in drafts if d.sentence == si and d.frame is not None and isinstance(d.frame.speaker, tuple)
            and not any(tx.in_quote[m] for m in range(*d.frame.speaker))]
    around = next((c for c in tx.clauses(si) if c[0] <= at < c[1]), None)
    if verbs and around is not None and not any(d.frame.clause[0] <= at < d.frame.clause[1] for d in same) \
            and (own := _reporting_verb_frame(tx, si, at, around)) is not None:
        own.evidence.append("Redeverb im Teilsatz des Zitats")  # „X nannte es „…“, Y kritisierte …“
        return own
    if same:
        return same[0].frame
    if not verbs:
        return None
    return _reporting_verb_frame(tx, si, at)


def _reporting_verb_frame(tx: _Text, si: int, at: int, only: tuple[int, int] | None = None) -> _Frame | None:
    """The first reporting verb of the sentence (or of the clause ``only``) with its subject as a frame."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    for k in range(*(only or (s.start, s.end))):
        t = doc[k]
        if tx.in_quote[k] or not t.tag_.startswith("VV") or k > at + 30:
            continue
        clause = next((c for c in clauses if c[0] <= k < c[1]), (s.start, s.end))
        if t.lemma_ == "heißen" and k + 1 < s.end and doc[k + 1].lower_ == "es" \
                and (text := _locative_text(tx, k + 2, clause[1])) is not None:
            # „…, so heißt es in einer gemeinsamen Erklärung“
            e = lexicon.cue("heißen")
            return _Frame([k], "heißen", e.connotation if e else None, e.explanation if e else "", text, clause,
                          ["Redeverb: heißen", _text_evidence(doc, text)])
        e = lexicon.entry(lexicon.verb_lemma(t))
        if e is None or e.kind != "verb":
            continue
        wie = _wie_start(tx, si, k)
        if wie is None and doc[s.start].lower_ == "wie" and not any(tx.in_quote[m] for m in range(s.start, k)):
            wie = s.start
        if wie is not None:
            clause = (wie, _clause_stop(tx, si, k))  # „Wie X, der …, feststellt, verlangt „…““
        subj = _subject(tx, clause, k)
        # „Die „Süddeutsche Zeitung“ lobte …“: a short name in marks may be the subject, quoted words may not
        if isinstance(subj, tuple) and not any(tx.in_quote[m] and not _quoted_name(tx, m) for m in range(*subj)):
            return _Frame([k], e.lemma, e.connotation, e.explanation, subj, clause, [f"Redeverb: {e.lemma}"])
        if e.lemma == "zitieren":  # the quoted person is found after the verb (_quoted_person_frame)
            return _Frame([k], e.lemma, e.connotation, e.explanation, None, clause, [f"Redeverb: {e.lemma}"])
    return None


def _listed_speaker(tx: _Text, floor: int, colon: int) -> tuple[int, int] | None:
    """„…, X („…“), und der Minister Y: „…““: a person named alone after a comma or „und“ right before the colon."""
    doc = tx.doc
    k = colon
    while k > floor and doc[k - 1].text != "," and doc[k - 1].tag_ != "KON" and not tx.in_quote[k - 1] \
            and not doc[k - 1].tag_.startswith("V"):
        k -= 1
    if k <= floor or not (doc[k - 1].text == "," or doc[k - 1].tag_ == "KON"):
        return None
    head = _noun_phrase(doc, floor, k - 1) if doc[k - 1].text == "," else None
    np = _noun_phrase(doc, k, colon)
    if np is None or np[1] != colon or not (_person_like(doc, np) or _named_actor(doc, np)):
        return (floor, colon) if _affiliation_label(doc, head, floor, k, colon) else None
    if head is not None and head[1] == k - 1:
        return (floor, colon)  # „Erkki Tuomioja, Präsident des Rates:“: the name and its apposition
    return np


def _vorfeld_ending_in_name(tx: _Text, clause: tuple[int, int], fin: int) -> tuple[int, int] | None:
    """„Der sich selbst als Gegner inszenierende Unternehmer Max Kunz rief aus:“: in a main clause everything
    before the finite verb is one constituent; when it opens with an article and ends in a name, it is the subject."""
    doc = tx.doc
    cs = clause[0]
    article = doc[cs].tag_ in ("ART", "PIAT", "PDAT", "NE", "NN") or (
        doc[cs].tag_ == "PRELS" and cs > 0 and doc[cs - 1].text != ",")  # „und der …“ read as a relative pronoun
    if fin - cs < 2 or fin - cs > 16 or doc[fin - 1].tag_ != "NE" or not article \
            or doc[cs].lower_ in DATIVE_DETS | {"den", "einen"}:
        return None
    if any(tx.in_quote[k] or doc[k].text in (",", ":", ";") or doc[k].tag_ in FINITE for k in range(cs, fin)):
        return None
    return (cs, fin)


def _von_speaker(doc, np: tuple[int, int], colon: int) -> tuple[int, int] | None:
    """„Zitat von Schröder:“, „Die Antwort des Ministers Max Roth:“: the words of a person named after „von“."""
    if np[1] + 1 >= colon or doc[np[1]].lower_ not in ("von", "vom"):
        return None
    by = _noun_phrase(doc, np[1] + 1, colon)
    if by is None or by[1] != colon or not (_person_like(doc, by) or _named_actor(doc, by)):
        return None
    return by


def _past_age(doc, k: int, stop: int) -> int:
    """After an age in brackets right behind a speaker label („Tim (16)“, as vox pops give it), else ``k``."""
    if k + 2 < stop and doc[k].text == "(" and doc[k + 1].tag_ == "CARD" and doc[k + 2].text == ")":
        return k + 3
    return k


def _pp_tail(doc, start: int, stop: int) -> bool:
    """„Nina Hagen zur neuen Heimat:“, „Ein Kommissar nach der Festnahme:“: only adverbs and one or two
    prepositional phrases between the speaker and the colon, no verb."""
    k, pps = start, 0
    while k < stop:
        if doc[k].tag_ in ("ADV", "ADJD"):
            k += 1
        elif doc[k].tag_ in ("APPR", "APPRART") and (np := _noun_phrase(doc, k + 1, stop)) is not None:
            k, pps = np[1], pps + 1
        elif doc[k].tag_ == "APPR" and k + 2 == stop and doc[k + 1].text[:1].isupper():
            k, pps = stop, pps + 1  # „Robert Lewandowski via X:“, „auf X:“: a platform the tagger reads as no noun
        else:
            return False
    return 0 < pps <= 2


def _fill_speaker(tx: _Text, frame: _Frame) -> _Frame:
    """A frame whose verb has no subject of its own finds its speaker: the subject of the clause's finite verb
    („ließ ein Sprecher verlauten“), a person after it, or the person opening the sentence before appositions
    and relative clauses („X, der …, sagte:“)."""
    doc = tx.doc
    cs, ce = frame.clause
    s = tx.sents[tx.sent_of[cs]]
    cands: list[tuple[int, int] | None] = []
    fin = next((k for k in range(cs, ce) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    if fin is not None:
        subj = _subject(tx, frame.clause, fin)
        cands += [subj if isinstance(subj, tuple) else None, _mittelfeld_subject(tx, frame.clause, fin)]
    if fin is not None:
        cands.append(_vorfeld_ending_in_name(tx, frame.clause, fin))
    if cs > s.start and doc[cs - 1].text == ",":
        np = _noun_phrase(doc, s.start, cs)
        cands.append(np if np is not None and doc[np[1]].text == "," else None)
    # „Die das Unglück überlebende Alice K., 30, beschrieb:“: everything up to the first comma, ending in a name
    comma = next((k for k in range(s.start, fin if fin is not None else cs) if doc[k].text == ","), None)
    if comma is not None:
        cands.append(_vorfeld_ending_in_name(tx, (s.start, comma), comma))
    for c in cands:
        if c is not None and not any(tx.in_quote[k] for k in range(*c)) and (_person_like(doc, c) or _named_actor(doc, c)):
            return replace(frame, speaker=c, evidence=[*frame.evidence, f"Sprecher des Satzes: {doc[c[0]:c[1]].text}"])
    return frame


def _fronted_object(tx: _Text, frame: _Frame) -> _Frame:
    """„Deren Haltung gegenüber der Partei bezeichnete er als „…““: a Vorfeld whose head cannot speak is a
    fronted object when a speaker follows the finite verb; that speaker speaks."""
    doc = tx.doc
    subj = frame.speaker
    if not isinstance(subj, tuple) or _head_speaks(doc, subj):
        return frame
    first = next((k for k in range(*frame.clause) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    cue = frame.cue_tokens[0]
    for fin in dict.fromkeys(k for k in (first, cue if doc[cue].tag_ in FINITE else None) if k is not None):
        if subj[1] > fin:
            continue
        later = _mittelfeld_subject(tx, frame.clause, fin)
        if later is None or any(tx.in_quote[k] for k in range(*later)) or not _head_speaks(doc, later) \
                or doc[later[0]].lower_ in DATIVE_DETS | {"den", "einen"}:
            continue
        if doc[later[0]].lower_ in ("die", "eine") and doc[fin].lower_.endswith("n"):
            continue  # „Die Schüler fragten die Lehrerin: …“: with a plural verb „die …“ may well be the object
        return replace(frame, speaker=later,
                       evidence=[*frame.evidence, f"vorangestelltes Objekt; Subjekt: {doc[later[0]:later[1]].text}"])
    return frame


def _document_source(tx: _Text, frame: _Frame, a: int) -> _Frame:
    """„In der Zeitung fand sich die Feststellung „…““, „Im Gesetzentwurf steht der Passus: „…““: when the
    subject is not a speaker, the text named in a locative phrase („in der Zeitung“, „auf der Homepage“) is the source."""
    doc = tx.doc
    subj = frame.speaker
    if isinstance(subj, tuple) and (_person_like(doc, subj) or _named_actor(doc, subj)
                                    or doc[subj[0]].tag_ in ("PPER", "PRELS", "PDS", "PIS")):
        return frame
    cs, ce = frame.clause
    if not any(doc[k].lemma_ in TEXT_VERBS for k in range(cs, ce) if doc[k].tag_.startswith("V") and not tx.in_quote[k]):
        return frame
    # the locative phrase may open the sentence before a relative clause („Im letzten Satz der Anordnung, die …,
    # heißt es:“)
    lo = tx.sents[tx.sent_of[cs]].start if subj is None else cs
    np = _locative_text(tx, min(lo, cs), min(ce, a))
    si = tx.sent_of[cs]
    if np is None and si > 0 and any(doc[k].lower_ == "dort" and not tx.in_quote[k] for k in range(cs, min(ce, a))):
        prev = tx.sents[si - 1]  # „Auf der Homepage fanden sich Videos. Auch das Motiv fand sich dort: „…““
        np = _locative_text(tx, prev.start, prev.end)
    if np is None:
        return frame
    return replace(frame, speaker=np, evidence=[*frame.evidence, _text_evidence(doc, np)])


def _text_evidence(doc, np: tuple[int, int]) -> str:
    """The evidence naming the text ``np`` as source, with the preposition before it („im Bericht“)."""
    return f"Quelle ist der Text: {doc[np[0] - 1:np[1]].text}"


def _locative_text(tx: _Text, lo: int, hi: int) -> tuple[int, int] | None:
    """The noun phrase of the first „in/im/auf + Nomen“ between ``lo`` and ``hi`` (where words are written)."""
    doc = tx.doc
    for k in range(lo, hi):
        if tx.in_quote[k] or doc[k].lower_ not in ("in", "im", "auf"):
            continue
        np = _noun_phrase(doc, k + 1, hi)
        if np is None or any(tx.in_quote[m] for m in range(*np)):
            continue
        # a common noun names the text („der Zeitung“, „der Anordnung (Subpoena)“, „der Webseite der Stadt Kassel“)
        if any(doc[m].tag_ == "NN" for m in range(*np)):
            return np
    return None


def _colon_subject(tx: _Text, si: int, colon: int) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Who speaks after „…: „…““ when a clause introduces the quotation: the subject of its last coordinated
    clause, or a person after the verb („Die Anwendung … stellte X in Frage:“); a Konjunktiv clause or
    „Seine Zuversicht …:“ without a speech verb continues the earlier speaker and names nobody."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    ci = next((i for i, c in enumerate(clauses) if c[0] <= colon - 1 < c[1]), None)
    clause = clauses[ci] if ci is not None else (s.start, colon)
    clause = (clause[0] + (doc[clause[0]].tag_ == "KON"), min(clause[1], colon))
    fins = [k for k in range(*clause) if doc[k].tag_ in FINITE and not tx.in_quote[k]]
    if not fins and ci and doc[colon - 1].tag_ in ("VVIZU", "VVINF", "VAINF") \
            and any(doc[k].tag_ in ("VVIZU", "PTKZU") for k in range(*clause)):
        # „X hat keine Hemmungen, seine Sympathien zu zeigen:“: the main clause before the infinitive speaks
        return _colon_subject(tx, si, clauses[ci - 1][1] + 1) if clauses[ci - 1][1] < colon else (clause, None)
    if not fins:
        # „Hier sparte der Präsident nicht mit Kritik:“ with the verb mistagged as a lower-case noun
        verb = next((k for k in range(clause[0] + 1, clause[1]) if doc[k].tag_ == "NN" and doc[k].text[:1].islower()), None)
        later = _mittelfeld_subject(tx, clause, verb) if verb is not None else None
        return clause, later if later is not None and _person_like(doc, later) else None
    fin = fins[0]
    # „X skandierte … und der Redner rief aus:“: the last coordinated clause introduces the quotation
    kon = [k for k in range(fin + 1, colon) if doc[k].tag_ == "KON" and doc[k].lower_ in ("und", "aber", "sowie")
           and not tx.in_quote[k] and any(f > k for f in fins)]
    if kon:
        clause = (kon[-1] + 1, clause[1])
        fin = next(f for f in fins if f > kon[-1])
    speech = any((e := lexicon.entry(lexicon.verb_lemma(doc[k]))) is not None and e.kind == "verb"
                 for k in range(*clause) if doc[k].tag_.startswith("VV") and not tx.in_quote[k])
    if _konj(doc[fin]) and not speech:
        return clause, None
    subj = _subject(tx, clause, fin)
    if not isinstance(subj, tuple):
        subj = _vorfeld_ending_in_name(tx, clause, fin)
    if subj is None:
        return clause, None
    if _head_speaks(doc, subj):
        return clause, subj
    later = _mittelfeld_subject(tx, clause, fin)
    if later is not None and later[0] > fin and (_person_like(doc, later) or _named_actor(doc, later)):
        return clause, later
    if doc[subj[0]].tag_ == "PPOSAT" and not speech:
        return clause, None  # „Seine Zuversicht gründet sich auf …:“ points back to the earlier speaker
    return clause, subj


def _head_speaks(doc, rng: tuple[int, int]) -> bool:
    """Whether the head of a noun phrase can speak: „der SPD-Vorsitzende“, „Anna Roth“, „sie“ — but not
    „Die Anwendung der Kompetenz des Kanzlers“, whose person sits in an attribute."""
    head = next((doc[k] for k in range(*rng) if doc[k].tag_ in ("NN", "NE", "PPER", "PIS")), None)
    if head is None:
        return False
    if head.tag_ in ("PPER", "PIS", "NE") or head._.speaker_like:
        return True
    return _named_actor(doc, (head.i, head.i + 1))


def _sibling_frame(tx: _Text, pairs, pi: int, si: int) -> _Frame | None:
    """„„In absehbarer Zeit“, so X, wird VW „…““: another quotation of the same sentence with a frame
    lends it to this one."""
    for pj, (a, _b, _closed) in enumerate(pairs):
        frame = tx.pair_frames.get(pj)
        if pj != pi and tx.sent_of[a] == si and frame is not None and isinstance(frame.speaker, tuple):
            return frame
    return None


def _embedding_frame(tx: _Text, si: int, at: int) -> _Frame | None:
    """„Meteorologen rechnen mit „sehr ergiebigen Niederschlägen““: a quotation inside an indicative clause
    without a speech verb is the wording of that clause's subject (a person or organisation)."""
    doc = tx.doc
    clauses = tx.clauses(si)
    ci = next((i for i, c in enumerate(clauses) if c[0] <= at < c[1]), None)
    if ci is None:
        return None
    frame = _clause_subject_frame(tx, clauses[ci])
    c = clauses[ci]
    dependent = doc[c[0]].tag_ == "KOUS" or doc[c[0]].lower_ in ("dass", "daß", "ob", "weil") or not any(
        doc[k].tag_ in FINITE for k in range(*c) if not tx.in_quote[k])
    if frame is None and ci > 0 and dependent:
        # „Seit Jahren vertritt er die These, dass … „…“ sei“, „Beide Seiten hatten vereinbart, … „…“ abzuziehen“:
        # the main clause's subject holds the view
        frame = _clause_subject_frame(tx, clauses[ci - 1], clauses)
    return frame


def _clause_subject_frame(tx: _Text, clause: tuple[int, int], clauses=None) -> _Frame | None:
    """A frame naming the subject of an indicative, active clause when it is a person or organisation (or,
    for a coordinated verb, the subject it shares with the clause before)."""
    doc = tx.doc
    fins = [k for k in range(*clause) if doc[k].tag_ in FINITE and not tx.in_quote[k]]
    if not fins or any(_konj(doc[k]) for k in fins):
        return None  # Konjunktiv continues an earlier speaker (free indirect speech)
    if any(doc[k].tag_ == "VVPP" for k in range(*clause) if not tx.in_quote[k]) and any(
            doc[k].lemma_ == "werden" for k in range(*clause) if not tx.in_quote[k]):
        return None  # a passive clause names what is done, not who speaks
    subj = _relative_antecedent(tx, _subject(tx, clause, fins[0]))
    if subj == "shared" and clauses is not None:
        subj = _previous_clause_subject(tx, clauses, clause)
    if not isinstance(subj, tuple) or not _named_actor(doc, subj) or any(tx.in_quote[k] for k in range(*subj)):
        return None
    return _Frame([], "", None, "", subj, clause, [f"Zitat im Satz von {doc[subj[0]:subj[1]].text}: Subjekt spricht"])


def _looks_like_quotation(tx: _Text, a: int, b: int, words: int, has_fin: bool) -> bool:
    """Tell a quotation from a title, name or scare quotes („Firefox“): length, verb, context."""
    doc = tx.doc
    si = tx.sent_of[a]
    s = tx.sents[si]
    before = doc[a - 1] if a > s.start else None
    if before is not None and (before.lower_ in TITLE_NOUNS or before.lower_.rstrip("s") in TITLE_NOUNS
                               or (before.tag_ == "NN" and before.lower_.endswith(TITLE_SUFFIXES))) \
            and not _naming_judgement(tx, si, a):
        return False
    whole = a == s.start or (before is not None and before.text in (":",))
    if has_fin and words >= 3:
        return True
    if _line_of_dialogue(tx, a, b):
        return True
    if words >= 3 and doc[a + 1].text[:1].islower():
        return True  # a lower-case fragment of several words is someone's wording, not a title
    if whole and words >= 4:
        return True
    if whole and _labelled_after(doc, b, s.end):
        return True  # „„Nein, niemals“, lautete seine Antwort.“
    # a short fragment in a speech act's clause: „bezeichnete die Pläne als „Wortbruch““
    if words >= 1:
        clause_cues = [k for k in range(s.start, s.end) if _speech_verb(tx, k)]
        if words >= 2 and _speech_predicate(tx, si, a):
            return True  # „bezeichnete die Urteile als „Knaller aus Karlsruhe““: a name inside does not make a title
        if clause_cues and all(doc[k].tag_ != "NE" for k in range(a + 1, b)) and (
                words >= 2 or doc[a + 1].text[:1].islower() or lexicon.verb_lemma(doc[clause_cues[0]]) in FRAGMENT_CUES
                or _after_als(doc, s, a)):
            return True
    return False


def _labelled_after(doc, b: int, end: int) -> bool:
    """„„Nein“, lautete seine knappe Antwort.“, „„Wir schaffen das“ war ihre Botschaft.“, „„…“ – so lautet das
    Fazit“: after the closing mark the words are named as somebody's answer or message, so however short they are a
    quotation."""
    k = b + 2 if b + 1 < end and doc[b + 1].text in (",", "–", "-") else b + 1  # ``b`` is the closing mark
    if k < end and doc[k].lower_ == "so":
        k += 1  # „„Finger weg!“ – so lautet das Fazit der Tester.“
    if k >= end or doc[k].lemma_ not in ("lauten", "sein"):
        return False
    k += 1
    while k < end and doc[k].tag_ in ("PPOSAT", "ART", "ADJA"):
        k += 1
    return k < end and statement_label(doc[k])


def _line_of_dialogue(tx: _Text, a: int, b: int) -> bool:
    """„„Wie breit?“⏎„Eher zweieinhalb.““: marks that make up a whole sentence and close on its full stop, question
    or exclamation mark are a spoken line however short, not a title or scare quote."""
    doc = tx.doc
    s = tx.sents[tx.sent_of[a]]
    return a == s.start and b - a >= 3 and doc[b - 1].text in (".", "?", "!") and all(
        doc[k].is_punct or doc[k].is_space for k in range(b + 1, s.end))


def _named_source_or_work(tx: _Text, si: int, a: int) -> bool:
    """„laut „Tagesspiegel““, „des Magazins „…““, „die Zeitung „…““: marks right after „laut“ or after a noun
    for a medium or work name that source or work, whatever verb stands in the sentence."""
    doc = tx.doc
    s = tx.sents[si]
    k = a - 1
    if k <= s.start or _starts_content(tx, si, a):
        return False
    if doc[k].lower_ == "laut" or (doc[k].tag_ == "ART" and doc[k - 1].lower_ == "laut"):
        return True
    word = doc[k].lower_
    return doc[k].tag_ == "NN" and any(word.endswith(x) or word.endswith(x + "s") or word.endswith(x + "es")
                                       for x in TITLE_SUFFIXES)


def _place_or_partner(tx: _Text, si: int, a: int, b: int, inner) -> bool:
    """„sprach mit der „Zeit““, „im „Standard““, „bei „Ärzte ohne Grenzen““: one capitalised word or a name in
    marks as the object of a preposition of place or company names a medium or group, not what was said."""
    doc = tx.doc
    s = tx.sents[si]
    k = _word_before(doc, s, a)
    if k is None or doc[k].lower_ not in PLACE_PREPOSITIONS or _speech_object(tx, si, a):
        return False
    return (len(inner) == 1 and inner[0].text[:1].isupper()) or _name_like(tx, a, b)


def _genitive_name(tx: _Text, si: int, a: int, inner) -> bool:
    """„der Aufsichtsrat der „Stiftung Kunst und Bau““, „Träger des „Preises für Freiheit““: capitalised words
    in marks as a genitive attribute of a noun name an organisation, prize or work."""
    doc = tx.doc
    s = tx.sents[si]
    k = a - 1
    if k - 1 < s.start or doc[k].lower_ not in ("des", "der") or doc[k - 1].tag_ not in ("NN", "NE"):
        return False
    return bool(inner) and _capitalised_name_word(inner[0])


def _capitalised_name_word(t) -> bool:
    """A capitalised noun, name, foreign word or adjective: the first word of a name or title („Stiftung“, „Neue“)."""
    return t.text[:1].isupper() and t.tag_ in ("NN", "NE", "FM", "ADJA")


def _self_designation(tx: _Text, si: int, a: int, b: int) -> bool:
    """„das sich selbst „Bund für Freiheit“ nennt“, „„Onkel Tom“, wie er genannt wurde“: a capitalised name in
    marks beside a reflexive or passive „nennen“ is what someone is called, not what someone said."""
    doc = tx.doc
    s = tx.sents[si]
    if not _capitalised_name_word(doc[a + 1]):
        return False
    outside = [doc[k] for k in range(s.start, s.end) if not tx.in_quote[k]]
    naming = [t for t in outside if t.lemma_ == "nennen"]
    if not naming:
        return False
    reflexive = any(t.tag_ == "PRF" and t.lower_ == "sich" for t in outside)
    passive = any(t.tag_ == "VVPP" for t in naming) and any(t.lemma_ == "werden" for t in outside)
    return reflexive or passive


def _work_title(tx: _Text, si: int, a: int) -> bool:
    """„war zuletzt in „Alle reden übers Wetter“ zu sehen“: capitalised words in marks right after „in“ beside a
    verb of acting or appearing (lexicon ``performing_verbs``) are the title of a work."""
    doc = tx.doc
    if a < 1 or doc[a - 1].lower_ != "in" or a + 1 >= len(doc) or not doc[a + 1].text[:1].isupper():
        return False
    cs, ce = next((c for c in tx.clauses(si) if c[0] <= a < c[1]), (a, a))
    return any(lexicon.performs_in(doc[k].lemma_) for k in range(cs, ce) if not tx.in_quote[k] and _is_verb(doc[k]))


def _naming_judgement(tx: _Text, si: int, a: int) -> bool:
    """„nannte den Film „eine Zumutung““: after the object of an active „nennen“ words in marks that open in lower
    case are the speaker's judgement — a title would open with a capital letter."""
    doc = tx.doc
    if a + 1 >= len(doc) or not doc[a + 1].text[:1].islower():
        return False
    cs, ce = next((c for c in tx.clauses(si) if c[0] <= a < c[1]), (a, a))
    outside = [doc[k] for k in range(cs, ce) if not tx.in_quote[k]]
    naming = [t for t in outside if t.lemma_ == "nennen" and t.tag_ in ("VVFIN", "VVPP")]
    if not naming or any(t.tag_ == "PRF" for t in outside):
        return False
    return not (any(t.tag_ == "VVPP" for t in naming) and any(t.lemma_ == "werden" for t in outside))


def _presented_thing(tx: _Text, si: int, a: int) -> bool:
    """„stellte ein neues „Musik-Handy“ vor“, „feiert die „Woche des Buches““: a capitalised name in marks
    after an article is the thing presented or celebrated, not a quotation."""
    doc = tx.doc
    s = tx.sents[si]
    k = _word_before(doc, s, a, skip=("ADJA",))
    return k is not None and doc[k].tag_ == "ART" and _capitalised_name_word(doc[a + 1])


def _speech_object(tx: _Text, si: int, a: int) -> bool:
    """„sprach von einer „Gefahr für Leib und Leben““: words in marks after the preposition a speech verb needs
    (lexicon ``needs_preposition``) name what was said, not a title."""
    doc = tx.doc
    s = tx.sents[si]
    k = _word_before(doc, s, a)
    if k is None or doc[k].tag_ not in ("APPR", "APPRART"):
        return False
    prep = doc[k].lower_
    return any(not tx.in_quote[m] and doc[m].tag_.startswith("VV") and prep in (
        (e := lexicon.entry(lexicon.verb_lemma(doc[m]))) and e.prepositions or ()) for m in range(max(s.start, k - 8), k))


def _category_or_law(tx: _Text, si: int, a: int, inner) -> bool:
    """„im Bereich „Politisch motivierte Kriminalität““, „ein „Gesetz zur Änderung des Passgesetzes““: words in
    marks after a noun for a field or heading, or the title of a law or treaty, name something."""
    doc = tx.doc
    k = a - 1
    before = doc[k] if k >= tx.sents[si].start else None
    if before is not None and before.tag_ == "NN" and before.lower_.endswith(CATEGORY_NOUNS):
        return True
    return inner[0].text[:1].isupper() and inner[0].lower_.startswith(LAW_WORDS) and len(inner) >= 3


def _product_name(inner) -> bool:
    """„„iTunes-Handy““, „„documenta 12““, „„c4““: one or two words in marks, one of them mixing letters with digits
    or with a capital inside the word, name a product, event or type — nobody's wording."""
    return bool(inner) and len(inner) <= 2 and any(_coded_word(t.text) for t in inner)


def _coded_word(w: str) -> bool:
    """„c4“, „X9“, „iTunes“: letters mixed with digits, or a capital letter right after a small one."""
    return any(ch.isalpha() for ch in w) and (any(ch.isdigit() for ch in w) or any(
        ch.isupper() and prev.islower() for prev, ch in zip(w, w[1:], strict=False)))


def _name_as_subject(tx: _Text, si: int, a: int, b: int) -> bool:
    """„„Ärzte ohne Grenzen“ sowie das Rote Kreuz kündigten an“, „„Blaue Stunde“ ist ein Roman“: a name in marks
    opening its sentence (or the clause after a colon: „Trotzdem: „…“ ist ein Buch“) and going on without a comma
    or colon is a part of the clause, not a quotation."""
    doc = tx.doc
    s = tx.sents[si]
    opens = a == s.start or doc[a - 1].text == ":"
    if not opens or b + 1 >= s.end or not _name_like(tx, a, b):
        return False
    after = doc[b + 1]
    return not _is_punct(after) and (after.tag_ in FINITE or after.tag_ == "KON")


def _speech_predicate(tx: _Text, si: int, a: int) -> bool:
    """„werden von Kennern als „Meilensteine der Musik“ bezeichnet“: capitalised nouns in marks as the predicate of
    „als“ beside a verb of speaking in the same clause are the speaker's wording, not a name."""
    doc = tx.doc
    if not _after_als(doc, tx.sents[si], a):
        return False
    cs, ce = next((c for c in tx.clauses(si) if c[0] <= a < c[1]), (a, a))
    return any(_speech_verb(tx, k) for k in range(cs, ce))


def _speech_verb(tx: _Text, k: int) -> bool:
    """Whether token ``k`` is a full verb outside marks that the lexicon lists as a verb of speaking (not thinking)."""
    t = tx.doc[k]
    return not tx.in_quote[k] and t.tag_.startswith("VV") and (e := lexicon.entry(lexicon.verb_lemma(t))) is not None \
        and e.kind == "verb" and not e.thinking


def _after_als(doc, s, a: int) -> bool:
    """„wies dies als „Unverschämtheit“ zurück“, „als einen „Skandal““: words in marks as the predicate of „als“
    beside a speech verb are the speaker's wording."""
    k = _word_before(doc, s, a)
    return k is not None and doc[k].lower_ == "als"


def _word_before(doc, s, a: int, skip=("ART", "ADJA")) -> int | None:
    """The word governing the marks at ``a`` in sentence ``s``: the token before them, past one article or adjective
    (tags in ``skip``: „mit der „Zeit““, „als einen „Skandal““); None when the marks open the sentence."""
    k = a - 1
    if k > s.start and doc[k].tag_ in skip:
        k -= 1
    return k if k >= s.start else None


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


def _quoted_words(doc, rng: tuple[int, int]) -> list[str]:
    """The words of a quotation as written, lower case, without marks and with one apostrophe („bleibt’s“)."""
    text = doc[rng[0]:rng[1]].text.lower().replace("’", "'")
    return re.findall(r"\w+(?:'\w+)?", text)


def _headline_line(tx: _Text, si: int) -> bool:
    """The first sentence of the text standing on a line of its own with no full stop (a headline)."""
    doc, s = tx.doc, tx.sents[si]
    end = s.end
    while end > s.start and doc[end - 1].is_space:
        end -= 1
    after = tx.text[doc[end - 1].idx + len(doc[end - 1].text):][:3] if end > s.start else ""
    return si == 0 and "\n" in after and doc[end - 1].text not in (".", "!", "?")


def headline_repeats(tx: _Text, drafts: list[_Draft]) -> None:
    """„Lawinengefahr: „Bitte bleibt’s auf den Pisten““ over „„Bitte bleibt’s auf den Pisten, …“, sagte X“: a
    headline's quotation without a speaker that repeats the start of a quotation in the text quotes its speaker."""
    doc = tx.doc
    for d in drafts:
        if d.kind != "direct" or (d.frame is not None and d.frame.speaker is not None) \
                or not _headline_line(tx, d.sentence):
            continue
        words = _quoted_words(doc, d.tokens[0])
        later = next((o for o in drafts if o.kind == "direct" and o.sentence > d.sentence and o.frame is not None
                      and o.frame.speaker is not None and len(words) >= 2
                      and _quoted_words(doc, o.tokens[0])[:len(words)] == words), None)
        if later is not None:
            d.frame = later.frame
            a, b = later.frame.speaker
            d.evidence.append(f"Überschrift wiederholt ein Zitat aus dem Text („{doc[a:b].text}“)")
