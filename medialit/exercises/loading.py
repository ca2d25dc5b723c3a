"""Load and validate a folder of exercise files; every error names file, exercise id and field."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from medialit.article import current_article_id
from medialit.errors import ArticleError, ExerciseError
from medialit.exercises.schema import (
    EXERCISE_ADAPTER,
    EXERCISE_TYPES,
    AnyExercise,
    CompareExercise,
    ExerciseFile,
    MarkExercise,
)
from medialit.paths import exercises_dir

_PYDANTIC_MESSAGES = {
    "missing": "fehlt (missing)",
    "extra_forbidden": "unbekanntes Feld (unknown field)",
    "string_type": "muss ein Text sein (expected text)",
    "string_too_short": "darf nicht leer sein (must not be empty)",
    "too_short": "hat zu wenige Einträge (too few entries)",
    "bool_type": "muss true oder false sein (expected true/false)",
    "bool_parsing": "muss true oder false sein (expected true/false)",
    "int_type": "muss eine ganze Zahl sein (expected an integer)",
    "int_parsing": "muss eine ganze Zahl sein (expected an integer)",
    "int_from_float": "muss eine ganze Zahl sein (expected an integer)",
    "float_type": "muss eine Zahl sein (expected a number)",
    "float_parsing": "muss eine Zahl sein (expected a number)",
    "list_type": "muss eine Liste sein (expected a list)",
    "dict_type": "muss eine Zuordnung (key: value) sein (expected a mapping)",
    "model_type": "muss eine Zuordnung (key: value) sein (expected a mapping)",
    "model_attributes_type": "muss eine Zuordnung (key: value) sein (expected a mapping)",
    "string_pattern_mismatch": "hat ein ungültiges Format: erlaubt sind Kleinbuchstaben, Ziffern und - "
                               "(invalid id: ^[a-z0-9][a-z0-9-]*$)",
}


@dataclass
class Bank:
    """All exercises of a folder, plus the errors found; ``exercises`` holds only the valid ones."""

    folder: Path
    exercises: dict[str, AnyExercise] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    titles: dict[int, str] = field(default_factory=dict)
    broken_ids: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors

    def by_lesson(self, lesson: int) -> list[AnyExercise]:
        return [e for e in self.exercises.values() if e.lesson == lesson]


def _field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _translate(err: dict, *, strip_tag: bool) -> tuple[str, str]:
    """One pydantic error as (field path, German+English message)."""
    loc = tuple(err.get("loc", ()))
    if strip_tag and loc and loc[0] in EXERCISE_TYPES:
        loc = loc[1:]
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "value_error":
        msg = str(ctx.get("error", err.get("msg", "")))
        head, sep, rest = msg.partition(": ")
        base = _field_path(loc)
        if sep and " " not in head:
            return (f"{base}.{head}" if base else head), rest
        return base, msg
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace(" or ", ", ")
        return _field_path(loc), f"ungültiger Wert {err.get('input')!r} (erlaubt: {allowed})"
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        got = err.get("input", {}).get("type") if isinstance(err.get("input"), dict) else None
        if got is None:
            return "type", "fehlt (missing; erlaubt: " + ", ".join(EXERCISE_TYPES) + ")"
        return "type", f"unbekannter Übungstyp {got!r} (unknown type; erlaubt: {', '.join(EXERCISE_TYPES)})"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = next(iter(ctx.values()), "?")
        sign = {"greater_than_equal": "≥", "greater_than": ">", "less_than_equal": "≤", "less_than": "<"}[kind]
        return _field_path(loc), f"muss {sign} {bound} sein, ist {err.get('input')!r}"
    if kind == "string_type" and isinstance(err.get("input"), dict):
        return _field_path(loc), ("muss ein Text sein, ist aber eine Zuordnung – steht darin „: “? Dann setze den "
                                  "ganzen Text in Anführungszeichen (expected text; quote strings containing ': ')")
    if kind in _PYDANTIC_MESSAGES:
        return _field_path(loc), _PYDANTIC_MESSAGES[kind]
    return _field_path(loc), str(err.get("msg", kind))


def _fmt(file: str, ex_id: str | None, fld: str, msg: str) -> str:
    who = f"Übung '{ex_id}', " if ex_id else ""
    where = f"Feld '{fld}': " if fld else ""
    return f"{file}: {who}{where}{msg}"


def validate_exercise(data: object, *, file: str, lesson: int | None = None,
                      article: str | None = None, index: int = 0) -> tuple[AnyExercise | None, list[str]]:
    """Validate one exercise mapping; return the model (or None) and the error messages."""
    if not isinstance(data, dict):
        return None, [_fmt(file, None, f"exercises[{index}]", "muss eine Zuordnung (key: value) sein")]
    ex_id = data.get("id") if isinstance(data.get("id"), str) else f"#{index + 1}"
    payload = dict(data)
    payload.setdefault("lesson", lesson)
    payload.setdefault("article", article)
    try:
        ex = EXERCISE_ADAPTER.validate_python(payload)
    except ValidationError as exc:
        return None, _messages(exc, file, ex_id, strip_tag=True)
    ex._source = file
    return ex, []


def _messages(exc: ValidationError, file: str, ex_id: str | None, *, strip_tag: bool) -> list[str]:
    """One message per pydantic error, naming file, exercise id and field."""
    return [_fmt(file, ex_id, *_translate(err, strip_tag=strip_tag)) for err in exc.errors()]


def _display_name(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_file(path: Path) -> tuple[ExerciseFile | None, list[AnyExercise], list[str], dict[str, list[str]]]:
    """Parse and validate one YAML file: (header, valid exercises, errors, errors by exercise id)."""
    name = _display_name(path)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [], [f"{name}: ist nicht UTF-8-kodiert (Byte {exc.start}) (not valid UTF-8)"], {}
    except OSError as exc:
        return None, [], [f"{name}: kann nicht gelesen werden ({exc.strerror})"], {}
    try:
        data = yaml.safe_load(raw_text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f"Zeile {mark.line + 1}, Spalte {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, [], [f"{name}: YAML-Syntaxfehler in {where}{problem} (YAML syntax error)"], {}
    if not isinstance(data, dict):
        return None, [], [f"{name}: Die Datei muss eine Zuordnung mit lesson, title und exercises sein "
                          "(expected a mapping at top level)"], {}
    try:
        header = ExerciseFile.model_validate(data)
    except ValidationError as exc:
        return None, [], _messages(exc, name, None, strip_tag=False), {}
    valid: list[AnyExercise] = []
    errors: list[str] = []
    per_id: dict[str, list[str]] = {}
    for i, item in enumerate(header.exercises):
        ex, errs = validate_exercise(item, file=name, lesson=header.lesson, article=header.article, index=i)
        if ex is not None:
            valid.append(ex)
        else:
            errors += errs
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                per_id.setdefault(item["id"], []).extend(errs)
    return header, valid, errors, per_id


def _check_mark_keys(ex: MarkExercise) -> list[str]:
    """Every key snippet must occur in the article (at least ``occurrence`` times)."""
    from medialit.article import Article

    if not ex.article:
        return [_fmt(ex.source, ex.id, "article", "eine mark-Übung braucht einen Artikel (article: null)")]
    try:
        text = Article.load(ex.article).text
    except ArticleError as exc:
        return [_fmt(ex.source, ex.id, "article", str(exc))]
    errors = []
    for n, key in enumerate(ex.key):
        count = text.count(key.text)
        if count == 0:
            errors.append(_fmt(ex.source, ex.id, f"key[{n}].text",
                               f"„{key.text[:60]}“ kommt im Artikel {ex.article!r} nicht vor (snippet not found)"))
        elif count < key.occurrence:
            errors.append(_fmt(ex.source, ex.id, f"key[{n}].occurrence",
                               f"„{key.text[:60]}“ kommt nur {count}-mal vor, nicht {key.occurrence}-mal "
                               "(occurrence too high)"))
    return errors


def load_bank(folder: str | Path | None = None) -> Bank:
    """Read every ``*.yml``/``*.yaml`` in ``folder`` (default: the project's ``exercises/``); never raises."""
    folder = Path(folder) if folder is not None else exercises_dir()
    bank = Bank(folder)
    if not folder.is_dir():
        bank.errors.append(f"{folder}: Ordner nicht gefunden (exercise folder not found)")
        return bank
    files = sorted([*folder.glob("*.yml"), *folder.glob("*.yaml")])
    seen: dict[str, str] = {}
    for path in files:
        header, valid, errors, per_id = load_file(path)
        bank.errors += errors
        for ex_id, errs in per_id.items():
            bank.broken_ids.setdefault(ex_id, []).extend(errs)
        if header is None:
            continue
        bank.titles.setdefault(header.lesson, header.title)
        name = _display_name(path)
        valid_by_id = {ex.id: ex for ex in valid}
        for item in header.exercises:
            ex_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ex_id, str):
                continue
            if ex_id in seen:
                msg = _fmt(name, ex_id, "id", f"doppelte ID, schon in {seen[ex_id]} (duplicate id)")
                bank.errors.append(msg)
                bank.broken_ids.setdefault(ex_id, []).append(msg)
                continue
            seen[ex_id] = name
            if ex_id in valid_by_id:
                valid_by_id[ex_id]._folder = str(folder)
                bank.exercises[ex_id] = valid_by_id[ex_id]
    for ex in list(bank.exercises.values()):
        errs: list[str] = []
        if isinstance(ex, MarkExercise):
            errs = _check_mark_keys(ex)
        elif isinstance(ex, CompareExercise):
            target = bank.exercises.get(ex.mark_exercise)
            if target is None or not isinstance(target, MarkExercise):
                what = "keine mark-Übung" if target is not None else "gibt es nicht"
                errs = [_fmt(ex.source, ex.id, "mark_exercise",
                             f"Übung {ex.mark_exercise!r} {what} (must name a mark exercise in the bank)")]
        if errs:
            bank.errors += errs
            bank.broken_ids.setdefault(ex.id, []).extend(errs)
            del bank.exercises[ex.id]
    bank.errors.sort(key=lambda e: e.split(": ", 1)[0])  # grouped by file, in file order within each
    return bank


