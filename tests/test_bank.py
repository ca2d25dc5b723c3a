"""The real exercise bank: it validates, every id a notebook uses exists, every exercise is used by its lesson's
notebook, notebooks are stored clean, and the hand-made quotation/source keys agree with annotations.json.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import nbformat
import pytest

from medialit.exercises import load_bank
from medialit.exercises.generated import GENERATED_IDS

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
LESSON_NOTEBOOKS = sorted(NOTEBOOKS.glob("0[0-6]_*.ipynb"))
ALL_NOTEBOOKS = [*LESSON_NOTEBOOKS, NOTEBOOKS / "Glossar.ipynb"]
SHOW_CALLS = {"show": 1, "show_if_lesson_article": 1, "show_for_article": 2, "show_if_other_article": 1}
ANNOTATIONS = json.loads((REPO / "data/articles/belarus-2020/annotations.json").read_text(encoding="utf-8"))
RAW = (REPO / "data/articles/belarus-2020/raw.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO / "exercises")


def code_cells(path: Path) -> list[str]:
    nb = nbformat.read(path, as_version=4)
    return ["".join(c.source) for c in nb.cells if c.cell_type == "code"]


def used_ids(path: Path) -> list[str]:
    """Exercise ids passed as string literals to ml.show / ml.course.show_* in the notebook's code cells."""
    ids = []
    for source in code_cells(path):
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "attr", getattr(node.func, "id", None))
                for arg in node.args[: SHOW_CALLS.get(name, 0)]:
                    assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (path.name, source)
                    ids.append(arg.value)
    return ids


def test_the_real_bank_validates(bank):
    assert bank.errors == []
    assert len(bank.exercises) >= 40
    assert set(bank.titles) == set(range(7))
    for path in sorted((REPO / "exercises").glob("*.yml")):
        lesson = int(path.name[:2])
        assert {ex.lesson for ex in bank.exercises.values() if Path(ex.source).name == path.name} == {lesson}


def test_the_issue_minimum_exercises_exist(bank):
    by_lesson: dict[int, set[str]] = {}
    for ex in bank.exercises.values():
        by_lesson.setdefault(ex.lesson, set()).add(ex.type)
    assert {"choice", "sort", "reflect"} <= by_lesson[1]
    assert {"sort", "choice", "reflect"} <= by_lesson[2]
    assert {"mark", "sort", "compare", "choice"} <= by_lesson[3]
    assert {"scale", "choice", "mark", "reflect"} <= by_lesson[4]
    assert {"sort", "choice", "reflect"} <= by_lesson[5]
    assert {"reflect", "scale"} <= by_lesson[0] and {"reflect", "scale"} <= by_lesson[6]


def test_every_id_used_in_a_notebook_exists(bank):
    for path in ALL_NOTEBOOKS:
        for ex_id in used_ids(path):
            if ex_id.startswith("auto-"):
                assert ex_id in GENERATED_IDS, f"{path.name}: unbekannte generierte Übung {ex_id!r}"
            else:
                assert ex_id in bank.exercises, f"{path.name}: Übung {ex_id!r} fehlt in exercises/"


def test_every_bank_exercise_is_used_by_its_lessons_notebook(bank):
    used = {int(p.name[:2]): set(used_ids(p)) for p in LESSON_NOTEBOOKS}
    assert sorted(used) == list(range(7))
    unused = [ex.id for ex in bank.exercises.values() if ex.id not in used[ex.lesson]]
    assert unused == [], f"nicht in ihrem Notebook verwendet: {unused}"


