"""Free indirect speech: Konjunktiv sentences without a frame of their own that continue an earlier speaker.
"""

from __future__ import annotations

from medialit import verbs as lexicon
from medialit.nlp.sentences import BULLETS
from medialit.quotes.base import (
    CONDITIONAL,
    CONTENT_MARKERS,
    FINITE,
    GROUP_PRONOUNS,
    HEARSAY_MODALS,
    INFO_NOUNS,
    ORG_WORDS,
    ROLE_SUFFIXES,
    _Draft,
    _Frame,
    _in_question_put,
    _konj,
    _konj1,
    _mood_reason,
    _partner,
    _past_relative_source,
    _question_end,
    _Text,
    _translation,
    _trim,
    _verb_frame,
    statement_label,
)
from medialit.quotes.frames import NOBODY, _speechless_subject
from medialit.quotes.speakers import _nested_in_report
from medialit.quotes.subjects import (
    _actor_of_sentence,
    _affiliation_label,
    _mittelfeld_subject,
    _noun_phrase,
    _person_like,
    _person_role,
    _sentence_subject,
    _subject,
    _verb_plural,
)


def _before_quoted_colon(tx: _Text, a: int, b: int) -> int:
    """„Er wolle das Preisgeld investieren: »Zuerst in Zeit. …«“: a Konjunktiv sentence that opens a direct
    quotation with a colon ends at the colon; the quotation is a passage of its own (the end of the range)."""
    doc = tx.doc
    for k in range(a + 1, b - 1):
        partner = _partner(doc, k + 1)
        if doc[k].text == ":" and not tx.in_quote[k] and partner is not None and partner > k + 1 \
                and any(_konj(doc[m]) for m in range(a, k) if not tx.in_quote[m]):
            return k
    return b


def _own_frame(tx: _Text, si: int) -> tuple[_Frame, tuple[int, int]] | None:
    """„Die Expertin kam zu dem Ergebnis, dass es … gebe“: an indicative clause with a person as subject
    introduces the Konjunktiv content that follows it; that person speaks, the rest is the content."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    if len(clauses) < 2:
        return None
    c0, nxt = clauses[0], _content_clause(tx, clauses)
    if doc[c0[0]].tag_ == "KOUS":
        return None  # „Nachdem er … verfolgt hat, habe er …“: a subordinate clause introduces nothing
    fin = next((k for k in range(*c0) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    if fin is None or _konj(doc[fin]) or doc[nxt[0] - 1].text not in (",", ";") or doc[fin].lower_ in HEARSAY_MODALS:
        return None  # „Er soll … bedroht haben, was …“: a hearsay claim introduces nothing
    if doc[nxt[0]].tag_ in ("PRELS", "PRELAT") or (doc[nxt[0]].tag_ == "APPR" and doc[nxt[0] + 1].tag_ == "PRELS"):
        return None  # „… beruhen auf Annahmen, die sich ändern könnten“: a relative clause describes a noun, it is no content
    wie = doc[c0[0]].lower_ == "wie"
    if _in_question_put(tx, nxt[1] - 1) or not (wie or doc[nxt[0]].lower_ in ("dass", "daß", "ob")
                                                  or any(doc[k].tag_ in FINITE and _konj(doc[k]) for k in range(*nxt))):
        return None  # „hatte auf die Frage, was bleibe, geantwortet“: the question is no content of the subject
    subj = _subject(tx, c0, fin)
    if not isinstance(subj, tuple) or not (_person_like(doc, subj) or doc[subj[0]].lower_ in GROUP_PRONOUNS):
        return None
    a, b = _trim(doc, nxt[0], s.end)
    if b <= a:
        return None
    frame = _verb_frame(doc, fin, subj, c0, [f"Einleitender Satz mit Subjekt: {doc[subj[0]:subj[1]].text}"])
    return frame, (a, b)


def _label_frame(tx: _Text, si: int) -> tuple[_Frame, tuple[int, int]] | None:
    """„Die Antwort des Ministeriums: Man prüfe den Fall.“: a noun of somebody's words alone before a colon
    introduces the Konjunktiv content after it; its owner speaks (the noun phrase is the speaker mention)."""
    doc = tx.doc
    s = tx.sents[si]
    start = s.start + (doc[s.start].text in BULLETS)
    colon = next((k for k in range(start + 1, min(s.end, start + 8)) if doc[k].text == ":" and not tx.in_quote[k]),
                 None)
    if colon is None or colon + 1 >= s.end:
        return None
    if (why := _statement_label(doc, start, colon) or _person_label(doc, start, colon)) is None:
        return None
    a, b = _trim(doc, colon + 1, s.end)
    if b <= a:
        return None
    frame = _Frame([colon], ":", None, "", (start, colon), (start, colon), [why], marker="colon")
    return frame, (a, b)


def labelled_reports(tx: _Text, si: int, found: list[_Draft]) -> list[_Draft]:
    """„Ralph Solveen, Commerzbank: Die Zahlen zeigten, dass …“: after a person's speaker label the whole sentence
    is the person's report; figures or studies that „show“ something inside it are no speaker of their own."""
    reports = [d for d in found if d.kind == "indirect" and d.frame is not None and isinstance(d.frame.speaker, tuple)]
    if len(reports) != 1 or len(found) != 1 or (own := _label_frame(tx, si)) is None:
        return found
    frame, content = own
    d = reports[0]
    if not frame.evidence[0].startswith("Name vor dem Doppelpunkt") or d.frame.speaker[0] < content[0] \
            or _person_like(tx.doc, d.frame.speaker):
        return found
    said = f"„{tx.doc[d.frame.speaker[0]:d.frame.speaker[1]].text}“ ist Teil der Aussage, keine Quelle"
    return [_Draft("indirect", [content], frame, [*frame.evidence, said], si)]


def _statement_label(doc, start: int, colon: int) -> str | None:
    """„Die Antwort des Ministeriums:“: a noun of somebody's words alone before the colon (evidence, or None)."""
    if _noun_phrase(doc, start, colon) != (start, colon):
        return None
    head = next((doc[k] for k in range(start, colon) if doc[k].tag_ == "NN"), None)
    if head is None or not statement_label(head):
        return None
    return f"Nomen des Sagens vor dem Doppelpunkt: {doc[start:colon].text}"


