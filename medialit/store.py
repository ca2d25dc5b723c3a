"""The progress store: every submitted answer appended to SQLite at once, so no work is ever lost.

One file per learner (``MEDIALIT_HOME``/progress.sqlite3, default ``~/.medialit``). WAL mode and a busy
timeout let two notebooks write at once; each submission is its own transaction, so a killed kernel loses
nothing already submitted. A corrupted file is moved aside and a fresh store started. Export/import use the
JSON format of docs/architecture.md with a sha256 checksum.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from medialit import ui_text as T
from medialit.errors import StoreError, SubmissionError
from medialit.paths import medialit_home

FILE_NAME = "progress.sqlite3"
EXPORT_FORMAT = "medialit-export"
EXPORT_VERSION = 1
BUSY_TIMEOUT_MS = 30_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    exercise_id TEXT NOT NULL,
    article TEXT,
    answer TEXT NOT NULL,
    score REAL,
    max_points REAL,
    correct INTEGER,
    tries INTEGER NOT NULL,
    result TEXT NOT NULL DEFAULT '{}',
    submitted_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'kernel'
);
CREATE INDEX IF NOT EXISTS submissions_by_exercise ON submissions (exercise_id, submitted_at, id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
"""


@dataclass
class Submission:
    """One stored answer with the verdict it got when submitted."""

    exercise_id: str
    answer: dict[str, Any]
    tries: int
    submitted_at: str
    article: str | None = None
    score: float | None = None
    max_points: float | None = None
    correct: bool | None = None
    feedback: list[str] = field(default_factory=list)
    summary: str = ""
    solution_shown: bool = False
    id: int | None = None
    origin: str = "kernel"

    def export_record(self) -> dict[str, Any]:
        """The record of the export file (docs/architecture.md)."""
        return {"exercise_id": self.exercise_id, "article": self.article, "answer": self.answer,
                "score": self.score, "max_points": self.max_points, "tries": self.tries,
                "submitted_at": self.submitted_at}


def is_corruption(exc: sqlite3.DatabaseError) -> bool:
    """True when the file itself is unreadable (not a database, malformed, foreign tables), not a passing
    problem like a lock or a full disk: only then is the file moved aside."""
    if not isinstance(exc, sqlite3.OperationalError):
        return True
    msg = str(exc).lower()
    return any(s in msg for s in ("malformed", "not a database", "no such column", "no such table"))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def default_path() -> Path:
    return medialit_home() / FILE_NAME


