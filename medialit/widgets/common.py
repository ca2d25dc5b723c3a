"""The shared frame of every exercise widget: prompt, hints, „Antwort prüfen“, feedback, points, persistence.

Every callback is guarded: whatever goes wrong, the learner sees a German message, never a traceback.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from functools import wraps
from typing import Any

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.errors import MedialitError, StoreError
from medialit.exercises import CheckResult, check
from medialit.store import Store, default_store
from medialit.widgets import style


def esc(text: Any) -> str:
    """HTML-escape anything shown in HTML (quotes too, so it is safe inside attributes)."""
    return html.escape(str(text), quote=True)


def markdown(text: str) -> str:
    """A small, safe Markdown subset: escape first, then **bold**, *italic*, `code` and paragraphs."""
    out = esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", out)
    out = re.sub(r"`([^`]+)`", r"<code>\1</code>", out)
    paras = [p.strip().replace("\n", "<br>") for p in re.split(r"\n\s*\n", out) if p.strip()]
    return "".join(f"<p style='margin:0.3em 0'>{p}</p>" for p in paras)


def box_html(kind: str, title: str, lines: list[str] | None = None, *, icon: str = "", live: bool = True) -> str:
    """A bordered message box; ``kind`` is right | wrong | missed | info; every text is escaped here."""
    border = {"right": style.RIGHT_BORDER, "wrong": style.WRONG_BORDER, "missed": style.MISSED_BORDER,
              "info": style.INFO_BORDER}[kind]
    bg = style.BACKGROUNDS[kind]
    items = "".join(f"<li>{esc(line)}</li>" for line in (lines or []))
    body = f"<ul>{items}</ul>" if items else ""
    role = ' role="status" aria-live="polite"' if live else ""
    return (f'<div class="medialit-feedback medialit-{kind}"{role} style="border-left:6px solid {border};'
            f'background:{bg};color:{style.TEXT};padding:0.5em 0.8em;margin:0.4em 0;border-radius:3px">'
            f"<strong>{esc((icon + ' ') if icon else '')}{esc(title)}</strong>{body}</div>")


class MessageWidget(widgets.VBox):
    """A friendly German message instead of a traceback (unknown id, broken bank, failed store)."""

    def __init__(self, message: str, title: str = T.ERROR_TITLE, kind: str = "missed"):
        self.message = message
        self.title = title
        lines = [line for line in str(message).splitlines() if line.strip()]
        self.html = widgets.HTML(box_html(kind, title, lines, icon=T.ICON_MISSED))
        super().__init__([self.html])
        self.add_class("medialit-ex")
        self.add_class("medialit-message")


def message_for(exc: BaseException) -> str:
    """The text a learner sees for ``exc``: our own errors speak for themselves; others get a safe summary."""
    if isinstance(exc, MedialitError):
        return str(exc)
    return T.ERROR_UNKNOWN.format(kind=type(exc).__name__) + " " + T.ERROR_TELL


def message_on_error(func: Callable) -> Callable:
    """For functions a notebook cell calls: any error becomes a German message widget, never a traceback."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 — a learner must never see a traceback
            return MessageWidget(message_for(exc))
    return wrapper


def result_kind(result: CheckResult) -> tuple[str, str]:
    """Box kind and icon for a result: correct, partly right, or wrong."""
    if result.correct:
        return "right", T.ICON_RIGHT
    if result.score > 0:
        return "missed", T.ICON_PARTLY
    return "wrong", T.ICON_WRONG