def _person_label(doc, start: int, colon: int) -> str | None:
    """„Ralph Solveen: Die Lage sei ernst.“, „Ralph Solveen, Commerzbank: …“: a person's name (with the employer
    after a comma) alone before the colon is a speaker label in reaction lists (evidence, or None)."""
    comma = next((k for k in range(start, colon) if doc[k].text == ","), None)
    head = _noun_phrase(doc, start, comma if comma is not None else colon)
    if head is None or not any(doc[k].ent_type_ == "PER" for k in range(*head)):
        return None
    if comma is None and head[1] != colon:
        return None
    if comma is not None and not _affiliation_label(doc, head, start, comma + 1, colon) and not (
            (np := _noun_phrase(doc, comma + 1, colon)) is not None and np[1] == colon and _person_like(doc, np)):
        return None
    return f"Name vor dem Doppelpunkt: {doc[start:colon].text}"


def _content_clause(tx: _Text, clauses: list[tuple[int, int]]) -> tuple[int, int]:
    """The clause after the introducing one, past clauses without a finite verb that still belong to it
    („Gysi hatte am Donnerstag, den 7.10., die These vertreten, die Partei stagniere“)."""
    doc = tx.doc
    for c in clauses[1:]:
        if any(doc[k].tag_ in FINITE and not tx.in_quote[k] for k in range(*c)):
            return c
    return clauses[1]


def _trailing_own_frame(tx: _Text, si: int) -> tuple[_Frame, tuple[int, int]] | None:
    """„Die Ursache sei unklar, verlautbarte der Direktor Peter Sharp.“: after Konjunktiv content a clause opening
    with an indicative verb and a person as its subject is the frame, even for a verb outside the lexicon."""
    doc = tx.doc
    s = tx.sents[si]
    clauses = tx.clauses(si)
    if len(clauses) < 2 or doc[s.start].tag_ == "KOUS" or doc[s.start].lower_ in CONDITIONAL:
        return None
    for c in clauses[1:]:
        v = c[0]
        if doc[v - 1].text != "," or doc[v].tag_ != "VVFIN" or _konj(doc[v]) or tx.in_quote[v]:
            continue
        if not any(doc[k].tag_ in FINITE and _konj(doc[k]) and not tx.in_quote[k] for k in range(s.start, v)):
            return None
        source = _impersonal_source(doc, c, v)
        subj = source or _mittelfeld_subject(tx, c, v)
        if subj is None or not (source or _person_like(doc, subj)) or (doc[v].lemma_ == "heißen" and not source):
            return None
        a, b = _trim(doc, s.start, v - 1)
        if b <= a:
            return None
        frame = _verb_frame(doc, v, subj, c, [f"Redeeinleitung nach dem Inhalt: {doc[v].text}"])
        return frame, (a, b)
    return None


def _impersonal_source(doc, clause: tuple[int, int], v: int) -> tuple[int, int] | None:
    """„…, hieß es in einer Mitteilung der Polizei“: after „heißt es“ the prepositional phrase names the source."""
    if doc[v].lemma_ != "heißen" or v + 1 >= clause[1] or doc[v + 1].lower_ != "es":
        return None
    for j in range(v + 2, min(clause[1], v + 5)):
        if doc[j].tag_ in ("APPR", "APPRART"):
            return _noun_phrase(doc, j + 1, clause[1])
    return None


def _hearsay_modal(doc, fins, end: int) -> list:
    """„soll/sollen … getan haben / gewesen sein“: the modal with a perfect infinitive reports hearsay.
    The infinitive „haben“/„sein“ is often tagged finite; after a participle it is the infinitive all the same."""
    def perfect_infinitive(k: int) -> bool:
        t = doc[k]
        return t.lower_ in ("haben", "sein") and (
            t.tag_ == "VAINF" or (t.tag_ == "VAFIN" and doc[k - 1].tag_ in ("VVPP", "VAPP", "VMPP")))
    def perfect_before(t) -> bool:  # „…, die … verschwunden sein sollen“: in a subordinate clause it comes first
        return t.i >= 2 and perfect_infinitive(t.i - 1) and doc[t.i - 2].tag_ in ("VVPP", "VAPP", "VMPP")
    return [t for t in fins if t.lower_ in HEARSAY_MODALS
            and (any(perfect_infinitive(k) for k in range(t.i + 1, end)) or perfect_before(t))]


