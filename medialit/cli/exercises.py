"""CLI commands: ``medialit exercises list`` and ``medialit exercises validate``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def _list(
    lesson: Annotated[int | None, typer.Option("--lesson", help="Nur Übungen dieser Lektion (0–6).")] = None,
    skill: Annotated[str | None, typer.Option("--skill", help="Nur diese Fähigkeit: sourcing, quotes, framing, "
                                                              "claims, reading.")] = None,
    folder: Annotated[Path | None, typer.Option("--dir", help="Übungsordner (Standard: exercises/).")] = None,
) -> None:
    """Übungen auflisten: ID, Lektion, Typ, Fähigkeit, Punkte, Aufgabe."""
    from medialit.exercises import SKILLS, load_bank

    if skill is not None and skill not in SKILLS:
        typer.echo(f"Unbekannte Fähigkeit {skill!r} (erlaubt: {', '.join(SKILLS)}).", err=True)
        raise typer.Exit(2)
    bank = load_bank(folder)
    rows = [e for e in bank.exercises.values()
            if (lesson is None or e.lesson == lesson) and (skill is None or e.skill == skill)]
    rows.sort(key=lambda e: (e.lesson if e.lesson is not None else -1, e.source))
    for e in rows:
        prompt = " ".join(e.prompt.split())
        prompt = prompt if len(prompt) <= 60 else prompt[:59] + "…"
        points = f"{e.points:g}"
        typer.echo(f"{e.id:<32} L{e.lesson}  {e.type:<8} {e.skill:<9} {points:>3} P.  {prompt}")
    typer.echo(f"{len(rows)} Übung(en).", err=True)
    if bank.errors:
        typer.echo(f"Achtung: {len(bank.errors)} Fehler in der Übungsbank – "
                   "`medialit exercises validate` zeigt sie.", err=True)


def _validate(
    folder: Annotated[Path | None, typer.Argument(help="Ordner mit *.yml (Standard: exercises/).")] = None,
) -> None:
    """Alle Übungsdateien prüfen; listet jeden Fehler mit Datei, Übung und Feld, Exit-Code 1 bei Fehlern."""
    from medialit.exercises import load_bank

    bank = load_bank(folder)
    for err in bank.errors:
        typer.echo(err)
    if bank.errors:
        typer.echo(f"{len(bank.errors)} Fehler gefunden (errors found).", err=True)
        raise typer.Exit(1)
    typer.echo(f"OK: {len(bank.exercises)} Übungen in {bank.folder} sind gültig.")


def register(app: typer.Typer) -> None:
    """Add the ``exercises`` command group to ``app``."""
    group = typer.Typer(help="Übungen auflisten und prüfen.", no_args_is_help=True)
    group.command("list")(_list)
    group.command("validate")(_validate)
    app.add_typer(group, name="exercises")
