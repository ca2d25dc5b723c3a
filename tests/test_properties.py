"""Property tests: ``analyze`` on arbitrary Unicode text never fails and reports consistent offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit.analysis import analyze
from medialit.errors import ArticleError

WORDS = ["Der", "Minister", "sagte", ",", "es", "gebe", "keine", "Probleme", ".", "„", "“", "\"", "»", "«", "‚",
         "‘", "'", "laut", "Polizei", "zufolge", "so", "Merkel", ":", "wies", "zurück", "er", "sie", "dass",
         "warnte", "vor", "\n\n", "habe", "würden", "Anna Vogel", "NATO", "am Samstag", "15", "Prozent"]

german_like = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)
any_text = st.text(min_size=1, max_size=300)


def _check(text: str) -> None:
    try:
        result = analyze(text)
    except ArticleError:
        return  # empty or binary-looking input is refused with a message, never a crash
    n = len(text)
    assert result.text == text

    def span_ok(start: int, end: int) -> None:
        assert 0 <= start <= end <= n

    prev = -1
    for s, e in result.sentences:
        span_ok(s, e)
        assert s >= prev
        prev = e
    for ent in result.entities:
        span_ok(ent.start, ent.end)
        assert text[ent.start:ent.end] == ent.text
    for q in result.quotes:
        last = -1
        for s, e in q.spans:
            span_ok(s, e)
            assert s >= last
            last = e
        assert q.text == " … ".join(text[s:e] for s, e in q.spans)
        for part in (q.speaker, q.cue, q.relay):
            if part is None:
                continue
            for s, e in part.spans:
                span_ok(s, e)
            assert part.text == " … ".join(text[s:e] for s, e in part.spans)
    starts = [q.start for q in result.quotes]
    assert starts == sorted(starts)
    for v in result.verbs:
        span_ok(v.start, v.end)
        assert text[v.start:v.end] == v.text
    for d in [*result.dates, *result.numbers]:
        span_ok(d.start, d.end)
        assert text[d.start:d.end] == d.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_unicode(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_like)
def test_german_like_word_salad(text):
    _check(text)