def _outer_report(tx: _Text, real: list[_Draft]) -> _Draft:
    """The last report of a sentence that is no frame inside another report's words: after „Man wisse nicht, ob …,
    schreiben die Autoren.“ the authors go on, not „Man“."""
    return next((d for d in reversed(real) if _nested_in_report(tx, d, real) is None), real[-1])


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
        asked = _question_end(tx, si)  # „Auf Nachfrage, ob … seien, …“: the question's Konjunktiv is no report
        fins = [doc[k] for k in range(asked, s.end) if doc[k].tag_ in FINITE and not tx.in_quote[k]
                and not _in_question_put(tx, k)]
        embedded = bool(real) and all(_embedded_fragment(tx, d, si) or _reported_report(tx, d, si)
                                      or _fragment_before_own_frame(tx, d, si) for d in real) \
            and any(_konj(t) for t in fins)
        if real and not embedded:
            last = _outer_report(tx, real)
            last_si = _report_sentence(tx, last, si)
            continue
        if si in by_sent and not any(_konj(t) for t in fins):
            last = by_sent[si][-1]  # a speech verb without content names the next speaker
            last_si = si
            continue
        if not fins or _nobody_says(tx, si):
            continue  # „Kein Politiker behauptet, die Reform sei perfekt“: nobody says it
        k1 = [t for t in fins if _konj1(t) and _verb_shaped(t)]
        k2 = [t for t in fins if _konj(t) and not _konj1(t) and _verb_shaped(t) and _substitute_k2(t)
              and not _wish_phrase(doc, t, s.end)]
        first = doc[s.start].lower_
        conditional = first in CONDITIONAL or any(doc[k].lower_ in ("wenn", "falls") for k in range(s.start, s.end))
        soll = _hearsay_modal(doc, fins, s.end)
        near = last is not None and si - last_si <= 5
        if not soll and last is not None and si - last_si <= 1:
            # „Unter den Toten soll auch ein Kind sein.“ right after a report: hearsay continues
            soll = [t for t in fins if t.lower_ in HEARSAY_MODALS and any(
                _infinitive(doc[k]) for k in range(t.i + 1, s.end))
                and not _planned_after_pointer(doc, last, t.i, s.end)]
        reason = None
        if k1:
            reason = [f"Konjunktiv I ohne Redeeinleitung: {k1[0].text}", _mood_reason(k1[0])]
        elif k2 and near and si - last_si <= 3 and not conditional and (last.kind != "direct" or si - last_si <= 1):
            # right after a direct quotation the speaker goes on; later the Konjunktiv II is the narrator's own
            reason = [f"Konjunktiv II als Ersatzform ohne Redeeinleitung: {k2[0].text}"]
        elif k2 and near and _konj1_next(tx, si):
            # „Wenn …, würden … gewarnt. Man beobachte …“: the report goes on in Konjunktiv I right after
            reason = [f"Konjunktiv II als Ersatzform ohne Redeeinleitung: {k2[0].text}",
                      "der nächste Satz setzt den Bericht im Konjunktiv I fort"]
        elif soll and doc[s.end - 1].text == "?":
            # „Wo sollen das künftig die Grundschüler lernen?“ after a letter's words: the writer asks, nobody heard it
            reason = [f"Frage mit „{soll[0].text}“ direkt nach der Redewiedergabe: gehört zu denselben Worten"]
        elif soll:
            reason = [f"„{soll[0].text}“ + Infinitiv: Behauptung vom Hörensagen"]
        elif not conditional and last is not None and si - last_si <= 1 and last.kind != "direct" and (
                modal := _plural_modal_k2(fins)) is not None:
            reason = [f"„{modal.text}“ (Plural, gleich Präteritum) als Konjunktiv II im laufenden Bericht"]
        elif k2 and near and si - last_si <= 1 and last.kind != "direct" and _konj_next(tx, si):
            # „Die Frauen würden angegriffen, wenn sie … verließen.“ between two Konjunktiv sentences of one report
            reason = [f"Konjunktiv II als Ersatzform ohne Redeeinleitung: {k2[0].text}",
                      "Konjunktiv II mit Nebensatz mitten im Bericht: Satz davor und danach im Konjunktiv"]
        if reason is None:
            if real:
                last, last_si = real[-1], si
            continue
        a, b = _trim(doc, s.start, s.end)
        b = _before_quoted_colon(tx, a, b)
        if b <= a:
            continue
        tail = _indicative_tail(tx, si)
        sub = _subordinate_content(tx, si, fins)
        if tail is not None and sub is not None and tail <= sub:
            tail = None  # „…, und ist eine Sorte, die resistent sein soll“: the content is in the narrator's clause
        if tail is not None and tail > a and _wishing_subject(tx, si, fins) is None:
            # „X möchte …, nimmt … in Schutz“: the wishing subject's own stance goes on in the coordinated verbs
            b = _cut_tail(doc, (a, b), tail, reason)[1]
        if sub is not None:  # the indicative clause before it is the narrator's (or an unknown frame)
            a = sub
            what = "Konjunktiv" if any(_konj(t) for t in fins if t.i >= a) else "„soll“ vom Hörensagen"
            reason.append(f"{what} nur im Nebensatz nach indikativischem Hauptsatz: {doc[a].text} …")
            a, note = _past_relative_source(doc, a, b)  # „Pläne, laut denen …“: the source word stays out
            reason.extend(note)
        own = _own_frame(tx, si) or _trailing_own_frame(tx, si) or _label_frame(tx, si)
        if own is not None and any(q.kind != "direct" for q in real):
            last, last_si = real[-1], si
            continue
        if own is not None:
            frame, content = own
            if _frame_after(frame, content):
                tail = None
            if tail is not None and content[0] < tail < content[1]:
                content = _cut_tail(doc, content, tail, reason)
            d = _Draft("indirect", [content], frame, frame.evidence + _framed(reason, tail, content), si)
            out.append(d)
            last, last_si = d, si
            continue
        d = _Draft("free_indirect", _without_insert(tx, (a, b), reason), None, reason, si)
        actor = _actor_of_sentence(tx, si - 1) if si > 0 and (last is None or last_si < si - 1) else None
        if actor is not None and (not (_speaker_like(doc, actor) or _answering_person(tx, si - 1, actor))
                                  or (_topic_again(tx, si, actor) and not (k1 and not soll
                                                                           and _introduced_here(tx, actor)))):
            actor = None
        wisher = _wishing_subject(tx, si, fins)
        colon_speaker = _colon_subject(tx, si, a) if wisher is None else None
        if _question_put_to(tx, si):
            # „Kessler wurde auf seine Zukunft angesprochen. Ob er um seinen Job fürchte?“: the unnamed reporters ask
            d.evidence.append("Frage an die im Satz davor Gefragten: wer fragt, wird nicht genannt")
            actor = wisher = None
        if colon_speaker is not None:
            # „Steckel hatte darauf gelassen reagiert: Sie lese keine Kritiken“: the person before the colon speaks
            d.frame = _Frame([], "", None, "", colon_speaker, colon_speaker, [])
            d.evidence.append("Sprecher: Subjekt des Satzes vor dem Doppelpunkt")
        elif wisher is not None:
            d.frame = _Frame([], "", None, "", wisher, wisher, [])
            d.evidence.append(f"Sprecher: Subjekt von „{doc[wisher[1]].text}“ (Wille oder Wissen)")
        elif actor is not None:
            d.frame = _Frame([], "", None, "", actor, (actor[0], actor[1]), [])
            d.evidence.append("Sprecher: Handelnder des vorigen Satzes")
        elif _question_put_to(tx, si):
            pass
        elif near and _relayed_report(doc, last):
            # „Nach dem Bericht von X sollen die Rebellen … verbreitet haben. Es gebe …“: the report goes on
            relay = last.frame.relay
            d.frame = _Frame([], "", None, "", relay, relay, [])
            d.evidence.append("Sprecher: Quelle des vorigen Berichts")
        elif near and (last.frame is None or last.frame.speaker is None) and (
                fallback := _speaking_actor(tx, si - 1) or _source_phrase(tx, si - 1)) is not None:
            # „X hat Anklage erhoben: Ihm wird vorgeworfen, … . Außerdem soll er …“: the report names nobody
            d.frame = _Frame([], "", None, "", fallback, fallback, [])
            d.evidence.append(f"Sprecher: Handelnder oder Quelle des vorigen Satzes: {doc[fallback[0]:fallback[1]].text} "
                              "(die vorige Redewiedergabe nennt niemanden)")
        elif near and si - last_si <= 1 and (citer := _citing_subject(tx, last)) is not None:
            d.frame = _Frame([], "", None, "", citer, citer, [])
            d.evidence.append("Sprecher: wer das Zitat aus dem Relativsatz anführt (Subjekt des Hauptsatzes)")
        elif near:
            d.carried_from = drafts.index(last) if last in drafts else None
            # a follow-on quotation without a frame of its own: its speaker is found later, from the context
            d.frame = last.frame if last.frame is not None else _Frame([], "", None, "", None, (a, b), [])
            d.evidence.append("Sprecher aus dem vorigen Satz übernommen")
            if last.sentence < last_si:
                d.evidence.append("Quelle im Satz nach dem Inhalt genannt: der Bericht reicht bis dorthin")
        if d.frame is None and (source := next(filter(None, (_source_phrase(tx, j) for j in (si - 1, si - 2) if j >= 0)),
                                                   None)) is not None:
            # „Gegen ihn wird von der Staatsanwaltschaft ermittelt. Er soll …“: the agent or document named before
            d.frame = _Frame([], "", None, "", source, source, [])
            d.evidence.append(f"Sprecher: Quelle im vorigen Satz: {doc[source[0]:source[1]].text}")
        if d.frame is None and soll and (source := _next_source(tx, si, by_sent)) is not None:
            # „Die Miliz soll … geplündert haben. Dabei sollen laut dem Ankläger …“: the source follows the claim
            d.frame = _Frame([], "", None, "", source, source, [])
            d.evidence.append(f"Sprecher: Quelle im nächsten Satz: {doc[source[0]:source[1]].text}")
        if d.frame is None and soll and not k1:
            # „Ein Mann soll … belästigt haben.“ with nobody named before: the narrator's hedge, no one's speech
            if real:
                last, last_si = real[-1], si
            continue
        reports = [q for q in real if q.kind != "direct"]
        if reports and d.frame is None:
            last, last_si = real[-1], si  # nobody to continue: the reported speech act stands on its own
            continue
        for q in reports:  # „Der Angeklagte gebe die Tat zu“: part of the passage, not a report of its own
            if _attitude(q):
                d.evidence.append(f"Haltung im Konjunktiv: {' '.join(doc[k].text for k in q.frame.cue_tokens)}")
            else:
                d.evidence.append(f"Redehandlung im Konjunktiv: {doc[q.frame.cue_tokens[0]].text}")
            if _nested_report(tx, q):
                who = doc[q.frame.speaker[0]:q.frame.speaker[1]].text
                q.evidence.append(f"eigene Redeeinleitung in freier indirekter Rede: {who} spricht selbst")
            else:
                q.kind = "context"
        if d.frame is not None:
            for q in real:  # „Es drohe „eine Katastrophe“.“: the quoted words belong to the continued speaker
                if q.kind == "direct":
                    q.frame = d.frame
                    q.evidence.append("wörtliches Teilzitat in freier indirekter Rede")
        out.append(d)
        last, last_si = d, si
    return out


