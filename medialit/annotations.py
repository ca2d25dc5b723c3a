"""The hand-made key of an article: ``data/articles/<id>/annotations.json`` (format: docs/architecture.md).

``load(article_id)`` reads and validates it: every ``text`` must be exactly the raw text at its ``spans``
(pieces of a discontinuous span joined with „ … “). Errors name the file, the entry and the field.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from medialit.article import LESSON_ARTICLE, Article
from medialit.errors import ArticleError
from medialit.model import CONNOTATIONS

FILE_NAME = "annotations.json"
SEPARATOR = " … "


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Strict):
    text: str
    spans: list[tuple[int, int]] = Field(min_length=1)


class SpeakerKey(Mention):
    name: str
    kind: Literal["person", "organisation", "group", "anonymous"]


class CueKey(Mention):
    lemma: str


class QuoteKey(Mention):
    id: str
    kind: Literal["direct", "indirect", "free_indirect", "reported"]
    speaker: SpeakerKey | None
    cue: CueKey | None
    relay: SpeakerKey | None = None
    explanation: str = Field(min_length=10)


class SourceKey(_Strict):
    name: str
    kind: Literal["person", "organisation", "group", "anonymous"]
    role: str | None = None
    named: bool
    second_hand: bool = False
    side: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class MissingVoice(_Strict):
    name: str
    why: str


class VerbKey(Mention):
    lemma: str
    connotation: Literal[CONNOTATIONS]  # type: ignore[valid-type]


class DateKey(Mention):
    date: str | None


class Annotations(_Strict):
    """The whole key of one article."""

    article: str
    draft: bool = False
    note: str | None = None
    quotes: list[QuoteKey]
    sources: list[SourceKey] = Field(default_factory=list)
    missing_voices: list[MissingVoice] = Field(default_factory=list)
    verbs: list[VerbKey] = Field(default_factory=list)
    dates: list[DateKey] = Field(default_factory=list)


def path_of(article_id: str) -> Path:
    from medialit.paths import articles_dir

    return articles_dir() / article_id / FILE_NAME


@cache
def load(article_id: str = LESSON_ARTICLE) -> Annotations:
    """The validated key of ``article_id`` (cached per process)."""
    article = Article.load(article_id)
    path = path_of(article_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArticleError(f"{path}: Artikel {article_id!r} hat keinen Lösungsschlüssel (no annotations.json).") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArticleError(f"{path}: ist kein gültiges JSON ({exc}).") from None
    return validate(data, article.text, where=str(path))


def validate(data: dict, raw: str, *, where: str = FILE_NAME) -> Annotations:
    """Check the structure and that every text matches the raw text at its spans; raise ``ArticleError``."""
    try:
        key = Annotations.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise ArticleError(f"{where}: Feld {loc}: {first['msg']} (invalid annotations).") from None
    ids = [q.id for q in key.quotes]
    if len(set(ids)) != len(ids):
        raise ArticleError(f"{where}: Zitat-IDs kommen doppelt vor: {sorted({i for i in ids if ids.count(i) > 1})}.")
    _check_spans(key.model_dump(), raw, where, "")
    return key


def _check_spans(obj, raw: str, where: str, loc: str) -> None:
    if isinstance(obj, dict):
        if "spans" in obj and "text" in obj and obj["spans"]:
            for s, e in obj["spans"]:
                if not (0 <= s < e <= len(raw)):
                    raise ArticleError(f"{where}: {loc or 'Eintrag'}: Offsets [{s}, {e}] liegen außerhalb des Textes.")
            found = SEPARATOR.join(raw[s:e] for s, e in obj["spans"])
            if found != obj["text"]:
                raise ArticleError(f"{where}: {loc or 'Eintrag'}: Text {obj['text'][:40]!r} steht nicht an den Offsets "
                                   f"{obj['spans']} (dort: {found[:40]!r}).")
        for k, v in obj.items():
            _check_spans(v, raw, where, f"{loc}.{k}" if loc else k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            _check_spans(v, raw, where, f"{loc}[{i}]")