_CACHE: dict[Path, tuple[tuple, Bank]] = {}


def _fingerprint(folder: Path) -> tuple:
    try:
        return tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                            for p in folder.iterdir() if p.suffix in (".yml", ".yaml")))
    except OSError:
        return ()


def bank(folder: str | Path | None = None) -> Bank:
    """The bank of ``folder``, reloaded when a file changes (so an edited YAML shows up at once)."""
    path = (Path(folder) if folder is not None else exercises_dir()).resolve()
    fp = _fingerprint(path)
    cached = _CACHE.get(path)
    if cached is None or cached[0] != fp:
        cached = (fp, load_bank(path))
        _CACHE[path] = cached
    return cached[1]


def default_article() -> str:
    """The article for generated exercises when none is given (``MEDIALIT_ARTICLE`` overrides)."""
    return current_article_id()


def get_exercise(exercise_id: str, article=None, *, folder: str | Path | None = None) -> AnyExercise:
    """The exercise ``exercise_id``; ``auto-…`` ids (also ``auto-…@article``) are generated for ``article``."""
    if not isinstance(exercise_id, str) or not exercise_id.strip():
        raise ExerciseError(f"Ungültige Übungs-ID {exercise_id!r} (invalid exercise id).")
    exercise_id = exercise_id.strip()
    article_id = getattr(article, "id", article)
    if "@" in exercise_id:
        exercise_id, _, suffix = exercise_id.partition("@")
        article_id = article_id or suffix
    if exercise_id.startswith("auto-"):
        from medialit.exercises import generated  # lazy: written by the instructor engineer

        return generated.generate(exercise_id, article_id or default_article())
    b = bank(folder)
    if exercise_id in b.exercises:
        return b.exercises[exercise_id]
    if exercise_id in b.broken_ids:
        raise ExerciseError(f"Die Übung {exercise_id!r} ist fehlerhaft (invalid exercise):\n"
                            + "\n".join(b.broken_ids[exercise_id]))
    close = difflib.get_close_matches(exercise_id, list(b.exercises), n=3)
    hint = f" Meintest du: {', '.join(close)}?" if close else ""
    if not b.exercises and b.errors:
        hint += " Die Übungsbank konnte nicht geladen werden: " + b.errors[0]
    raise ExerciseError(f"Unbekannte Übung {exercise_id!r} (unknown exercise id).{hint}")
