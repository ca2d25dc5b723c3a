"""Checkers: scores, partial credit, per-part feedback and when the solution is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medialit.article import Article
from medialit.exercises import check, get_exercise, key_spans, mark_units

VALID = Path(__file__).parent / "fixtures" / "exercises" / "valid"


def ex(exercise_id):
    return get_exercise(exercise_id, folder=VALID)


def test_single_choice_right_wrong_and_solution_after_max_tries():
    e = ex("t-choice")
    right = check(e, {"selected": ["a"]}, tries=1)
    assert (right.score, right.max_points, right.correct, right.solution_shown) == (1.0, 1.0, True, True)
    assert right.summary.startswith("Richtig!")
    assert any("Richtig – „sagte die NATO-Sprecherin“" in f for f in right.feedback)

    wrong = check(e, {"selected": ["b"]}, tries=1)
    assert (wrong.score, wrong.correct, wrong.solution_shown) == (0.0, False, False)
    assert "noch 1 Versuch" in wrong.summary
    assert wrong.feedback == ["✘ „warnte“: „warnte“ gehört zu Lukaschenko."]

    last = check(e, {"selected": ["c"]}, tries=2)
    assert last.solution_shown and not last.correct
    assert "Nach 2 Versuchen siehst du jetzt die Lösung" in last.summary
    assert any(f.startswith("⚠ „sagte“ wäre richtig gewesen") for f in last.feedback)
    assert last.details["options"] == {"a": "missed", "c": "wrong"}


@pytest.mark.parametrize("selected,score,correct", [
    (["luk", "nato"], 2.0, True),
    (["luk"], 1.0, False),
    (["luk", "opp"], 0.0, False),
    (["luk", "nato", "opp"], 1.0, False),
    (["opp", "exp"], 0.0, False),
])
def test_multiple_choice_partial_credit(selected, score, correct):
    r = check(ex("t-multi"), {"selected": selected})
    assert r.score == pytest.approx(score)
    assert r.correct is correct


def test_choice_empty_and_malformed_answers():
    e = ex("t-choice")
    empty = check(e, {"selected": []})
    assert empty.score == 0 and "Bitte wähle" in empty.summary
    bad = check(e, {"selected": 3})
    assert bad.score == 0 and "ungültiges Format" in bad.summary
    assert check(e, "a").score == 0  # not a mapping
    unknown = check(e, {"selected": ["zz"]})
    assert not unknown.correct and any("'zz'" in f for f in unknown.feedback)


def _sentence_with(text, snippet):
    pos = text.index(snippet)
    art = Article.load("belarus-2020")
    for s in art.sentences:
        if s.start <= pos < s.end:
            return [s.start, s.end]
    raise AssertionError(snippet)


def test_mark_units_and_key_spans_point_into_the_article():
    e = ex("t-mark")
    text, units = mark_units(e)
    assert text == Article.load("belarus-2020").text
    assert units[0].text == "Spannungen schwelen zwischen Russland und der NATO wegen Belarus"
    spans = key_spans(e, text)
    assert [text[s:t] for s, t in spans] == [k.text for k in e.key]


def test_mark_full_partial_and_false_marks():
    e = ex("t-mark")
    text = Article.load("belarus-2020").text
    s1 = _sentence_with(text, "umfassende Hilfe")
    s2 = _sentence_with(text, "als Nation sterben")
    s3 = _sentence_with(text, "keine Nato-Aufstockung")
    wrong = _sentence_with(text, "Belarus grenzt im Westen")
    full = check(e, {"marked": [s1, s2, s3]})
    assert (full.score, full.correct) == (3.0, True)
    part = check(e, {"marked": [s1, s2]})
    assert part.score == pytest.approx(2.0) and not part.correct
    assert any(f.startswith("⚠ übersehen: „Es gibt in der Region keine Nato-Aufstockung“") for f in part.feedback)
    mixed = check(e, {"marked": [s1, s2, wrong]})
    assert mixed.score == pytest.approx(1.0)
    assert any(f.startswith("✘ falsch markiert: „Belarus grenzt im Westen") for f in mixed.feedback)
    assert len(mixed.details["false"]) == 1 and len(mixed.details["missed"]) == 1
    only_wrong = check(e, {"marked": [wrong]})
    assert only_wrong.score == 0.0
    assert check(e, {"marked": "all"}).score == 0.0


def test_mark_words_counts_each_word():
    e = ex("t-mark-words")
    text, units = mark_units(e)
    warnte = next(u for u in units if u.text == "warnte")
    r = check(e, {"marked": [[warnte.start, warnte.end]]})
    assert r.score == pytest.approx(1.0)
    assert "1 von 2 richtigen Stellen" in r.feedback[0]


def test_sort_share_and_per_item_feedback():
    e = ex("t-sort")
    r = check(e, {"assign": {"sagte": "neutral", "warnte": "neutral"}})
    assert r.score == pytest.approx(1.0)
    assert r.details["items"] == {"sagte": "right", "warnte": "wrong", "meinte": "missing"}
    assert any("„neutral“ passt nicht" in f and "dramatisiert" in f for f in r.feedback)
    full = check(e, {"assign": {"sagte": "neutral", "warnte": "wertend", "meinte": "neutral"}})
    assert (full.score, full.correct) == (3.0, True)
    assert "3 von 3 richtig zugeordnet" in full.summary


def test_scale_profile_and_completeness():
    e = ex("t-scale")
    r = check(e, {"ratings": {"s1": 2, "s2": 5, "s3": 4}})
    assert r.details["profile"] == {"konflikt": 3.5, "bedrohung": 4.0}
    assert (r.score, r.correct) == (1.0, True)
    assert "Konflikt: 3,5 (Skala 1–5)" in r.feedback
    part = check(e, {"ratings": {"s1": 2, "s3": 9}})
    assert part.score == 0 and "Bitte bewerte noch 2 Aussage(n)" in part.summary
    assert part.details["profile"] == {"konflikt": 2.0, "bedrohung": None}


def test_reflect_counts_words():
    e = ex("t-reflect")
    short = check(e, {"text": "Die Opposition fehlt."})
    assert short.score == 0 and "zu kurz" in short.summary and "3 Wörter" in short.feedback[0]
    ok = check(e, {"text": "Die Opposition fehlt ganz im Text."})
    assert (ok.score, ok.correct) == (2.0, True)


def test_compare_scores_viewing():
    e = ex("t-compare")
    assert check(e, {"viewed": True}).correct
    assert not check(e, {}).correct


# --- properties over many answers ---------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(["luk", "nato", "opp", "exp"])))
def test_multiple_choice_score_is_bounded_and_full_only_when_exact(selected):
    r = check(ex("t-multi"), {"selected": sorted(selected)})
    assert 0.0 <= r.score <= r.max_points == 2.0
    assert (r.score == 2.0) == (selected == {"luk", "nato"}) == r.correct


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_mark_score_is_bounded_and_false_marks_never_help(data):
    e = ex("t-mark")
    text, units = mark_units(e)
    chosen = data.draw(st.sets(st.integers(0, len(units) - 1), max_size=len(units)))
    marked = [[units[i].start, units[i].end] for i in sorted(chosen)]
    r = check(e, {"marked": marked})
    assert 0.0 <= r.score <= 3.0
    key = set(r.details["hits"]) | set(r.details["missed"])
    extra = [i for i in range(len(units)) if i not in key and i not in chosen]
    if extra:
        more = check(e, {"marked": marked + [[units[extra[0]].start, units[extra[0]].end]]})
        assert more.score <= r.score
    full = check(e, {"marked": [[units[i].start, units[i].end] for i in sorted(key)]})
    assert full.score == 3.0 and full.correct


def test_absurdly_many_marks_are_refused_quickly():
    r = check(ex("t-mark"), {"marked": [[0, 1]] * 100_000})
    assert r.score == 0 and "ungültiges Format" in r.summary
