"""Claim verdicts in the exercises agree with claims.json, the machine-readable version of the factsheet's table;
claims.json and timeline.json are complete and consistent with the article.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from medialit.exercises import load_bank

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "data/articles/belarus-2020"
CLAIMS = json.loads((FOLDER / "claims.json").read_text(encoding="utf-8"))
TIMELINE = json.loads((FOLDER / "timeline.json").read_text(encoding="utf-8"))
RAW = (FOLDER / "raw.txt").read_text(encoding="utf-8")
BY_NUMBER = {c["number"]: c for c in CLAIMS["claims"]}
VERDICTS = CLAIMS["verdicts"]

# How the factsheet's own verdict wording maps onto the fixed vocabulary (checked against each claim's
# `verdict_factsheet`, which is copied verbatim from the factsheet table).
FACTSHEET_WORDING = [
    (r"^reported correctly; the claim itself is unsupported", "unsupported"),
    (r"^accurate as .*claim", "accurate_as_claim"),
    (r"^mostly true, overstated", "mostly_true_overstated"),
    (r"^partly", "partly_true"),
    (r"^interpretation", "interpretation"),
    (r"^accurate", "accurate"),
]


@pytest.fixture(scope="module")
def bank():
    return load_bank(REPO / "exercises")


def test_claims_json_is_the_whole_table():
    assert sorted(BY_NUMBER) == list(range(1, 14))
    for c in CLAIMS["claims"]:
        assert c["verdict"] in VERDICTS, c["number"]
        assert c["snippet"] in RAW, c["number"]
        assert c["claim"] and c["fact"] and c["claimant"] and c["how_to_check"], c["number"]
        for src in c["sources"]:
            assert src["label"] and (src["url"] is None or src["url"].startswith("https://")), src


def test_verdicts_follow_the_factsheet_wording():
    for c in CLAIMS["claims"]:
        expected = next(v for pattern, v in FACTSHEET_WORDING if re.search(pattern, c["verdict_factsheet"]))
        assert c["verdict"] == expected, (c["number"], c["verdict_factsheet"])


def test_sort_exercise_verdicts_agree_with_claims_json(bank):
    ex = bank.exercises["belege-urteile"]
    assert {cat.id: cat.label for cat in ex.categories} == {k: v["label"] for k, v in VERDICTS.items()}
    assert len(ex.items) >= 8
    for item in ex.items:
        number = int(item.id.removeprefix("claim-"))
        assert item.category == BY_NUMBER[number]["verdict"], item.id


def test_every_verdict_choice_has_the_claims_json_verdict_as_its_only_right_answer(bank):
    choices = [ex for ex in bank.exercises.values() if re.fullmatch(r"belege-urteil-\d+", ex.id)]
    assert len(choices) >= 5
    for ex in choices:
        number = int(ex.id.rsplit("-", 1)[1])
        right = [o.id for o in ex.options if o.correct]
        assert right == [BY_NUMBER[number]["verdict"]], ex.id
        assert {o.id for o in ex.options} <= set(VERDICTS), ex.id
        assert all(o.text == VERDICTS[o.id]["label"] for o in ex.options), ex.id


def test_every_key_claim_of_lesson_5_is_judged(bank):
    judged = {int(i.id.removeprefix("claim-")) for i in bank.exercises["belege-urteile"].items}
    judged |= {int(ex.id.rsplit("-", 1)[1]) for ex in bank.exercises.values()
               if re.fullmatch(r"belege-urteil-\d+", ex.id)}
    # every claim whose verdict is not plain "accurate" needs an exercise
    assert {n for n, c in BY_NUMBER.items() if c["verdict"] != "accurate"} <= judged


def test_timeline_events_are_dated_in_range_and_refer_to_real_claims():
    first, last = date.fromisoformat(TIMELINE["start"]), date.fromisoformat(TIMELINE["end"])
    assert (first, last) == (date(2020, 8, 9), date(2020, 8, 16))
    kinds = {"article": 0, "missing": 0}
    for event in TIMELINE["events"]:
        assert first <= date.fromisoformat(event["date"]) <= last, event
        kinds[event["kind"]] += 1
        assert event["claim"] is None or event["claim"] in BY_NUMBER, event
    assert kinds["article"] >= 5 and kinds["missing"] >= 3
    for event in TIMELINE["before"]:
        assert date.fromisoformat(event["date"]) < first


def test_what_the_article_leaves_out_is_on_the_timeline_and_in_the_exercise(bank):
    missing = " ".join(e["text"] for e in TIMELINE["events"] if e["kind"] == "missing")
    for word in ("7.000", "Sanktionen", "Tichanowskaja", "100.000"):
        assert word in missing, word
    ex = bank.exercises["belege-fehlt"]
    right = " ".join(o.text for o in ex.options if o.correct)
    for word in ("7.000", "Sanktionsbeschluss", "100.000"):
        assert word in right
