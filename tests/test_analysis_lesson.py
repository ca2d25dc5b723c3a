"""The engine reproduces the hand-made key of the lesson article exactly (kinds, spans, speakers, relays)."""

from __future__ import annotations

import pytest

from medialit.analysis import analyze
from medialit.annotations import load
from medialit.article import Article


@pytest.fixture(scope="module")
def result():
    return analyze(Article.load("belarus-2020"))


@pytest.fixture(scope="module")
def key():
    return load("belarus-2020")


def test_every_key_quotation_is_found_with_kind_speaker_cue_and_relay(result, key):
    found = {tuple(map(tuple, q.spans)): q for q in result.quotes}
    for k in key.quotes:
        q = found.get(tuple(map(tuple, k.spans)))
        assert q is not None, f"{k.id} nicht gefunden: {k.text[:60]}"
        assert q.kind == k.kind, k.id
        assert q.text == k.text, k.id
        assert (q.speaker.name if q.speaker else None) == (k.speaker.name if k.speaker else None), k.id
        assert (q.speaker.kind if q.speaker else None) == (k.speaker.kind if k.speaker else None), k.id
        assert (q.speaker.spans if q.speaker else None) == (list(map(tuple, k.speaker.spans)) if k.speaker else None), k.id
        assert (q.relay.name if q.relay else None) == (k.relay.name if k.relay else None), k.id
        assert (q.cue.lemma if q.cue else None) == (k.cue.lemma if k.cue else None), k.id
        assert q.evidence, k.id


def test_no_spurious_quotation(result, key):
    wanted = {tuple(map(tuple, k.spans)) for k in key.quotes}
    extra = [q.text[:60] for q in result.quotes if tuple(map(tuple, q.spans)) not in wanted]
    assert extra == []
    assert len(result.quotes) == len(key.quotes)


def test_sources_agree_with_the_key(result, key):
    engine = {s.name: s for s in result.sources}
    for k in key.sources:
        assert k.name in engine, k.name
        s = engine[k.name]
        assert s.kind == k.kind, k.name
        assert s.named == k.named, k.name
        assert s.second_hand == k.second_hand, k.name
    assert set(engine) == {k.name for k in key.sources}


def test_reporting_verbs_and_connotations_agree_with_the_key(result, key):
    engine = {(v.start, v.lemma, v.connotation) for v in result.verbs}
    for k in key.verbs:
        assert (k.spans[0][0], k.lemma, k.connotation) in engine, k.text


def test_the_subheadline_is_not_counted_as_a_quotation(result):
    article = Article.load("belarus-2020")
    assert all(q.start >= article.body_start for q in result.quotes)


def test_dates_are_resolved_against_the_publication_date(result, key):
    found = {(d.start, d.date) for d in result.dates}
    for k in key.dates:
        assert (k.spans[0][0], k.date) in found, k.text


def test_every_extractor_contributes(result):
    assert result.sentences and result.entities and result.numbers and result.framing
    assert all(f.explanation for f in result.framing)