class Store:
    """SQLite progress store; ``notice`` holds a German message when the file had to be recovered."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        self.notice: str | None = None
        self.moved_to: Path | None = None
        self.in_memory = False
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._open()

    # --- opening and recovery -------------------------------------------------------------------------
    def _connect(self, target: str) -> sqlite3.Connection:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def _init(self, conn: sqlite3.Connection) -> None:
        if not self.in_memory:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        row = conn.execute("PRAGMA quick_check").fetchone()
        if not row or row[0] != "ok":
            raise sqlite3.DatabaseError(f"quick_check: {row[0] if row else 'no answer'}")
        # Every column we read must be there (a foreign SQLite file is as bad as garbage).
        conn.execute("SELECT id, exercise_id, article, answer, score, max_points, correct, tries, result, "
                     "submitted_at, origin FROM submissions LIMIT 1").fetchall()

    def _open(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._connect(str(self.path))
        except (OSError, sqlite3.OperationalError) as exc:
            self._fallback(exc)
            return
        try:
            self._init(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            if is_corruption(exc):
                self._recover()
            elif "locked" in str(exc):
                raise StoreError(f"{self.path}: Der Speicher ist gesperrt ({exc}).") from None
            else:  # disk I/O, read-only, unable to open: keep the file as it is, keep answers in memory
                self._fallback(exc)
            return
        self._conn = conn

    def _fallback(self, exc: Exception) -> None:
        """The folder cannot be written: keep answers in memory for this session and say so."""
        self.notice = T.STORE_UNWRITABLE.format(path=self.path, why=getattr(exc, "strerror", None) or exc)
        self.in_memory = True
        conn = self._connect(":memory:")
        self._init(conn)
        self._conn = conn

    def _recover(self) -> None:
        """Move the unreadable file (and its -wal/-shm) aside and start a fresh store."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        moved = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, moved)
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(self.path.name + suffix)
                if side.exists():
                    os.replace(side, moved.with_name(moved.name + suffix))
        except OSError as exc:
            self._fallback(exc)
            return
        self.moved_to = moved
        conn = self._connect(str(self.path))
        self._init(conn)
        self._conn = conn
        self.notice = T.STORE_CORRUPT.format(moved=moved.name)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _run(self, fn):
        """Run ``fn(conn)``; if the file turned out corrupt meanwhile, recover once and retry."""
        with self._lock:
            if self._conn is None:
                self._open()
            try:
                return fn(self._conn)
            except sqlite3.DatabaseError as exc:
                if not is_corruption(exc):
                    raise StoreError(T.STORE_FAILED.format(why=exc)) from None
                if self._conn is not None:
                    self._conn.close()
                self._conn = None
                if self.in_memory:
                    raise StoreError(T.STORE_FAILED.format(why=exc)) from None
                self._recover()
                return fn(self._conn)

    # --- writing --------------------------------------------------------------------------------------
    def submit(self, exercise_id: str, answer: dict, result=None, *, article: str | None = None,
               tries: int | None = None, submitted_at: str | None = None, origin: str = "kernel") -> Submission:
        """Append one answer (and its ``CheckResult``) in its own transaction; ``tries`` defaults to count + 1."""
        if not isinstance(exercise_id, str) or not exercise_id:
            raise StoreError(f"Ungültige Übungs-ID {exercise_id!r}.")
        answer_json = json.dumps(answer, ensure_ascii=False, sort_keys=True)
        res = {}
        if result is not None:
            res = {"feedback": list(result.feedback), "summary": result.summary,
                   "solution_shown": bool(result.solution_shown)}
        sub = Submission(exercise_id, json.loads(answer_json), tries or 0, submitted_at or now_iso(), article,
                         None if result is None else float(result.score),
                         None if result is None else float(result.max_points),
                         None if result is None else bool(result.correct),
                         res.get("feedback", []), res.get("summary", ""), res.get("solution_shown", False),
                         origin=origin)

        def write(conn: sqlite3.Connection) -> Submission:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if not sub.tries:
                    (done,) = conn.execute("SELECT COALESCE(MAX(tries), 0) FROM submissions WHERE exercise_id = ?",
                                           (exercise_id,)).fetchone()
                    sub.tries = done + 1
                cur = conn.execute(
                    "INSERT INTO submissions (exercise_id, article, answer, score, max_points, correct, tries, "
                    "result, submitted_at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (exercise_id, article, answer_json, sub.score, sub.max_points,
                     None if sub.correct is None else int(sub.correct), sub.tries,
                     json.dumps(res, ensure_ascii=False), sub.submitted_at, origin))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            sub.id = cur.lastrowid
            return sub

        return self._run(write)

    # --- reading --------------------------------------------------------------------------------------
    @staticmethod
    def _row(row: tuple) -> Submission:
        (rid, ex_id, article, answer, score, max_points, correct, tries, result, submitted_at, origin) = row
        res = json.loads(result or "{}")
        return Submission(ex_id, json.loads(answer), tries, submitted_at, article, score, max_points,
                          None if correct is None else bool(correct), res.get("feedback", []),
                          res.get("summary", ""), bool(res.get("solution_shown", False)), rid, origin)

    _COLS = ("id, exercise_id, article, answer, score, max_points, correct, tries, result, submitted_at, origin")

    def latest(self, exercise_id: str) -> Submission | None:
        """The learner's current answer: the most recent submission for ``exercise_id``."""
        row = self._run(lambda c: c.execute(
            f"SELECT {self._COLS} FROM submissions WHERE exercise_id = ? ORDER BY submitted_at DESC, id DESC "
            "LIMIT 1", (exercise_id,)).fetchone())
        return self._row(row) if row else None

    def history(self, exercise_id: str) -> list[Submission]:
        rows = self._run(lambda c: c.execute(
            f"SELECT {self._COLS} FROM submissions WHERE exercise_id = ? ORDER BY submitted_at, id",
            (exercise_id,)).fetchall())
        return [self._row(r) for r in rows]

    def tries(self, exercise_id: str) -> int:
        """How many times ``exercise_id`` was submitted (imported answers count with their own tries)."""
        return self._run(lambda c: c.execute("SELECT COALESCE(MAX(tries), 0) FROM submissions WHERE exercise_id = ?",
                                             (exercise_id,)).fetchone()[0])

    def all_latest(self) -> dict[str, Submission]:
        """The latest submission of every exercise, by exercise id."""
        rows = self._run(lambda c: c.execute(
            f"SELECT {self._COLS} FROM submissions ORDER BY submitted_at, id").fetchall())
        out: dict[str, Submission] = {}
        for r in rows:
            sub = self._row(r)
            out[sub.exercise_id] = sub
        return out

    def count(self) -> int:
        return self._run(lambda c: c.execute("SELECT COUNT(*) FROM submissions").fetchone()[0])

    # --- export / import ------------------------------------------------------------------------------
    def export_data(self, learner: str | None = None, assignment: str | None = None) -> dict[str, Any]:
        """The export object (latest answer per exercise) with its checksum."""
        data = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "learner": learner or default_learner(),
                "assignment": assignment, "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "answers": [s.export_record() for s in self.all_latest().values()]}
        data["checksum"] = checksum(data)
        return data

    def export_file(self, folder: str | Path = ".", learner: str | None = None,
                    assignment: str | None = None) -> Path:
        """Write ``medialit-export-<learner>-<date>.json`` into ``folder``; return its path."""
        data = self.export_data(learner, assignment)
        path = Path(folder) / export_file_name(data["learner"])
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, path)
        return path

    def import_data(self, data: Any, *, name: str = "Export") -> tuple[int, int]:
        """Validate an export object and append its answers; return (imported, already present)."""
        records = read_export(data, name=name)
        have = {(s.exercise_id, s.submitted_at, json.dumps(s.answer, sort_keys=True, ensure_ascii=False))
                for ex in {r["exercise_id"] for r in records} for s in self.history(ex)}
        added = skipped = 0
        for r in records:
            key = (r["exercise_id"], r["submitted_at"], json.dumps(r["answer"], sort_keys=True, ensure_ascii=False))
            if key in have:
                skipped += 1
                continue
            self.submit(r["exercise_id"], r["answer"], _stored_result(r), article=r.get("article"),
                        tries=r.get("tries") or 1, submitted_at=r["submitted_at"], origin="import")
            have.add(key)
            added += 1
        return added, skipped

    def import_bytes(self, raw: bytes, *, name: str = "Export") -> tuple[int, int]:
        """Import from the bytes of an uploaded export file (errors name the file)."""
        return self.import_data(parse_export(raw, name=name), name=name)

    def import_file(self, path: str | Path) -> tuple[int, int]:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise SubmissionError(f"{path}: kann nicht gelesen werden ({exc.strerror}).") from None
        return self.import_bytes(raw, name=path.name)


