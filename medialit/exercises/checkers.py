"""Score a learner's answer against an exercise: points, per-part German feedback, whether to show the solution.

``check`` re-checks the raw answer every time (grading never trusts a stored score). ``details`` carries the
per-option/per-item/per-unit verdicts the widgets draw.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from medialit import ui_text as T
from medialit.errors import ExerciseError
from medialit.exercises.schema import (
    AnyExercise,
    ChoiceExercise,
    CompareExercise,
    MarkExercise,
    ReflectExercise,
    ScaleExercise,
    SortExercise,
)

_WORD_RE = re.compile(r"\w+(?:[-.’']\w+)*")


@dataclass
class CheckResult:
    """The verdict on one answer (the contract of docs/architecture.md, plus drawing ``details``)."""

    score: float
    max_points: float
    correct: bool
    feedback: list[str] = field(default_factory=list)
    summary: str = ""
    solution_shown: bool = False
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Unit:
    """A markable piece of the article: a word or a sentence, with offsets into the article text."""

    start: int
    end: int
    text: str


# --- mark units ------------------------------------------------------------------------------------------
def _units_for(article_id: str, unit: str) -> tuple[str, tuple[Unit, ...]]:
    from medialit.paths import articles_dir

    return _units_in(str(articles_dir()), article_id, unit)


@lru_cache(maxsize=32)
def _units_in(root: str, article_id: str, unit: str) -> tuple[str, tuple[Unit, ...]]:
    """Cached per (data folder, article, unit), like ``Article.load``."""
    from medialit.article import Article

    art = Article.load(article_id)
    return art.text, tuple(units_of(art, unit))


def units_of(article, unit: str) -> list[Unit]:
    """Sentences (headline, subheadline and byline count as one each) or words of an ``Article``."""
    text = article.text
    if unit == "word":
        return [Unit(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    parts = [p for p in article.parts if p.kind in ("headline", "subheadline", "byline")]
    out = [Unit(p.start, p.end, p.text) for p in parts]
    out += [Unit(p.start, p.end, p.text) for p in article.sentences]
    return sorted(out, key=lambda u: u.start)


def mark_units(ex: MarkExercise) -> tuple[str, list[Unit]]:
    """The article text and the units a learner can mark in ``ex``."""
    if not ex.article:
        raise ExerciseError(f"Übung '{ex.id}', Feld 'article': eine mark-Übung braucht einen Artikel.")
    text, units = _units_for(ex.article, ex.unit)
    return text, list(units)


def key_spans(ex: MarkExercise, text: str) -> list[tuple[int, int]]:
    """Offsets of each key snippet (its n-th occurrence) in ``text``."""
    spans = []
    for n, key in enumerate(ex.key):
        pos = -1
        for _ in range(key.occurrence):
            pos = text.find(key.text, pos + 1)
            if pos < 0:
                raise ExerciseError(f"Übung '{ex.id}', Feld 'key[{n}].text': „{key.text[:60]}“ kommt im Artikel "
                                    f"nicht {key.occurrence}-mal vor (snippet not found).")
        spans.append((pos, pos + len(key.text)))
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- the checkers ----------------------------------------------------------------------------------------
def _invalid(ex: AnyExercise, why: str) -> CheckResult:
    return CheckResult(0.0, float(ex.points), False, [T.INVALID_ANSWER.format(why=why)], T.INVALID_ANSWER.format(why=why))


def check(exercise: AnyExercise, answer: dict, tries: int = 1) -> CheckResult:
    """Score ``answer`` (the answer JSON of the contract) for ``exercise`` at the ``tries``-th submission."""
    if not isinstance(answer, dict):
        return _invalid(exercise, T.WHY_NOT_MAPPING)
    tries = max(1, int(tries or 1))
    checker = _CHECKERS[type(exercise)]
    return checker(exercise, answer, tries)


def _points_text(score: float, max_points: float) -> str:
    return T.POINTS.format(score=_fmt_num(score), max=_fmt_num(max_points))


def _fmt_num(x: float) -> str:
    x = round(float(x), 2)
    return str(int(x)) if x == int(x) else f"{x:.2f}".rstrip("0").replace(".", ",")


def _check_choice(ex: ChoiceExercise, answer: dict, tries: int) -> CheckResult:
    selected = answer.get("selected")
    if isinstance(selected, str):
        selected = [selected]
    if not isinstance(selected, list) or not all(isinstance(s, str) for s in selected):
        return _invalid(ex, T.WHY_SELECTED)
    options = {o.id: o for o in ex.options}
    chosen = list(dict.fromkeys(selected))
    unknown = [s for s in chosen if s not in options]
    chosen = [s for s in chosen if s in options]
    right_ids = [o.id for o in ex.options if o.correct]
    right_chosen = sum(1 for s in chosen if options[s].correct)
    wrong_chosen = len(chosen) - right_chosen + len(unknown)
    if not chosen and not unknown:
        return CheckResult(0.0, float(ex.points), False, [T.CHOOSE_SOMETHING], T.CHOOSE_SOMETHING,
                           details={"options": {}})
    if ex.multiple:
        share = max(0.0, (right_chosen - wrong_chosen) / len(right_ids))
        correct = right_chosen == len(right_ids) and wrong_chosen == 0
    else:
        correct = len(chosen) == 1 and not unknown and options[chosen[0]].correct
        share = 1.0 if correct else 0.0
    score = round(ex.points * share, 4)
    solution = correct or tries >= ex.max_tries
    verdicts: dict[str, str] = {}
    feedback = []
    for o in ex.options:
        if o.id in chosen:
            verdicts[o.id] = "right" if o.correct else "wrong"
            icon = T.ICON_RIGHT if o.correct else T.ICON_WRONG
            feedback.append(f"{icon} „{o.text}“: {o.explanation}")
        elif solution and o.correct:
            verdicts[o.id] = "missed"
            feedback.append(f"{T.ICON_MISSED} „{o.text}“ {T.WAS_RIGHT}: {o.explanation}")
    for s in unknown:
        feedback.append(T.UNKNOWN_OPTION.format(id=s))
    if correct:
        summary = T.CORRECT
    elif solution:
        summary = T.SOLUTION_AFTER_TRIES.format(tries=tries)
        if ex.explanation:
            feedback.append(ex.explanation)
    else:
        left = ex.max_tries - tries
        summary = (T.PARTLY if share > 0 else T.NOT_YET) + " " + T.TRIES_LEFT.format(left=left)
    summary += " " + _points_text(score, ex.points)
    return CheckResult(score, float(ex.points), correct, feedback, summary, solution,
                       details={"options": verdicts, "right": right_ids})


def _check_mark(ex: MarkExercise, answer: dict, tries: int) -> CheckResult:
    marked = answer.get("marked")
    if not isinstance(marked, list) or not all(
        isinstance(m, (list, tuple)) and len(m) == 2 and all(isinstance(x, int) for x in m) for m in marked
    ):
        return _invalid(ex, T.WHY_MARKED)
    text, units = mark_units(ex)
    if len(marked) > 2 * len(units) + 10:  # a tampered file must not make grading slow
        return _invalid(ex, T.WHY_MARKED)
    keys = key_spans(ex, text)
    in_key = [i for i, u in enumerate(units) if any(_overlaps((u.start, u.end), k) for k in keys)]
    chosen = sorted({i for i, u in enumerate(units) if any(_overlaps((u.start, u.end), tuple(m)) for m in marked)})
    key_set = set(in_key)
    hits = [i for i in chosen if i in key_set]
    false = [i for i in chosen if i not in key_set]
    missed = [i for i in in_key if i not in set(chosen)]
    share = max(0.0, (len(hits) - len(false)) / len(in_key)) if in_key else 0.0
    score = round(ex.points * share, 4)
    correct = not missed and not false
    feedback = [T.MARK_COUNTS.format(hits=len(hits), total=len(in_key), false=len(false))]
    for key, span in zip(ex.key, keys, strict=True):
        covered = [i for i in in_key if _overlaps((units[i].start, units[i].end), span)]
        got = sum(1 for i in covered if i in set(chosen))
        icon = T.ICON_RIGHT if got == len(covered) else (T.ICON_PARTLY if got else T.ICON_MISSED)
        label = T.MARK_FOUND if got == len(covered) else (T.MARK_PART_FOUND if got else T.MARK_MISSED)
        line = f"{icon} {label}: „{_short(key.text)}“"
        if key.explanation:
            line += f" — {key.explanation}"
        feedback.append(line)
    for i in false:
        feedback.append(f"{T.ICON_WRONG} {T.MARK_FALSE}: „{_short(units[i].text)}“")
    summary = (T.CORRECT if correct else (T.PARTLY if share > 0 else T.NOT_YET)) + " " + _points_text(score, ex.points)
    return CheckResult(score, float(ex.points), correct, feedback, summary, True,
                       details={"hits": hits, "false": false, "missed": missed,
                                "units": [[u.start, u.end] for u in units], "key": [list(k) for k in keys]})


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _check_sort(ex: SortExercise, answer: dict, tries: int) -> CheckResult:
    assign = answer.get("assign")
    if not isinstance(assign, dict):
        return _invalid(ex, T.WHY_ASSIGN)
    labels = {c.id: c.label for c in ex.categories}
    verdicts: dict[str, str] = {}
    feedback = []
    right = 0
    for item in ex.items:
        got = assign.get(item.id)
        if got == item.category:
            right += 1
            verdicts[item.id] = "right"
            feedback.append(f"{T.ICON_RIGHT} „{_short(item.text)}“ → {labels[item.category]}: {item.explanation}")
        elif got is None or got not in labels:
            verdicts[item.id] = "missing"
            feedback.append(f"{T.ICON_MISSED} „{_short(item.text)}“: {T.SORT_MISSING} {item.explanation}")
        else:
            verdicts[item.id] = "wrong"
            feedback.append(f"{T.ICON_WRONG} „{_short(item.text)}“: {T.SORT_WRONG.format(got=labels[got])} "
                            f"{item.explanation}")
    share = right / len(ex.items)
    score = round(ex.points * share, 4)
    correct = right == len(ex.items)
    summary = (T.CORRECT if correct else (T.PARTLY if share > 0 else T.NOT_YET))
    summary += " " + T.SORT_COUNTS.format(right=right, total=len(ex.items)) + " " + _points_text(score, ex.points)
    return CheckResult(score, float(ex.points), correct, feedback, summary, True, details={"items": verdicts})


def scale_profile(ex: ScaleExercise, ratings: dict) -> dict[str, float | None]:
    """Mean rating per dimension (None where no statement of it was rated)."""
    out: dict[str, float | None] = {}
    for dim in ex.dimensions:
        vals = [ratings[s.id] for s in ex.statements if s.dimension == dim and isinstance(ratings.get(s.id), int)]
        out[dim] = round(sum(vals) / len(vals), 2) if vals else None
    return out


def _check_scale(ex: ScaleExercise, answer: dict, tries: int) -> CheckResult:
    ratings = answer.get("ratings")
    if not isinstance(ratings, dict):
        return _invalid(ex, T.WHY_RATINGS)
    lo, hi = ex.scale.min, ex.scale.max
    clean = {k: v for k, v in ratings.items()
             if isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi}
    bad = [k for k in ratings if k not in clean]
    missing = [s for s in ex.statements if s.id not in clean]
    profile = scale_profile(ex, clean)
    feedback = [T.SCALE_PROFILE_LINE.format(label=ex.dimensions[d], value=_fmt_num(v) if v is not None else "–",
                                            min=lo, max=hi) for d, v in profile.items()]
    for k in bad:
        feedback.append(T.SCALE_BAD_VALUE.format(id=k, min=lo, max=hi))
    correct = not missing
    score = float(ex.points) if correct else 0.0
    summary = T.SCALE_DONE if correct else T.SCALE_MISSING.format(n=len(missing))
    summary += " " + _points_text(score, ex.points)
    if ex.explanation and correct:
        feedback.append(ex.explanation)
    return CheckResult(score, float(ex.points), correct, feedback, summary, correct,
                       details={"profile": profile, "missing": [s.id for s in missing]})


def _check_reflect(ex: ReflectExercise, answer: dict, tries: int) -> CheckResult:
    text = answer.get("text")
    if not isinstance(text, str):
        return _invalid(ex, T.WHY_TEXT)
    words = len(text.split())
    correct = words >= ex.min_words and words > 0
    score = float(ex.points) if correct else 0.0
    feedback = [T.REFLECT_WORDS.format(words=words, min=ex.min_words)]
    summary = (T.REFLECT_SAVED if correct else T.REFLECT_TOO_SHORT.format(min=ex.min_words))
    summary += " " + _points_text(score, ex.points)
    return CheckResult(score, float(ex.points), correct, feedback, summary, True, details={"words": words})


def _check_compare(ex: CompareExercise, answer: dict, tries: int) -> CheckResult:
    viewed = answer.get("viewed") is True
    score = float(ex.points) if viewed else 0.0
    summary = (T.COMPARE_DONE if viewed else T.COMPARE_NOT_DONE) + " " + _points_text(score, ex.points)
    return CheckResult(score, float(ex.points), viewed, [], summary, viewed)


_CHECKERS = {
    ChoiceExercise: _check_choice,
    MarkExercise: _check_mark,
    SortExercise: _check_sort,
    ScaleExercise: _check_scale,
    ReflectExercise: _check_reflect,
    CompareExercise: _check_compare,
}
