"""Test helpers for the instructor tests: a throw-away project root and a hand-annotated German test article."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
WINDPARK = FIXTURES / "windpark-waldhausen.txt"
WINDPARK_ID = "windpark-waldhausen"
# The generated exercises for the test article: who speaks, kind of quotation, mark the sources.
WHO, KIND, MARK = (f"auto-wer-spricht@{WINDPARK_ID}", f"auto-zitatart@{WINDPARK_ID}",
                   f"auto-quellen-markieren@{WINDPARK_ID}")


def clear_caches() -> None:
    """Forget the loaded articles and mark units (both are cached per process)."""
    from medialit import article
    from medialit.exercises import checkers

    article._load_cached.cache_clear()
    checkers._units_in.cache_clear()


def make_root(tmp_path: Path, monkeypatch) -> Path:
    """Copy data/ and exercises/ to a temp folder and point MEDIALIT_ROOT at it (the real data stays untouched)."""
    root = tmp_path / "root"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "exercises", root / "exercises")
    monkeypatch.setenv("MEDIALIT_ROOT", str(root))
    clear_caches()
    return root


def span(text: str, snippet: str, occurrence: int = 1) -> list[int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.index(snippet, pos + 1)
    return [pos, pos + len(snippet)]


def _m(text: str, snippet: str, occurrence: int = 1, **extra) -> dict:
    return {"text": snippet, "spans": [span(text, snippet, occurrence)], **extra}


def windpark_annotations(text: str) -> dict:
    """Hand-made annotations of the test article (what an instructor would write after correcting a draft)."""
    def quote(qid, kind, snippet, speaker, name, skind, cue, lemma, occ=1, cue_occ=1):
        return {"id": qid, "kind": kind, **_m(text, snippet),
                "speaker": _m(text, speaker, occ, name=name, kind=skind),
                "cue": _m(text, cue, cue_occ, lemma=lemma), "relay": None,
                "explanation": f"Erklärung zu {qid}: {kind}, Sprecher {name}."}

    quotes = [
        quote("q1", "direct", "Wir brauchen mehr Zeit, um alle Einwände sorgfältig zu prüfen.",
              "Bürgermeisterin Petra Lindner", "Petra Lindner", "person", "sagte", "sagen"),
        quote("q2", "reported", "vor Lärm und sinkenden Grundstückspreisen", "Die Bürgerinitiative „Gegenwind“",
              "Bürgerinitiative Gegenwind", "group", "warnte", "warnen"),
        quote("q3", "indirect", "die Anlagen würden den Wald dauerhaft zerstören", "Ihr Sprecher Martin Kühn",
              "Martin Kühn", "person", "behauptete", "behaupten"),
        quote("q4", "reported", "diese Darstellung", "Nordwind Energie", "Nordwind Energie", "organisation",
              "wies", "zurückweisen", occ=2),
        quote("q5", "indirect", "man werde für jeden gefällten Baum zwei neue pflanzen",
              "Ein Sprecher des Unternehmens", "Sprecher von Nordwind Energie", "anonymous", "erklärte", "erklären"),
        quote("q6", "reported", "ein unabhängiges Gutachten", "Der Naturschutzbund", "Naturschutzbund",
              "organisation", "forderte", "fordern"),
        quote("q7", "direct", "Fledermäuse und Rotmilane kennen keine Landkarten", "Biologin Sabine Ortmann",
              "Sabine Ortmann", "person", "sagte", "sagen", cue_occ=2),
    ]

    def source(name, kind, *mentions):
        return {"name": name, "kind": kind, "role": None, "named": kind != "anonymous", "second_hand": False,
                "side": None, "mentions": [_m(text, s, o) for s, o in mentions]}

    sources = [
        source("Petra Lindner", "person", ("Bürgermeisterin Petra Lindner", 1)),
        source("Bürgerinitiative Gegenwind", "group", ("Bürgerinitiative „Gegenwind“", 1), ("Ihr", 1)),
        source("Martin Kühn", "person", ("Martin Kühn", 1)),
        source("Nordwind Energie", "organisation", ("Nordwind Energie", 2)),
        source("Sprecher von Nordwind Energie", "anonymous", ("Ein Sprecher des Unternehmens", 1)),
        source("Umweltministerium", "organisation", ("Umweltministeriums in Wiesbaden", 1)),
        source("Naturschutzbund", "organisation", ("Der Naturschutzbund", 1)),
        source("Sabine Ortmann", "person", ("Biologin Sabine Ortmann", 1)),
    ]
    verbs = [
        _m(text, "sagte", 1, lemma="sagen", connotation="neutral"),
        _m(text, "warnte", 1, lemma="warnen", connotation="evaluative"),
        _m(text, "behauptete", 1, lemma="behaupten", connotation="distancing"),
        {"text": "wies … zurück", "spans": [span(text, "wies"), span(text, "zurück")], "lemma": "zurückweisen",
         "connotation": "adversarial"},
        _m(text, "erklärte", 1, lemma="erklären", connotation="neutral"),
        _m(text, "forderte", 1, lemma="fordern", connotation="demanding"),
        _m(text, "sagte", 2, lemma="sagen", connotation="neutral"),
    ]
    dates = [_m(text, "am Dienstag", date="2025-03-04"), _m(text, "am 14. März", date="2025-03-14")]
    return {"article": WINDPARK_ID, "draft": False, "quotes": quotes, "sources": sources, "missing_voices": [],
            "verbs": verbs, "dates": dates}


def add_windpark(root: Path, *, annotations: bool = True) -> str:
    """Write the test article into ``root`` the way ``new-article`` does, with hand-made annotations."""
    from medialit.instructor.new_article import create_article

    create_article(WINDPARK, article_id=WINDPARK_ID, title="Streit um Windpark", date="2025-03-05",
                   outlet="Testzeitung", url="https://example.org/windpark", annotate=False)
    if annotations:
        from medialit.article import Article

        text = Article.load(WINDPARK_ID).text
        (root / "data" / "articles" / WINDPARK_ID / "annotations.json").write_text(
            json.dumps(windpark_annotations(text), ensure_ascii=False, indent=1), encoding="utf-8")
    clear_caches()
    return WINDPARK_ID


@contextmanager
def windpark_course(tmp_path: Path, monkeypatch, *, cli: bool = False) -> Iterator[Path]:
    """A temp project root with the annotated test article; with ``cli`` the commands are registered."""
    root = make_root(tmp_path, monkeypatch)
    add_windpark(root)
    if cli:
        from medialit.cli import _register

        _register()
    try:
        yield root
    finally:
        clear_caches()


def right_answers(ex) -> dict:
    from medialit.article import Article
    from medialit.exercises import key_spans

    if ex.type == "choice":
        return {"selected": [o.id for o in ex.options if o.correct]}
    if ex.type == "sort":
        return {"assign": {it.id: it.category for it in ex.items}}
    return {"marked": [list(s) for s in key_spans(ex, Article.load(ex.article).text)]}


def export(folder: Path, learner: str, answers: dict, assignment: str | None) -> Path:
    """A learner's export written by the store (the real export code, with its checksum)."""
    folder.mkdir(parents=True, exist_ok=True)
    from medialit.store import Store

    store = Store(folder / f"{learner.encode().hex()}.sqlite3")
    for key, answer in answers.items():
        store.submit(key, answer, article=WINDPARK_ID)
    out = folder / "exports" / learner.encode().hex()
    out.mkdir(parents=True)
    path = store.export_file(out, learner=learner, assignment=assignment)
    store.close()
    return path
