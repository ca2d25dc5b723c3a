"""nbgrader support: a source notebook with nbgrader cell metadata and autograder tests, and their helpers.

Each exercise gets a locked ``ml.show`` cell and an autograder test cell (``grade: true``, ``points``) that
re-checks the learner's answer and outputs the points, so nbgrader gives partial credit. The answer comes from
the export file saved next to the notebook for submission (``medialit-export-*.json``, collected by nbgrader with
the notebook), else from the progress store of the kernel (``MEDIALIT_HOME``).
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import nbformat

from medialit.instructor.assign import KERNELSPEC, LANGUAGE_INFO, article_cells, exercise_heading, intro_text
from medialit.instructor.manifest import Manifest

EXPORT_GLOB = "medialit-export-*.json"
SCHEMA_VERSION = 3


def _meta(grade_id: str, *, grade: bool = False, points: float | None = None, locked: bool = True) -> dict:
    meta: dict[str, Any] = {"grade": grade, "grade_id": grade_id, "locked": locked,
                            "schema_version": SCHEMA_VERSION, "solution": False, "task": False}
    if grade:
        meta["points"] = points
    return {"nbgrader": meta}


def grade_id(n: int, exercise_id: str) -> str:
    """A grade id nbgrader accepts (letters, digits, - and _), unique per exercise position."""
    return f"test-{n}-" + re.sub(r"[^A-Za-z0-9_-]+", "-", exercise_id).strip("-")


def build_source(manifest: Manifest) -> Any:
    """The nbgrader source notebook for ``manifest`` (every cell locked; one test cell per exercise)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    nb.metadata["medialit"] = {"assignment": manifest.id}
    intro = intro_text(manifest) + ("\n\nIn dieser nbgrader-Aufgabe exportierst du zum Schluss unter „Abgeben“ und "
                                    "reichst dann über „Assignments“ → „Submit“ ein.")
    cells = [nbformat.v4.new_markdown_cell(intro, metadata=_meta("kopf")),
             nbformat.v4.new_code_cell("import medialit as ml", metadata=_meta("start"))]
    for i, cell in enumerate(article_cells(manifest)):
        cell.metadata.update(_meta(f"artikel-{i}"))
        cells.append(cell)
    for n, item in enumerate(manifest.exercises, 1):
        cells.append(nbformat.v4.new_markdown_cell(exercise_heading(n, item), metadata=_meta(f"titel-{n}")))
        cells.append(nbformat.v4.new_code_cell(f'ml.show("{item.id}")', metadata=_meta(f"uebung-{n}")))
        test = ("from medialit.instructor.nbgrader import score  # Autograder: prüft die gespeicherte Antwort\n"
                f'score("{item.id}")')
        cells.append(nbformat.v4.new_code_cell(test, metadata=_meta(grade_id(n, item.id), grade=True,
                                                                      points=float(item.points))))
    cells.append(nbformat.v4.new_markdown_cell(
        "## Abgeben\n\nTrage deinen Namen ein und klicke auf „Antworten exportieren“: Die Datei "
        "`medialit-export-….json` landet neben diesem Notebook. Reiche danach die Aufgabe ein.",
        metadata=_meta("abgeben")))
    cells.append(nbformat.v4.new_code_cell(f'ml.export_answers(assignment="{manifest.id}")',
                                           metadata=_meta("speichern")))
    nb.cells = cells
    return nb


def write_source(manifest: Manifest, folder: str | Path) -> Path:
    """Write ``<folder>/<id>/<id>.ipynb`` — copy ``<folder>/<id>`` into the nbgrader course's ``source/``."""
    target = Path(folder) / manifest.id
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{manifest.id}.ipynb"
    nbformat.write(build_source(manifest), path)
    return path


# --- used inside the notebooks ----------------------------------------------------------------------------
def export_files(folder: Path) -> list[Path]:
    """Export files saved next to the notebook (``medialit-export-*.json``)."""
    return sorted(folder.glob(EXPORT_GLOB))


def _answer(store_key: str, folder: Path) -> tuple[dict | None, int, str]:
    """The learner's latest answer: from the newest export file in ``folder`` if there is one, else the store."""
    from medialit.instructor.grade import answer_key
    from medialit.instructor.submissions import read_submission

    files = export_files(folder)
    if files:
        subs = [read_submission(p) for p in files]  # checks format and checksum; a tampered file fails the test
        newest = max(subs, key=lambda s: s.exported_at)
        for a in newest.answers.values():
            if answer_key(a) == store_key:
                return a.answer, a.tries, str(newest.path.name)
        return None, 0, str(newest.path.name)
    from medialit.store import default_store

    latest = default_store().latest(store_key)
    if latest is None:
        return None, 0, "Fortschrittsspeicher"
    return latest.answer, latest.tries, "Fortschrittsspeicher"


def score(exercise_id: str, folder: str | Path = ".") -> float:
    """Autograder test: re-check the learner's answer and return its points; fail when there is no answer."""
    from medialit.exercises import check, get_exercise

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # nbgrader gives 0 points for any output on stderr
        exercise = get_exercise(exercise_id)
        answer, tries, where = _answer(exercise.store_key, Path(folder))
        assert answer is not None, f"Keine Antwort auf Übung {exercise_id!r} gefunden ({where})."
        result = check(exercise, answer, tries)
    assert 0 <= result.score <= float(exercise.points), f"Punkte außerhalb 0–{exercise.points}: {result.score}"
    return round(float(result.score), 4)
