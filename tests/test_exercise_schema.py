"""The exercise schema: a valid bank loads; every kind of mistake is reported with file, id and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from medialit.errors import ExerciseError
from medialit.exercises import get_exercise, load_bank
from medialit.exercises.schema import ChoiceExercise, CompareExercise, MarkExercise

FIXTURES = Path(__file__).parent / "fixtures" / "exercises"
VALID = FIXTURES / "valid"
BROKEN = FIXTURES / "broken"


def test_valid_fixture_bank_loads_every_type():
    bank = load_bank(VALID)
    assert bank.errors == []
    assert {e.type for e in bank.exercises.values()} == {"choice", "mark", "sort", "scale", "reflect", "compare"}
    ex = bank.exercises["t-choice"]
    assert isinstance(ex, ChoiceExercise)
    assert ex.lesson == 3 and ex.article == "belarus-2020"
    assert ex.source.endswith("03_test.yml")
    assert isinstance(bank.exercises["t-compare"], CompareExercise) and bank.exercises["t-compare"].points == 0
    assert bank.titles == {3: "Testlektion"}


@pytest.fixture(scope="module")
def broken_errors() -> list[str]:
    return load_bank(BROKEN).errors


@pytest.mark.parametrize("fragment", [
    "01_missing_explanation.yml: Übung 'fehlt-erklaerung', Feld 'options[2].explanation': fehlt",
    "02_no_correct.yml: Übung 'keine-richtige', Feld 'options': keine Antwort ist als richtig markiert",
    "02_no_correct.yml: Übung 'unbekannter-typ', Feld 'type': unbekannter Übungstyp 'puzzle'",
    "02_no_correct.yml: Übung 'fehlt-erklaerung', Feld 'id': doppelte ID, schon in",
    "03_mark_and_sort.yml: Übung 'sort-kategorie', Feld 'items[1].category': unbekannte Kategorie 'z'",
    "03_mark_and_sort.yml: Übung 'schluessel-fehlt', Feld 'key[1].text': „Dieser Satz steht nicht im Artikel“",
    "03_mark_and_sort.yml: Übung 'Falsche_ID', Feld 'id': hat ein ungültiges Format",
    "03_mark_and_sort.yml: Übung 'Falsche_ID', Feld 'skill': ungültiger Wert 'readin'",
    "03_mark_and_sort.yml: Übung 'Falsche_ID', Feld 'colour': unbekanntes Feld",
    "04_syntax.yml: YAML-Syntaxfehler in Zeile 7, Spalte 7",
])
def test_broken_bank_names_file_id_and_field(broken_errors, fragment):
    assert any(fragment in e for e in broken_errors), "\n".join(broken_errors)


def test_broken_bank_keeps_no_invalid_exercise():
    bank = load_bank(BROKEN)
    assert bank.exercises == {}
    assert len(bank.errors) == 10


def _write(tmp_path: Path, body: str, name: str = "05_x.yml") -> Path:
    folder = tmp_path / "bank"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(body, encoding="utf-8")
    return folder


HEADER = "lesson: 5\ntitle: T\narticle: belarus-2020\nexercises:\n"


def test_single_choice_with_two_correct_options_is_rejected(tmp_path):
    folder = _write(tmp_path, HEADER + """
  - id: zwei-richtig
    type: choice
    skill: claims
    prompt: P
    options:
      - {id: a, text: A, correct: true, explanation: E}
      - {id: b, text: B, correct: true, explanation: E}
""")
    (err,) = load_bank(folder).errors
    assert "Übung 'zwei-richtig', Feld 'options': 2 Antworten sind richtig, aber multiple ist false" in err


def test_scale_statement_with_unknown_dimension_and_bad_range(tmp_path):
    folder = _write(tmp_path, HEADER + """
  - id: skala
    type: scale
    skill: framing
    prompt: P
    scale: {min: 5, max: 1}
    dimensions: {a: A}
    statements: [{id: s1, text: S, dimension: b}]
""")
    errors = load_bank(folder).errors
    assert any("Feld 'scale': max (1) muss größer als min (5) sein" in e for e in errors), errors


def test_compare_must_name_a_mark_exercise(tmp_path):
    folder = _write(tmp_path, HEADER + """
  - id: vergleich
    type: compare
    skill: quotes
    prompt: P
    layer: quotes
    mark_exercise: gibt-es-nicht
""")
    (err,) = load_bank(folder).errors
    assert "Übung 'vergleich', Feld 'mark_exercise': Übung 'gibt-es-nicht' gibt es nicht" in err


def test_occurrence_beyond_the_article(tmp_path):
    folder = _write(tmp_path, HEADER + """
  - id: zu-oft
    type: mark
    skill: quotes
    prompt: P
    key: [{text: Lukaschenko warnte, occurrence: 2}]
""")
    (err,) = load_bank(folder).errors
    assert "Feld 'key[0].occurrence'" in err and "nur 1-mal" in err


def test_colon_in_unquoted_text_gets_a_hint(tmp_path):
    folder = _write(tmp_path, HEADER + """
  - id: doppelpunkt
    type: reflect
    skill: reading
    prompt: P
    model_answer: M
    hints:
      - Achte auf „laut“: Dann spricht jemand anderes.
""")
    (err,) = load_bank(folder).errors
    assert "Feld 'hints[0]'" in err and "Anführungszeichen" in err


def test_header_errors_and_non_mapping_file(tmp_path):
    folder = _write(tmp_path, "lesson: 9\ntitle: T\nexercises: []\n", "a.yml")
    _write(tmp_path, "- nur eine Liste\n", "b.yml")
    errors = load_bank(folder).errors
    assert any(e.endswith("a.yml: Feld 'lesson': muss ≤ 6 sein, ist 9") for e in errors), errors
    assert any("b.yml: Die Datei muss eine Zuordnung" in e for e in errors), errors


def test_get_exercise_finds_and_explains(tmp_path):
    ex = get_exercise("t-mark", folder=VALID)
    assert isinstance(ex, MarkExercise) and ex.unit == "sentence"
    with pytest.raises(ExerciseError, match="Unbekannte Übung 't-mrak'.*Meintest du: t-mark"):
        get_exercise("t-mrak", folder=VALID)


def test_get_exercise_reports_broken_exercise():
    with pytest.raises(ExerciseError, match="'sort-kategorie' ist fehlerhaft"):
        get_exercise("sort-kategorie", folder=BROKEN)


def test_bank_reloads_when_a_file_changes(tmp_path):
    from medialit.exercises import bank

    folder = _write(tmp_path, HEADER + "  - {id: r1, type: reflect, skill: reading, prompt: P, model_answer: M}\n")
    assert list(bank(folder).exercises) == ["r1"]
    _write(tmp_path, HEADER + "  - {id: r2, type: reflect, skill: reading, prompt: Pq, model_answer: M}\n")
    assert list(bank(folder).exercises) == ["r2"]


def test_project_bank_is_valid():
    """The real bank (written by the lessons engineer) passes the schema."""
    bank = load_bank()
    assert bank.errors == [], "\n".join(bank.errors)
    assert len(bank.exercises) > 0


def test_unknown_id_in_a_missing_bank_says_why(tmp_path):
    with pytest.raises(ExerciseError, match="Übungsbank konnte nicht geladen werden: .*Ordner nicht gefunden"):
        get_exercise("x", folder=tmp_path / "nix")
