"""The reporting-verb lexicon: size, classes, explanations, lookups of separable verbs and source markers."""

from __future__ import annotations

import pytest

from medialit import nlp, verbs
from medialit.errors import MedialitError
from medialit.model import CONNOTATIONS


def test_lexicon_has_several_hundred_entries_with_german_explanations():
    lex = verbs.load_lexicon()
    assert len(lex) >= 300
    for e in [*lex.verbs.values(), *lex.phrases.values(), *lex.cues.values()]:
        assert e.connotation in CONNOTATIONS
        assert len(e.explanation) > 10 and e.explanation[0].isupper()
    assert {e.connotation for e in lex.verbs.values()} == set(CONNOTATIONS)


@pytest.mark.parametrize(
    ("lemma", "connotation"),
    [("sagen", "neutral"), ("erklären", "neutral"), ("bestätigen", "presupposing"), ("einräumen", "presupposing"),
     ("behaupten", "distancing"), ("warnen", "evaluative"), ("drohen", "evaluative"),
     ("zurückweisen", "adversarial"), ("bestreiten", "adversarial"), ("ablehnen", "adversarial"),
     ("fordern", "demanding"), ("auffordern", "demanding"), ("zusagen", "neutral"), ("mitteilen", "neutral")],
)
def test_connotation_classes(lemma, connotation):
    assert verbs.entry(lemma).connotation == connotation


def test_source_markers():
    for marker in ("laut", "zufolge", "nach Angaben", "so", "angeblich"):
        assert verbs.cue(marker) is not None
    assert verbs.cue("angeblich").connotation == "distancing"


def test_find_reports_separable_verbs_and_skips_direct_quotations():
    text = "Die NATO wies die Vorwürfe zurück. „Wir warnen alle“, sagte sie."
    doc = nlp.parse(text)
    inner = (text.index("„"), text.index("“") + 1)
    found = verbs.find(doc, skip=[inner])
    assert [(v.lemma, v.connotation) for v in found] == [("zurückweisen", "adversarial"), ("sagen", "neutral")]
    assert found[0].text == "wies die Vorwürfe zurück"


def test_broken_lexicon_names_the_entry(tmp_path):
    bad = tmp_path / "lex.yml"
    bad.write_text("neutral:\n  sagen: ''\n", encoding="utf-8")
    with pytest.raises(MedialitError, match="sagen"):
        verbs.load_lexicon(str(bad))
