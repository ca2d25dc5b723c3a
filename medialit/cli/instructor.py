"""CLI commands for instructors: ``assign`` (exercises → assignment notebook + manifest) and ``grade``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from medialit.errors import MedialitError


def _fail(exc: Exception) -> None:
    typer.echo(f"Fehler: {exc}", err=True)
    raise typer.Exit(code=2)


def assign(
    out: Annotated[Path, typer.Option("--out", help="Zielordner für Notebook und manifest.json (output folder).")],
    title: Annotated[str, typer.Option("--title", help="Titel der Aufgabe (assignment title).")],
    exercises: Annotated[str | None, typer.Option(
        "--exercises", help="Übungs-IDs, durch Komma getrennt, z. B. auto-zitatart,zitate-arten "
                            "(comma-separated exercise ids).")] = None,
    lesson: Annotated[int | None, typer.Option(
        "--lesson", help="Alle Übungen einer Lektion 0–6 (all exercises of a lesson).")] = None,
    due: Annotated[str | None, typer.Option("--due", help="Abgabedatum JJJJ-MM-TT (due date).")] = None,
    nbgrader: Annotated[bool, typer.Option(
        "--nbgrader", help="Zusätzlich ein nbgrader-Quellnotebook schreiben (also write an nbgrader source "
                           "notebook).")] = False,
    assignment_id: Annotated[str | None, typer.Option(
        "--id", help="Kennung der Aufgabe; Standard: aus dem Titel (assignment id; default: from the title).")] = None,
    article: Annotated[str | None, typer.Option(
        "--article", help="Artikel für die erzeugten Übungen auto-…; mit --lesson: die Lektion auf diesem Artikel "
                          "(article for generated exercises).")] = None,
) -> None:
    """Aufgabe erstellen: Notebook (ohne Ausgaben) mit genau diesen Übungen und dem Artikel, plus Manifest.

    Create an assignment notebook with just these exercises and the article, plus manifest.json.
    """
    from medialit.instructor.assign import assign as run

    ids = [e for e in exercises.split(",") if e.strip()] if exercises else None
    try:
        result = run(out, title=title, exercise_ids=ids, lesson=lesson, due=due, nbgrader=nbgrader,
                     assignment_id=assignment_id, article=article)
    except MedialitError as exc:
        _fail(exc)
    m = result.manifest
    typer.echo(f"Aufgabe {m.id!r}: {len(m.exercises)} Übungen, {m.total_points:g} Punkte"
               + (f", Abgabe bis {m.due}" if m.due else "") + ".")
    for path in result.files:
        typer.echo(f"  geschrieben: {path}")


def grade(
    submissions: Annotated[list[Path], typer.Argument(
        help="Exportdateien oder Ordner damit (export files or folders).")],
    out: Annotated[Path, typer.Option(
        "--out", help="Zielordner für grades.csv und Rückmeldungen (output folder).")],
    manifest: Annotated[Path | None, typer.Option(
        "--manifest", help="manifest.json der Aufgabe: legt die Spalten fest und lehnt fremde Abgaben ab "
                           "(assignment manifest).")] = None,
) -> None:
    """Abgaben bewerten: jede Antwort neu prüfen; grades.csv und eine Rückmeldeseite pro Lernende*n schreiben.

    Grade exported answer files (never executed): writes grades.csv, rejected.csv and feedback-<learner>.html.
    """
    from medialit.instructor.grade import grade as run
    from medialit.instructor.manifest import load_manifest

    try:
        man = load_manifest(manifest) if manifest is not None else None
    except MedialitError as exc:
        _fail(exc)

    tty = sys.stderr.isatty()
    step: dict[str, int] = {}

    def progress(stage: str, done: int, total: int, name: str) -> None:
        """A counter on stderr: overwritten in place on a terminal, about every 5 % as lines otherwise."""
        every = max(1, total // 20)
        if done == total or done >= step.get(stage, 0):
            shown = "".join(ch if ch.isprintable() else "?" for ch in name)[:40]  # no terminal escapes
            line = f"{stage}: {done}/{total} ({shown})"
            if tty:
                print(f"\r{line}\033[K", end="\n" if done == total else "", file=sys.stderr, flush=True)
            else:
                print(line, file=sys.stderr, flush=True)
            step[stage] = done + every

    try:
        report = run(submissions, out, manifest=man, progress=progress)
    except MedialitError as exc:
        _fail(exc)
    for r in report.rejected:
        typer.echo("Nicht bewertet: " + "".join(ch if ch.isprintable() else "?" for ch in str(r)), err=True)
    typer.echo(f"Bewertet: {len(report.learners)} Lernende, {len(report.columns)} Übungen; "
               f"nicht bewertet: {len(report.rejected)} Datei(en).")
    typer.echo(f"  {Path(out) / 'grades.csv'}")
    if not report.learners:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add ``assign`` and ``grade`` to ``app``."""
    app.command("assign")(assign)
    app.command("grade")(grade)
