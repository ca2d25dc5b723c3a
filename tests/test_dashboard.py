"""Dashboard data: scores, correct rates, most chosen wrong answers with texts, completion per lesson."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from _instructor_support import (
    KIND,
    MARK,
    REPO,
    WHO,
    export,
    right_answers,
    windpark_course,
)

from medialit.exercises import bank, get_exercise
from medialit.instructor import dashboard
from medialit.instructor.assign import make_manifest


@pytest.fixture
def klasse(tmp_path, monkeypatch):
    with windpark_course(tmp_path, monkeypatch):
        exs = {k: get_exercise(k) for k in (WHO, KIND, MARK)}
        manifest = make_manifest(list(exs.values()), title="Windpark")
        folder = tmp_path / "abgaben"
        folder.mkdir()
        (folder / "manifest.json").write_text(json.dumps(manifest.to_dict()), encoding="utf-8")
        wrong = next(o for o in exs[WHO].options if not o.correct)
        right = {k: right_answers(e) for k, e in exs.items()}
        learners = {
            "Ida": right,
            "Jan": {WHO: {"selected": [wrong.id]}, KIND: {"assign": {it.id: "direct" for it in exs[KIND].items}}},
            "Kim": {WHO: {"selected": [wrong.id]}},
        }
        for name, answers in learners.items():
            path = export(tmp_path / "s", name, answers, manifest.id)
            (folder / path.name).write_bytes(path.read_bytes())
        (folder / "kaputt.json").write_text("{", encoding="utf-8")
        yield dashboard.load(folder), exs, wrong


def test_dashboard_numbers(klasse):
    data, exs, wrong = klasse
    full = sum(e.points for e in exs.values())
    scores = dict(zip([lg.learner for lg in data.learners], data.scores(), strict=True))
    assert scores["Ida"] == pytest.approx(full) and scores["Kim"] == 0
    assert 0 < scores["Jan"] < exs[KIND].points  # only the direct quotations sorted right
    assert data.max_points == pytest.approx(full)
    assert data.correct_rates() == {WHO: (1, 3), KIND: (1, 3), MARK: (1, 3)}
    top = data.wrong_options()[0]
    assert top == {"exercise": WHO, "option": wrong.id, "text": wrong.text, "count": 2}
    misplaced = [w for w in data.wrong_options() if w["exercise"] == KIND]
    assert misplaced and all(w["count"] == 1 and "→ direkte Rede" in w["text"] for w in misplaced)
    lessons = {e.lesson for e in exs.values()}
    done = data.completion()
    assert set(done) == lessons
    assert sum(d for d, _ in done.values()) == 3 + 2 + 1 and sum(t for _, t in done.values()) == 9
    assert [r.path.name for r in data.report.rejected] == ["kaputt.json"]
    assert "kaputt.json" in data.summary().data and "3 Abgaben bewertet" in data.summary().data


def test_dashboard_charts_accept_the_data(klasse):
    from medialit import charts

    data, _, wrong = klasse
    assert charts.score_distribution(data.scores(), data.max_points).rows
    assert charts.correct_rate(data.correct_rates()).rows
    assert wrong.text in charts.wrong_options(data.wrong_options()).table_html()
    assert charts.completion(data.completion(), data.lesson_titles()).rows
    table = data.table().data
    assert "<th scope=\"row\">Ida</th>" in table and "–" in table


def test_example_class_is_valid_and_matches_the_bank():
    folder = REPO / "instructor" / "beispiel-abgaben"
    data = dashboard.load(folder)
    assert len(data.learners) == len(list(folder.glob("*.json"))) >= 5
    assert not data.report.rejected
    known = set(bank().exercises)
    answered = {a.exercise_id for lg in data.learners for a in lg.submission.answers.values()}
    assert answered <= known, f"Beispielabgaben nennen unbekannte Übungen: {sorted(answered - known)}"
    assert len(set(data.scores())) > 3  # a spread, not one score for everybody


def test_dashboard_notebook_is_stored_without_outputs():
    nb = nbformat.read(Path(REPO / "instructor" / "dashboard.ipynb"), as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(not c.outputs and c.execution_count is None for c in code)
    assert all(len(c.source.splitlines()) <= 2 for c in code)
    text = "\n".join(c.source for c in code)
    for chart in ("score_distribution", "correct_rate", "wrong_options", "completion"):
        assert f"ml.charts.{chart}(" in text
