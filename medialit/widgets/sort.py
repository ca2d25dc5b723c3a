"""Sort: a dropdown per item to choose its category; per-item verdicts with icons and explanations."""

from __future__ import annotations

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.exercises import CheckResult
from medialit.widgets.common import ExerciseWidget, esc


class SortWidget(ExerciseWidget):
    """``item_dropdowns[item_id].value`` is the chosen category id (None = not yet chosen)."""

    def build(self) -> widgets.Widget:
        ex = self.exercise
        options = [(T.PLEASE_CHOOSE, None)] + [(c.label, c.id) for c in ex.categories]
        self.item_dropdowns: dict[str, widgets.Dropdown] = {}
        self.item_feedback: dict[str, widgets.HTML] = {}
        rows = []
        for item in ex.items:
            label = widgets.HTML(f'<div style="padding-top:4px">{esc(item.text)}</div>',
                                 layout=widgets.Layout(width="45%"))
            dd = widgets.Dropdown(options=options, value=None, layout=widgets.Layout(width="auto"),
                                  description_allow_html=False)
            verdict = widgets.HTML("", layout=widgets.Layout(width="auto"))
            self.item_dropdowns[item.id] = dd
            self.item_feedback[item.id] = verdict
            rows.append(widgets.HBox([label, dd, verdict]))
        return widgets.VBox([widgets.HTML(f"<em>{esc(T.SORT_HELP)}</em>"), *rows])

    def answer(self) -> dict | str:
        assign = {iid: dd.value for iid, dd in self.item_dropdowns.items() if dd.value is not None}
        missing = len(self.item_dropdowns) - len(assign)
        if missing:
            return T.SORT_INCOMPLETE.format(n=missing)
        return {"assign": assign}

    def set_answer(self, answer: dict) -> None:
        cats = {c.id for c in self.exercise.categories}
        for iid, dd in self.item_dropdowns.items():
            value = answer.get("assign", {}).get(iid)
            dd.value = value if value in cats else None

    def set_enabled(self, enabled: bool) -> None:
        for dd in self.item_dropdowns.values():
            dd.disabled = not enabled

    def show_details(self, result: CheckResult) -> None:
        labels = {c.id: c.label for c in self.exercise.categories}
        verdicts = result.details.get("items", {})
        for item in self.exercise.items:
            v = verdicts.get(item.id)
            if v == "right":
                text = f"{T.ICON_RIGHT} {T.SORT_ITEM_RIGHT}"
            elif v == "wrong":
                text = f"{T.ICON_WRONG} " + T.SORT_ITEM_WRONG.format(label=labels[item.category])
            else:
                text = f"{T.ICON_MISSED} " + T.SORT_ITEM_MISSING.format(label=labels[item.category])
            self.item_feedback[item.id].value = f'<span style="padding-left:0.6em">{esc(text)}</span>'
