"""Compare („Mensch vs. Maschine“): the learner's marks, the engine's findings and the key, side by side.

Each key passage is one row: did you mark it, did the engine find it (and why — its German evidence)?
Then what only the engine or only you found. The engine runs lazily; if it is unavailable, the row says so.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.exercises import CheckResult, get_exercise, key_spans, mark_units
from medialit.model import QUOTE_KIND_LABELS, Analysis
from medialit.widgets.common import ExerciseWidget, box_html, esc


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def engine_findings(analysis: Analysis, layer: str) -> list[dict[str, Any]]:
    """The engine's findings of one layer as rows: spans, text, label, evidence."""
    out = []
    if layer == "quotes":
        for q in analysis.quotes:
            speaker = q.speaker.name or q.speaker.text if q.speaker else ""
            label = QUOTE_KIND_LABELS.get(q.kind, q.kind) + (f" ({speaker})" if speaker else "")
            out.append({"spans": [tuple(s) for s in q.spans], "text": q.text, "label": label,
                        "evidence": list(q.evidence)})
    else:
        for s in analysis.sources:
            for m in s.mentions:
                out.append({"spans": [tuple(m)], "text": analysis.text[m[0]:m[1]], "label": s.name,
                            "evidence": list(s.evidence)})
    return out


class CompareWidget(ExerciseWidget):
    """``table_html`` holds the comparison; ``refresh_button`` recomputes it after more marking."""

    submit_label = T.COMPARE_BUTTON
    submit_tooltip = T.COMPARE_TOOLTIP

    def __init__(self, exercise, store=None, analysis: Analysis | None = None):
        self._analysis = analysis
        super().__init__(exercise, store)

    def build(self) -> widgets.Widget:
        self.table_html = widgets.HTML("")
        self.note_html = widgets.HTML("")
        self.refresh_button = widgets.Button(description=T.PROGRESS_REFRESH, tooltip=T.PROGRESS_REFRESH_TOOLTIP,
                                             icon="refresh", layout=widgets.Layout(width="auto"))
        self.refresh_button.on_click(self._guard(lambda _b: self.refresh()))
        self.refresh()
        return widgets.VBox([self.note_html, self.table_html, self.refresh_button])

    def _engine(self, text: str) -> tuple[Analysis | None, str | None]:
        if self._analysis is not None:
            return self._analysis, None
        try:
            from medialit.analysis import analyze
            from medialit.article import Article

            self._analysis = analyze(Article.load(self.mark_exercise.article))
            return self._analysis, None
        except Exception as exc:  # noqa: BLE001 — shown as a note, the table still has you and the key
            return None, str(exc) if str(exc) else type(exc).__name__

    def refresh(self) -> None:
        """Rebuild the comparison from the store, the engine and the key."""
        self.mark_exercise = get_exercise(self.exercise.mark_exercise, self.exercise.article,
                                          folder=self.exercise.folder)
        text, units = mark_units(self.mark_exercise)
        keys = key_spans(self.mark_exercise, text)
        latest = self.store.latest(self.mark_exercise.store_key)
        mine = [tuple(m) for m in (latest.answer.get("marked", []) if latest else [])]
        analysis, why = self._engine(text)
        notes = []
        if latest is None:
            notes.append(T.COMPARE_NOT_MARKED.format(id=self.mark_exercise.id))
        if analysis is None:
            notes.append(T.COMPARE_NO_ENGINE.format(why=why))
        elif analysis.text != text:
            notes.append(T.COMPARE_NO_ENGINE.format(why=T.OTHER_TEXT))
            analysis = None
        found = engine_findings(analysis, self.exercise.layer) if analysis is not None else []
        self.note_html.value = box_html("info", notes[0], notes[1:], icon=T.ICON_INFO, live=False) if notes else ""
        rows = []
        you_n = machine_n = 0
        for key, span in zip(self.mark_exercise.key, keys, strict=True):
            you = any(_overlaps(span, m) for m in mine)
            hits = [f for f in found if any(_overlaps(span, s) for s in f["spans"])]
            you_n += you
            machine_n += bool(hits)
            rows.append((key.text, self._yes(you), self._machine(hits, analysis), self._yes(True, key=True),
                         "; ".join(e for f in hits for e in f["evidence"]) or key.explanation))
        for f in found:
            if not any(_overlaps(k, s) for k in keys for s in f["spans"]):
                rows.append((f["text"], self._yes(any(_overlaps(s, m) for m in mine for s in f["spans"])),
                             f"{T.ICON_RIGHT} {f['label']}", self._yes(False, key=True), "; ".join(f["evidence"])))
        for m in mine:
            if not any(_overlaps(m, k) for k in keys) and not any(_overlaps(m, s) for f in found for s in f["spans"]):
                rows.append((text[m[0]:m[1]], self._yes(True), self._machine([], analysis),
                             self._yes(False, key=True), ""))
        self.counts = {"you": you_n, "machine": machine_n, "key": len(keys)}
        head = "".join(f"<th scope='col' style='text-align:left;padding:4px'>{esc(h)}</th>" for h in
                       (T.COMPARE_PASSAGE, T.COMPARE_YOU, T.COMPARE_MACHINE, T.COMPARE_KEY, T.COMPARE_EVIDENCE))
        body = "".join("<tr>" + "".join(f"<td style='padding:4px;vertical-align:top;border-top:1px solid #ccc'>"
                                        f"{esc(c)}</td>" for c in row) + "</tr>" for row in rows)
        score = T.COMPARE_SCORE.format(you=you_n, machine=machine_n if analysis is not None else "–", n=len(keys))
        self.table_html.value = (f"<p>{esc(score)}</p><table class='medialit-table medialit-compare' "
                                 f"style='border-collapse:collapse'><thead><tr>{head}</tr></thead>"
                                 f"<tbody>{body}</tbody></table>")
        self.rows = rows

    @staticmethod
    def _yes(flag: bool, key: bool = False) -> str:
        if key:
            return f"{T.ICON_RIGHT} {T.COMPARE_IN_KEY}" if flag else f"{T.ICON_WRONG} {T.COMPARE_NOT_IN_KEY}"
        return f"{T.ICON_RIGHT} {T.COMPARE_FOUND}" if flag else f"{T.ICON_WRONG} {T.COMPARE_NOT_FOUND}"

    @staticmethod
    def _machine(hits: list[dict], analysis) -> str:
        if analysis is None:
            return "–"
        if not hits:
            return f"{T.ICON_WRONG} {T.COMPARE_NOT_FOUND}"
        return f"{T.ICON_RIGHT} " + ", ".join(dict.fromkeys(h["label"] for h in hits))

    def answer(self) -> dict | str:
        return {"viewed": True}

    def set_answer(self, answer: dict) -> None:
        """Nothing to restore: the comparison is recomputed from the store."""

    def show_details(self, result: CheckResult) -> None:
        """The table is the feedback."""
