"""Reflect: free text, saved with every submission; model answer and checklist shown afterwards."""

from __future__ import annotations

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.exercises import CheckResult
from medialit.widgets.common import ExerciseWidget, box_html, esc


class ReflectWidget(ExerciseWidget):
    """``text_widget.value`` is the learner's text; it can be revised and submitted again."""

    lock_when_solved = False

    def build(self) -> widgets.Widget:
        self.text_widget = widgets.Textarea(value="", placeholder=T.REFLECT_PLACEHOLDER, rows=6,
                                            layout=widgets.Layout(width="100%"))
        self.counter_html = widgets.HTML("")
        self.solution_html = widgets.HTML("")
        self.text_widget.observe(lambda _change: self._count(), names="value")
        self._count()
        return widgets.VBox([self.text_widget, self.counter_html, self.solution_html])

    def _count(self) -> None:
        words = len(self.text_widget.value.split())
        self.counter_html.value = (f'<span style="font-size:0.85em">'
                                   f"{esc(T.REFLECT_COUNTER.format(words=words, min=self.exercise.min_words))}</span>")

    def answer(self) -> dict | str:
        if not self.text_widget.value.strip():
            return T.REFLECT_EMPTY
        return {"text": self.text_widget.value}

    def set_answer(self, answer: dict) -> None:
        text = answer.get("text")
        self.text_widget.value = text if isinstance(text, str) else ""

    def set_enabled(self, enabled: bool) -> None:
        self.text_widget.disabled = not enabled

    def show_details(self, result: CheckResult) -> None:
        ex = self.exercise
        parts = [box_html("info", T.REFLECT_MODEL, [ex.model_answer], icon=T.ICON_INFO, live=False)]
        if ex.checklist:
            parts.append(box_html("info", T.REFLECT_CHECKLIST, [f"☐ {c}" for c in ex.checklist],
                                  icon=T.ICON_INFO, live=False))
        self.solution_html.value = "".join(parts)