#: Verbs of putting a question to somebody, in the passive before the question („wurde … gefragt“).
ASKING_LEMMAS = ("fragen", "befragen", "ansprechen", "nachfragen")


def _question_put_to(tx: _Text, si: int) -> bool:
    """„Kessler wurde auf seine Zukunft angesprochen. Ob er um seinen Job fürchte?“: a question in the Konjunktiv
    right after a passive sentence of asking is what unnamed reporters asked, not the words of the last speaker."""
    doc = tx.doc
    s = tx.sents[si]
    if si == 0 or doc[s.end - 1].text != "?" or not (doc[s.start].lower_ == "ob" or doc[s.start].tag_ in ("PWAV", "PWS")):
        return False
    prev = tx.sents[si - 1]
    words = [doc[k] for k in range(prev.start, prev.end) if not tx.in_quote[k]]
    return any(t.lemma_ == "werden" and t.tag_ == "VAFIN" for t in words) \
        and any(t.tag_ == "VVPP" and t.lemma_ in ASKING_LEMMAS for t in words)


def _framed(reason: list[str], tail: int | None, content: tuple[int, int]) -> list[str]:
    """The evidence of a Konjunktiv sentence that has a frame of its own after all („…, brummelte er“): it is no
    longer „ohne Redeeinleitung“, and the indicative clause after it is that frame, not the narrator's."""
    out: list[str] = []
    for r in reason:
        r = r.replace(" als Ersatzform ohne Redeeinleitung", " als Ersatzform").replace(" ohne Redeeinleitung", "")
        if r.startswith("indikativischer Hauptsatz danach") and (tail is None or tail >= content[1]):
            continue
        if r not in out:
            out.append(r)
    return out


def _citing_subject(tx: _Text, q: _Draft) -> tuple[int, int] | None:
    """„Er erinnerte an die Worte der Ministerin, die versprochen hatte: «…»“: the main clause's person cites
    a quotation spoken in a relative clause, so the Konjunktiv sentence after it goes on with the citer."""
    doc = tx.doc
    if q.kind != "direct" or q.frame is None or not isinstance(q.frame.speaker, tuple) \
            or doc[q.frame.speaker[0]].tag_ != "PRELS" or (found := _sentence_subject(tx, q.sentence)) is None:
        return None
    subj = found[0]
    if subj[1] > q.frame.speaker[0] or not (_person_like(doc, subj) or (
            subj[1] - subj[0] == 1 and doc[subj[0]].lower_ in ("er", "sie"))):
        return None
    return subj


def _attitude(q: _Draft) -> bool:
    """Whether the report is framed by an adjective of stance („ist bereit, …“, „zeigte sich überzeugt, …“)."""
    return any(e.startswith("Haltungsadjektiv") for e in q.frame.evidence)


def _nested_report(tx: _Text, q: _Draft) -> bool:
    """„Dieser behaupte jedoch, …“, „Die Opposition werfe ihm vor, …“: inside free indirect speech a Konjunktiv
    speech verb with a named subject of its own reports that subject's words, a quotation inside the passage."""
    if q.kind != "indirect" or not isinstance(q.frame.speaker, tuple) or not q.frame.cue_tokens:
        return False
    doc = tx.doc
    s = tx.sents[q.sentence]
    a = s.start
    while a + 1 < s.end and (doc[a].is_punct or doc[a].tag_ == "KON"):
        a += 1
    # „Wenn X geklagt hätte, …“, „Hätte X geklagt, …“: a speech verb in a condition reports no claim of its own
    if q.frame.clause[0] > a or doc[a].tag_ == "KOUS" or doc[a].tag_ in FINITE or doc[a].lower_ in CONDITIONAL \
            or doc[q.frame.speaker[0]].lower_ in ("man", "es"):
        return False
    if q.frame.speaker[1] - q.frame.speaker[0] == 1 and doc[q.frame.speaker[0]].tag_ == "PPER":
        return False  # „Sie hoffe, …“: the passage's own speaker goes on, no second voice inside it
    if _attitude(q):
        return False  # „Washington sei bereit, Kiew zu unterstützen“: a stance the passage reports, no speech act
    if _speechless_subject(doc, *q.frame.speaker):
        return False  # „Die Katastrophe habe gezeigt, wie …“: a thing shows, it does not speak; the passage goes on
    # „…, spreche aber von …“ opening with its verb shares the subject: a second predicate, not the content
    start = q.tokens[0][0]
    return (doc[q.frame.cue_tokens[0]].tag_ != "VVINF" and not _passive_clause(doc, q.frame.clause)
            and start > max(q.frame.cue_tokens) and doc[start].tag_ not in FINITE)


