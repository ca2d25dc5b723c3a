"""An invented example class for the dashboard: simulated learners answer bank exercises through the store.

The files in ``instructor/beispiel-abgaben/`` were written by ``write_example_class``; they let an instructor try
the dashboard before real exports arrive. Names and answers are made up (seeded, reproducible).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

NAMES = ("Ayla", "Ben", "Clara", "Deniz", "Emil", "Fatma", "Greta", "Hannes")


def _answer(ex: Any, right: bool, rng: random.Random) -> dict[str, Any] | None:
    """A right or wrong answer for ``ex`` (None for types the example leaves out)."""
    if ex.type == "choice":
        good = [o.id for o in ex.options if o.correct]
        bad = [o.id for o in ex.options if not o.correct]
        return {"selected": good if right or not bad else [rng.choice(bad)]}
    if ex.type == "sort":
        cats = [c.id for c in ex.categories]
        out = {}
        for item in ex.items:
            ok = right or rng.random() < 0.5
            out[item.id] = item.category if ok else rng.choice([c for c in cats if c != item.category])
        return {"assign": out}
    if ex.type == "reflect":
        words = ex.min_words + (3 if right else -max(1, ex.min_words // 2))
        return {"text": " ".join(["Beispielantwort"] * max(words, 1))}
    if ex.type == "scale":
        return {"ratings": {s.id: rng.randint(ex.scale.min, ex.scale.max) for s in ex.statements}}
    return None


def write_example_class(folder: str | Path, lessons: tuple[int, ...] = (0, 1, 2, 3), seed: int = 2026) -> list[Path]:
    """Simulate ``NAMES`` answering the bank exercises of ``lessons``; write one export per learner."""
    import tempfile

    from medialit.exercises import bank, check
    from medialit.store import Store

    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    exercises = [e for e in bank().exercises.values() if e.lesson in lessons]
    paths = []
    for n, name in enumerate(NAMES):
        skill = 0.35 + 0.6 * n / (len(NAMES) - 1)
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp) / "progress.sqlite3")
            for ex in exercises:
                if ex.lesson == max(lessons) and rng.random() > skill:
                    continue  # not everyone got to the last lesson
                answer = _answer(ex, rng.random() < skill, rng)
                if answer is not None:
                    store.submit(ex.store_key, answer, check(ex, answer), article=ex.article)
            paths.append(store.export_file(folder, learner=name))
            store.close()
    return paths