def _stored_result(record: dict):
    """The ``CheckResult`` an exported record carries (score and points only), or None when it has none."""
    from medialit.exercises.checkers import CheckResult

    if record.get("score") is None or record.get("max_points") is None:
        return None
    score, mx = float(record["score"]), float(record["max_points"])
    return CheckResult(score, mx, mx > 0 and score >= mx)


# --- the export format ----------------------------------------------------------------------------------
def canonical_json(obj: Any, *, ensure_ascii: bool = False) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=ensure_ascii).encode("utf-8")


def checksum(data: dict[str, Any]) -> str:
    """``sha256:<hex>`` of the canonical JSON (sorted keys, no spaces, UTF-8) of ``data`` without 'checksum'."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return "sha256:" + hashlib.sha256(canonical_json(body)).hexdigest()


def checksum_ok(data: dict[str, Any]) -> bool:
    """True when the checksum matches (also accepts the ASCII-escaped canonical form)."""
    got = data.get("checksum")
    body = {k: v for k, v in data.items() if k != "checksum"}
    return got in (checksum(data), "sha256:" + hashlib.sha256(canonical_json(body, ensure_ascii=True)).hexdigest())


def parse_export(raw: bytes | str, *, name: str = "Export") -> Any:
    try:
        return json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        why = f"Zeile {exc.lineno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else "nicht UTF-8"
        raise SubmissionError(T.IMPORT_NOT_JSON.format(name=name, why=why)) from None


def read_export(data: Any, *, name: str = "Export") -> list[dict[str, Any]]:
    """Check format, version, checksum and every answer record; return the records or raise SubmissionError."""
    if not isinstance(data, dict):
        raise SubmissionError(T.IMPORT_BAD_FORMAT.format(name=name, got=type(data).__name__))
    if data.get("format") != EXPORT_FORMAT:
        raise SubmissionError(T.IMPORT_BAD_FORMAT.format(name=name, got=data.get("format")))
    if data.get("version") != EXPORT_VERSION:
        raise SubmissionError(T.IMPORT_BAD_VERSION.format(name=name, got=data.get("version"), want=EXPORT_VERSION))
    if not data.get("checksum"):
        raise SubmissionError(T.IMPORT_NO_CHECKSUM.format(name=name))
    if not checksum_ok(data):
        raise SubmissionError(T.IMPORT_BAD_CHECKSUM.format(name=name))
    answers = data.get("answers")
    if not isinstance(answers, list):
        raise SubmissionError(T.IMPORT_BAD_ANSWER.format(name=name, n=0, why="'answers' ist keine Liste"))
    for n, rec in enumerate(answers, start=1):
        why = _record_problem(rec)
        if why:
            raise SubmissionError(T.IMPORT_BAD_ANSWER.format(name=name, n=n, why=why))
    return answers


def _record_problem(rec: Any) -> str | None:
    if not isinstance(rec, dict):
        return "kein JSON-Objekt"
    if not isinstance(rec.get("exercise_id"), str) or not rec["exercise_id"]:
        return "'exercise_id' fehlt"
    if not isinstance(rec.get("answer"), dict):
        return "'answer' fehlt oder ist kein Objekt"
    if not isinstance(rec.get("submitted_at"), str):
        return "'submitted_at' fehlt"
    tries = rec.get("tries", 1)
    if not isinstance(tries, int) or isinstance(tries, bool) or tries < 1:
        return "'tries' muss eine Zahl ≥ 1 sein"
    for key in ("score", "max_points"):
        val = rec.get(key)
        if val is not None and (not isinstance(val, (int, float)) or isinstance(val, bool)):
            return f"'{key}' muss eine Zahl sein"
    return None


def default_learner() -> str:
    return os.environ.get("MEDIALIT_LEARNER") or os.environ.get("JUPYTERHUB_USER") or "anonym"


def export_file_name(learner: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9_-]+", "-", learner.strip()).strip("-")[:40] or "anonym"
    return f"medialit-export-{slug}-{datetime.now(UTC).date().isoformat()}.json"


# --- per-lesson progress ---------------------------------------------------------------------------------
def progress_rows(store: Store, bank=None) -> list[dict[str, Any]]:
    """Per lesson: number of exercises, done, correct, points and maximum points (latest answers)."""
    if bank is None:
        from medialit.exercises import bank as load

        bank = load()
    latest = store.all_latest()
    rows: dict[int, dict[str, Any]] = {}
    for ex in bank.exercises.values():
        lesson = ex.lesson if ex.lesson is not None else -1
        row = rows.setdefault(lesson, {"lesson": lesson, "title": bank.titles.get(lesson, ""), "exercises": 0,
                                       "done": 0, "correct": 0, "points": 0.0, "max_points": 0.0})
        row["exercises"] += 1
        row["max_points"] += float(ex.points)
        sub = latest.get(ex.store_key)
        if sub is not None:
            row["done"] += 1
            row["correct"] += int(bool(sub.correct))
            row["points"] += float(sub.score or 0.0)
    return [rows[k] for k in sorted(rows)]


_DEFAULT: dict[Path, Store] = {}


def default_store() -> Store:
    """The store at the current ``MEDIALIT_HOME`` (one per path and process)."""
    path = default_path()
    store = _DEFAULT.get(path)
    if store is None:
        store = _DEFAULT[path] = Store(path)
    return store


__all__ = ["Store", "Submission", "StoreError", "checksum", "checksum_ok", "default_store", "progress_rows",
           "read_export", "parse_export"]
