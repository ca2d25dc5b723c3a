"""``medialit exercises list`` and ``validate`` through the real typer app."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from medialit.cli import _register, app

FIXTURES = Path(__file__).parent / "fixtures" / "exercises"


@pytest.fixture(scope="module")
def runner():
    _register()
    return CliRunner()


def test_validate_valid_folder(runner):
    res = runner.invoke(app, ["exercises", "validate", str(FIXTURES / "valid")])
    assert res.exit_code == 0, res.output
    assert "OK: 8 Übungen" in res.output


def test_validate_broken_folder_lists_all_errors_and_fails(runner):
    res = runner.invoke(app, ["exercises", "validate", str(FIXTURES / "broken")])
    assert res.exit_code == 1
    assert "Übung 'fehlt-erklaerung', Feld 'options[2].explanation': fehlt" in res.output
    assert "YAML-Syntaxfehler in Zeile 7" in res.output
    assert "10 Fehler gefunden" in res.output


def test_validate_missing_folder(runner, tmp_path):
    res = runner.invoke(app, ["exercises", "validate", str(tmp_path / "nix")])
    assert res.exit_code == 1 and "Ordner nicht gefunden" in res.output


def test_list_filters_by_lesson_and_skill(runner):
    res = runner.invoke(app, ["exercises", "list", "--dir", str(FIXTURES / "valid"), "--skill", "framing"])
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stdout.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("t-scale") and "scale" in lines[0]
    res = runner.invoke(app, ["exercises", "list", "--dir", str(FIXTURES / "valid"), "--lesson", "2"])
    assert res.exit_code == 0 and "t-" not in res.stdout
    res = runner.invoke(app, ["exercises", "list", "--skill", "kochen"])
    assert res.exit_code == 2 and "Unbekannte Fähigkeit" in res.output
