"""Exercises generated for any article from its ``annotations.json``: who speaks, kind of quotation, verb
connotation and marking the sources. They are stored as ``<id>@<article-id>`` (see ``store_key``).

The answer keys come from the annotations (hand-made, or engine-drafted ``draft: true`` ones an instructor
corrected), so every generated exercise can be checked with ``medialit.exercises.check`` like a bank one.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from medialit.errors import ExerciseError
from medialit.exercises.schema import (
    ChoiceExercise,
    ChoiceOption,
    MarkExercise,
    MarkKey,
    SortCategory,
    SortExercise,
    SortItem,
)
from medialit.model import CONNOTATION_LABELS, CONNOTATIONS, QUOTE_KIND_LABELS, QUOTE_KINDS
from medialit.paths import articles_dir

GENERATED_IDS: tuple[str, ...] = ("auto-wer-spricht", "auto-zitatart", "auto-verb-konnotation",
                                  "auto-quellen-markieren")
MAX_SORT_ITEMS = 8
"""A sort exercise with more items gets tedious; the first eight (in text order) are used."""

_KIND_REASONS = {
    "direct": "Die Worte stehen wörtlich in Anführungszeichen: direkte Rede.",
    "indirect": "Die Aussage wird mit eigenen Worten wiedergegeben, meist im Konjunktiv I oder mit „dass“: "
                "indirekte Rede.",
    "free_indirect": "Die Aussage steht ohne Redeverb im Konjunktiv und setzt die Rede davor fort: freie indirekte "
                     "Rede.",
    "reported": "Es wird nur berichtet, dass jemand etwas gesagt oder getan hat (z. B. „wies zurück“), nicht was "
                "genau: berichtete Sprechhandlung.",
}
_CONNOTATION_REASONS = {
    "neutral": "berichtet nur, dass gesprochen wurde, ohne zu werten (wie „sagen“, „erklären“).",
    "presupposing": "setzt voraus, dass die Aussage stimmt (wie „einräumen“, „enthüllen“).",
    "distancing": "rückt vom Gesagten ab oder stellt es in Frage (wie „behaupten“).",
    "evaluative": "wertet oder dramatisiert die Äußerung (wie „warnen“, „drohen“).",
    "adversarial": "stellt die Äußerung als Widerspruch oder Angriff dar (wie „zurückweisen“, „bestreiten“).",
    "demanding": "stellt die Äußerung als Forderung dar (wie „fordern“, „auffordern“).",
}
_QUOTE_MARKS = "\"„“”»«‚‘’' "
_LESSONS = {"auto-wer-spricht": 3, "auto-zitatart": 3, "auto-verb-konnotation": 3, "auto-quellen-markieren": 2}


def load_annotations(article_id: str) -> dict[str, Any]:
    """The article's validated ``annotations.json`` as a dict (read afresh, so an instructor's edit counts)."""
    from medialit.annotations import validate
    from medialit.article import Article

    text = Article.load(article_id).text  # validates the id and names the known articles if it is unknown
    path = articles_dir() / article_id / "annotations.json"
    if not path.is_file():
        raise ExerciseError(f"{path}: fehlt — ohne Annotationen können für den Artikel {article_id!r} keine "
                            "Übungen erzeugt werden (annotations.json missing; `medialit new-article` legt einen "
                            "Entwurf an).")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ExerciseError(f"{path}: ist kein gültiges JSON ({exc}).") from None
    return validate(data, text, where=str(path)).model_dump()


def generate(exercise_id: str, article_id: str):
    """Build the generated exercise ``exercise_id`` (``auto-…``) for ``article_id`` from its annotations."""
    base = exercise_id.partition("@")[0]
    builders = {
        "auto-wer-spricht": _who_speaks,
        "auto-zitatart": _quote_kind,
        "auto-verb-konnotation": _verb_connotation,
        "auto-quellen-markieren": _mark_sources,
    }
    if base not in builders:
        raise ExerciseError(f"Unbekannte erzeugte Übung {base!r} (unknown generated exercise); es gibt: "
                            f"{', '.join(GENERATED_IDS)}.")
    ann = load_annotations(article_id)
    exercise = builders[base](ann, article_id)
    exercise._source = "generated"
    return exercise


# --- helpers ----------------------------------------------------------------------------------------------
def _where(article_id: str) -> str:
    return f"data/articles/{article_id}/annotations.json"


def _list(ann: dict, key: str, article_id: str) -> list[dict]:
    value = ann.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ExerciseError(f"{_where(article_id)}: Feld {key!r} muss eine Liste von Objekten sein.")
    return value


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _order(article_id: str, salt: str, items: list) -> list:
    """A fixed, article-dependent order (so the right answer is not always first, yet stable across runs)."""
    def key(pair):
        return hashlib.sha256(f"{article_id}|{salt}|{pair[0]}".encode()).hexdigest()
    return [item for _, item in sorted(enumerate(items), key=key)]


def _start(item: dict) -> int:
    spans = item.get("spans") or [[0, 0]]
    try:
        return int(spans[0][0])
    except (TypeError, ValueError, IndexError):
        return 0


def _draft_note(ann: dict) -> str:
    return (" (Der Schlüssel stammt aus einem automatisch erstellten Entwurf der Annotationen.)"
            if ann.get("draft") else "")


# --- the four exercises -----------------------------------------------------------------------------------
def _who_speaks(ann: dict, article_id: str) -> ChoiceExercise:
    quotes = [q for q in _list(ann, "quotes", article_id)
              if isinstance(q.get("speaker"), dict) and q["speaker"].get("name") and q.get("text")]
    if not quotes:
        raise ExerciseError(f"{_where(article_id)}: kein Zitat mit Sprecher (speaker.name) — „Wer spricht?“ "
                            "kann nicht erzeugt werden (no quotation with a named speaker).")
    kinds = {k: i for i, k in enumerate(("direct", "indirect", "free_indirect", "reported"))}
    quote = sorted(quotes, key=lambda q: (kinds.get(q.get("kind"), 9), _start(q)))[0]
    speaker = quote["speaker"]
    name = speaker["name"]
    cue = quote.get("cue") or {}
    mention = speaker.get("text") or name
    clue = f"Im Text steht „{mention}“" + (f" beim Redeverb „{cue['text']}“" if cue.get("text") else "") + "."
    why = quote.get("explanation") or _KIND_REASONS.get(quote.get("kind"), "")
    names: list[str] = []
    for src in _list(ann, "sources", article_id):
        other = src.get("name")
        if isinstance(other, str) and other and other != name and other not in names:
            names.append(other)
    for q in quotes:
        other = q["speaker"]["name"]
        if other != name and other not in names:
            names.append(other)
    options = [ChoiceOption(id="a", text=name, correct=True,
                            explanation=f"Richtig: {name} spricht hier. {clue} {why}".strip())]
    for other in names[:3]:
        options.append(ChoiceOption(
            id="x", text=other, correct=False,
            explanation=f"Nein: {other} kommt im Artikel zwar vor, aber dieses Zitat stammt von {name}. {clue}"))
    if len(options) < 3:
        options.append(ChoiceOption(
            id="x", text="Die Autorin oder der Autor des Artikels", correct=False,
            explanation=f"Nein: Der Artikel schreibt die Aussage ausdrücklich {name} zu. {clue}"))
    options = _order(article_id, "wer-spricht", options)
    for letter, opt in zip("abcdefgh", options, strict=False):
        opt.id = letter
    prompt = f"Wer sagt das? „{_short(quote['text'], 300).strip(_QUOTE_MARKS)}“"
    return ChoiceExercise(
        id="auto-wer-spricht", type="choice", skill="quotes", points=1, lesson=_LESSONS["auto-wer-spricht"],
        article=article_id, title="Wer spricht?", prompt=prompt, max_tries=2, options=options,
        hints=["Suche das Zitat im Artikel und lies den Satz davor und danach: Wer wird als Sprecher genannt?"],
        explanation=f"Das Zitat stammt von {name}. {clue}{_draft_note(ann)}",
    )


def _quote_kind(ann: dict, article_id: str) -> SortExercise:
    quotes = [q for q in _list(ann, "quotes", article_id) if q.get("kind") in QUOTE_KINDS and q.get("text")]
    if len(quotes) < 2:
        raise ExerciseError(f"{_where(article_id)}: weniger als zwei Zitate mit gültiger Art (kind) — "
                            "„Welche Art von Zitat?“ kann nicht erzeugt werden (need two quotations).")
    quotes = sorted(quotes, key=_start)[:MAX_SORT_ITEMS]
    items = []
    for i, q in enumerate(quotes, 1):
        label = QUOTE_KIND_LABELS[q["kind"]]
        speaker = (q.get("speaker") or {}).get("name")
        who = f" Sprecher: {speaker}." if speaker else ""
        why = q.get("explanation") or _KIND_REASONS[q["kind"]]
        items.append(SortItem(id=str(q.get("id") or f"q{i}"), text=_short(q["text"]), category=q["kind"],
                              explanation=f"{label}: {why}{who}"))
    ids = [it.id for it in items]
    if len(set(ids)) != len(ids):
        for i, it in enumerate(items, 1):
            it.id = f"q{i}"
    categories = [SortCategory(id=k, label=QUOTE_KIND_LABELS[k]) for k in QUOTE_KINDS]
    return SortExercise(
        id="auto-zitatart", type="sort", skill="quotes", points=2, lesson=_LESSONS["auto-zitatart"],
        article=article_id, title="Welche Art von Zitat?", categories=categories, items=items,
        prompt="Ordne jedes Zitat aus dem Artikel seiner Art zu: direkte Rede, indirekte Rede, freie indirekte "
               "Rede oder berichtete Sprechhandlung.",
        hints=["Anführungszeichen zeigen direkte Rede; Konjunktiv I („sei“, „habe“, „werde“) zeigt indirekte Rede."],
        explanation="Die Art des Zitats zeigt, wie nah der Text an den Worten der Sprecher bleibt." + _draft_note(ann),
    )


def _verb_connotation(ann: dict, article_id: str) -> SortExercise:
    verbs = [v for v in _list(ann, "verbs", article_id) if v.get("connotation") in CONNOTATIONS and v.get("text")]
    if not verbs:
        raise ExerciseError(f"{_where(article_id)}: keine Redeverben mit Konnotation (verbs) — „Wie färbt das "
                            "Verb?“ kann nicht erzeugt werden (no reporting verbs).")
    seen: set[tuple[str, str]] = set()
    items = []
    for v in sorted(verbs, key=_start):
        key = (v["text"], v["connotation"])
        if key in seen:
            continue
        seen.add(key)
        lemma = v.get("lemma") or v["text"]
        items.append(SortItem(
            id=f"v{len(items) + 1}", text=f"„{v['text']}“", category=v["connotation"],
            explanation=f"„{v['text']}“ (Grundform: {lemma}) ist {CONNOTATION_LABELS[v['connotation']]}: "
                        f"Das Verb {_CONNOTATION_REASONS[v['connotation']]}"))
        if len(items) == MAX_SORT_ITEMS:
            break
    used = {it.category for it in items} | {"neutral", "evaluative"}
    categories = [SortCategory(id=c, label=CONNOTATION_LABELS[c]) for c in CONNOTATIONS if c in used]
    return SortExercise(
        id="auto-verb-konnotation", type="sort", skill="framing", points=2,
        lesson=_LESSONS["auto-verb-konnotation"], article=article_id, title="Wie färbt das Redeverb?",
        categories=categories, items=items,
        prompt="Mit welchen Verben gibt der Artikel Aussagen wieder? Ordne jedes Redeverb ein: Wie färbt es das "
               "Gesagte?",
        hints=["Frage dich: Würde „sagte“ an dieser Stelle dasselbe bedeuten? Wenn nicht, färbt das Verb."],
        explanation="Redeverben sind nie ganz neutral: Sie zeigen, wie der Text eine Aussage einordnet."
                    + _draft_note(ann),
    )


def _occurrence(text: str, snippet: str, start: int) -> int:
    """Which occurrence of ``snippet`` in ``text`` starts at ``start`` (1-based; nearest one before it)."""
    count, pos = 0, text.find(snippet)
    while 0 <= pos <= start:
        count += 1
        pos = text.find(snippet, pos + 1)
    return max(count, 1)


def _mark_sources(ann: dict, article_id: str) -> MarkExercise:
    from medialit.article import Article

    text = Article.load(article_id).text
    keys: list[tuple[int, MarkKey]] = []
    seen: set[tuple[int, int]] = set()
    for src in _list(ann, "sources", article_id):
        name = src.get("name") or "?"
        role = f" ({src['role']})" if src.get("role") else ""
        for m in src.get("mentions") or []:
            if not isinstance(m, dict) or not m.get("text") or not m.get("spans"):
                continue
            start, end = int(m["spans"][0][0]), int(m["spans"][-1][1])
            snippet = m["text"]
            if text[start:end] != snippet or (start, end) in seen:
                continue
            seen.add((start, end))
            keys.append((start, MarkKey(text=snippet, occurrence=_occurrence(text, snippet, start),
                                        explanation=f"„{snippet}“ nennt die Quelle {name}{role}.")))
    if not keys:
        raise ExerciseError(f"{_where(article_id)}: keine Quellen-Erwähnungen (sources[].mentions) — „Quellen "
                            "markieren“ kann nicht erzeugt werden (no source mentions).")
    return MarkExercise(
        id="auto-quellen-markieren", type="mark", skill="sourcing", points=3,
        lesson=_LESSONS["auto-quellen-markieren"], article=article_id, title="Quellen markieren", unit="word",
        key=[k for _, k in sorted(keys, key=lambda pair: pair[0])],
        prompt="Markiere jede Stelle, an der der Artikel eine Quelle nennt: Personen, Organisationen oder "
               "Gruppen, die etwas sagen oder auf die sich der Text beruft (auch „er“ oder „der Kreml“).",
        hints=["Suche nach Namen vor oder nach Redeverben wie „sagte“, „erklärte“, „laut“."],
        explanation="Eine Quelle ist, wer im Text zu Wort kommt oder als Beleg dient." + _draft_note(ann),
    )
