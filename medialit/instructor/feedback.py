"""German feedback pages (one HTML file per learner): each answer, its points and explanations, all escaped.

Learner names, answers and exercise texts may contain anything; every piece goes through ``html.escape`` and the
page forbids scripts (Content-Security-Policy), so a crafted export cannot inject markup.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;max-width:48rem;margin:2rem auto;
padding:0 1rem;line-height:1.5;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-top:1px solid #bbb;padding-top:1rem}
.score{font-weight:bold}.prompt{font-style:italic}.missing{color:#8a4b00}
.explanation{background:#f3f3f3;padding:.5rem .75rem;border-left:4px solid #0072B2}
.solution{background:#eef7f0;padding:.5rem .75rem;border-left:4px solid #009E73}
li{margin:.25rem 0}
"""


def esc(value: Any) -> str:
    """Text for HTML: escaped, quotes included."""
    return html.escape(str(value), quote=True)


def num(value: float) -> str:
    """A German number: 2 → „2“, 1.5 → „1,5“."""
    value = round(float(value), 2)
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0").replace(".", ",")


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_answer(exercise: Any, answer: dict[str, Any]) -> str:
    """The learner's answer in words („„Wladimir Putin““, „„sagte“ → neutral“); plain text, not yet escaped."""
    try:
        return _describe(exercise, answer)
    except Exception:  # a crafted answer must never break the page: fall back to its JSON
        return json.dumps(answer, ensure_ascii=False)[:2000]


def _describe(exercise: Any, answer: dict[str, Any]) -> str:
    kind = getattr(exercise, "type", None)
    if kind == "choice":
        selected = answer.get("selected") or []
        selected = [selected] if isinstance(selected, str) else list(selected)
        texts = {o.id: o.text for o in exercise.options}
        shown = [f"„{texts[s]}“" if s in texts else f"(unbekannte Antwort {s!r})" for s in selected]
        return ", ".join(shown) or "keine Antwort gewählt"
    if kind == "mark":
        from medialit.article import Article

        text = Article.load(exercise.article).text
        spans = [m for m in answer.get("marked") or [] if isinstance(m, (list, tuple)) and len(m) == 2]
        pieces = [f"„{_short(text[int(a):int(b)], 80)}“" for a, b in sorted(spans)
                  if 0 <= int(a) < int(b) <= len(text)]
        return "; ".join(pieces) or "nichts markiert"
    if kind == "sort":
        assign = answer.get("assign") or {}
        labels = {c.id: c.label for c in exercise.categories}
        lines = []
        for item in exercise.items:
            got = assign.get(item.id)
            lines.append(f"„{_short(item.text, 80)}“ → {labels.get(got, 'nicht zugeordnet')}")
        return "; ".join(lines)
    if kind == "scale":
        ratings = answer.get("ratings") or {}
        return "; ".join(f"„{_short(s.text, 80)}“: {ratings.get(s.id, '–')}" for s in exercise.statements)
    if kind == "reflect":
        return str(answer.get("text") or "") or "kein Text"
    if kind == "compare":
        return "angesehen" if answer.get("viewed") is True else "nicht angesehen"
    return json.dumps(answer, ensure_ascii=False)[:2000]


def solution_lines(exercise: Any) -> list[str]:
    """The correct answer in words, for choice exercises whose solution the check did not reveal."""
    if getattr(exercise, "type", None) == "choice":
        return [f"„{o.text}“: {o.explanation}" for o in exercise.options if o.correct]
    return []


def _paragraphs(text: str) -> str:
    """Escaped text with blank lines as paragraph breaks (Markdown is shown as plain text, never rendered)."""
    parts = [p.strip() for p in re.split(r"\n\s*\n", str(text)) if p.strip()]
    return "".join(f"<p>{esc(p)}</p>" for p in parts)


def feedback_page(learner: Any, entries: list[dict[str, Any]], *, title: str | None, total: float,
                  max_total: float, file: str) -> str:
    """The whole page; ``entries`` come from ``grade.LearnerGrade.entries()``."""
    out = [
        "<!DOCTYPE html>",
        '<html lang="de"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Rückmeldung für {esc(learner)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Rückmeldung für {esc(learner)}</h1>",
    ]
    if title:
        out.append(f"<p>Aufgabe: <strong>{esc(title)}</strong></p>")
    out.append(f'<p class="score">Gesamt: {esc(num(total))} von {esc(num(max_total))} Punkten</p>')
    out.append(f"<p>Bewertet aus der Datei <code>{esc(file)}</code>. Jede Antwort wurde neu geprüft.</p>")
    for n, e in enumerate(entries, 1):
        head = f"Übung {n}: {e['title']} ({e['id']})" if e.get("title") else f"Übung {n} ({e['id']})"
        out.append(f"<section><h2>{esc(head)}</h2>")
        if e.get("prompt"):
            out.append(f'<div class="prompt">{_paragraphs(e["prompt"])}</div>')
        if e.get("problem"):
            out.append(f'<p class="missing">{esc(e["problem"])}</p>')
        if e.get("answer_text") is not None:
            out.append(f"<p><strong>Deine Antwort:</strong> {esc(e['answer_text'])}</p>")
        out.append(f'<p class="score">Punkte: {esc(num(e["score"]))} von {esc(num(e["max_points"]))}</p>')
        if e.get("summary"):
            out.append(f"<p>{esc(e['summary'])}</p>")
        if e.get("feedback"):
            out.append("<ul>" + "".join(f"<li>{esc(line)}</li>" for line in e["feedback"]) + "</ul>")
        if e.get("solution"):
            out.append('<div class="solution"><strong>Richtig wäre:</strong><ul>'
                       + "".join(f"<li>{esc(line)}</li>" for line in e["solution"]) + "</ul></div>")
        if e.get("explanation"):
            out.append(f'<div class="explanation"><strong>Erklärung:</strong> {_paragraphs(e["explanation"])}</div>')
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
