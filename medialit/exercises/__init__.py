"""Exercises as data: the YAML schema, loading/validating a bank, and checking a learner's answer."""

from __future__ import annotations

from medialit.exercises.checkers import (
    CheckResult,
    Unit,
    check,
    key_spans,
    mark_units,
    scale_profile,
    units_of,
)
from medialit.exercises.loading import (
    Bank,
    bank,
    default_article,
    get_exercise,
    load_bank,
    load_file,
    validate_exercise,
)
from medialit.exercises.schema import (
    EXERCISE_TYPES,
    SKILLS,
    AnyExercise,
    ChoiceExercise,
    ChoiceOption,
    CompareExercise,
    MarkExercise,
    MarkKey,
    ReflectExercise,
    ScaleExercise,
    SortExercise,
)


def validate(folder=None) -> list[str]:
    """All error messages of the bank in ``folder`` (default: the project's ``exercises/``); empty when valid."""
    return load_bank(folder).errors


__all__ = [
    "EXERCISE_TYPES", "SKILLS", "AnyExercise", "Bank", "CheckResult", "ChoiceExercise", "ChoiceOption",
    "CompareExercise", "MarkExercise", "MarkKey", "ReflectExercise", "ScaleExercise", "SortExercise", "Unit",
    "bank", "check", "default_article", "get_exercise", "key_spans", "load_bank", "load_file", "mark_units",
    "scale_profile", "units_of", "validate", "validate_exercise",
]
