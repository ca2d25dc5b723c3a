"""Pydantic models of the exercise YAML (docs/architecture.md): one model per exercise type, strict fields."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, TypeAdapter, field_validator, model_validator

EXERCISE_TYPES: tuple[str, ...] = ("choice", "mark", "sort", "scale", "reflect", "compare")
SKILLS: tuple[str, ...] = ("sourcing", "quotes", "framing", "claims", "reading")
ID_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_ID_RE = re.compile(ID_PATTERN)

Text = Annotated[str, Field(min_length=1)]


class _Strict(BaseModel):
    """Unknown fields are errors: a typo like ``explanaton`` must not pass silently."""

    model_config = ConfigDict(extra="forbid", frozen=False)


class _Base(_Strict):
    """Fields every exercise has; ``lesson`` and ``article`` are filled in from the file's header."""

    id: Annotated[str, Field(pattern=ID_PATTERN, max_length=120)]
    skill: Literal["sourcing", "quotes", "framing", "claims", "reading"]
    prompt: Text
    points: Annotated[float, Field(ge=0)] = 1
    hints: list[Text] = Field(default_factory=list)
    explanation: str | None = None
    title: str | None = None
    lesson: int | None = None
    article: str | None = None
    _source: str = PrivateAttr(default="")
    _folder: str | None = PrivateAttr(default=None)

    @property
    def source(self) -> str:
        """The file the exercise came from (or ``generated``)."""
        return self._source

    @property
    def folder(self) -> str | None:
        """The bank folder the exercise was loaded from (None: the project's bank or generated)."""
        return self._folder

    @property
    def store_key(self) -> str:
        """Key in the progress store: the id, or ``<id>@<article>`` for generated exercises."""
        if self.id.startswith("auto-") and self.article:
            return f"{self.id}@{self.article}"
        return self.id


class ChoiceOption(_Strict):
    id: Annotated[str, Field(min_length=1)]
    text: Text
    correct: bool
    explanation: Text


class ChoiceExercise(_Base):
    type: Literal["choice"]
    multiple: bool = False
    max_tries: Annotated[int, Field(ge=1)] = 2
    options: Annotated[list[ChoiceOption], Field(min_length=2)]

    @model_validator(mode="after")
    def _check_options(self) -> ChoiceExercise:
        ids = [o.id for o in self.options]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"options: doppelte Antwort-ID {', '.join(dup)} (duplicate option id)")
        right = sum(o.correct for o in self.options)
        if right == 0:
            raise ValueError("options: keine Antwort ist als richtig markiert (no option has correct: true)")
        if not self.multiple and right > 1:
            raise ValueError(f"options: {right} Antworten sind richtig, aber multiple ist false "
                             "(single choice needs exactly one correct option)")
        return self


class MarkKey(_Strict):
    text: Text
    occurrence: Annotated[int, Field(ge=1)] = 1
    explanation: str = ""


class MarkExercise(_Base):
    type: Literal["mark"]
    unit: Literal["sentence", "word"] = "sentence"
    key: Annotated[list[MarkKey], Field(min_length=1)]


class SortCategory(_Strict):
    id: Annotated[str, Field(min_length=1)]
    label: Text


class SortItem(_Strict):
    id: Annotated[str, Field(min_length=1)]
    text: Text
    category: Annotated[str, Field(min_length=1)]
    explanation: Text


class SortExercise(_Base):
    type: Literal["sort"]
    categories: Annotated[list[SortCategory], Field(min_length=2)]
    items: Annotated[list[SortItem], Field(min_length=1)]

    @model_validator(mode="after")
    def _check_items(self) -> SortExercise:
        cats = [c.id for c in self.categories]
        dup = sorted({c for c in cats if cats.count(c) > 1})
        if dup:
            raise ValueError(f"categories: doppelte Kategorie-ID {', '.join(dup)} (duplicate category id)")
        ids = [i.id for i in self.items]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"items: doppelte Element-ID {', '.join(dup)} (duplicate item id)")
        for n, item in enumerate(self.items):
            if item.category not in cats:
                raise ValueError(f"items[{n}].category: unbekannte Kategorie {item.category!r} "
                                 f"(unknown category; erlaubt: {', '.join(cats)})")
        return self


class ScaleRange(_Strict):
    min: int = 1
    max: int = 5
    labels: dict[int, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_range(self) -> ScaleRange:
        if self.max <= self.min:
            raise ValueError(f"max ({self.max}) muss größer als min ({self.min}) sein (max must exceed min)")
        if self.max - self.min > 10:
            raise ValueError("die Skala darf höchstens 11 Stufen haben (at most 11 steps)")
        bad = [k for k in self.labels if not self.min <= k <= self.max]
        if bad:
            raise ValueError(f"labels: Stufe {bad[0]} liegt außerhalb von {self.min}–{self.max} (label out of range)")
        return self


class ScaleStatement(_Strict):
    id: Annotated[str, Field(min_length=1)]
    text: Text
    dimension: Annotated[str, Field(min_length=1)]


class ScaleExercise(_Base):
    type: Literal["scale"]
    scale: ScaleRange = Field(default_factory=ScaleRange)
    dimensions: Annotated[dict[str, Text], Field(min_length=1)]
    statements: Annotated[list[ScaleStatement], Field(min_length=1)]

    @model_validator(mode="after")
    def _check_statements(self) -> ScaleExercise:
        ids = [s.id for s in self.statements]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"statements: doppelte Aussage-ID {', '.join(dup)} (duplicate statement id)")
        for n, st in enumerate(self.statements):
            if st.dimension not in self.dimensions:
                raise ValueError(f"statements[{n}].dimension: unbekannte Dimension {st.dimension!r} "
                                 f"(unknown dimension; erlaubt: {', '.join(self.dimensions)})")
        return self


class ReflectExercise(_Base):
    type: Literal["reflect"]
    min_words: Annotated[int, Field(ge=0)] = 15
    model_answer: Text
    checklist: list[Text] = Field(default_factory=list)


class CompareExercise(_Base):
    type: Literal["compare"]
    layer: Literal["quotes", "sources"]
    mark_exercise: Annotated[str, Field(pattern=ID_PATTERN)]
    points: Annotated[float, Field(ge=0)] = 0


Exercise = Annotated[
    ChoiceExercise | MarkExercise | SortExercise | ScaleExercise | ReflectExercise | CompareExercise,
    Field(discriminator="type"),
]
EXERCISE_ADAPTER: TypeAdapter = TypeAdapter(Exercise)
AnyExercise = ChoiceExercise | MarkExercise | SortExercise | ScaleExercise | ReflectExercise | CompareExercise


class ExerciseFile(_Strict):
    """A lesson's file header; ``exercises`` are validated one by one so errors can name their id."""

    lesson: Annotated[int, Field(ge=0, le=6)]
    title: Text
    article: str | None = None
    exercises: list[dict]

    @field_validator("article")
    @classmethod
    def _article_id(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"^[a-z0-9][a-z0-9_-]{0,63}$", value):
            raise ValueError("ungültige Artikel-ID (invalid article id)")
        return value


def is_valid_id(value: object) -> bool:
    return isinstance(value, str) and bool(_ID_RE.match(value))
