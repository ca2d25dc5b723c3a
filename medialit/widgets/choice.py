"""Single and multiple choice: radio buttons or checkboxes, per-option feedback, retry, solution after N tries."""

from __future__ import annotations

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.exercises import CheckResult
from medialit.widgets.common import ExerciseWidget, box_html


class CheckboxGroup(widgets.VBox):
    """Checkboxes with a ``value`` like ``SelectMultiple``: the tuple of checked option ids."""

    def __init__(self, options: list[tuple[str, str]]):
        self.ids = [oid for _, oid in options]
        self.checkboxes = [widgets.Checkbox(value=False, description=label, indent=False,
                                            layout=widgets.Layout(width="auto"))
                           for label, _ in options]
        super().__init__(self.checkboxes)

    @property
    def value(self) -> tuple[str, ...]:
        return tuple(oid for oid, cb in zip(self.ids, self.checkboxes, strict=True) if cb.value)

    @value.setter
    def value(self, selected) -> None:
        chosen = set(selected or ())
        for oid, cb in zip(self.ids, self.checkboxes, strict=True):
            cb.value = oid in chosen

    @property
    def disabled(self) -> bool:
        return all(cb.disabled for cb in self.checkboxes)

    @disabled.setter
    def disabled(self, flag: bool) -> None:
        for cb in self.checkboxes:
            cb.disabled = flag


class ChoiceWidget(ExerciseWidget):
    """``options_widget.value`` is the chosen option id (single) or a tuple of ids (multiple)."""

    def build(self) -> widgets.Widget:
        ex = self.exercise
        options = [(o.text, o.id) for o in ex.options]
        if ex.multiple:
            self.options_widget = CheckboxGroup(options)
        else:
            self.options_widget = widgets.RadioButtons(options=options, value=None,
                                                       layout=widgets.Layout(width="auto"))
        self.instruction_html = widgets.HTML(f"<em>{T.CHOOSE_MANY if ex.multiple else T.CHOOSE_ONE}</em>")
        self.solution_html = widgets.HTML("")
        return widgets.VBox([self.instruction_html, self.options_widget, self.solution_html])

    def answer(self) -> dict | str:
        value = self.options_widget.value
        selected = list(value) if self.exercise.multiple else ([value] if value is not None else [])
        if not selected:
            return T.CHOOSE_SOMETHING
        return {"selected": selected}

    def set_answer(self, answer: dict) -> None:
        selected = [s for s in answer.get("selected", []) if s in {o.id for o in self.exercise.options}]
        if self.exercise.multiple:
            self.options_widget.value = tuple(selected)
        else:
            self.options_widget.value = selected[0] if selected else None

    def set_enabled(self, enabled: bool) -> None:
        self.options_widget.disabled = not enabled

    def show_details(self, result: CheckResult) -> None:
        if not result.solution_shown:
            self.solution_html.value = ""
            return
        lines = [f"{T.ICON_RIGHT if o.correct else T.ICON_WRONG} „{o.text}“ — {o.explanation}"
                 for o in self.exercise.options]
        if self.exercise.explanation:
            lines.append(self.exercise.explanation)
        self.solution_html.value = box_html("info", T.SOLUTION_TITLE, lines, icon=T.ICON_INFO, live=False)
