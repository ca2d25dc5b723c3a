"""Issue 5 in a real browser: lessons 0 and 3 run top to bottom in JupyterLab and take an answer."""

from __future__ import annotations

import re
import shutil

import pytest

from medialit import ui_text as T
from medialit.exercises import load_bank

from .harness import REPO, artifact, chromium_page, current_notebook, lab_server, open_notebook, run_all

pytestmark = pytest.mark.browser

NOTEBOOKS = REPO / "notebooks"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _answer_choice_right(panel, exercise_id: str) -> str:
    """Pick the right option of a single-choice exercise in the open lesson, submit, return the feedback."""
    exercise = load_bank().exercises[exercise_id]
    right = next(o for o in exercise.options if o.correct)
    widget = panel.locator(".medialit-choice", has=panel.page.get_by_text(_squash(right.text), exact=True)).first
    widget.locator("label", has_text=_squash(right.text)).click()
    widget.locator("button.medialit-submit").click()
    feedback = widget.locator(".medialit-feedback-area")
    feedback.get_by_text(T.CORRECT).first.wait_for(timeout=20_000)
    said = _squash(feedback.inner_text())
    assert _squash(right.explanation) in said
    widget.scroll_into_view_if_needed()
    return said


def test_lessons_0_and_3_run_and_take_answers(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    with lab_server(root, tmp_path / "jupyter", tmp_path / "medialit-home") as server, \
            chromium_page(height=1000, name="lessons") as browser:
        page = browser.page

        open_notebook(page, server, "00_start.ipynb")
        run_all(page)
        panel = current_notebook(page)
        assert panel.locator(".jp-OutputArea-output .jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']"
                             ).count() == 0, "a cell of 00_start wrote to stderr (a traceback?)"
        assert panel.locator(".medialit-ex").count() >= 3
        _answer_choice_right(panel, "start-probe")
        page.screenshot(path=artifact("lesson-00_start.png"))

        open_notebook(page, server, "03_zitate.ipynb")
        run_all(page)
        panel = current_notebook(page)
        assert panel.locator(".jp-OutputArea-output .jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr']"
                             ).count() == 0, "a cell of 03_zitate wrote to stderr (a traceback?)"
        panel.locator(".js-plotly-plot .main-svg").first.wait_for(state="visible")
        _answer_choice_right(panel, "zitate-nato-uebersetzung")
        page.screenshot(path=artifact("lesson-03_zitate.png"))
        assert browser.errors == []
