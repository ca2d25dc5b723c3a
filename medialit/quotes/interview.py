"""Interviews in question-and-answer form: „SPIEGEL: Wie geht es weiter?“ / „Müller: Ich gehe nach Brüssel.“

Each turn is the speaker's own words without quotation marks, so the whole paragraph after the label is a direct
quotation of the label; the questions of a „Frage:“ label are the article's own voice and quote nobody. Only a
text with several labelled turns by at least two labels counts as an interview, so a single „Hintergrund: …“ or
„Merkel: „…““ (a colon introduction) is left to the other rules.
"""

from __future__ import annotations

import re

from medialit.nlp.gazetteers import load_gazetteers
from medialit.nlp.sentences import BULLETS
from medialit.nlp.tokenizer import QUOTE_CHARS
from medialit.quotes.base import FINITE, _Draft, _Frame, _Text

MAX_LABEL = 4  # „Marie-Agnes Strack-Zimmermann“ is one to three tokens; longer runs are sentences
# labels that name the turn, not its speaker: who answers is said in the introduction
GENERIC_LABELS = {"antwort": "Antwort der befragten Person nach", "a": "Antwort der befragten Person nach"}
# labels of the interviewer's questions: the article's own voice, nobody quoted („Frage: Wann?“)
QUESTION_LABELS = {"frage", "f", "interviewer", "interviewerin", "redaktion"}


def _paragraph_start(doc, k: int) -> bool:
    """Whether token ``k`` opens a paragraph (first token, or the whitespace before it holds a line break)."""
    return k == 0 or "\n" in doc[k - 1].text_with_ws


def _label(doc, k: int, marks: bool = False) -> int | None:
    """The colon after a label of capitalised words opening a paragraph at ``k`` („SPIEGEL:“, „Frage:“,
    „Strack-Zimmermann:“), when words without an opening quotation mark follow (with one too when ``marks``);
    else None."""
    m = k
    while m < min(len(doc), k + MAX_LABEL + 1):
        t = doc[m]
        if t.text == ":":
            nxt = m + 1
            ok = m > k and nxt < len(doc) and not doc[nxt].is_space \
                and (marks or doc[nxt].text[:1] not in QUOTE_CHARS) and "\n" not in t.whitespace_
            return m if ok else None
        if (not t.text[:1].isupper() and doc[k].text != "Frage") or t.is_space:
            return None  # „Ghana - Australien: 1:1“ is a result, „Stand: 18:23“ a table row („Frage eines Analysten:“)
        m += 1
    return None


def _paragraph_end(doc, k: int) -> int:
    """The end of the paragraph that holds token ``k`` (before the next line break), without trailing space."""
    m = k
    while m < len(doc) and not doc[m].is_space and "\n" not in doc[m].whitespace_:
        m += 1
    return m + 1 if m < len(doc) and not doc[m].is_space else m


def _turn_end(doc, k: int) -> int:
    """The end of the turn that starts at token ``k``: its paragraph and the bulleted lines right after it
    („Stubb: Drei Dinge:⏎- mehr Luftverteidigung liefern,⏎- …“ are all the speaker's words)."""
    end = _paragraph_end(doc, k)
    while True:
        nxt = next((m for m in range(end, len(doc)) if not doc[m].is_space), None)
        if nxt is None or doc[nxt].text not in BULLETS or not _paragraph_start(doc, nxt):
            return end
        end = _paragraph_end(doc, nxt)


# a line opening with a capital letter and a colon within 80 characters: a text with fewer than three such lines
# has no three labelled turns, so it is no interview
LABEL_LINE = re.compile(r"^[ \t]*[A-ZÄÖÜ][^\n:]{0,80}:", re.MULTILINE)


