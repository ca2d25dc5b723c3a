"""Data for the class dashboard: scores, correct rate per exercise, most chosen wrong answers, completion.

``load(folder)`` grades a folder of exports (re-checking every answer, like ``medialit grade``) and returns a
``ClassData`` whose methods give exactly the inputs of the instructor charts in ``medialit.charts``.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit.instructor.feedback import num
from medialit.instructor.grade import GradeReport, LearnerGrade, grade_class
from medialit.instructor.manifest import Manifest, load_manifest


@dataclass
class ClassData:
    """A graded class (valid submissions only) plus the files that could not be read."""

    report: GradeReport
    manifest: Manifest | None = None
    folder: str = ""
    _lessons: dict[str, int | None] = field(default_factory=dict)

    @property
    def learners(self) -> list[LearnerGrade]:
        return self.report.learners

    @property
    def max_points(self) -> float:
        return max((lg.max_total for lg in self.learners), default=0.0)

    def scores(self) -> list[float]:
        """Each learner's total points (input of ``charts.score_distribution``)."""
        return [lg.total for lg in self.learners]

    def correct_rates(self) -> dict[str, tuple[int, int]]:
        """Per exercise: (learners with a fully correct answer, learners in the class)."""
        out: dict[str, tuple[int, int]] = {}
        for i, key in enumerate(self.report.columns):
            grades = [lg.grades[i] for lg in self.learners]
            if grades and grades[0].exercise is not None and grades[0].max_points > 0:
                out[key] = (sum(g.correct for g in grades), len(grades))
        return out

    def wrong_options(self, top: int = 10) -> list[dict[str, Any]]:
        """The wrong answers chosen most often, with their texts: choice options and misplaced sort items."""
        counts: Counter[tuple[str, str, str]] = Counter()
        for lg in self.learners:
            for g in lg.grades:
                ex, ans = g.exercise, g.answer
                if ex is None or ans is None:
                    continue
                if ex.type == "choice":
                    chosen = ans.answer.get("selected") or []
                    chosen = [chosen] if isinstance(chosen, str) else chosen
                    for o in ex.options:
                        if not o.correct and o.id in chosen:
                            counts[(g.exercise_id, o.id, o.text)] += 1
                elif ex.type == "sort":
                    assign = ans.answer.get("assign") or {}
                    labels = {c.id: c.label for c in ex.categories}
                    for item in ex.items:
                        got = assign.get(item.id) if isinstance(assign, dict) else None
                        if got in labels and got != item.category:
                            counts[(g.exercise_id, f"{item.id}→{got}", f"„{item.text}“ → {labels[got]}")] += 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return [{"exercise": ex, "option": opt, "text": text, "count": n} for (ex, opt, text), n in ranked]

    def _lesson_of(self, key: str) -> int | None:
        if key not in self._lessons:
            from medialit.errors import MedialitError
            from medialit.exercises import get_exercise

            try:
                self._lessons[key] = get_exercise(key).lesson
            except MedialitError:
                self._lessons[key] = None
        return self._lessons[key]

    def completion(self) -> dict[int, tuple[int, int]]:
        """Per lesson: (answers given, answers expected = learners × exercises of the lesson).

        With a manifest the assignment's exercises count; without one every exercise of the bank does.
        """
        if self.manifest is not None:
            per_lesson: dict[int, list[str]] = {}
            for item in self.manifest.exercises:
                lesson = item.lesson if item.lesson is not None else self._lesson_of(item.id)
                if lesson is not None:
                    per_lesson.setdefault(lesson, []).append(item.id)
        else:
            from medialit.exercises import bank

            per_lesson = {}
            for ex in bank().exercises.values():
                if ex.lesson is not None:
                    per_lesson.setdefault(ex.lesson, []).append(ex.store_key)
        from medialit.instructor.grade import answer_key

        answered = [{answer_key(a) for a in lg.submission.answers.values()} for lg in self.learners]
        out = {}
        for lesson in sorted(per_lesson):
            keys = per_lesson[lesson]
            done = sum(1 for got in answered for k in keys if k in got)
            out[lesson] = (done, len(keys) * len(self.learners))
        return out

    def lesson_titles(self) -> dict[int, str]:
        from medialit.exercises import bank

        return dict(bank().titles)

    # --- tables -----------------------------------------------------------------------------------------
    def table_rows(self) -> list[list[str]]:
        """One row per learner: name, points per exercise („–“ = not answered), total."""
        rows = []
        for lg in self.learners:
            cells = [num(g.score) if g.answered and g.exercise is not None else "–" for g in lg.grades]
            rows.append([lg.learner, *cells, f"{num(lg.total)} / {num(lg.max_total)}"])
        return rows

    def table(self):
        """The class as an HTML table (escaped): who scored what on which exercise."""
        from IPython.display import HTML

        head = ["Lernende*r", *self.report.columns, "Summe"]
        parts = ['<table class="medialit-table"><caption>Punkte pro Lernende*r und Aufgabe</caption><thead><tr>']
        parts += [f'<th scope="col">{html.escape(h)}</th>' for h in head]
        parts.append("</tr></thead><tbody>")
        for row in self.table_rows():
            parts.append(f'<tr><th scope="row">{html.escape(row[0])}</th>'
                         + "".join(f"<td>{html.escape(c)}</td>" for c in row[1:]) + "</tr>")
        parts.append("</tbody></table>")
        return HTML("".join(parts))

    def summary_text(self) -> str:
        n = len(self.learners)
        text = (f"{n} Abgabe{'n' if n != 1 else ''} bewertet aus „{self.folder}“"
                + (f" für die Aufgabe „{self.report.title or self.report.assignment}“" if self.report.assignment
                   else "") + f"; {len(self.report.rejected)} Datei(en) nicht bewertet.")
        return text

    def summary(self):
        """How many submissions were graded and which files were rejected, and why (escaped HTML)."""
        from IPython.display import HTML

        parts = [f"<p>{html.escape(self.summary_text())}</p>"]
        if self.report.rejected:
            parts.append("<ul>" + "".join(f"<li><code>{html.escape(r.path.name)}</code>: {html.escape(r.reason)}</li>"
                                          for r in self.report.rejected) + "</ul>")
        return HTML("".join(parts))


def load(folder: str | Path, manifest: str | Path | None = None) -> ClassData:
    """Grade every export in ``folder`` (and use ``manifest.json`` from there or the given one if present)."""
    folder = Path(folder)
    man = None
    if manifest is not None:
        man = load_manifest(manifest)
    elif (folder / "manifest.json").is_file():
        man = load_manifest(folder / "manifest.json")
    inputs = [p for p in sorted(folder.rglob("*.json")) if p.name != "manifest.json"] if folder.is_dir() else [folder]
    report = grade_class(inputs, manifest=man)
    return ClassData(report, man, str(folder))
