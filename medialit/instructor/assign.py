"""Assign exercises: an assignment notebook (no outputs) with just those exercises and the article, plus a manifest.

``--nbgrader`` also writes an nbgrader source notebook (see ``medialit.instructor.nbgrader``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat

from medialit.errors import ExerciseError, MedialitError
from medialit.instructor.manifest import Manifest, ManifestExercise, slug

KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
LANGUAGE_INFO = {"name": "python"}


@dataclass
class AssignResult:
    """The files ``assign`` wrote."""

    manifest: Manifest
    notebook: Path
    manifest_path: Path
    nbgrader: Path | None = None
    files: list[Path] = field(default_factory=list)


def check_due(due: str | None) -> str | None:
    """``YYYY-MM-DD`` (optionally with time ``YYYY-MM-DDTHH:MM``) or None; a German error otherwise."""
    if due is None or due == "":
        return None
    try:
        return (dt.datetime.fromisoformat(due).isoformat(timespec="minutes") if "T" in due or " " in due
                else dt.date.fromisoformat(due).isoformat())
    except ValueError:
        raise MedialitError(f"Abgabedatum {due!r} ist ungültig — bitte JJJJ-MM-TT angeben, z. B. 2026-12-01 "
                            "(invalid due date, expected YYYY-MM-DD).") from None


def select_exercises(exercise_ids: list[str] | None = None, lesson: int | None = None,
                     article: str | None = None) -> list[Any]:
    """The exercises to assign: the given ids (bank or ``auto-…@article``), or all of one lesson."""
    from medialit.exercises import bank, get_exercise
    from medialit.exercises.generated import GENERATED_IDS, generate

    if bool(exercise_ids) == (lesson is not None):
        raise MedialitError("Bitte genau eines angeben: --exercises ID,… oder --lesson N "
                            "(give either --exercises or --lesson).")
    out: list[Any] = []
    if exercise_ids:
        seen: set[str] = set()
        for raw in exercise_ids:
            ex_id = raw.strip()
            if not ex_id:
                continue
            if ex_id.startswith("auto-") and "@" not in ex_id and article:
                ex_id = f"{ex_id}@{article}"
            ex = get_exercise(ex_id)
            if ex.store_key in seen:
                raise ExerciseError(f"Übung {ex.store_key!r} ist doppelt angegeben (given twice).")
            seen.add(ex.store_key)
            out.append(ex)
        if not out:
            raise MedialitError("--exercises: keine Übungs-ID angegeben (no exercise id).")
        return out
    b = bank()
    if not 0 <= int(lesson) <= 6:
        raise MedialitError(f"--lesson {lesson}: Lektionen gibt es von 0 bis 6 (lesson must be 0–6).")
    from medialit.article import LESSON_ARTICLE

    if article is None or article == LESSON_ARTICLE:
        out = list(b.by_lesson(int(lesson)))
    else:
        # Like the lessons on another article: the generic bank exercises plus the generated ones for it.
        out = [e for e in b.by_lesson(int(lesson)) if e.article in (None, article)]
        for gen_id in GENERATED_IDS:
            ex = generate(gen_id, article)
            if ex.lesson == lesson:
                out.append(ex)
    if not out:
        raise MedialitError(f"Lektion {lesson} hat keine Übungen in der Übungssammlung (no exercises).")
    return out


def make_manifest(exercises: list[Any], *, title: str, due: str | None = None,
                  assignment_id: str | None = None) -> Manifest:
    """The manifest for ``exercises`` (ids are store keys, so generated exercises keep their article)."""
    if not title or not title.strip():
        raise MedialitError("--title darf nicht leer sein (title must not be empty).")
    aid = slug(assignment_id or title)
    items = [ManifestExercise(id=ex.store_key, type=ex.type, points=float(ex.points), lesson=ex.lesson,
                              article=ex.article, title=ex.title or ex.id) for ex in exercises]
    articles = list(dict.fromkeys(ex.article for ex in exercises if ex.article))
    return Manifest(id=aid, title=title.strip(), exercises=items, due=check_due(due), notebook=f"{aid}.ipynb",
                    created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), articles=articles)


def _md(text: str, **meta: Any) -> Any:
    return nbformat.v4.new_markdown_cell(text, metadata=meta)


def _code(text: str, **meta: Any) -> Any:
    return nbformat.v4.new_code_cell(text, metadata=meta)


def _pts(points: float) -> str:
    from medialit.instructor.feedback import num

    return f"{num(points)} Punkt" + ("" if points == 1 else "e")


def intro_text(manifest: Manifest) -> str:
    due = f"\n\n**Abgabe bis:** {manifest.due}" if manifest.due else ""
    return (f"# {manifest.title}{due}\n\n"
            f"Diese Aufgabe hat {len(manifest.exercises)} Übungen mit zusammen {_pts(manifest.total_points)}.\n\n"
            "So gehst du vor:\n\n"
            "1. Führe die Zellen der Reihe nach aus (Umschalt + Enter).\n"
            "2. Lies den Artikel und bearbeite jede Übung. Deine Antworten werden automatisch gespeichert.\n"
            "3. Speichere am Ende deine Antworten unter „Abgeben“ als Datei und gib diese Datei ab.")


def exercise_heading(n: int, item: ManifestExercise) -> str:
    return f"## Übung {n}: {item.title} ({_pts(item.points)})"


def article_cells(manifest: Manifest) -> list[Any]:
    """„Der Artikel“: one cell per article the exercises refer to."""
    cells = []
    for i, art in enumerate(manifest.articles):
        head = "## Der Artikel" if len(manifest.articles) == 1 else f"## Artikel {i + 1}"
        cells.append(_md(f"{head}\n\nLies den Artikel zuerst ganz. Du kannst später hierher zurückkommen."))
        cells.append(_code(f'ml.article_view("{art}")'))
    return cells


def build_notebook(manifest: Manifest) -> Any:
    """The learner's assignment notebook: intro, article, one ``ml.show`` cell per exercise, export."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = dict(LANGUAGE_INFO)
    nb.metadata["medialit"] = {"assignment": manifest.id}
    cells = [_md(intro_text(manifest)), _code("import medialit as ml")]
    cells += article_cells(manifest)
    for n, item in enumerate(manifest.exercises, 1):
        cells.append(_md(exercise_heading(n, item)))
        cells.append(_code(f'ml.show("{item.id}")'))
    cells.append(_md("## Abgeben\n\nWenn du fertig bist: Klicke auf den Knopf, speichere die Datei und gib sie bei "
                     "deiner Lehrkraft ab (hochladen oder per E-Mail). Du kannst sie danach noch einmal neu "
                     "speichern, wenn du etwas änderst."))
    cells.append(_code(f'ml.export_answers(assignment="{manifest.id}")'))
    nb.cells = cells
    return nb


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def assign(out: str | Path, *, title: str, exercise_ids: list[str] | None = None, lesson: int | None = None,
           due: str | None = None, nbgrader: bool = False, assignment_id: str | None = None,
           article: str | None = None) -> AssignResult:
    """Write ``<id>.ipynb`` and ``manifest.json`` (and with ``nbgrader`` ``nbgrader/<id>/<id>.ipynb``) to ``out``."""
    exercises = select_exercises(exercise_ids, lesson, article)
    manifest = make_manifest(exercises, title=title, due=due, assignment_id=assignment_id)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    nb_path = out / manifest.notebook
    nbformat.write(build_notebook(manifest), nb_path)
    man_path = out / "manifest.json"
    write_json(man_path, manifest.to_dict())
    result = AssignResult(manifest, nb_path, man_path, files=[nb_path, man_path])
    if nbgrader:
        from medialit.instructor.nbgrader import write_source

        result.nbgrader = write_source(manifest, out / "nbgrader")
        result.files.append(result.nbgrader)
    return result
