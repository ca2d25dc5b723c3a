"""``medialit analyze``: JSON per input with "file", jsonl and table output, bad input named on stderr."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from medialit.cli import _register, app

GOOD = "„Die Lage ist ernst“, sagte die Ministerin Eva Roth. Der Verband wies die Kritik zurück.\n"


@pytest.fixture(scope="module")
def runner():
    _register()
    return CliRunner()


def test_json_for_one_file(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["file"] == str(f) and data["text"] == GOOD
    assert {"sentences", "entities", "quotes", "sources", "dates", "numbers"} <= set(data)
    kinds = [q["kind"] for q in data["quotes"]]
    assert kinds == ["direct", "reported"]
    for q in data["quotes"]:
        for s, e in q["spans"]:
            assert GOOD[s:e] in q["text"]


def test_stdin_and_jsonl(runner):
    result = runner.invoke(app, ["analyze", "-", "--format", "jsonl"], input=GOOD)
    assert result.exit_code == 0
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["file"] == "-"


def test_directory_means_every_txt_file(runner, tmp_path):
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.txt").write_text("Er sagte, es gebe keine Probleme.", encoding="utf-8")
    (tmp_path / "skip.md").write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 0
    files = [json.loads(line)["file"] for line in result.stdout.strip().splitlines()]
    assert files == [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]


def test_table_format(runner, tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--format", "table"])
    assert result.exit_code == 0
    assert "direct" in result.stdout and "Eva Roth" in result.stdout


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "nicht gefunden"),
        ("empty.txt", b"", "leer"),
        ("binary.txt", b"\x00\x01\x02PNG\x00" * 50, "Binärdaten"),
        ("latin1.txt", "Größe".encode("latin-1"), "UTF-8"),
        ("huge.txt", b"a " * 600_000, "zu groß"),
    ],
)
def test_bad_input_is_named_on_stderr_and_other_files_still_run(runner, tmp_path, name, content, message):
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(bad), str(good), "-f", "jsonl"])
    assert result.exit_code != 0
    assert str(bad) in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr
    outputs = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [o["file"] for o in outputs] == [str(good)]
    assert outputs[0]["quotes"]


def test_directory_without_txt_files_is_an_error(runner, tmp_path):
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code != 0 and "keine .txt-Dateien" in result.stderr
