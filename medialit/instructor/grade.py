"""Grade a class: re-check every exported answer against the bank and write ``grades.csv`` + feedback pages.

Stored scores in an export are never trusted: each raw answer is checked again with
``medialit.exercises.check``. Broken files are reported with their reason; the others are still graded.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit.errors import MedialitError
from medialit.instructor.feedback import describe_answer, feedback_page, num, solution_lines
from medialit.instructor.manifest import Manifest
from medialit.instructor.submissions import Answer, Rejected, Submission, read_all

Progress = Callable[[str, int, int, str], None]
"""``progress(stage, done, total, name)``; stage is „Gelesen“ (files read) or „Bewertet“ (learners graded)."""


@dataclass
class ExerciseGrade:
    """One exercise for one learner: the answer (or None), the fresh check result, or why it was not graded."""

    exercise_id: str
    exercise: Any = None
    answer: Answer | None = None
    result: Any = None
    problem: str | None = None

    @property
    def score(self) -> float:
        return float(self.result.score) if self.result is not None else 0.0

    @property
    def max_points(self) -> float:
        if self.exercise is not None:
            return float(self.exercise.points)
        return float(self.result.max_points) if self.result is not None else 0.0

    @property
    def answered(self) -> bool:
        return self.answer is not None

    @property
    def correct(self) -> bool:
        return bool(self.result is not None and self.result.correct)


@dataclass
class LearnerGrade:
    """A learner's grades over the assignment's exercises."""

    submission: Submission
    grades: list[ExerciseGrade] = field(default_factory=list)

    @property
    def learner(self) -> str:
        return self.submission.learner

    @property
    def total(self) -> float:
        return round(sum(g.score for g in self.grades), 4)

    @property
    def max_total(self) -> float:
        return round(sum(g.max_points for g in self.grades), 4)

    def entries(self) -> list[dict[str, Any]]:
        """What the feedback page shows per exercise."""
        out = []
        for g in self.grades:
            ex = g.exercise
            entry: dict[str, Any] = {
                "id": g.exercise_id, "title": getattr(ex, "title", None) or "",
                "prompt": getattr(ex, "prompt", ""), "score": g.score, "max_points": g.max_points,
                "problem": g.problem, "answer_text": None, "summary": "", "feedback": [], "solution": [],
                "explanation": getattr(ex, "explanation", None),
            }
            if g.answer is not None and ex is not None:
                entry["answer_text"] = describe_answer(ex, g.answer.answer)
            if g.result is not None:
                entry["summary"] = g.result.summary
                entry["feedback"] = list(g.result.feedback)
                if not g.result.correct and not g.result.solution_shown:
                    # The learner saw "try again"; after the deadline the page says so plainly and shows the key.
                    entry["summary"] = (f"Nicht richtig: {num(g.score)} von {num(g.max_points)} Punkten. Die "
                                        "richtige Antwort steht unten.")
                    entry["solution"] = solution_lines(ex)
            out.append(entry)
        return out


@dataclass
class GradeReport:
    """Everything one grading run produced."""

    columns: list[str]
    learners: list[LearnerGrade]
    rejected: list[Rejected]
    assignment: str | None = None
    title: str | None = None
    files: list[Path] = field(default_factory=list)


class _Exercises:
    """Resolve exercise ids (bank or ``auto-…@article``) once per run; remember why one cannot be found."""

    def __init__(self) -> None:
        self._cache: dict[str, tuple[Any, str | None]] = {}

    def get(self, key: str) -> tuple[Any, str | None]:
        if key not in self._cache:
            from medialit.exercises import get_exercise

            try:
                self._cache[key] = (get_exercise(key), None)
            except MedialitError as exc:
                self._cache[key] = (None, f"Übung {key!r} kann nicht bewertet werden: {exc}")
        return self._cache[key]


def answer_key(answer: Answer) -> str:
    """The store key of an answer: ``auto-…`` exercises are per article (``auto-…@<article>``)."""
    if answer.exercise_id.startswith("auto-") and "@" not in answer.exercise_id and answer.article:
        return f"{answer.exercise_id}@{answer.article}"
    return answer.exercise_id


def grade_learner(sub: Submission, columns: list[str], exercises: _Exercises | None = None) -> LearnerGrade:
    """Check each of ``columns`` for one submission; a missing answer scores 0 and says so."""
    from medialit.exercises import check

    exercises = exercises or _Exercises()
    answers = {answer_key(a): a for a in sub.answers.values()}
    out = LearnerGrade(sub)
    for key in columns:
        ex, problem = exercises.get(key)
        g = ExerciseGrade(key, ex, answers.get(key), problem=problem)
        if ex is not None and g.answer is None:
            g.problem = "Keine Antwort abgegeben (not answered)."
        elif ex is not None and g.answer is not None:
            try:
                g.result = check(ex, g.answer.answer, g.answer.tries)
            except (MedialitError, ValueError, TypeError, KeyError, IndexError, AttributeError) as exc:
                g.problem = f"Die Antwort passt nicht zur Übung und zählt 0 Punkte ({exc})."
        out.grades.append(g)
    return out


def columns_for(submissions: Iterable[Submission], manifest: Manifest | None) -> list[str]:
    """The assignment's exercises (manifest order), or every answered exercise (sorted) without a manifest."""
    if manifest is not None:
        return manifest.ids
    keys = {answer_key(a) for s in submissions for a in s.answers.values()}
    return sorted(keys)


