"""Read learners' export files (``medialit-export`` JSON) safely: every defect is named, nothing is executed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit.store import checksum_ok

EXPORT_FORMAT = "medialit-export"
EXPORT_VERSION = 1
MAX_SUBMISSION_BYTES = 5_000_000
"""A class's export is a few kilobytes; anything above 5 MB is not an export."""
MAX_ANSWERS = 2_000
MAX_ANSWER_CHARS = 50_000
"""One answer (a reflection text, a list of marks) is at most a few kilobytes; far larger ones are rejected so a
crafted file cannot make grading slow."""


@dataclass
class Answer:
    """One learner answer as exported (raw: it is re-checked, its stored score is not trusted)."""

    exercise_id: str
    answer: dict[str, Any]
    tries: int = 1
    article: str | None = None
    submitted_at: str = ""


@dataclass
class Submission:
    """A valid export file: who, for which assignment, and the latest answer per exercise."""

    path: Path
    learner: str
    assignment: str | None
    exported_at: str
    answers: dict[str, Answer] = field(default_factory=dict)
    digest: str = ""


@dataclass
class Rejected:
    """A file that cannot be graded, with the German (+English) reason."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class _Bad(Exception):
    """Internal: the file is unusable for the given reason."""


def collect_files(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Rejected]]:
    """Expand files and folders (recursively, ``*.json``) into a sorted, de-duplicated list of files."""
    files: list[Path] = []
    problems: list[Rejected] = []
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not found:
                problems.append(Rejected(path, "Ordner enthält keine .json-Dateien (folder has no .json files)."))
        elif path.is_file():
            found = [path]
        else:
            problems.append(Rejected(path, "Datei oder Ordner nicht gefunden (not found)."))
            continue
        for file in found:
            key = file.resolve()
            if key in seen:
                problems.append(Rejected(file, "doppelt angegeben — wird nur einmal bewertet (given twice)."))
                continue
            seen.add(key)
            files.append(file)
    return files, problems


def read_submission(path: Path) -> Submission:
    """Parse and check one export file; raise ``SubmissionError`` naming the file and what is wrong."""
    from medialit.errors import SubmissionError

    try:
        return _read(path)
    except _Bad as exc:
        raise SubmissionError(f"{path}: {exc}") from None


def _read(path: Path) -> Submission:
    try:
        size = path.stat().st_size
        if size > MAX_SUBMISSION_BYTES:
            raise _Bad(f"zu groß ({size} Bytes; höchstens {MAX_SUBMISSION_BYTES}) — keine medialit-Exportdatei "
                       "(file too large).")
        raw = path.read_bytes()
    except OSError as exc:
        raise _Bad(f"kann nicht gelesen werden ({exc.strerror}) (cannot be read).") from None
    digest = hashlib.sha256(raw).hexdigest()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _Bad(f"ist nicht UTF-8-kodiert (Byte {exc.start}) — keine Exportdatei (not UTF-8).") from None
    if not text.strip():
        raise _Bad("ist leer (empty file).")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string") or exc.pos >= len(text.rstrip()) - 1:
            raise _Bad(f"ist abgeschnitten: die JSON-Daten enden mitten drin (Zeile {exc.lineno}) — die Datei "
                       "wurde wohl nicht vollständig gespeichert oder hochgeladen (truncated JSON).") from None
        raise _Bad(f"ist kein gültiges JSON: {exc.msg} in Zeile {exc.lineno}, Spalte {exc.colno} "
                   "(malformed JSON).") from None
    except RecursionError:
        raise _Bad("ist zu tief verschachtelt — keine Exportdatei (nested too deeply).") from None
    if not isinstance(data, dict):
        raise _Bad(f"enthält {type(data).__name__} statt eines JSON-Objekts — keine Exportdatei (not an object).")
    fmt = data.get("format")
    if fmt != EXPORT_FORMAT:
        raise _Bad(f"falsches Format {fmt!r}, erwartet {EXPORT_FORMAT!r} (wrong format).")
    version = data.get("version")
    if version != EXPORT_VERSION:
        raise _Bad(f"Version {version!r} wird nicht unterstützt, erwartet {EXPORT_VERSION} (unsupported version).")
    checksum = data.get("checksum")
    if not isinstance(checksum, str) or not checksum:
        raise _Bad("die Prüfsumme ('checksum') fehlt — Datei unvollständig oder von Hand gebaut (checksum missing).")
    if not checksum_ok(data):
        raise _Bad("die Prüfsumme stimmt nicht: die Datei wurde nach dem Export verändert (checksum mismatch, "
                   "tampered).")
    learner = data.get("learner")
    if not isinstance(learner, str) or not learner.strip():
        raise _Bad("Feld 'learner' fehlt oder ist leer (learner missing).")
    assignment = data.get("assignment")
    if assignment is not None and not isinstance(assignment, str):
        raise _Bad("Feld 'assignment' muss Text oder null sein (assignment must be a string or null).")
    exported_at = data.get("exported_at", "")
    if not isinstance(exported_at, str):
        raise _Bad("Feld 'exported_at' muss Text sein (exported_at must be a string).")
    answers = data.get("answers")
    if not isinstance(answers, list):
        raise _Bad("Feld 'answers' fehlt oder ist keine Liste (answers must be a list).")
    if len(answers) > MAX_ANSWERS:
        raise _Bad(f"enthält {len(answers)} Antworten, höchstens {MAX_ANSWERS} sind plausibel (too many answers).")
    latest: dict[str, Answer] = {}
    for i, item in enumerate(answers):
        ans = _answer(item, i)
        prev = latest.get(ans.exercise_id)
        if prev is None or ans.submitted_at >= prev.submitted_at:
            latest[ans.exercise_id] = ans
    return Submission(path, learner.strip(), assignment, exported_at, latest, digest)


def _answer(item: Any, i: int) -> Answer:
    where = f"answers[{i}]"
    if not isinstance(item, dict):
        raise _Bad(f"{where} ist kein Objekt (answer is not an object).")
    ex_id = item.get("exercise_id")
    if not isinstance(ex_id, str) or not ex_id:
        raise _Bad(f"{where}: Feld 'exercise_id' fehlt (exercise_id missing).")
    answer = item.get("answer")
    if not isinstance(answer, dict):
        raise _Bad(f"{where} ({ex_id}): Feld 'answer' muss ein Objekt sein (answer must be an object).")
    if len(json.dumps(answer, ensure_ascii=False)) > MAX_ANSWER_CHARS:
        raise _Bad(f"{where} ({ex_id}): Die Antwort ist unplausibel groß (mehr als {MAX_ANSWER_CHARS} Zeichen) "
                   "(answer too large).")
    tries = item.get("tries", 1)
    if isinstance(tries, bool) or not isinstance(tries, int) or tries < 0:
        raise _Bad(f"{where} ({ex_id}): Feld 'tries' muss eine ganze Zahl ≥ 0 sein (tries must be an integer).")
    article = item.get("article")
    if article is not None and not isinstance(article, str):
        raise _Bad(f"{where} ({ex_id}): Feld 'article' muss Text sein (article must be a string).")
    submitted = item.get("submitted_at", "")
    if not isinstance(submitted, str):
        raise _Bad(f"{where} ({ex_id}): Feld 'submitted_at' muss Text sein (submitted_at must be a string).")
    return Answer(ex_id, answer, max(tries, 1), article, submitted)


def read_all(
    inputs: Iterable[str | Path],
    *,
    assignment: str | None = None,
    progress: Any = None,
) -> tuple[list[Submission], list[Rejected]]:
    """Read every file; return the gradable submissions and the rejected files with reasons.

    ``assignment``: the expected assignment id; exports of another assignment are rejected as foreign.
    Two files of the same learner: the newer export is graded, the older is reported as a duplicate.
    ``progress(done, total, path)`` is called after each file.
    """
    files, rejected = collect_files(inputs)
    good: list[Submission] = []
    by_digest: dict[str, Submission] = {}
    for n, path in enumerate(files, 1):
        try:
            sub = _read(path)
        except _Bad as exc:
            rejected.append(Rejected(path, str(exc)))
        else:
            if sub.digest in by_digest:
                rejected.append(Rejected(path, f"doppelt: gleicher Inhalt wie {by_digest[sub.digest].path} "
                                               "(duplicate file)."))
            elif assignment is not None and sub.assignment != assignment:
                rejected.append(Rejected(path, f"gehört zu einer anderen Aufgabe ({sub.assignment!r} statt "
                                               f"{assignment!r}) (foreign assignment)."))
            else:
                by_digest[sub.digest] = sub
                good.append(sub)
        if progress is not None:
            progress(n, len(files), path)
    kept: dict[str, Submission] = {}
    for sub in good:
        other = kept.get(sub.learner)
        if other is None:
            kept[sub.learner] = sub
            continue
        newer, older = (sub, other) if sub.exported_at >= other.exported_at else (other, sub)
        kept[sub.learner] = newer
        rejected.append(Rejected(older.path, f"doppelt: {sub.learner!r} hat auch {newer.path} abgegeben; der "
                                             "neuere Export wird bewertet (duplicate learner, older export)."))
    order = {id(s): i for i, s in enumerate(good)}
    return sorted(kept.values(), key=lambda s: order[id(s)]), rejected
