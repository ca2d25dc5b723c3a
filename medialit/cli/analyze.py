"""CLI command ``medialit analyze FILE... [--format json|jsonl|table]``: the analysis of each text.

``-`` reads standard input; a directory stands for every ``*.txt`` in it. A file that cannot be analysed
(missing, binary, empty, too large) gets a German message on stderr and a non-zero exit code at the end;
the other files are still analysed.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from medialit.errors import MedialitError


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _inputs(files: list[str]) -> list[str]:
    """Expand directories to their ``*.txt`` files (sorted); keep everything else as given."""
    out: list[str] = []
    for f in files:
        p = Path(f)
        if f != "-" and p.is_dir():
            found = sorted(str(x) for x in p.glob("*.txt") if x.is_file())
            if not found:
                out.append(f"{f}{'' if f.endswith('/') else '/'}*.txt")
            out.extend(found)
        else:
            out.append(f)
    return out


def _read(name: str):
    from medialit.article import Article, check_text

    if name == "-":
        return check_text(sys.stdin.buffer.read(), where="stdin")
    if "*" in name:
        raise MedialitError(f"{name}: keine .txt-Dateien in diesem Ordner (no *.txt files in directory).")
    path = Path(name)
    try:
        data = path.read_bytes()
    except OSError:
        return Article.from_file(path).text  # raises ArticleError with the precise reason
    return check_text(data, where=name)


def _table(result: dict) -> str:
    lines = [f"== {result['file']} ==", f"{len(result['sentences'])} Sätze, {len(result['quotes'])} Zitate, "
             f"{len(result['sources'])} Quellen"]
    for q in result["quotes"]:
        who = (q["speaker"] or {}).get("name") or "—"
        cue = (q["cue"] or {}).get("lemma") or "—"
        relay = f" (über {q['relay']['name']})" if q.get("relay") else ""
        text = " ".join(q["text"].split())  # one row per quotation: an interview turn with a list spans lines
        text = text if len(text) <= 70 else text[:67] + "…"
        lines.append(f"{q['kind']:<14}{who[:28]:<29}{cue[:16]:<17}{text}{relay}")
    return "\n".join(lines)


def analyze_command(
    files: Annotated[list[str], typer.Argument(help="Textdateien (UTF-8), Ordner (alle *.txt) oder - für stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Ausgabe: json, jsonl oder table.")] = Format.json,
) -> None:
    """Analysiere deutsche Nachrichtentexte: Zitate, Sprecher, Quellen, Redeverben, Daten, Zahlen."""
    from medialit.analysis import analyze

    failed = 0
    results = []
    for name in _inputs(files):
        try:
            text = _read(name)
            result = {"file": name, **analyze(text).to_dict()}
        except MedialitError as exc:
            typer.echo(f"Fehler: {exc}", err=True)
            failed += 1
            continue
        if format is Format.jsonl:
            typer.echo(json.dumps(result, ensure_ascii=False))
        elif format is Format.table:
            typer.echo(_table(result))
        else:
            results.append(result)
    if format is Format.json and results:
        typer.echo(json.dumps(results if len(results) > 1 else results[0], ensure_ascii=False, indent=1))
    if failed:
        raise typer.Exit(code=1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command("analyze")(analyze_command)
