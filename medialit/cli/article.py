"""CLI commands for articles: ``new-article`` (add an instructor's text) and ``article validate``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medialit.errors import MedialitError

article_app = typer.Typer(help="Artikel prüfen (check articles).", no_args_is_help=True)


def new_article(
    file: Annotated[Path, typer.Argument(help="UTF-8-Textdatei mit dem Artikel (article text file).")],
    article_id: Annotated[str, typer.Option(
        "--id", help="Kennung: Kleinbuchstaben, Ziffern, - und _ (article id).")],
    title: Annotated[str, typer.Option("--title", help="Titel (title).")],
    date: Annotated[str, typer.Option("--date", help="Erscheinungsdatum JJJJ-MM-TT (publication date).")],
    outlet: Annotated[str | None, typer.Option("--outlet", help="Medium, z. B. „Hessische Allgemeine“ (outlet).")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Adresse des Artikels (URL).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Vorhandenen Artikel überschreiben (overwrite).")] = False,
) -> None:
    """Neuen Artikel anlegen: data/articles/ID/ mit raw.txt, article.json und einem Annotations-Entwurf.

    Add an article: raw text byte-for-byte, its structure, and annotations drafted by the engine (draft: true).
    """
    from medialit.instructor.new_article import create_article, validate_article

    try:
        folder = create_article(file, article_id=article_id, title=title, date=date, outlet=outlet, url=url,
                                force=force)
        result = validate_article(article_id)
    except MedialitError as exc:
        typer.echo(f"Fehler: {exc}", err=True)
        raise typer.Exit(code=2) from None
    typer.echo(f"Angelegt: {folder}")
    for name in ("raw.txt", "article.json", "annotations.json"):
        typer.echo(f"  {folder / name}")
    _report(result)
    typer.echo("Bitte annotations.json prüfen und korrigieren, dann: medialit article validate " + article_id)


def validate(article_id: str = typer.Argument(..., help="Kennung des Artikels (article id).")) -> None:
    """Artikel und annotations.json prüfen: stimmen alle Stellen mit dem Text überein?

    Check an article and its annotations: every span must point at its text.
    """
    from medialit.instructor.new_article import validate_article

    result = validate_article(article_id)
    _report(result)
    if not result.ok:
        raise typer.Exit(code=1)
    typer.echo(f"Artikel {article_id!r} ist gültig (valid).")


def _report(result) -> None:
    for err in result.errors:
        typer.echo(f"Fehler: {err}", err=True)
    for note in result.notes:
        typer.echo(f"Hinweis: {note}")


def register(app: typer.Typer) -> None:
    """Add ``new-article`` and the ``article`` group (``article validate``) to ``app``."""
    app.command("new-article")(new_article)
    article_app.command("validate")(validate)
    app.add_typer(article_app, name="article")
