"""Generated exercises (auto-*) for any article, built from its annotations.json and checked like bank ones."""

from __future__ import annotations

import json

import pytest
from _instructor_support import (
    WINDPARK_ID,
    add_windpark,
    clear_caches,
    make_root,
    windpark_course,
)

from medialit.errors import ExerciseError
from medialit.exercises import check, get_exercise, key_spans
from medialit.exercises.generated import GENERATED_IDS, generate


@pytest.fixture
def windpark(tmp_path, monkeypatch):
    with windpark_course(tmp_path, monkeypatch) as root:
        yield root


def _annotations(root):
    return json.loads((root / "data/articles" / WINDPARK_ID / "annotations.json").read_text(encoding="utf-8"))


def test_who_speaks_asks_for_the_speaker_of_a_direct_quote(windpark):
    ex = generate("auto-wer-spricht", WINDPARK_ID)
    assert ex.type == "choice" and ex.store_key == f"auto-wer-spricht@{WINDPARK_ID}"
    assert "Wir brauchen mehr Zeit" in ex.prompt  # the first direct quotation of the article
    right = [o for o in ex.options if o.correct]
    assert [o.text for o in right] == ["Petra Lindner"]
    assert len(ex.options) == 4 and len({o.text for o in ex.options}) == 4
    good = check(ex, {"selected": [right[0].id]})
    assert good.correct and good.score == ex.points
    wrong = next(o for o in ex.options if not o.correct)
    bad = check(ex, {"selected": [wrong.id]})
    assert bad.score == 0 and any(wrong.explanation in line for line in bad.feedback)
    assert "Petra Lindner" in wrong.explanation


def test_quote_kind_items_follow_the_annotations(windpark):
    ann = _annotations(windpark)
    ex = generate("auto-zitatart", WINDPARK_ID)
    assert ex.type == "sort"
    assert {c.id for c in ex.categories} == {"direct", "indirect", "free_indirect", "reported"}
    kinds = {q["id"]: q["kind"] for q in ann["quotes"]}
    assert {it.id: it.category for it in ex.items} == kinds
    perfect = check(ex, {"assign": {it.id: it.category for it in ex.items}})
    assert perfect.correct and perfect.score == ex.points
    all_direct = check(ex, {"assign": {it.id: "direct" for it in ex.items}})
    direct = sum(1 for k in kinds.values() if k == "direct")
    assert all_direct.score == pytest.approx(ex.points * direct / len(kinds), abs=1e-3)


def test_verb_connotation_sorts_each_distinct_verb(windpark):
    ex = generate("auto-verb-konnotation", WINDPARK_ID)
    texts = [it.text for it in ex.items]
    assert texts.count("„sagte“") == 1  # the same verb with the same connotation is asked once
    assert {it.category for it in ex.items} == {"neutral", "evaluative", "distancing", "adversarial", "demanding"}
    assert {it.category for it in ex.items} <= {c.id for c in ex.categories}
    warn = next(it for it in ex.items if it.text == "„warnte“")
    assert warn.category == "evaluative" and "warnen" in warn.explanation
    result = check(ex, {"assign": {it.id: "neutral" for it in ex.items}})
    assert 0 < result.score < ex.points and not result.correct


def test_mark_sources_key_is_every_mention(windpark):
    from medialit.article import Article

    ann = _annotations(windpark)
    text = Article.load(WINDPARK_ID).text
    ex = generate("auto-quellen-markieren", WINDPARK_ID)
    mentions = sorted(tuple(m["spans"][0]) for s in ann["sources"] for m in s["mentions"])
    assert sorted(key_spans(ex, text)) == mentions
    full = check(ex, {"marked": [list(m) for m in mentions]})
    assert full.correct and full.score == ex.points
    assert check(ex, {"marked": []}).score == 0
    half = check(ex, {"marked": [list(m) for m in mentions[: len(mentions) // 2]]})
    assert 0 < half.score < ex.points


def test_bank_resolves_generated_ids_with_article(windpark):
    ex = get_exercise(f"auto-zitatart@{WINDPARK_ID}")
    assert ex.article == WINDPARK_ID and ex.source == "generated"


def test_missing_annotations_named_in_german(tmp_path, monkeypatch):
    root = make_root(tmp_path, monkeypatch)
    add_windpark(root, annotations=False)
    with pytest.raises(ExerciseError, match="annotations.json.*fehlt"):
        generate("auto-zitatart", WINDPARK_ID)
    clear_caches()


def test_article_without_quotes_still_gets_source_marking(windpark):
    path = windpark / "data/articles" / WINDPARK_ID / "annotations.json"
    ann = _annotations(windpark)
    ann["quotes"], ann["verbs"] = [], []
    path.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    for ex_id in ("auto-wer-spricht", "auto-zitatart", "auto-verb-konnotation"):
        with pytest.raises(ExerciseError, match=WINDPARK_ID):
            generate(ex_id, WINDPARK_ID)
    assert generate("auto-quellen-markieren", WINDPARK_ID).key


def test_unknown_generated_id(windpark):
    with pytest.raises(ExerciseError, match="auto-gibt-es-nicht"):
        generate("auto-gibt-es-nicht", WINDPARK_ID)
    assert set(GENERATED_IDS) == {"auto-wer-spricht", "auto-zitatart", "auto-verb-konnotation",
                                  "auto-quellen-markieren"}


@pytest.mark.parametrize("exercise_id", GENERATED_IDS)
def test_generated_for_the_lesson_article_are_solvable(exercise_id):
    """On the real lesson article: each generated exercise builds from annotations.json and its key scores full."""
    from medialit.article import Article

    ex = generate(exercise_id, "belarus-2020")
    if ex.type == "choice":
        answer = {"selected": [o.id for o in ex.options if o.correct]}
    elif ex.type == "sort":
        answer = {"assign": {it.id: it.category for it in ex.items}}
    else:
        answer = {"marked": [list(s) for s in key_spans(ex, Article.load("belarus-2020").text)]}
    result = check(ex, answer)
    assert result.correct and result.score == ex.points
    assert ex.store_key == f"{exercise_id}@belarus-2020"