def _majority_assignment(subs: list[Submission]) -> str | None:
    counts: dict[str | None, int] = {}
    for s in subs:
        counts[s.assignment] = counts.get(s.assignment, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def grade_class(inputs: Iterable[str | Path], *, manifest: Manifest | None = None,
                progress: Progress | None = None) -> GradeReport:
    """Read and check every submission; without a manifest the most common assignment id counts as 'ours'."""
    assignment = manifest.id if manifest is not None else None
    read_progress = (lambda done, total, path: progress("Gelesen", done, total, path.name)) if progress else None
    subs, rejected = read_all(inputs, assignment=assignment, progress=read_progress)
    if manifest is None and subs:
        assignment = _majority_assignment(subs)
        foreign = [s for s in subs if s.assignment != assignment]
        for s in foreign:
            rejected.append(Rejected(s.path, f"gehört zu einer anderen Aufgabe ({s.assignment!r} statt "
                                             f"{assignment!r}) (foreign assignment)."))
        subs = [s for s in subs if s.assignment == assignment]
    columns = columns_for(subs, manifest)
    cache = _Exercises()
    learners = []
    for n, sub in enumerate(subs, 1):
        learners.append(grade_learner(sub, columns, cache))
        if progress is not None:
            progress("Bewertet", n, len(subs), sub.learner)
    return GradeReport(columns, learners, rejected, assignment, manifest.title if manifest else None)


# --- writing ----------------------------------------------------------------------------------------------
def _cell(value: str) -> str:
    """Keep spreadsheet programs from running a cell as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _fmt(value: float) -> str:
    value = round(float(value), 2)
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0")


def write_csv(report: GradeReport, path: Path) -> Path:
    """``grades.csv``: one row per learner, one column per exercise (empty = not answered), total, maximum."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["learner", *report.columns, "total", "max_points", "file"])
        for lg in report.learners:
            cells = [_fmt(g.score) if g.answered and g.exercise is not None else "" for g in lg.grades]
            writer.writerow([_cell(lg.learner), *cells, _fmt(lg.total), _fmt(lg.max_total),
                             _cell(lg.submission.path.name)])
    return path


def write_rejected(report: GradeReport, path: Path) -> Path:
    """``rejected.csv``: each file that was not graded, with the reason."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "reason"])
        for r in report.rejected:
            writer.writerow([_cell(str(r.path)), _cell(r.reason)])
    return path


def feedback_name(learner: str, taken: set[str]) -> str:
    """A safe, unique file name for a learner's page (no path separators, no dots at the start)."""
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", learner.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                  .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")).strip("-")[:60]
    base = f"feedback-{base or 'lernende'}"
    name, n = f"{base}.html", 2
    while name.lower() in taken:
        name, n = f"{base}-{n}.html", n + 1
    taken.add(name.lower())
    return name


def write_outputs(report: GradeReport, out: str | Path) -> list[Path]:
    """Write ``grades.csv``, ``rejected.csv`` and ``feedback-<learner>.html`` into ``out``."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = [write_csv(report, out / "grades.csv"), write_rejected(report, out / "rejected.csv")]
    taken: set[str] = set()
    for lg in report.learners:
        page = feedback_page(lg.learner, lg.entries(), title=report.title or report.assignment, total=lg.total,
                             max_total=lg.max_total, file=lg.submission.path.name)
        path = out / feedback_name(lg.learner, taken)
        path.write_text(page, encoding="utf-8")
        files.append(path)
    report.files = files
    return files


def grade(inputs: Iterable[str | Path], out: str | Path, *, manifest: Manifest | None = None,
          progress: Progress | None = None) -> GradeReport:
    """Grade every submission in ``inputs`` (files or folders) and write the results into ``out``."""
    report = grade_class(inputs, manifest=manifest, progress=progress)
    write_outputs(report, out)
    return report
