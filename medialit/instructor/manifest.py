"""The assignment manifest (``manifest.json``): which exercises, how many points, the due date.

``medialit assign`` writes it; ``medialit grade --manifest`` and the dashboard read it to know the columns and to
reject exports of another assignment.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from medialit.errors import MedialitError

MANIFEST_FORMAT = "medialit-assignment"
MANIFEST_VERSION = 1


@dataclass
class ManifestExercise:
    id: str  # store key: the bank id, or ``auto-…@<article>``
    type: str
    points: float
    lesson: int | None = None
    article: str | None = None
    title: str = ""


@dataclass
class Manifest:
    id: str
    title: str
    exercises: list[ManifestExercise]
    due: str | None = None
    notebook: str = ""
    created_at: str = ""
    articles: list[str] = field(default_factory=list)

    @property
    def total_points(self) -> float:
        return float(sum(e.points for e in self.exercises))

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.exercises]

    def to_dict(self) -> dict[str, Any]:
        return {"format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, **asdict(self),
                "total_points": self.total_points}


def slug(text: str) -> str:
    """An id from a title: „Zitate – Übung 1“ → ``zitate-uebung-1``."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:60].strip("-") or "aufgabe"


def load_manifest(path: str | Path) -> Manifest:
    """Read ``manifest.json``; a German error names the file and the problem."""
    path = Path(path)
    if path.is_dir():
        path = path / "manifest.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MedialitError(f"{path}: Manifest nicht gefunden (manifest not found).") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MedialitError(f"{path}: Manifest kann nicht gelesen werden ({exc}).") from None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise MedialitError(f"{path}: ist kein medialit-Aufgaben-Manifest (format {MANIFEST_FORMAT!r} erwartet).")
    if data.get("version") != MANIFEST_VERSION:
        raise MedialitError(f"{path}: Manifest-Version {data.get('version')!r} wird nicht unterstützt.")
    try:
        exercises = [ManifestExercise(id=str(e["id"]), type=str(e.get("type", "")), points=float(e["points"]),
                                      lesson=e.get("lesson"), article=e.get("article"), title=str(e.get("title", "")))
                     for e in data["exercises"]]
        return Manifest(id=str(data["id"]), title=str(data.get("title", "")), exercises=exercises,
                        due=data.get("due"), notebook=str(data.get("notebook", "")),
                        created_at=str(data.get("created_at", "")), articles=list(data.get("articles", [])))
    except (KeyError, TypeError, ValueError) as exc:
        raise MedialitError(f"{path}: Manifest ist unvollständig ({exc!r}).") from None