def _passive_clause(doc, clause: tuple[int, int]) -> bool:
    """„Ihr sei … verweigert worden“: a clause with a participle and „werden“ (any clause verb, unlike subjects'
    ``_passive`` of one verb): its first noun phrase is no speaker."""
    return any(doc[k].lemma_ == "werden" and doc[k].tag_ in ("VAFIN", "VAPP", "VAINF") for k in range(*clause)) and any(
        doc[k].tag_ == "VVPP" for k in range(*clause))


def _next_source(tx: _Text, si: int, by_sent: dict[int, list[_Draft]]) -> tuple[int, int] | None:
    """„Er soll … haben. Im Rahmen dessen sollen laut X …“: the source named by a marker („laut X“, „X zufolge“,
    „nach Angaben von X“) in the sentence after ``si`` whose content goes on in Konjunktiv or hearsay „soll“."""
    doc = tx.doc
    for q in by_sent.get(si + 1, []):
        if q.frame is None or q.frame.marker not in CONTENT_MARKERS or not isinstance(q.frame.speaker, tuple):
            continue
        if any(_konj(doc[k]) or doc[k].lower_ in HEARSAY_MODALS for a, b in q.tokens for k in range(a, b)):
            return q.frame.speaker
    return None


def _topic_again(tx: _Text, si: int, actor: tuple[int, int]) -> bool:
    """„Dulmatin galt als gefährlich. Er soll … geplant haben.“: the claim is about the actor of the sentence
    before (its subject is a personal pronoun or names the actor again), so the actor does not speak."""
    doc = tx.doc
    found = _sentence_subject(tx, si)
    if found is None:
        return False
    subj, fin = found
    words = {doc[k].lower_ for k in range(*subj) if doc[k].tag_ in ("NE", "NN")}
    if words & {doc[k].lower_ for k in range(*actor)}:
        return True
    verb = _first_verb(tx, si - 1)
    if verb is not None and _stance(doc, verb):
        return False  # „Krüger zeigte sich erschüttert. Sie habe so etwas nie erlebt.“: she says why
    # „Die Behörden haben einen Erreger entdeckt. Er soll …“: a pronoun of another number or gender means someone else
    pronoun = doc[subj[0]].lower_
    return subj[1] - subj[0] == 1 and pronoun in ("er", "sie") and verb is not None \
        and _verb_plural(verb) == _verb_plural(doc[fin]) and doc[actor[0]].lower_ not in OTHER_GENDER[pronoun]


def _introduced_here(tx: _Text, actor: tuple[int, int]) -> bool:
    """„Erzieherin Aylin Demir, 29, kennt beide Seiten. In ihrer Gruppe betreue sie …“: a person named in full for
    the first time goes on to speak about herself in Konjunktiv I (a feature's new voice)."""
    ent = next((e for e in tx.ents if e.label_ == "PER" and actor[0] <= e.start and e.end <= actor[1]), None)
    return ent is not None and len(ent) > 1 and not any(
        e.label_ == "PER" and e.end <= actor[0] and e.text.split()[-1] == ent.text.split()[-1] for e in tx.ents)


def _nobody_says(tx: _Text, si: int) -> bool:
    """„Niemand behauptet, …“, „Kein Politiker fordert, …“: a sentence whose subject denies anybody speaks and whose
    first full verb is a reporting verb reports nothing, so its Konjunktiv continues nobody."""
    doc = tx.doc
    s = tx.sents[si]
    verb = next((t for t in doc[s.start:s.end] if t.tag_.startswith("VV")), None)
    return doc[s.start].lower_ in NOBODY and verb is not None and lexicon.entry(lexicon.verb_lemma(verb)) is not None


def _first_verb(tx: _Text, si: int):
    """The first finite verb of sentence ``si`` outside quotation marks, or None."""
    s = tx.sents[si]
    return next((tx.doc[k] for k in range(s.start, s.end) if tx.doc[k].tag_ in FINITE and not tx.in_quote[k]), None)


def _answering_person(tx: _Text, si: int, actor: tuple[int, int]) -> bool:
    """„Die Bäuerin nickte.“: a person named by a role who makes a gesture or takes a stance answers in the next
    sentence (a role alone, „der Rentner sitzt in Haft“, does not make someone a speaker)."""
    verb = _first_verb(tx, si)
    return verb is not None and _stance(tx.doc, verb) and any(_person_role(tx.doc[k]) for k in range(*actor))


def _stance(doc, verb) -> bool:
    """„zeigte sich erschüttert“, „reagierte empört“, „zuckte mit den Schultern“: the actor takes a stance or makes
    a gesture the next sentence explains in the actor's own (reported) words."""
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return verb.lemma_ == "reagieren" or (verb.lemma_ == "zeigen" and nxt is not None and nxt.lower_ == "sich") \
        or lexicon.gesture_verb(lexicon.verb_lemma(verb))


OTHER_GENDER = {"er": ("die", "das", "eine"), "sie": ("der", "das", "ein")}  # articles „er“/„sie“ cannot refer to


def _konj_next(tx: _Text, si: int) -> bool:
    """The sentence after ``si`` goes on in a Konjunktiv that reports (as ``_substitute_k2`` allows: no „möchte“,
    no singular modal such as „könnte“ or „könne“)."""
    if si + 1 >= len(tx.sents):
        return False
    s = tx.sents[si + 1]
    return any(_konj(tx.doc[k]) and _verb_shaped(tx.doc[k]) and _substitute_k2(tx.doc[k])
               for k in range(s.start, s.end) if not tx.in_quote[k])


def _plural_modal_k2(fins):
    """„Die Fahrer sollten … fahren“: the plural „sollten/wollten“ is Konjunktiv II as well as past; right after
    a report it stands in for the plural Konjunktiv I, which looks indicative („sollen“)."""
    t = fins[0]
    if t.sent[0].tag_ == "KOUS" or (t.sent[0].lower_ == "als" and _after_its_infinitive(t)):
        return None  # „Als die Barrikaden beseitigt werden sollten, …“: a time clause of the narrator
    if any(v.morph.get("Mood") == ["Ind"] for v in fins[1:]):
        return None  # „…, wo die Demonstration gestartet war“: an indicative beside it tells the narrator's past
    return t if t.lower_ in ("sollten", "wollten") and _verb_shaped(t) else None


