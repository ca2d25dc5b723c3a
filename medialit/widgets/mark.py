"""Mark: the article as flowing text of toggle buttons (one per sentence or word); click to mark.

After checking, every unit carries a label in the text — ✔ richtig, ✘ falsch markiert, ⚠ übersehen — as
well as a colour and border style, so the verdict never rests on colour alone.
"""

from __future__ import annotations

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.article import Article
from medialit.exercises import CheckResult, mark_units
from medialit.widgets.common import ExerciseWidget, esc

_STATE_CLASSES = ("medialit-hit", "medialit-false", "medialit-missed")


def word_labels(text: str, units) -> list[str]:
    """Button labels for word units with the punctuation around each word („Russland, sterben".), so the
    text reads as written; the marked offsets stay those of the words."""
    labels = []
    for i, u in enumerate(units):
        end = u.end
        stop = units[i + 1].start if i + 1 < len(units) else len(text)
        while end < stop and not text[end].isspace():
            end += 1
        start = u.start
        floor = units[i - 1].end if i else 0
        while start > floor and not text[start - 1].isspace():
            start -= 1
        if i and start == floor:  # no space since the previous word: its label already has these characters
            start = u.start
        labels.append(text[start:end])
    return labels


class MarkWidget(ExerciseWidget):
    """``unit_buttons[i].value = True`` marks unit ``i`` (``units[i]`` has its offsets and text)."""

    def build(self) -> widgets.Widget:
        ex = self.exercise
        self.text, self.units = mark_units(ex)
        article = Article.load(ex.article)
        self.unit_buttons: list[widgets.ToggleButton] = []
        self.labels = word_labels(self.text, self.units) if ex.unit == "word" else [u.text for u in self.units]
        for label in self.labels:
            button = widgets.ToggleButton(value=False, description=label, tooltip=T.MARK_TOOLTIP_UNIT,
                                          layout=widgets.Layout(width="auto", height="auto"))
            button.add_class("medialit-unit")
            button.observe(self._on_toggle, names="value")
            self.unit_buttons.append(button)
        blocks = []
        for part in article.parts:
            members = [b for u, b in zip(self.units, self.unit_buttons, strict=True)
                       if part.start <= u.start < part.end]
            if members:
                blocks.append(widgets.Box(members, layout=widgets.Layout(
                    display="flex", flex_flow="row wrap", align_items="flex-start", margin="0 0 0.6em 0")))
        help_text = T.MARK_HELP_WORD if ex.unit == "word" else T.MARK_HELP_SENTENCE
        self.help_html = widgets.HTML(f"<em>{esc(help_text)}</em>")
        self.legend_html = widgets.HTML("")
        return widgets.VBox([self.help_html, *blocks, self.legend_html])

    def _on_toggle(self, change) -> None:
        button = change["owner"]
        button.icon = "check" if change["new"] else ""

    @property
    def marked(self) -> list[list[int]]:
        return [[u.start, u.end] for u, b in zip(self.units, self.unit_buttons, strict=True) if b.value]

    def mark_text(self, snippet: str, occurrence: int = 1) -> int:
        """Mark every unit overlapping the ``occurrence``-th ``snippet`` in the text; return how many."""
        pos = -1
        for _ in range(occurrence):
            pos = self.text.find(snippet, pos + 1)
            if pos < 0:
                raise ValueError(f"„{snippet}“ kommt im Text nicht {occurrence}-mal vor.")
        end = pos + len(snippet)
        hit = 0
        for u, b in zip(self.units, self.unit_buttons, strict=True):
            if u.start < end and pos < u.end:
                b.value = True
                hit += 1
        return hit

    def answer(self) -> dict | str:
        marked = self.marked
        if not marked:
            return T.MARK_NOTHING
        return {"marked": marked}

    def set_answer(self, answer: dict) -> None:
        spans = [tuple(m) for m in answer.get("marked", []) if isinstance(m, (list, tuple)) and len(m) == 2]
        for u, b in zip(self.units, self.unit_buttons, strict=True):
            b.value = any(u.start < e and s < u.end for s, e in spans)

    def set_enabled(self, enabled: bool) -> None:
        for b in self.unit_buttons:
            b.disabled = not enabled

    def show_details(self, result: CheckResult) -> None:
        hits = set(result.details.get("hits", []))
        false = set(result.details.get("false", []))
        missed = set(result.details.get("missed", []))
        for i, (label, b) in enumerate(zip(self.labels, self.unit_buttons, strict=True)):
            for cls in _STATE_CLASSES:
                b.remove_class(cls)
            b.icon = ""  # the word label below replaces the check mark icon
            if i in hits:
                b.add_class("medialit-hit")
                b.description, b.tooltip = f"{T.ICON_RIGHT} {T.MARK_HIT}: {label}", T.MARK_TOOLTIP_HIT
            elif i in false:
                b.add_class("medialit-false")
                b.description, b.tooltip = f"{T.ICON_WRONG} {T.MARK_FALSE}: {label}", T.MARK_TOOLTIP_FALSE
            elif i in missed:
                b.add_class("medialit-missed")
                b.description, b.tooltip = f"{T.ICON_MISSED} {T.MARK_MISSED}: {label}", T.MARK_TOOLTIP_MISSED
        self.legend_html.value = f'<div style="font-size:0.9em">{esc(T.MARK_LEGEND)}</div>'