class ExerciseWidget(widgets.VBox):
    """Base class: subclasses build ``body``, read ``answer()``, restore ``set_answer()`` and draw results.

    Inner widgets are attributes (``submit_button``, ``feedback_html``, ``points_html`` …) so tests and the
    browser test can drive them.
    """

    submit_label = T.SUBMIT
    submit_tooltip = T.SUBMIT_TOOLTIP
    lock_when_solved = True

    def __init__(self, exercise, store: Store | None = None):
        self.exercise = exercise
        self.store = store if store is not None else default_store()
        self.key = exercise.store_key
        self.result: CheckResult | None = None
        self.tries = 0
        self.restored = False
        self.css_html = widgets.HTML(style.CSS)
        kind = T.TYPE_LABELS.get(exercise.type, exercise.type)
        self.header_html = widgets.HTML(
            f'<div style="font-size:0.85em;color:#444">{esc(kind)} · {esc(_points_word(exercise.points))}</div>')
        self.prompt_html = widgets.HTML(f'<div class="medialit-prompt" style="font-size:1.05em">'
                                        f"{markdown(exercise.prompt)}</div>")
        self.hint_button = widgets.Button(description=T.HINT, tooltip=T.HINT_TOOLTIP, icon="lightbulb-o",
                                          layout=widgets.Layout(width="auto"))
        self.hint_html = widgets.HTML("")
        self._hints_shown = 0
        self.hint_button.on_click(self._guard(self._on_hint))
        self.submit_button = widgets.Button(description=self.submit_label, tooltip=self.submit_tooltip,
                                            icon="check", button_style="primary",
                                            layout=widgets.Layout(width="auto"))
        self.submit_button.add_class("medialit-submit")
        self.submit_button.on_click(self._guard(self._on_submit))
        self.feedback_html = widgets.HTML("")
        self.feedback_html.add_class("medialit-feedback-area")
        self.points_html = widgets.HTML("")
        self.status_html = widgets.HTML(box_html("missed", self.store.notice, icon=T.ICON_INFO)
                                        if self.store.notice else "")
        self.body = self.build()
        buttons = [self.submit_button] + ([self.hint_button] if exercise.hints else [])
        super().__init__([self.css_html, self.status_html, self.header_html, self.prompt_html, self.body,
                          self.hint_html, widgets.HBox(buttons + [self.points_html]), self.feedback_html])
        self.add_class("medialit-ex")
        self.add_class(f"medialit-{exercise.type}")
        self._restore()

    # --- to be provided by subclasses ----------------------------------------------------------------
    def build(self) -> widgets.Widget:
        raise NotImplementedError

    def answer(self) -> dict | str:
        """The answer JSON, or a German message saying what is still missing."""
        raise NotImplementedError

    def set_answer(self, answer: dict) -> None:
        raise NotImplementedError

    def show_details(self, result: CheckResult) -> None:
        """Draw per-part verdicts into the inputs (icons, labels); default: nothing."""

    def set_enabled(self, enabled: bool) -> None:
        """Enable or disable the inputs."""

    # --- the common flow -----------------------------------------------------------------------------
    def _guard(self, fn):
        def run(*args: Any) -> None:
            try:
                fn(*args)
            except Exception as exc:  # noqa: BLE001 — a learner must never see a traceback
                self.feedback_html.value = box_html("missed", T.ERROR_TITLE, [message_for(exc)],
                                                    icon=T.ICON_MISSED)
        return run

    def _on_hint(self, _button=None) -> None:
        hints = self.exercise.hints
        self._hints_shown = min(self._hints_shown + 1, len(hints))
        lines = hints[: self._hints_shown]
        self.hint_html.value = box_html("info", T.HINT_TITLE, lines, icon=T.ICON_INFO)
        if self._hints_shown >= len(hints):
            self.hint_button.disabled = True

    def submit(self) -> CheckResult | None:
        """Check the current answer, store it and show the feedback (what the button does)."""
        answer = self.answer()
        if isinstance(answer, str):
            self.feedback_html.value = box_html("info", answer, icon=T.ICON_INFO)
            return None
        tries = self.tries + 1
        try:
            tries = self.store.tries(self.key) + 1
        except StoreError:
            pass
        result = check(self.exercise, answer, tries)
        warning = None
        try:
            self.store.submit(self.key, answer, result, article=self.exercise.article, tries=tries)
        except StoreError as exc:
            warning = str(exc)
        self.tries = tries
        self._show(result)
        if warning:
            self.status_html.value = box_html("missed", warning, icon=T.ICON_MISSED)
        elif self.store.notice:
            self.status_html.value = box_html("missed", self.store.notice, icon=T.ICON_INFO)
        return result

    def _on_submit(self, _button=None) -> None:
        self.submit()

    def _show(self, result: CheckResult) -> None:
        self.result = result
        kind, icon = result_kind(result)
        lines = list(result.feedback)
        self.feedback_html.value = box_html(kind, result.summary, lines, icon=icon) + self.extra_feedback(result)
        self.points_html.value = (f'<span class="medialit-points" style="margin-left:1em">{esc(T.POINTS_LABEL)}: '
                                  f"{esc(_num(result.score))} / {esc(_num(result.max_points))}</span>")
        self.show_details(result)
        if self.lock_when_solved and result.solution_shown:
            self.set_enabled(False)
            self.submit_button.disabled = True

    def extra_feedback(self, result: CheckResult) -> str:
        """More HTML below the feedback (model answer, solution); escaped by the subclass."""
        return ""

    def _restore(self) -> None:
        """After a kernel restart: put the learner's latest stored answer back and show its feedback."""
        try:
            latest = self.store.latest(self.key)
        except StoreError as exc:
            self.status_html.value = box_html("missed", str(exc), icon=T.ICON_MISSED)
            return
        if latest is None:
            return
        try:
            self.set_answer(latest.answer)
            self.tries = latest.tries
            self._show(check(self.exercise, latest.answer, latest.tries))
            self.restored = True
            self.feedback_html.value = (box_html("info", T.RESTORED, icon=T.ICON_INFO, live=False)
                                        + self.feedback_html.value)
        except Exception as exc:  # noqa: BLE001 — a stale answer must not break the lesson
            self.feedback_html.value = box_html("missed", T.ERROR_TITLE, [message_for(exc)], icon=T.ICON_MISSED)


def _num(x: float) -> str:
    x = round(float(x), 2)
    return str(int(x)) if x == int(x) else f"{x:.2f}".rstrip("0").replace(".", ",")


def _points_word(points: float) -> str:
    return f"{_num(points)} {T.POINT_ONE if points == 1 else T.POINT_MANY}"