def _after_its_infinitive(t) -> bool:
    """A finite verb right after its infinitive or participle („… beseitigt werden sollten, …“) stands at the end
    of a subordinate clause: after an opening „Als“ the tagger read as a preposition, it is a time clause."""
    return t.i > t.sent.start and t.doc[t.i - 1].tag_ in ("VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VVIZU")


def _konj1_next(tx: _Text, si: int) -> bool:
    """The sentence after ``si`` goes on in Konjunktiv I (outside quotation marks): the report is still going on."""
    if si + 1 >= len(tx.sents):
        return False
    s = tx.sents[si + 1]
    return any(_konj1(tx.doc[k]) and _verb_shaped(tx.doc[k]) for k in range(s.start, s.end) if not tx.in_quote[k])


def _planned_after_pointer(doc, last: _Draft, modal: int, end: int) -> bool:
    """„Kröll verwies auf die Fragestunde. Der Bebauungsplan soll im Frühjahr ausgelegt werden.“: „soll“ with a
    passive infinitive (participle + „werden“ last) after a speech act without content and without a demand
    tells what is planned („forderte … Strafen. Auch andere sollen bestraft werden.“ goes on with the demand)."""
    if last.kind != "reported" or last.frame is None or last.frame.connotation == "demanding":
        return False
    verbs = [k for k in range(modal + 1, end) if doc[k].tag_.startswith("V")]
    return len(verbs) >= 2 and doc[verbs[-1]].lower_ == "werden" and doc[verbs[-2]].tag_ == "VVPP"


def _infinitive(t) -> bool:
    """An infinitive, also where the tagger read the verb after a modal as finite („soll sich … befinden“) or as a
    participle of the same spelling („soll … betragen“, „erhalten“): its form is the lemma itself."""
    return t.tag_ in ("VVINF", "VAINF") or (t.tag_ in ("VVFIN", "VAFIN", "VVPP") and t.lower_ == t.lemma_.lower()
                                               and t.lower_.endswith("n"))


def _report_sentence(tx: _Text, d: _Draft, si: int) -> int:
    """The last sentence of a report: „… gestorben. Das geht aus einem Bericht der Feuerwehr hervor.“ names its
    source in the sentence after its content, and what follows continues from there."""
    cues = d.frame.cue_tokens if d.frame is not None else []
    return max([si, *(tx.sent_of[k] for k in cues)])


def _without_insert(tx: _Text, span: tuple[int, int], reason: list[str]) -> list[tuple[int, int]]:
    """„…, und man sei dankbar – so X –, trotzdem …“, „…, wie es auf der Pressekonferenz hieß, …“: an inserted
    source clause names who speaks and is the narrator's, so the passage leaves it out (two spans)."""
    doc = tx.doc
    a, b = span
    for k in range(a, b - 1):
        if doc[k].lower_ not in ("so", "wie") or (k > a and doc[k - 1].text not in (",", "–", "—", "(")) \
                or tx.in_quote[k]:
            continue
        end = next((j for j in range(k + 1, min(b, k + 12)) if doc[j].text in (",", "–", "—", ")")), None)
        if end is None or not _source_insert(doc, k, end):
            continue
        parts = [p for p in (_trim(doc, a, k), _trim(doc, end + 1, b)) if p[1] > p[0]]
        if not parts:
            return [span]
        reason.append(f"eingeschobene Quellenangabe gehört nicht zum Inhalt: {doc[k:end].text}")
        return parts
    return [span]


def _source_insert(doc, k: int, end: int) -> bool:
    """„so X“ with a name or noun and no verb, or „wie X sagte / wie es hieß“ with an indicative speech verb."""
    fins = [j for j in range(k + 1, end) if doc[j].tag_ in FINITE]
    if doc[k].lower_ == "so":
        return not fins and any(doc[j].tag_ in ("NE", "NN") for j in range(k + 1, end))
    return len(fins) == 1 and fins[0] == end - 1 and not _konj(doc[fins[0]]) and (
        doc[fins[0]].lemma_ in ("heißen", "ausdrücken") or lexicon.entry(lexicon.verb_lemma(doc[fins[0]])) is not None)


def _frame_after(frame: _Frame, content: tuple[int, int]) -> bool:
    """„Die Fehler seien … entstanden und änderten nichts, ließ sie erklären.“: a frame after its content reports all
    the words before it, a coordinated verb in the indicative (or the Präteritum that looks like it) too."""
    return bool(frame.cue_tokens) and frame.cue_tokens[0] >= content[1]


def _cut_tail(doc, span: tuple[int, int], tail: int, reason: list[str]) -> tuple[int, int]:
    """The content ``span`` ending before the narrator's ``tail`` clause, with the reason noted once."""
    note = (f"indikativischer Hauptsatz danach gehört dem Erzähler: {doc[tail].text} …" if not doc[tail].is_quote
            else "wörtliches Zitat nach Doppelpunkt: eigene direkte Rede")
    if note not in reason:
        reason.append(note)
    a, b = _trim(doc, span[0], tail)
    while b > a + 1 and doc[b - 1].tag_ == "KON":
        a, b = _trim(doc, a, b - 1)  # „… entstanden und | änderten …“: the conjunction goes with the narrator's clause
    return a, b


def _indicative_tail(tx: _Text, si: int) -> int | None:
    """„Er hätte gern Fachleute eingeladen, fand aber keine“: a later main clause that opens with an indicative
    finite verb (after a comma or „und/aber“) continues the narrator; a quotation after a colon is direct speech
    of its own. Returns the first token of what is no longer free indirect speech."""
    doc = tx.doc
    clauses = tx.clauses(si)
    for c in clauses[1:]:
        k = c[0]
        if doc[k - 1].text == ":" and tx.in_quote[k]:
            return k  # „…, sei klar geregelt: „…““: the quotation after the colon is direct speech of its own
        if doc[k - 1].text in (":", ";") and _indicative_main(tx, c, tx.sents[si].end):
            return k
        while k < c[1] and doc[k].tag_ in ("KON", "ADV", "$,"):
            k += 1
        t = doc[k] if k < c[1] else None
        if t is None or t.tag_ not in FINITE or tx.in_quote[k] or _konj(t) or t.lower_ in HEARSAY_MODALS:
            continue
        if t.morph.get("Mood") == ["Ind"] or t._.mood_evidence and t._.mood_evidence.startswith("Präteritum"):
            if not any(_konj(doc[j]) for j in range(k, tx.sents[si].end)):
                return c[0]
    return None


