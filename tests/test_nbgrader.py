"""nbgrader round trip with nbgrader's own commands: generate_assignment, then autograde two submissions.

Alice's answers are in her progress store (written through the widgets); Bob's come as the export file saved next
to his notebook. The autograder test cells re-check them and give (partial) points.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _instructor_support import (
    KIND,
    MARK,
    WHO,
    windpark_course,
)

from medialit.exercises import get_exercise
from medialit.instructor.assign import assign
from medialit.store import Store
from medialit.widgets import export_widget, show

BIN = Path(sys.executable).parent


def nbgrader(course: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, MEDIALIT_HOME=str(home), PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    done = subprocess.run([str(BIN / "nbgrader"), *args], cwd=course, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def answer(home: Path, act) -> None:
    """Answer as a learner: widgets on the learner's own store."""
    store = Store(home / "progress.sqlite3")
    try:
        act(store)
    finally:
        store.close()


@pytest.fixture
def course(tmp_path, monkeypatch):
    with windpark_course(tmp_path, monkeypatch):
        yield tmp_path


@pytest.mark.slow
def test_generate_assignment_and_autograde(course, tmp_path):
    result = assign(tmp_path / "out", title="Windpark nbgrader", exercise_ids=[WHO, KIND, MARK], nbgrader=True)
    aid = result.manifest.id
    root = tmp_path / "kurs"
    (root / "source").mkdir(parents=True)
    shutil.copytree(result.nbgrader.parent, root / "source" / aid)
    (root / "nbgrader_config.py").write_text(
        f"c = get_config()\nc.CourseDirectory.root = {str(root)!r}\nc.CourseDirectory.course_id = 'medialit'\n",
        encoding="utf-8")
    empty = tmp_path / "leer"
    empty.mkdir()
    nbgrader(root, "generate_assignment", aid, home=empty)
    released = root / "release" / aid / f"{aid}.ipynb"
    assert released.is_file()

    exs = {k: get_exercise(k) for k in (WHO, KIND, MARK)}

    def alice(store):  # right speaker, every quotation sorted as direct speech, no marks
        w = show(WHO, store=store)
        w.options_widget.value = next(o.id for o in exs[WHO].options if o.correct)
        w.submit_button.click()
        s = show(KIND, store=store)
        for dd in s.item_dropdowns.values():
            dd.value = "direct"
        s.submit_button.click()

    def bob(store):  # wrong speaker, right sorting, every source marked — and an export file for the submission
        w = show(WHO, store=store)
        w.options_widget.value = next(o.id for o in exs[WHO].options if not o.correct)
        w.submit_button.click()
        s = show(KIND, store=store)
        for item in exs[KIND].items:
            s.item_dropdowns[item.id].value = item.category
        s.submit_button.click()
        m = show(MARK, store=store)
        for key in exs[MARK].key:
            m.mark_text(key.text, key.occurrence)
        m.submit_button.click()
        box = export_widget(store, folder=root / "submitted" / "bob" / aid, learner="bob", assignment=aid)
        box.export_button.click()
        assert box.last_path is not None

    homes = {name: tmp_path / f"home-{name}" for name in ("alice", "bob")}
    for name, act in (("alice", alice), ("bob", bob)):
        (root / "submitted" / name / aid).mkdir(parents=True, exist_ok=True)
        shutil.copy(released, root / "submitted" / name / aid / released.name)
        answer(homes[name], act)

    nbgrader(root, "autograde", aid, "--create", "--student", "alice", home=homes["alice"])
    nbgrader(root, "autograde", aid, "--create", "--student", "bob", home=empty)  # only the export file counts

    from nbgrader.api import Gradebook

    direct = sum(1 for it in exs[KIND].items if it.category == "direct") / len(exs[KIND].items)
    expected = {
        "alice": {WHO: exs[WHO].points, KIND: exs[KIND].points * direct, MARK: 0.0},
        "bob": {WHO: 0.0, KIND: exs[KIND].points, MARK: exs[MARK].points},
    }
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}") as gb:
        for student, scores in expected.items():
            sub = gb.find_submission(aid, student)
            grades = {g.name: g for nb in sub.notebooks for g in nb.grades}
            for n, (key, value) in enumerate(scores.items(), 1):
                grade = next(g for name, g in grades.items() if name.startswith(f"test-{n}-"))
                assert grade.max_score == pytest.approx(exs[key].points)
                assert grade.auto_score == pytest.approx(value, abs=1e-3), (student, key)
            assert sub.score == pytest.approx(sum(scores.values()), abs=1e-3)
            assert sub.max_score == pytest.approx(sum(e.points for e in exs.values()))
