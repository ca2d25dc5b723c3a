"""End to end: assign → three learners answer through the widgets of the assignment notebook → export → grade."""

from __future__ import annotations

import csv
import html
import shutil

import nbformat
import pytest
from _instructor_support import (
    KIND,
    MARK,
    WHO,
    WINDPARK_ID,
    windpark_course,
)
from typer.testing import CliRunner

from medialit.cli import app
from medialit.exercises import bank, key_spans


def notebook_widgets(nb, ns: dict) -> dict[str, object]:
    """Run the notebook's code cells (one or two lines each) and collect what each cell shows, by its call."""
    out = {}
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        *body, last = cell.source.splitlines()
        exec("\n".join(body), ns)  # noqa: S102 — our own generated notebook, not a submission
        value = eval(last, ns) if not last.startswith("import ") else exec(last, ns)  # noqa: S307
        out[last] = value
    return out


def overlapping(units, spans) -> set[int]:
    return {i for i, u in enumerate(units) if any(u.start < e and s < u.end for s, e in spans)}


@pytest.fixture
def course(tmp_path, monkeypatch):
    with windpark_course(tmp_path, monkeypatch, cli=True) as root:
        yield root


def test_assign_answer_export_grade(course, tmp_path, monkeypatch):
    bank_choice = next(e for e in bank().by_lesson(3) if e.type == "choice" and not e.multiple)
    ids = [bank_choice.id, "auto-wer-spricht", "auto-zitatart", "auto-quellen-markieren"]
    runner = CliRunner()
    made = runner.invoke(app, ["assign", "--exercises", ",".join(ids), "--article", WINDPARK_ID, "--title",
                               "Windpark und Zitate", "--due", "2026-12-01", "--out", str(tmp_path / "aufgabe")])
    assert made.exit_code == 0, made.output
    nb = nbformat.read(tmp_path / "aufgabe" / "windpark-und-zitate.ipynb", as_version=4)
    abgaben = tmp_path / "abgaben"
    abgaben.mkdir()
    plans = {}

    def learner(name: str, act) -> None:
        home = tmp_path / "lernende" / name
        home.mkdir(parents=True)
        monkeypatch.setenv("MEDIALIT_HOME", str(home))
        monkeypatch.chdir(home)
        shown = notebook_widgets(nb, {})
        ws = {key: shown[f'ml.show("{key}")'] for key in (bank_choice.id, WHO, KIND, MARK)}
        plans[name] = act(ws)
        export = shown['ml.export_answers(assignment="windpark-und-zitate")']
        export.name_widget.value = name
        export.export_button.click()
        assert export.last_path is not None, export.message_html.value
        shutil.copy(export.last_path, abgaben / export.last_path.name)

    def choose(w, right: bool) -> str:
        option = next(o for o in w.exercise.options if o.correct is right)
        w.options_widget.value = option.id
        w.submit_button.click()
        return option.explanation

    def all_right(ws):
        explanations = [choose(ws[bank_choice.id], True), choose(ws[WHO], True)]
        for item in ws[KIND].exercise.items:
            ws[KIND].item_dropdowns[item.id].value = item.category
            explanations.append(item.explanation)
        ws[KIND].submit_button.click()
        for key in ws[MARK].exercise.key:
            ws[MARK].mark_text(key.text, key.occurrence)
            explanations.append(key.explanation)
        ws[MARK].submit_button.click()
        return explanations

    def mixed(ws):
        explanations = [choose(ws[bank_choice.id], False), choose(ws[WHO], False)]
        choose(ws[WHO], False)  # second wrong try: the solution is shown
        for item in ws[KIND].exercise.items:
            ws[KIND].item_dropdowns[item.id].value = "direct"
            explanations.append(item.explanation)
        ws[KIND].submit_button.click()
        half = ws[MARK].exercise.key[: len(ws[MARK].exercise.key) // 2]
        for key in half:
            ws[MARK].mark_text(key.text, key.occurrence)
        explanations += [k.explanation for k in ws[MARK].exercise.key]
        ws[MARK].submit_button.click()
        return explanations

    def late(ws):
        choose(ws[WHO], False)
        explanations = [choose(ws[WHO], True), choose(ws[bank_choice.id], True)]  # right at the second try
        mark = ws[MARK]
        for key in mark.exercise.key:
            mark.mark_text(key.text, key.occurrence)
        wrong_word = next(i for i, u in enumerate(mark.units) if u.text == "Gemeinderat")
        mark.unit_buttons[wrong_word].value = True  # one false mark
        mark.submit_button.click()
        return explanations + [k.explanation for k in mark.exercise.key]  # zitatart left out

    learner("Anna", all_right)
    learner("Ben", mixed)
    learner("Cem", late)

    graded = runner.invoke(app, ["grade", str(abgaben), "--manifest", str(tmp_path / "aufgabe" / "manifest.json"),
                                 "--out", str(tmp_path / "noten")])
    assert graded.exit_code == 0, graded.output
    with (tmp_path / "noten" / "grades.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["learner"]: r for r in csv.DictReader(fh)}
    assert set(rows) == {"Anna", "Ben", "Cem"}

    from medialit.article import Article
    from medialit.exercises import get_exercise, mark_units

    exs = {k: get_exercise(k) for k in (bank_choice.id, WHO, KIND, MARK)}
    pts = {k: float(e.points) for k, e in exs.items()}
    text = Article.load(WINDPARK_ID).text
    _, units = mark_units(exs[MARK])
    key_units = overlapping(units, key_spans(exs[MARK], text))
    half = exs[MARK].model_copy(update={"key": exs[MARK].key[: len(exs[MARK].key) // 2]})
    half_units = overlapping(units, key_spans(half, text))
    direct = sum(1 for it in exs[KIND].items if it.category == "direct") / len(exs[KIND].items)
    expected = {
        "Anna": {k: pts[k] for k in pts},
        "Ben": {bank_choice.id: 0.0, WHO: 0.0, KIND: pts[KIND] * direct,
                MARK: pts[MARK] * len(half_units) / len(key_units)},
        "Cem": {bank_choice.id: pts[bank_choice.id], WHO: pts[WHO], KIND: None,
                MARK: pts[MARK] * (len(key_units) - 1) / len(key_units)},
    }
    assert 0 < len(half_units) < len(key_units)
    for name, scores in expected.items():
        for key, value in scores.items():
            if value is None:
                assert rows[name][key] == "", (name, key)
            else:
                assert float(rows[name][key]) == pytest.approx(value, abs=0.01), (name, key)
        total = sum(v for v in scores.values() if v is not None)
        assert float(rows[name]["total"]) == pytest.approx(total, abs=0.02)
        assert float(rows[name]["max_points"]) == pytest.approx(sum(pts.values()))

    for name, explanations in plans.items():
        page = (tmp_path / "noten" / f"feedback-{name}.html").read_text(encoding="utf-8")
        assert f"Rückmeldung für {name}" in page
        for explanation in explanations:
            assert html.escape(explanation, quote=True) in page, (name, explanation)
    cem = (tmp_path / "noten" / "feedback-Cem.html").read_text(encoding="utf-8")
    assert "Keine Antwort abgegeben" in cem  # the exercise Cem left out is named
