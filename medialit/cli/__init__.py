"""The ``medialit`` command line: a thin typer layer over the package's functions.

Each command group lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="medialit",
    help="medialit — Medienkompetenz-Kurs: Artikel analysieren, Übungen verwalten, Antworten bewerten.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.command("version")
def version() -> None:
    """Zeigt die Version von medialit (show the version)."""
    from medialit import __version__

    typer.echo(f"medialit {__version__}")


def _register() -> None:
    from medialit.cli import analyze, article, exercises, instructor

    for module in (analyze, exercises, instructor, article):
        module.register(app)


def main() -> None:
    """Entry point of the console script."""
    _register()
    app()
