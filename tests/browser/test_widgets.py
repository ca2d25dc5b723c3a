"""Issue 4 in a real browser: the widgets demo in JupyterLab (answer, feedback, marking, chart, restore after a
kernel restart) and the same notebook as a code-free Voila page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medialit import ui_text as T
from medialit.exercises import load_bank
from medialit.store import Store

from .harness import (
    artifact,
    chromium_page,
    copy_notebook,
    current_notebook,
    lab_server,
    open_notebook,
    restart_and_run_all,
    run_all,
    voila_server,
)

pytestmark = pytest.mark.browser

DEMO = Path(__file__).with_name("widgets_demo.ipynb")
CHOICE = "zitate-putin-zusage"  # single choice, max_tries 2: one wrong try leaves one more
MARK = "zitate-direkt-markieren"
# The sentence holding Putin's promise: a direct quotation, so marking it is a hit.
MARK_SENTENCE = "Laut Lukaschenko sagte Putin ihm zu"
PLOT = ".js-plotly-plot .main-svg"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _choice_options():
    exercise = load_bank().exercises[CHOICE]
    right = next(o for o in exercise.options if o.correct)
    wrong = next(o for o in exercise.options if not o.correct)
    return exercise, right, wrong


def _submit(widget) -> None:
    button = widget.locator("button.medialit-submit")
    assert _squash(button.inner_text()) == T.SUBMIT
    button.click()


def _wait_feedback(widget, text: str) -> str:
    feedback = widget.locator(".medialit-feedback-area")
    feedback.get_by_text(text, exact=False).first.wait_for(timeout=20_000)
    return _squash(feedback.inner_text())


def test_widgets_demo_in_lab(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    copy_notebook(DEMO, root)
    home = tmp_path / "medialit-home"
    exercise, right, wrong = _choice_options()
    with lab_server(root, tmp_path / "jupyter", home) as server, \
            chromium_page(height=1000, name="widgets-lab") as browser:
        page = browser.page
        open_notebook(page, server, DEMO.name)
        run_all(page)

        # choice: wrong first — German feedback with that option's explanation — then right
        choice = page.locator(".medialit-choice").first
        choice.locator("label", has_text=wrong.text).click()
        _submit(choice)
        said = _wait_feedback(choice, T.NOT_YET)
        assert _squash(wrong.explanation) in said
        assert "Richtig" not in said
        choice.locator("label", has_text=right.text).click()
        _submit(choice)
        said = _wait_feedback(choice, T.CORRECT)
        assert _squash(right.explanation) in said
        choice.screenshot(path=artifact("widgets-choice.png"))

        # mark: click the sentence with a direct quotation, check it, and see it labelled as a hit
        mark = page.locator(".medialit-mark").first
        sentence = mark.locator(".medialit-unit", has_text=MARK_SENTENCE)
        sentence.click()
        page.wait_for_function("(el) => el.classList.contains('mod-active')", arg=sentence.element_handle())
        _submit(mark)
        said = _wait_feedback(mark, T.PARTLY)
        assert re.search(r"Du hast 1 von \d+ richtigen Stellen gefunden und 0 falsch markiert", said), said
        assert sentence.inner_text().startswith(T.ICON_RIGHT)

        # a plotly chart is drawn, with its German title and the table alternative
        chart = page.locator(".js-plotly-plot", has=page.locator(".main-svg")).first
        chart.locator(".main-svg").first.wait_for(state="visible")
        assert "Redeverben nach Konnotation" in (chart.locator(".gtitle").first.text_content() or "")
        page.get_by_text("Als Tabelle anzeigen: Redeverben nach Konnotation").wait_for()
        cell = page.locator(".jp-Cell-outputWrapper", has=chart).first
        cell.screenshot(path=artifact("widgets-chart.png"))

        # the answers are in the progress store the server's kernel writes to (MEDIALIT_HOME)
        store = Store(home / "progress.sqlite3")
        try:
            assert store.latest(CHOICE).answer == {"selected": [right.id]}
            assert store.tries(CHOICE) == 2
            assert store.latest(MARK) is not None
        finally:
            store.close()

        # a new kernel: re-running the cells brings the answers back from the store
        restart_and_run_all(page)
        prompts = current_notebook(page).locator(".jp-CodeCell .jp-InputArea-prompt")
        assert _squash(prompts.first.inner_text()) == "[1]:", "the kernel was not restarted"
        choice = page.locator(".medialit-choice").first
        checked = choice.locator("label", has=page.locator("input[type=radio]:checked"))
        assert _squash(checked.inner_text()) == _squash(right.text)
        said = _wait_feedback(choice, T.RESTORED)
        assert T.CORRECT in said
        mark = page.locator(".medialit-mark").first
        restored = mark.locator(".medialit-unit", has_text=MARK_SENTENCE)
        assert "mod-active" in (restored.get_attribute("class") or "")
        page.locator(PLOT).first.wait_for(state="visible")
        choice.scroll_into_view_if_needed()
        page.screenshot(path=artifact("widgets-demo-restored.png"))
        assert browser.errors == []


def test_widgets_demo_in_voila(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    notebook = copy_notebook(DEMO, root)
    with voila_server(notebook, tmp_path / "jupyter", tmp_path / "medialit-home") as server, \
            chromium_page(height=1000, name="widgets-voila") as browser:
        page = browser.page
        page.goto(server.url("/"), timeout=120_000)
        choice = page.locator(".medialit-choice").first
        choice.wait_for(state="visible", timeout=120_000)
        assert T.SUBMIT in choice.inner_text()
        assert page.locator("pre, .jp-InputArea-editor, .highlight").count() == 0  # no code shown
        page.locator(PLOT).first.wait_for(state="visible", timeout=60_000)
        page.locator(PLOT).first.scroll_into_view_if_needed()
        page.screenshot(path=artifact("voila-widgets-demo.png"))
        # the one known, harmless error of plotly's extension under Voila (see the browser-testing brief)
        assert [e for e in browser.errors if "setData is not a function" not in e] == []
