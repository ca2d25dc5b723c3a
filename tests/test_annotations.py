"""The hand-made key loads, matches the raw text and rejects broken keys with a message naming the field."""

from __future__ import annotations

import copy
import json

import pytest

from medialit.annotations import load, path_of, validate
from medialit.article import Article
from medialit.errors import ArticleError


def _raw_key() -> dict:
    return json.loads(path_of("belarus-2020").read_text(encoding="utf-8"))


def test_the_lesson_key_is_valid_and_complete():
    key = load("belarus-2020")
    raw = Article.load("belarus-2020").text
    assert not key.draft
    assert [q.kind for q in key.quotes].count("direct") == 4
    assert {q.kind for q in key.quotes} == {"direct", "indirect", "reported"}
    for q in key.quotes:
        assert " … ".join(raw[s:e] for s, e in q.spans) == q.text
    assert any(q.relay and q.relay.name == "Alexander Lukaschenko" for q in key.quotes)
    assert key.missing_voices and key.sources and key.verbs and key.dates


def test_a_text_that_does_not_match_its_offsets_is_rejected():
    data = _raw_key()
    bad = copy.deepcopy(data)
    bad["quotes"][2]["spans"][0][0] += 1
    with pytest.raises(ArticleError, match=r"quotes\[2\]"):
        validate(bad, Article.load("belarus-2020").text)


def test_an_unknown_kind_is_rejected_naming_the_field():
    bad = _raw_key()
    bad["quotes"][0]["kind"] = "hearsay"
    with pytest.raises(ArticleError, match=r"quotes\.0\.kind"):
        validate(bad, Article.load("belarus-2020").text)


def test_duplicate_ids_are_rejected():
    bad = _raw_key()
    bad["quotes"][1]["id"] = bad["quotes"][0]["id"]
    with pytest.raises(ArticleError, match="doppelt"):
        validate(bad, Article.load("belarus-2020").text)
