"""Scale: rate each codebook statement; the result is a profile per dimension, as a chart and a table."""

from __future__ import annotations

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.exercises import CheckResult
from medialit.widgets.common import ExerciseWidget, esc


class ScaleWidget(ExerciseWidget):
    """``rating_widgets[statement_id].value`` is the rating (None = not yet rated)."""

    lock_when_solved = False

    def build(self) -> widgets.Widget:
        ex = self.exercise
        lo, hi = ex.scale.min, ex.scale.max
        values = list(range(lo, hi + 1))
        self._values = values
        labels = ex.scale.labels
        tooltips = [T.SCALE_STATEMENT_TOOLTIP.format(value=v, label=labels.get(v, str(v))) for v in values]
        self.rating_widgets: dict[str, widgets.ToggleButtons] = {}
        rows = []
        for st in ex.statements:
            tb = widgets.ToggleButtons(options=[(str(v), v) for v in values], value=None, tooltips=tooltips,
                                       style={"button_width": "2.6em"})
            self.rating_widgets[st.id] = tb
            rows.append(widgets.VBox([widgets.HTML(f"<div>{esc(st.text)}</div>"), tb],
                                     layout=widgets.Layout(margin="0 0 0.4em 0")))
        help_text = T.SCALE_HELP.format(min=lo, max=hi, min_label=labels.get(lo, lo), max_label=labels.get(hi, hi))
        self.profile_html = widgets.HTML("")
        self.chart_output = widgets.Output()
        return widgets.VBox([widgets.HTML(f"<em>{esc(help_text)}</em>"), *rows])

    def answer(self) -> dict | str:
        ratings = {sid: tb.value for sid, tb in self.rating_widgets.items() if tb.value is not None}
        missing = len(self.rating_widgets) - len(ratings)
        if missing:
            return T.SCALE_MISSING.format(n=missing)
        return {"ratings": ratings}

    def set_answer(self, answer: dict) -> None:
        for sid, tb in self.rating_widgets.items():
            value = answer.get("ratings", {}).get(sid)
            tb.value = value if value in self._values else None

    def set_enabled(self, enabled: bool) -> None:
        for tb in self.rating_widgets.values():
            tb.disabled = not enabled

    def profile_table(self, profile: dict) -> str:
        ex = self.exercise
        rows = "".join(
            f"<tr><th scope='row' style='text-align:left;padding-right:1em'>{esc(ex.dimensions[d])}</th>"
            f"<td>{esc('–' if v is None else str(v).replace('.', ','))}</td></tr>"
            for d, v in profile.items())
        return (f"<table class='medialit-table'><caption style='text-align:left;font-weight:600'>"
                f"{esc(T.SCALE_PROFILE_TITLE)}</caption><thead><tr><th scope='col'>{esc(T.SCALE_DIMENSION)}</th>"
                f"<th scope='col'>{esc(T.SCALE_MEAN)}</th></tr></thead><tbody>{rows}</tbody></table>")

    def show_details(self, result: CheckResult) -> None:
        profile = result.details.get("profile", {})
        ex = self.exercise
        self.chart_output.clear_output()
        chart = None
        if result.correct:
            try:
                from medialit import charts

                chart = charts.frame_profile(profile, ex.dimensions, (ex.scale.min, ex.scale.max))
            except Exception:  # noqa: BLE001 — the table below shows the same numbers
                chart = None
        if chart is not None:
            with self.chart_output:
                chart.figure.show(renderer="plotly_mimetype")
        self.profile_html.value = self.profile_table(profile)
        self.chart = chart
        if self.chart_output not in self.children:
            self.children = (*self.children, self.chart_output, self.profile_html)
