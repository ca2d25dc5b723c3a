"""Property tests: the pipeline never fails on arbitrary text and every offset it reports is consistent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medialit import claims, framing
from medialit import nlp as mnlp

PIECES = list("abcXYZ äöüß.,:;!?\"'„“”»«‚‘’‹›-–…()[]0123456789\n\t ") + [
    "Herr ", "Präsident ", "am ", "Samstag", "9. ", "August ", "NATO-", "sagte ", " zu", "gebe ", "Prozent ",
    "Oana ", "5.500", "1.1.2020", "Mio. ", "Dr. ", "wies ", "zurück", "sei ", "würden ", "Lukaschenko",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join) | st.text(max_size=120)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, cut=st.integers(min_value=0, max_value=200))
def test_pipeline_offsets_are_consistent(text, cut):
    doc = mnlp.parse(text, sent_starts=[cut], published="2020-08-17")
    assert doc.text == text
    sents = list(doc.sents)
    if len(doc):
        assert sents[0].start == 0 and sents[-1].end == len(doc)
        assert all(a.end == b.start for a, b in zip(sents, sents[1:], strict=False))
    groups = [list(doc.ents), list(doc.spans["dates"]), list(doc.spans["numbers"])]
    for group in groups:
        for a, b in zip(group, group[1:], strict=False):
            assert a.end <= b.start
        for span in group:
            assert text[span.start_char:span.end_char] == span.text
            assert span._.evidence
    for pair in mnlp.quote_pairs(doc):
        assert 0 <= pair.start < pair.end <= len(text)
        assert doc[pair.open_i]._.quote_role == "opening"
    for s, e, _label, _canon, _why in doc._.embedded_ents:
        assert 0 <= s < e <= len(text)
    for tok in doc:
        assert tok.tag_ and tok.pos_
        if tok._.particle is not None:
            assert doc[tok._.particle]._.particle_of == tok.i
    for item in claims.dates(doc, "2020-08-17") + claims.numbers(doc) + framing.find_cues(doc):
        assert text[item.start:item.end] == item.text