def test_generated_exercises_are_used_in_lessons_0_2_3_6():
    used = {int(p.name[:2]): set(used_ids(p)) for p in LESSON_NOTEBOOKS}
    for lesson in (0, 2, 3, 6):
        assert any(i.startswith("auto-") for i in used[lesson]), lesson
    assert set(GENERATED_IDS) <= set().union(*used.values())


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_stored_clean_and_short(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, path.name
            lines = [line for line in "".join(cell.source).splitlines() if line.strip()]
            assert 1 <= len(lines) <= 2, (path.name, cell.source)
            assert all(line.startswith(("import medialit as ml", "ml.", "ARTICLE = ml.")) for line in lines)
    text = "\n".join("".join(c.source) for c in nb.cells if c.cell_type == "markdown")
    assert "Glossar" in text or path.name == "Glossar.ipynb"


@pytest.mark.parametrize("path", LESSON_NOTEBOOKS, ids=lambda p: p.name)
def test_lesson_opens_with_goals_and_time_and_links_to_the_next(path):
    nb = nbformat.read(path, as_version=4)
    first = "".join(nb.cells[0].source)
    assert first.startswith("# ") and "lernst du" in first and re.search(r"Zeit:\*\* etwa \d+ Minuten", first)
    last_md = "".join([c for c in nb.cells if c.cell_type == "markdown"][-1].source)
    assert "Zusammenfassung" in last_md and "(Glossar.ipynb)" in last_md
    number = int(path.name[:2])
    if number < 6:
        nxt = next(p for p in LESSON_NOTEBOOKS if p.name.startswith(f"0{number + 1}_"))
        assert f"({nxt.name})" in last_md
    if number in (0, 2, 3, 6):
        assert code_cells(path)[0] == 'import medialit as ml\nARTICLE = ml.choose_article("belarus-2020")'


# --- the hand-made keys agree with the hand-made annotations ------------------------------------------


def _fragments(text: str) -> list[tuple[int, int]]:
    """Where the pieces of an exercise item (split at „…“ and quotation marks) stand in the raw article."""
    out = []
    for piece in re.split(r"[„“\"…]", text):
        piece = piece.strip(" ,.")
        if len(piece) >= 12:
            pos = RAW.find(piece)
            assert pos >= 0, f"nicht im Artikel: {piece!r}"
            out.append((pos, pos + len(piece)))
    return out


def _annotated_quote(text: str) -> dict:
    """The annotated quotation that overlaps the item's text the most."""
    def overlap(q):
        return sum(max(0, min(e, qe) - max(s, qs)) for s, e in _fragments(text) for qs, qe in q["spans"])
    best = max(ANNOTATIONS["quotes"], key=overlap)
    assert overlap(best) > 0, f"keine annotierte Redewiedergabe passt zu {text!r}"
    return best


def test_quote_kinds_agree_with_annotations(bank):
    ex = bank.exercises["zitate-arten"]
    assert {c.id for c in ex.categories} <= {"direct", "indirect", "free_indirect", "reported"}
    for item in ex.items:
        assert item.category == _annotated_quote(item.text)["kind"], item.id
    covered = {_annotated_quote(item.text)["id"] for item in ex.items}
    nested = {q["id"] for q in ANNOTATIONS["quotes"] for o in ANNOTATIONS["quotes"]
              if o is not q and o["spans"][0][0] <= q["spans"][0][0] and q["spans"][-1][1] <= o["spans"][-1][1]}
    same_sentence = {"q2"} if "q1" in covered else set()  # q1/q2 share one sentence and one item
    assert {q["id"] for q in ANNOTATIONS["quotes"]} - covered - nested - same_sentence == set()


SPEAKERS = {"lukaschenko": "Alexander Lukaschenko", "putin": "Wladimir Putin", "kreml": "Kreml", "nato": "NATO",
            "lungescu": "Oana Lungescu", "westen": "US-Vertreter und EU-Vertreter",
            "demonstrierende": "belarussische Demonstranten"}


def test_speakers_agree_with_annotations(bank):
    ex = bank.exercises["zitate-sprecher"]
    assert {c.id for c in ex.categories} == set(SPEAKERS)
    for item in ex.items:
        assert _annotated_quote(item.text)["speaker"]["name"] == SPEAKERS[item.category], item.id


def test_verb_connotations_agree_with_annotations(bank):
    key = {v["text"]: v["connotation"] for v in ANNOTATIONS["verbs"]}
    ex = bank.exercises["zitate-verben"]
    for item in ex.items:
        verb = item.text.split(" („")[0]
        assert key[verb] == item.category, item.id


def test_source_types_agree_with_annotations(bank):
    sources = {s["name"]: s for s in ANNOTATIONS["sources"]}
    names = {"q-lukaschenko": "Alexander Lukaschenko", "q-lungescu": "Oana Lungescu", "q-kreml": "Kreml",
             "q-nato": "NATO", "q-westen": "US-Vertreter und EU-Vertreter",
             "q-demonstrierende": "belarussische Demonstranten", "q-putin": "Wladimir Putin"}
    ex = bank.exercises["quellen-typen"]
    assert {i.id for i in ex.items} == set(names) and set(names.values()) == set(sources)
    for item in ex.items:
        src = sources[names[item.id]]
        expected = ("zweite-hand" if src["second_hand"] else "ungenannt" if not src["named"]
                    else "institution" if src["kind"] == "organisation" else "person")
        assert item.category == expected, item.id


def test_direct_quotation_key_is_the_annotated_direct_speech(bank):
    ex = bank.exercises["zitate-direkt-markieren"]
    key = [(RAW.find(k.text), RAW.find(k.text) + len(k.text)) for k in ex.key]
    direct = [tuple(q["spans"][0]) for q in ANNOTATIONS["quotes"] if q["kind"] == "direct"]
    assert len(key) == len(direct)
    for start, end in direct:
        assert any(s < end and start < e for s, e in key), RAW[start:end]


def test_never_heard_directly_agrees_with_annotations(bank):
    ex = bank.exercises["quellen-nie-direkt"]
    second_hand = {s["name"] for s in ANNOTATIONS["sources"] if s["second_hand"]}
    chosen = {o.text for o in ex.options if o.correct}
    assert second_hand <= chosen
    for option in ex.options:
        if not option.correct:
            assert option.text.split(" (")[0].replace("NATO-Sprecherin ", "") in {
                q["speaker"]["name"] for q in ANNOTATIONS["quotes"] if q["kind"] in ("direct", "indirect")}


def test_markdown_only_in_prompts(bank):
    """Options, explanations, hints and model answers are shown as plain text: no Markdown markup there."""
    for ex in bank.exercises.values():
        data = ex.model_dump(exclude={"prompt"})
        assert not re.search(r"`|\*\*|\*[^*\s]", json.dumps(data, ensure_ascii=False)), ex.id