def interview_turns(tx: _Text) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(label, content) token ranges of every turn, when the text has three turns or more with a finite verb (words
    spoken, not table rows like „Stand: 18:23“) by two labels or more; short turns („Frage: Wann?“) then count too."""
    doc = tx.doc
    if len(LABEL_LINE.findall(tx.text, 0)) < 2:
        return []  # the quick test on the text spares the token scan in (almost) every article
    turns = []
    for k in range(len(doc)):
        if doc[k].is_space or not _paragraph_start(doc, k):
            continue
        colon = _label(doc, k)
        if colon is not None:
            turns.append(((k, colon), (colon + 1, _turn_end(doc, colon + 1))))
    spoken = [((la, lb), (a, b)) for (la, lb), (a, b) in turns if any(doc[m].tag_ in FINITE for m in range(a, b))]
    labels = {doc[la:lb].text for (la, lb), _ in spoken}
    named = {w for e in tx.ents if e.label_ in ("PER", "ORG") for w in e.text.split()}
    marked = _marked_turns(tx, labels, {t[0][0] for t in turns}) if len(spoken) >= 2 else []
    if (len(spoken) + len(marked) < 3 or len(labels) < 2 and not _answers_only(tx, labels)) \
            and not _one_exchange(tx, spoken) and not _answers_to_questions(tx, turns):
        return []
    if _answers_to_questions(tx, turns):
        labels |= {doc[la:lb].text for (la, lb), _ in turns}  # „Brosowski: Mehr Wertschätzung.“: no verb, still an answer
    turns = sorted(turns + marked)
    # „Hintergrund: …“ once is a heading; a label used once counts only when it names somebody of the text
    used = [doc[la:lb].text for (la, lb), _ in turns]
    # „Joshua Kimmich:“ once, then „Kimmich:“: the full name of a label used again counts too
    return [t for t in turns if (label := doc[t[0][0]:t[0][1]].text) in labels and (
        used.count(label) > 1 or _question_label(label) or label.lower() in GENERIC_LABELS
        or set(label.split()) <= named
        or (" " in label and label.split()[-1] in used))]


def _marked_turns(tx: _Text, labels: set[str], found: set[int]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """„Titz: „Wir brauchen mehr Richter.“ Jedes Gesetz …“: in an interview, an answer under a label of the other
    turns that opens with quotation marks is a turn too (all of it is the speaker's), not a colon introduction."""
    doc = tx.doc
    out = []
    for k in range(len(doc)):
        if k in found or doc[k].is_space or not _paragraph_start(doc, k):
            continue
        colon = _label(doc, k, marks=True)
        if colon is not None and doc[k:colon].text in labels and not _question_label(doc[k:colon].text):
            out.append(((k, colon), (colon + 1, _turn_end(doc, colon + 1))))
    return out


def _question_label(label: str) -> bool:
    """„Frage:“, „Frage eines Analysten:“: a label of the questions put (the article's voice, nobody quoted)."""
    return label.lower() in QUESTION_LABELS or label.split()[0].lower() == "frage"


def _one_exchange(tx: _Text, spoken) -> bool:
    """„Frage eines Analysten: Wie stark …?⏎Gulden: Das Kapitel ist abgeschlossen.“: one question and one answer
    labelled with the surname of a person of the text make a short interview of their own."""
    if len(spoken) != 2:
        return False
    doc = tx.doc
    (q, _), (ans, _) = spoken
    return ans[0] == _next_paragraph(doc, q[0]) and _question_label(doc[q[0]:q[1]].text) \
        and _answers_only(tx, {doc[ans[0]:ans[1]].text})


def _answers_to_questions(tx: _Text, turns) -> bool:
    """„Frau Brosowski, haben Sie genug Personal?⏎Brosowski: Im Moment ja.“ twice: a short box of questions set
    apart by type, each answered under the surname of a person of the text, is an interview though it has only two
    turns (or answers without a verb: „Mehr Wertschätzung für den Beruf.“)."""
    doc = tx.doc
    labels = {doc[la:lb].text for (la, lb), _ in turns}
    if len(turns) < 2 or not _answers_only(tx, labels):
        return False
    return all(la > 1 and doc[la - 1].is_space and doc[la - 2].text == "?" or
               la > 0 and doc[la - 1].text == "?" for (la, _lb), _ in turns)


def _next_paragraph(doc, k: int) -> int | None:
    """The first token of the paragraph after the one holding token ``k``."""
    return next((m for m in range(_paragraph_end(doc, k), len(doc)) if not doc[m].is_space), None)


def _answers_only(tx: _Text, labels: set[str]) -> bool:
    """„Frau Ciesek, wie schlimm wird der Winter?⏎Ciesek: Das kann niemand sagen.“: print interviews set the
    questions apart by type, not by a label, so one label that is the surname of a person of the text is enough."""
    people = {w for e in tx.ents if e.label_ == "PER" for w in e.text.split()[1:]}
    return len(labels) == 1 and next(iter(labels)) in people


def interview_drafts(tx: _Text, turns) -> list[_Draft]:
    """One direct quotation per turn, spoken by its label; the words are marked as quoted so that the rules for
    reporting verbs do not read the speaker's own sentences as reports of the narrator."""
    out = []
    addressed = _addressed_person(tx.doc, turns)
    for (la, lb), (a, b) in turns:
        label = tx.doc[la:lb].text
        if _question_label(label):
            continue  # the question is the article's voice: it quotes nobody, but may report others' words
        for k in range(a, b):
            tx.in_quote[k] = True
        role = GENERIC_LABELS.get(label.lower())
        speaker = addressed if role else (la, lb)
        frame = _Frame([], "", None, "", speaker, (la, lb), [], marker="colon")
        evidence = [f"Interview: {role or 'Worte von'} „{label}:“ (wörtliche Rede ohne Anführungszeichen)"]
        if role and addressed is not None:
            person = tx.doc[addressed[0] - 1:addressed[1]].text
            evidence.append(f"Interview: wer antwortet, wird in der Frage angesprochen: „{person}“")
        out.append(_Draft("direct", [(a, b)], frame, evidence, tx.sent_of[a]))
    return out


def in_questions(tx: _Text, turns, drafts: list[_Draft]) -> list[_Draft]:
    """„Frage: Das Innenministerium sagt, die Quote liege unter einem Prozent.“: in a question turn only a report
    with its content stays; the question itself („Was fordern Sie?“) reports no speech act."""
    doc = tx.doc
    asked = [(a, b) for (la, lb), (a, b) in turns if _question_label(doc[la:lb].text)]
    return [d for d in drafts if not any(a <= d.tokens[0][0] < b for a, b in asked) or (
        d.kind == "indirect" and doc[tx.sents[d.sentence].end - 1].text != "?")]


def _addressed_person(doc, turns) -> tuple[int, int] | None:
    """„F: Frau Schnitzer, kommt die Rezession?⏎A: …“: the name after „Frau“/„Herr“ opening a question is the person
    who answers under a generic label („A:“, „Antwort:“); None when no question addresses anybody."""
    for (la, lb), (a, b) in turns:
        if not _question_label(doc[la:lb].text) or a + 1 >= b or doc[a].text not in ("Frau", "Herr"):
            continue
        end = a + 1  # the surname may be a common noun too („Frau Schnitzer“, „Herr Koch“)
        while end < b and doc[end].tag_ in ("NE", "NN") and doc[end].text[:1].isupper() and doc[end]._.role is None:
            end += 1
        if end > a + 1 and end < b and doc[end].text == ",":
            return a + 1, end
    return None


def _medium(label: str) -> bool:
    """„BILD:“, „SPIEGEL:“: a listed news medium labels the interviewer's questions, never the person asked."""
    entry = load_gazetteers().names.get(label)
    return entry is not None and entry.kind == "news"


def headline_quotes(tx: _Text, turns, drafts: list[_Draft]) -> None:
    """„„Die Grippewelle kommt früher als sonst“⏎…⏎Ciesek: …“: a quotation without a speaker above the first turn of
    an interview answered by one person (the headline or teaser) quotes that person."""
    doc = tx.doc
    answers = {doc[la:lb].text: (la, lb) for (la, lb), _ in turns if not _question_label(doc[la:lb].text)
               and doc[la:lb].text.lower() not in GENERIC_LABELS and not _medium(doc[la:lb].text)}
    if len(answers) != 1 or len(turns) < 3:
        return  # one question and answer inside a report („Frage eines Analysten: …“) is no interview article
    label, (la, lb) = next(iter(answers.items()))
    first = turns[0][0][0]
    for d in drafts:
        if d.kind == "direct" and d.tokens[-1][1] <= first and (d.frame is None or d.frame.speaker is None):
            d.frame = _Frame([], "", None, "", (la, lb), (la, lb), [], marker="colon")
            d.evidence.append(f"Interview: Zitat über dem Gespräch stammt von der befragten Person („{label}:“)")

