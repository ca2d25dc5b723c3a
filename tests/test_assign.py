"""`medialit assign`: an assignment notebook without outputs showing just the chosen exercises, plus a manifest."""

from __future__ import annotations

import json

import nbformat
import pytest
from _instructor_support import (
    WINDPARK_ID,
    windpark_course,
)
from typer.testing import CliRunner

from medialit.cli import app
from medialit.exercises import bank, get_exercise


@pytest.fixture
def root(tmp_path, monkeypatch):
    with windpark_course(tmp_path, monkeypatch, cli=True) as root:
        yield root


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def code_sources(nb) -> list[str]:
    return [c.source for c in nb.cells if c.cell_type == "code"]


def test_assign_exercises_writes_notebook_and_manifest(root, tmp_path):
    lesson3 = [e.id for e in bank().by_lesson(3) if e.type != "compare"][:2]
    ids = [*lesson3, "auto-zitatart"]
    out = tmp_path / "aufgabe"
    result = run("assign", "--exercises", ",".join(ids), "--article", WINDPARK_ID, "--title", "Zitate üben",
                 "--due", "2026-12-01", "--out", out)
    assert result.exit_code == 0, result.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    keys = [*lesson3, f"auto-zitatart@{WINDPARK_ID}"]
    assert manifest["format"] == "medialit-assignment" and manifest["id"] == "zitate-ueben"
    assert [e["id"] for e in manifest["exercises"]] == keys
    assert [e["points"] for e in manifest["exercises"]] == [float(get_exercise(k).points) for k in keys]
    assert manifest["total_points"] == sum(float(get_exercise(k).points) for k in keys)
    assert manifest["due"] == "2026-12-01"
    nb = nbformat.read(out / "zitate-ueben.ipynb", as_version=4)
    nbformat.validate(nb)
    assert all(not c.outputs and c.execution_count is None for c in nb.cells if c.cell_type == "code")
    shows = [s for s in code_sources(nb) if s.startswith("ml.show(")]
    assert shows == [f'ml.show("{k}")' for k in keys]
    views = [s for s in code_sources(nb) if s.startswith("ml.article_view(")]
    assert views == [f'ml.article_view("{a}")' for a in manifest["articles"]]
    assert set(manifest["articles"]) == {get_exercise(k).article for k in keys}
    assert code_sources(nb)[-1] == 'ml.export_answers(assignment="zitate-ueben")'
    assert "2026-12-01" in nb.cells[0].source
    assert all(len(s.splitlines()) <= 2 for s in code_sources(nb))


def test_assign_lesson_takes_all_of_its_exercises(root, tmp_path):
    result = run("assign", "--lesson", 2, "--title", "Lektion 2", "--out", tmp_path / "l2")
    assert result.exit_code == 0, result.output
    ids = [e["id"] for e in json.loads((tmp_path / "l2" / "manifest.json").read_text())["exercises"]]
    assert ids == [e.store_key for e in bank().by_lesson(2)]


def test_assign_lesson_on_another_article_swaps_in_generated_exercises(root, tmp_path):
    result = run("assign", "--lesson", 2, "--title", "Lektion 2", "--out", tmp_path / "l2", "--article", WINDPARK_ID)
    assert result.exit_code == 0, result.output
    ids = [e["id"] for e in json.loads((tmp_path / "l2" / "manifest.json").read_text())["exercises"]]
    generic = [e.store_key for e in bank().by_lesson(2) if e.article is None]
    assert ids == [*generic, f"auto-quellen-markieren@{WINDPARK_ID}"]  # no exercise tied to the lesson article
    assert all(get_exercise(i).article in (None, WINDPARK_ID) for i in ids)


def test_assign_nbgrader_source_has_grade_cells(root, tmp_path):
    keys = [f"auto-wer-spricht@{WINDPARK_ID}", f"auto-quellen-markieren@{WINDPARK_ID}"]
    result = run("assign", "--exercises", ",".join(keys), "--title", "Quellen", "--out", tmp_path / "a",
                 "--nbgrader")
    assert result.exit_code == 0, result.output
    nb = nbformat.read(tmp_path / "a" / "nbgrader" / "quellen" / "quellen.ipynb", as_version=4)
    nbformat.validate(nb)
    meta = [c.metadata["nbgrader"] for c in nb.cells]
    assert all(m["locked"] and m["schema_version"] == 3 and not m["solution"] for m in meta)
    assert len({m["grade_id"] for m in meta}) == len(meta)
    tests = [c for c in nb.cells if c.metadata["nbgrader"]["grade"]]
    assert [c.metadata["nbgrader"]["points"] for c in tests] == [float(get_exercise(k).points) for k in keys]
    assert [c.source.splitlines()[-1] for c in tests] == [f'score("{k}")' for k in keys]
    assert all(not c.get("outputs") for c in nb.cells)


@pytest.mark.parametrize(("args", "message"), [
    (["--exercises", "gibt-es-nicht"], "Unbekannte Übung 'gibt-es-nicht'"),
    ([], "genau eines"),
    (["--exercises", "auto-zitatart", "--lesson", "3"], "genau eines"),
    (["--lesson", "9"], "0 bis 6"),
    (["--exercises", "auto-zitatart", "--due", "morgen"], "Abgabedatum 'morgen' ist ungültig"),
    (["--exercises", "auto-zitatart,auto-zitatart"], "doppelt"),
])
def test_assign_errors_are_german_and_named(root, tmp_path, args, message):
    result = run("assign", *args, "--article", WINDPARK_ID, "--title", "T", "--out", tmp_path / "x")
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "x").exists()