def _indicative_main(tx: _Text, clause: tuple[int, int], end: int) -> bool:
    """„…: Der Motor ist eine Eigenentwicklung“: a main clause after a colon or semicolon whose first finite verb
    is no Konjunktiv (a plural present counts: reported speech would use „lägen“), with none after it either,
    is the narrator's own statement."""
    doc = tx.doc
    fin = next((k for k in range(*clause) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None)
    if fin is None or doc[clause[0]].tag_ in ("KOUS", "PRELS", "PWAV", "PWS") or doc[fin].lower_ in HEARSAY_MODALS:
        return False
    return not any(_konj(doc[j]) for j in range(fin, end))


def _subordinate_content(tx: _Text, si: int, fins) -> int | None:
    """„Einigkeit besteht darüber, dass es … gebe“, „X wurde festgenommen, er soll …“: the first clause is indicative
    (no hearsay „soll“ either) and every Konjunktiv or hearsay „soll“ stands in a later clause; the content starts
    with the clause after it. Returns its first token."""
    doc = tx.doc
    clauses = tx.clauses(si)
    if len(clauses) < 2:
        return None
    c0 = clauses[0]
    if doc[c0[0]].tag_ in ("KOUS", "PRELS", "PWAV", "PWS") or doc[c0[0]].lower_ in CONDITIONAL:
        return None
    m = _main_clause(tx, clauses, fins)
    c0 = clauses[m]
    main = [t for t in fins if c0[0] <= t.i < c0[1] and not _embedded_verb(doc, c0[0], t.i)]
    if not main or any(_konj(t) or t.lower_ in HEARSAY_MODALS for t in main) or not any(
            _konj(t) or t.lower_ in HEARSAY_MODALS for t in fins if t.i >= c0[1]):
        return None
    return _content_clause(tx, clauses[m:])[0]


def _main_clause(tx: _Text, clauses: list[tuple[int, int]], fins) -> int:
    """Index of the main clause: the first, or after a first clause without a finite verb of its own („Auch mit den
    Grünen, die … erhielten, erreicht die Partei …“) the clause that opens with its finite verb."""
    doc = tx.doc
    c0 = clauses[0]
    if any(c0[0] <= t.i < c0[1] and not _embedded_verb(doc, c0[0], t.i) for t in fins):
        return 0
    for m, c in enumerate(clauses[1:], 1):
        if doc[c[0]].tag_ in FINITE and not tx.in_quote[c[0]]:
            return m
        if any(c[0] <= t.i < c[1] and (_konj(t) or t.lower_ in HEARSAY_MODALS) for t in fins):
            return 0
    return 0


def _embedded_verb(doc, start: int, v: int) -> bool:
    """„Bei einem Schusswechsel, der dann stattfand, soll …“: a finite verb after „, der/die/das“, „, als/weil …“ or
    „, von dem / mit deren …“ within the first clause ends a relative or subordinate clause, not the main clause."""
    return any(doc[j - 1].text == "," and (doc[j].tag_ in ("PRELS", "PRELAT", "KOUS", "PWAV") or (
        doc[j].tag_ in ("APPR", "APPRART") and doc[j + 1].tag_ in ("PRELS", "PRELAT")))
               for j in range(start + 1, v))


def _verb_shaped(t) -> bool:
    """A finite verb is written in lower case unless it opens the sentence; „Versuche“, „-Schnellzüge“ or
    „2005siehe“ in mid-sentence are nouns or glued tokens the tagger misread as a Konjunktiv."""
    if t.text[:1].islower():
        return True
    k = t.sent.start
    while k < t.i and (t.doc[k].is_punct or t.doc[k].is_quote):
        k += 1
    return k == t.i and t.text[:1].isalpha()


def _wish_phrase(doc, t, end: int) -> bool:
    """„Er hätte gern …“, „Sie würden lieber …“: Konjunktiv II with „gern/lieber“ states a wish like „möchte“,
    not a report in the substitute form."""
    return any(doc[k].lower_ in ("gern", "gerne", "lieber") for k in range(t.i + 1, min(end, t.i + 6)))


def _substitute_k2(t) -> bool:
    """A Konjunktiv II stands in for reported speech where the Konjunktiv I would look indicative; „möchte“ is a
    plain wish and a singular „könnte/dürfte/müsste“ (Konjunktiv I „könne/dürfe/müsse“ exists) the narrator's guess."""
    if t.lemma_ in ("mögen", "möchten") or t.lower_.startswith("möcht"):
        return False
    return not (t.tag_ == "VMFIN" and not t.lower_.endswith("n"))


def _speaking_actor(tx: _Text, si: int) -> tuple[int, int] | None:
    """The subject of sentence ``si`` when it names a person, a role or an organisation, else None."""
    if si < 0:
        return None
    actor = _actor_of_sentence(tx, si)
    return actor if actor is not None and _speaker_like(tx.doc, actor) else None


def _source_phrase(tx: _Text, si: int) -> tuple[int, int] | None:
    """A source named in a prepositional phrase of sentence ``si``: the agent of a passive („von der
    Staatsanwaltschaft ermittelt“) or a document or statement („im Verlauf der Pressemitteilung“)."""
    doc = tx.doc
    s = tx.sents[si]
    passive = any(doc[k].lemma_ == "werden" and doc[k].tag_ in FINITE for k in range(s.start, s.end)) and any(
        doc[k].tag_ == "VVPP" for k in range(s.start, s.end))
    for k in range(s.start, s.end - 1):
        if tx.in_quote[k] or doc[k].tag_ not in ("APPR", "APPRART"):
            continue
        np = _noun_phrase(doc, k + 1, s.end)
        if np is None:
            continue
        if passive and doc[k].lower_ in ("von", "vom", "durch") and _speaker_like(doc, np):
            return np
        head = next((j for j in range(*np) if doc[j].tag_ == "NN" and (
            doc[j].lower_.endswith(SOURCE_NOUNS) or doc[j].lemma_.lower().endswith(SOURCE_NOUNS))), None)
        if head is not None:
            a = head
            while a > np[0] and doc[a - 1].tag_ in ("ADJA", "ART", "PPOSAT", "PDAT", "CARD"):
                a -= 1  # „im Verlauf der Pressemitteilung der NASA“ → „der Pressemitteilung der NASA“
            return (a, np[1])
    return None


SOURCE_NOUNS = tuple(w for w in INFO_NOUNS if len(w) >= 6)


def _wishing_subject(tx: _Text, si: int, fins) -> tuple[int, int] | None:
    """„Der Minister wolle …“, „Frankreich möchte …“: the named subject of a Konjunktiv of wanting or knowing
    speaks for itself; the sentence reports its own stance."""
    doc = tx.doc
    verb = next((t for t in fins if _konj(t) or t.lower_.startswith("möcht")), None)
    if verb is None or verb.lemma_ not in WISHING or verb.i == tx.sents[si].start:
        return None
    clause = next((c for c in tx.clauses(si) if c[0] <= verb.i < c[1]), None)
    subj = _subject(tx, clause, verb.i) if clause is not None else None
    if not isinstance(subj, tuple) or subj[1] != verb.i or doc[subj[0]].tag_ in ("PPER", "PDS", "PIS"):
        return None
    return subj if _speaker_like(doc, subj) else None


WISHING = {"wollen", "mögen", "möchten", "wissen"}


def _speaker_like(doc, rng: tuple[int, int]) -> bool:
    """A name, an organisation or a role noun judged by its lemma („Augenzeugen“, not „Fahrzeuge“)."""
    for k in range(*rng):
        t = doc[k]
        if t.tag_ == "NE" or t.ent_type_ in ("PER", "ORG"):
            return True
        if t.tag_ == "NN" and ((t.lemma_ or t.text).lower().endswith(ROLE_SUFFIXES)
                               or any(w in t.lower_ for w in ORG_WORDS)):
            return True
    return False


def _reported_report(tx: _Text, d: _Draft, si: int) -> bool:
    """„Der Angeklagte gebe die Tat zu“, „Ausländern sei abgeraten worden, …“: a speech act whose own verb is in
    the Konjunktiv is itself reported; the sentence goes on with the earlier speaker."""
    if d.kind not in ("indirect", "reported") or d.frame is None or d.frame.marker is not None:
        return False
    doc = tx.doc
    cues = [k for k in d.frame.cue_tokens if doc[k].tag_.startswith("V")]
    if not cues or any(tx.sent_of[k] != si for k in cues):
        return False
    a, b = d.frame.clause
    fins = [k for k in range(a, b) if doc[k].tag_ in FINITE and not tx.in_quote[k]]
    return bool(fins) and _konj(doc[fins[0]])


def _embedded_fragment(tx: _Text, d: _Draft, si: int) -> bool:
    """A direct quotation inside a Konjunktiv sentence whose own frame (if any) is no indicative speech verb of
    that sentence: „Die Studie zeige, „dass …““ quotes the continued speaker, not the study."""
    if d.kind != "direct":
        return False
    if d.frame is None or not d.frame.cue_tokens:
        return True  # no frame, or a speaker carried over from before without a verb of this sentence
    if _opens_with_own_frame(tx, d, si):
        return False
    doc = tx.doc
    cues = d.frame.cue_tokens
    return bool(cues) and all(tx.sent_of[k] == si and not (doc[k].tag_ in FINITE and not _konj(doc[k])) for k in cues)


def _fragment_before_own_frame(tx: _Text, d: _Draft, si: int) -> bool:
    """„Die Vorwürfe seien „frei erfunden“, ließ er ausrichten.“: a direct fragment inside Konjunktiv content that
    the trailing verb frames; the whole content is an indirect report too, as with „…, teilte er mit“."""
    if d.kind != "direct" or d.frame is None or not d.frame.cue_tokens or not d.tokens:
        return False
    own = _trailing_own_frame(tx, si)
    return own is not None and own[0].cue_tokens[0] == d.frame.cue_tokens[0] and own[1][0] < d.tokens[0][0]


def _opens_with_own_frame(tx: _Text, d: _Draft, si: int) -> bool:
    """„„Er war da und doch nicht da“, habe die Großmutter gesagt.“: a quotation opening its sentence with its own
    speaker named after it in the Konjunktiv is that speaker's, not a fragment of the continued report."""
    sp = d.frame.speaker
    opening = tx.sents[si].start
    return isinstance(sp, tuple) and d.tokens[0][0] - 1 <= opening and sp[0] >= d.tokens[-1][1] \
        and tx.sent_of[sp[0]] == si


def _colon_subject(tx: _Text, si: int, a: int) -> tuple[int, int] | None:
    """The person-like subject of the indicative clause right before a colon that opens the Konjunktiv content at
    ``a`` in the same sentence („Steckel reagierte gelassen: Sie lese …“), or None."""
    doc = tx.doc
    s = tx.sents[si]
    if a - 1 <= s.start or doc[a - 1].text != ":" or tx.in_quote[a - 1]:
        return None
    clause = next((c for c in tx.clauses(si) if c[0] <= a - 2 < c[1]), None)
    fin = next((k for k in range(*clause) if doc[k].tag_ in FINITE and not tx.in_quote[k]), None) if clause else None
    if fin is None or _konj(doc[fin]):
        return None
    subj = _subject(tx, clause, fin)
    if not isinstance(subj, tuple):
        return None
    return subj if _person_like(doc, subj) or any(doc[k].tag_ == "NE" for k in range(*subj)) else None


def without_reported_thoughts(tx: _Text, drafts: list[_Draft]) -> list[_Draft]:
    """„Oberstaatsanwalt X sagte, … Berger habe genau gewusst, dass …“: a verb of thinking or knowing in the
    Konjunktiv inside another speaker's free indirect passage is part of that report (what the prosecutor says
    Berger knew), not Berger's own words; its inner report is dropped."""
    passages = [d for d in drafts if d.kind == "free_indirect"]
    if not passages:
        return drafts
    doc = tx.doc

    def thought(d: _Draft) -> bool:
        if d.kind != "indirect" or d.frame is None or not _reported_report(tx, d, d.sentence):
            return False
        entry = lexicon.entry(lexicon.verb_lemma(doc[d.frame.cue_tokens[0]]))
        return entry is not None and entry.thinking and any(
            p.tokens[0][0] <= d.tokens[0][0] and d.tokens[-1][1] <= p.tokens[-1][1] for p in passages)

    return [d for d in drafts if not thought(d)]


def _relayed_report(doc, last) -> bool:
    """Whether the previous quotation is a relayed report whose relay goes on speaking („Nach einem Bericht von X
    warnten die Ärzte …“); words an agency passes on behind the verb („Peskow sagte laut Interfax, …“) or a
    translation („sagte X laut Übersetzung“) go on as the speaker's."""
    frame = last.frame
    if frame is None or not isinstance(frame.relay, tuple) or _translation(doc, frame.relay):
        return False
    return last.kind == "reported" or not isinstance(frame.speaker, tuple) or not frame.cue_tokens \
        or frame.relay[0] < frame.cue_tokens[0]
