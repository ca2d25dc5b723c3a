"""Grading: every answer re-checked, grades.csv + escaped feedback pages; every kind of bad file reported."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from _instructor_support import (
    KIND,
    MARK,
    WHO,
    export,
    right_answers,
    windpark_course,
)
from typer.testing import CliRunner

from medialit.exercises import get_exercise
from medialit.instructor.assign import make_manifest
from medialit.instructor.grade import grade
from medialit.store import checksum


@pytest.fixture
def course(tmp_path, monkeypatch):
    with windpark_course(tmp_path, monkeypatch):
        exercises = [get_exercise(i) for i in (WHO, KIND, MARK)]
        manifest = make_manifest(exercises, title="Zitate im Windpark-Artikel", due="2026-12-01")
        yield manifest, {e.store_key: e for e in exercises}


def rewrite(path: Path, change, *, fix_checksum: bool) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    if fix_checksum:
        data["checksum"] = checksum(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def read_csv(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["learner"]: row for row in csv.DictReader(fh)}


def test_bad_submissions_reported_and_the_rest_graded(course, tmp_path):
    manifest, exs = course
    sub = tmp_path / "abgaben"
    sub.mkdir()
    anna = export(tmp_path / "s", "Anna", {k: right_answers(e) for k, e in exs.items()}, manifest.id)
    ben = export(tmp_path / "s", "Ben", {WHO: {"selected": [o.id for o in exs[WHO].options if not o.correct][:1]}},
                 manifest.id)
    files = {"anna.json": anna, "ben.json": ben}
    for name, path in files.items():
        (sub / name).write_bytes(path.read_bytes())
    good = (sub / "anna.json").read_text(encoding="utf-8")
    (sub / "kaputt.json").write_text("{das ist kein JSON}", encoding="utf-8")
    (sub / "abgeschnitten.json").write_text(good[: len(good) // 2], encoding="utf-8")
    (sub / "kopie.json").write_text(good, encoding="utf-8")
    foreign = export(tmp_path / "s", "Cem", {WHO: right_answers(exs[WHO])}, "andere-aufgabe")
    (sub / "fremd.json").write_bytes(foreign.read_bytes())
    (sub / "manipuliert.json").write_text(good, encoding="utf-8")
    rewrite(sub / "manipuliert.json", lambda d: d.update(learner="Dora"), fix_checksum=False)
    (sub / "format.json").write_text(good, encoding="utf-8")
    rewrite(sub / "format.json", lambda d: d.update(learner="Eva", format="anderes-format"), fix_checksum=True)
    (sub / "version.json").write_text(good, encoding="utf-8")
    rewrite(sub / "version.json", lambda d: d.update(learner="Finn", version=99), fix_checksum=True)
    (sub / "alt-ben.json").write_bytes(ben.read_bytes())
    rewrite(sub / "alt-ben.json", lambda d: d.update(exported_at="2000-01-01T00:00:00+00:00"), fix_checksum=True)
    (sub / "binaer.json").write_bytes(b"\xff\xfe\x00\x01")

    out = tmp_path / "noten"
    report = grade([sub], out, manifest=manifest)

    reasons = {r.path.name: r.reason for r in report.rejected}
    assert set(reasons) == {"kaputt.json", "abgeschnitten.json", "kopie.json", "fremd.json", "manipuliert.json",
                            "format.json", "version.json", "alt-ben.json", "binaer.json"}
    assert "malformed JSON" in reasons["kaputt.json"]
    assert "truncated" in reasons["abgeschnitten.json"]
    assert "duplicate file" in reasons["kopie.json"] and "anna.json" in reasons["kopie.json"]
    assert "foreign" in reasons["fremd.json"] and "andere-aufgabe" in reasons["fremd.json"]
    assert "tampered" in reasons["manipuliert.json"]
    assert "wrong format" in reasons["format.json"]
    assert "unsupported version" in reasons["version.json"]
    assert "duplicate learner" in reasons["alt-ben.json"] and "ben.json" in reasons["alt-ben.json"]
    assert "not UTF-8" in reasons["binaer.json"]

    rows = read_csv(out / "grades.csv")
    assert set(rows) == {"Anna", "Ben"}
    full = sum(e.points for e in exs.values())
    assert float(rows["Anna"]["total"]) == pytest.approx(full)
    assert float(rows["Anna"]["max_points"]) == pytest.approx(full)
    for key, ex in exs.items():
        assert float(rows["Anna"][key]) == pytest.approx(ex.points)
    assert float(rows["Ben"][WHO]) == 0 and rows["Ben"][KIND] == "" and float(rows["Ben"]["total"]) == 0
    with (out / "rejected.csv").open(encoding="utf-8", newline="") as fh:
        listed = {Path(row["file"]).name: row["reason"] for row in csv.DictReader(fh)}
    assert listed == reasons


def test_stored_scores_are_not_trusted(course, tmp_path):
    manifest, exs = course
    wrong = [o.id for o in exs[WHO].options if not o.correct][:1]
    path = export(tmp_path / "s", "Greta", {WHO: {"selected": wrong}}, manifest.id)
    rewrite(path, lambda d: d["answers"][0].update(score=1000.0, max_points=1000.0), fix_checksum=True)
    report = grade([path], tmp_path / "out", manifest=manifest)
    assert not report.rejected
    assert report.learners[0].total == 0
    assert float(read_csv(tmp_path / "out" / "grades.csv")["Greta"]["total"]) == 0


def test_feedback_is_escaped_and_csv_cannot_run_formulas(course, tmp_path):
    manifest, exs = course
    learner = "<script>alert('x')</script>"
    answers = {WHO: {"selected": ["<img src=x onerror=alert(1)>"]}, KIND: {"assign": {"q1": "<b>direct</b>"}}}
    path = export(tmp_path / "s", learner, answers, manifest.id)
    formula = export(tmp_path / "s", "=HYPERLINK(\"http://evil\")", {WHO: right_answers(exs[WHO])}, manifest.id)
    out = tmp_path / "out"
    report = grade([path, formula], out, manifest=manifest)
    assert not report.rejected
    pages = sorted(out.glob("feedback-*.html"))
    assert len(pages) == 2
    html_text = "\n".join(p.read_text(encoding="utf-8") for p in pages)
    assert "<script" not in html_text and "<img" not in html_text and "<b>direct" not in html_text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html_text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html_text
    rows = read_csv(out / "grades.csv")
    assert "'=HYPERLINK(\"http://evil\")" in rows
    assert all(p.parent == out for p in pages)


def test_cli_grade_reports_progress_and_bad_files(course, tmp_path):
    from medialit.cli import _register, app

    manifest, exs = course
    man_path = tmp_path / "manifest.json"
    man_path.write_text(json.dumps(manifest.to_dict()), encoding="utf-8")
    sub = tmp_path / "abgaben"
    sub.mkdir()
    for i in range(12):
        path = export(tmp_path / "s", f"Lernende {i}", {WHO: right_answers(exs[WHO])}, manifest.id)
        (sub / f"l{i}.json").write_bytes(path.read_bytes())
    (sub / "leer.json").write_text("", encoding="utf-8")
    _register()
    result = CliRunner().invoke(app, ["grade", str(sub), str(tmp_path / "fehlt.json"), "--out", str(tmp_path / "o"),
                                      "--manifest", str(man_path)])
    assert result.exit_code == 0, result.output
    assert "Gelesen: 13/13" in result.stderr and "Bewertet: 12/12" in result.stderr
    assert "leer.json: ist leer" in result.stderr and "fehlt.json" in result.stderr
    assert "Bewertet: 12 Lernende, 3 Übungen" in result.stdout
    rows = read_csv(tmp_path / "o" / "grades.csv")
    assert len(rows) == 12 and all(float(r[WHO]) == exs[WHO].points for r in rows.values())


def test_cli_grade_without_manifest_uses_majority_assignment(course, tmp_path):
    from medialit.cli import _register, app

    manifest, exs = course
    files = [export(tmp_path / "s", name, {WHO: right_answers(exs[WHO])}, aid)
             for name, aid in (("A", "kurs-1"), ("B", "kurs-1"), ("C", "kurs-2"))]
    _register()
    result = CliRunner().invoke(app, ["grade", *map(str, files), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "kurs-2" in result.stderr and "foreign assignment" in result.stderr
    assert set(read_csv(tmp_path / "o" / "grades.csv")) == {"A", "B"}


def test_cli_grade_with_nothing_gradable_fails(tmp_path):
    from medialit.cli import _register, app

    (tmp_path / "x.json").write_text("[1, 2", encoding="utf-8")
    _register()
    result = CliRunner().invoke(app, ["grade", str(tmp_path / "x.json"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "truncated" in result.stderr


def test_oversized_answers_are_rejected_not_graded_slowly(course, tmp_path):
    manifest, exs = course
    path = export(tmp_path / "s", "Hugo", {MARK: {"marked": [[i, i + 1] for i in range(20_000)]}}, manifest.id)
    ok = export(tmp_path / "s", "Ina", {WHO: right_answers(exs[WHO])}, manifest.id)
    report = grade([path, ok], tmp_path / "out", manifest=manifest)
    assert [r.path for r in report.rejected] == [path]
    assert "answer too large" in report.rejected[0].reason and MARK in report.rejected[0].reason
    assert [lg.learner for lg in report.learners] == ["Ina"]
