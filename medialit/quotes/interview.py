"""Interviews in question-and-answer form: „Frage: …“ / „Rabe: …“ paragraphs; each answer is the interviewee's
own words (direct speech without quotation marks), the speaker is the name before the colon."""

from __future__ import annotations

from medialit.quotes.base import _Draft, _Frame, _is_punct, _Text

QUESTION_LABELS = {"frage", "f", "interviewer", "interviewerin", "redaktion"}
MAX_LABEL_WORDS = 3


def _paragraphs(tx: _Text) -> list[tuple[int, int]]:
    """Sentence index ranges [first, last) of the paragraphs (a line break after a sentence ends one)."""
    out: list[tuple[int, int]] = []
    first = 0
    for si, s in enumerate(tx.sents):
        span = tx.text[s.start_char:tx.sents[si + 1].start_char] if si + 1 < len(tx.sents) else "\n"
        if "\n" in span[len(span.rstrip()):]:  # a line break after the sentence's last word
            out.append((first, si + 1))
            first = si + 1
    return out


def _label(tx: _Text, si: int) -> tuple[int, int] | None:
    """The label opening sentence ``si`` — one to three capitalised words before a colon („Rabe:“) — or None."""
    doc = tx.doc
    s = tx.sents[si]
    for k in range(s.start + 1, min(s.end, s.start + MAX_LABEL_WORDS + 1)):
        if doc[k].text == ":":
            words = [doc[m] for m in range(s.start, k)]
            if all(w.text[:1].isupper() and w.text.replace(".", "").isalpha() for w in words) and not tx.in_quote[s.start]:
                return (s.start, k)
            return None
    return None


def _interview_answers(tx: _Text) -> list[_Draft]:
    """Answers of an interview with at least one „Frage:“ paragraph: each labelled paragraph that is not a
    question is a direct quotation of the name in its label."""
    doc = tx.doc
    labelled = []
    for first, last in _paragraphs(tx):
        label = _label(tx, first)
        if label is not None:
            labelled.append((label, first, last))
    if not any(doc[a:b].text.lower() in QUESTION_LABELS for (a, b), _, _ in labelled):
        return []
    named = {w for e in tx.ents if e.label_ in ("PER", "ORG") for w in e.text.split()}
    counts: dict[str, int] = {}
    for (a, b), _, _ in labelled:
        counts[doc[a:b].text] = counts.get(doc[a:b].text, 0) + 1
    out = []
    for (a, b), first, last in labelled:
        text = doc[a:b].text
        # „Hintergrund:“ once is a heading, not the interviewee; a name of the text or a label repeated is
        if text.lower() in QUESTION_LABELS or (counts[text] < 2 and not set(text.split()) <= named):
            continue
        end = tx.sents[last - 1].end
        while end > b + 1 and _is_punct(doc[end - 1]) and doc[end - 1].text not in (".", "!", "?", "…"):
            end -= 1
        if end <= b + 1:
            continue
        ev = ["Interview in Frage und Antwort", f"Antwort nach der Namensmarke „{doc[a:b].text}:“"]
        frame = _Frame([], "", None, "", (a, b), (a, end), [],
                       marker="colon")
        out.append(_Draft("direct", [(b + 1, end)], frame, ev, first))
    return out
