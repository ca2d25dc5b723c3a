"""medialit.framing: the lexicon is valid and cues are found by lemma, in compounds and as phrases."""

from __future__ import annotations

import pytest

from medialit import framing
from medialit.article import Article
from medialit.errors import MedialitError


def cues(text):
    return [(c.text, c.category) for c in framing.framing(text)]


def test_lexicon_is_large_and_every_entry_explained():
    lex = framing.load_lexicon()
    assert len(lex.entries) >= 60
    assert {"martial", "conflict", "metaphor", "loaded", "hedge", "evaluative"} <= set(lex.categories)
    for e in lex.entries:
        assert e.category in lex.categories and len(e.explanation) > 20


def test_inflected_forms_and_compounds():
    got = cues("Die Spannungen wuchsen, das Regime drohte mit einem Truppenaufmarsch.")
    assert ("Spannungen", "conflict") in got
    assert ("Regime", "loaded") in got
    assert ("drohte", "conflict") in got
    assert ("Truppenaufmarsch", "martial") in got


def test_multiword_metaphor_in_one_sentence_only():
    assert ("Öl ins Feuer", "metaphor") in cues("Der Minister goss Öl ins Feuer.")
    assert not [c for c in cues("Das Öl ist teuer. Das Feuer brennt.") if c[1] == "metaphor"]


def test_hedges():
    got = cues("Der mutmaßliche Täter ist offenbar geflohen.")
    assert ("mutmaßliche", "hedge") in got and ("offenbar", "hedge") in got


def test_neutral_sentence_has_no_cues():
    assert cues("Der Bus fährt um acht Uhr ab.") == []


def test_lesson_article_cues():
    article = Article.load("belarus-2020")
    got = framing.framing(article.text)
    found = {(c.text, c.category) for c in got}
    assert {("Spannungen", "conflict"), ("schwelen", "metaphor"), ("Aufmarsch", "martial"),
            ("Aufrüstung", "martial"), ("Nato-Aufstockung", "martial"), ("Bedrohung", "conflict")} <= found
    assert any(c.category == "metaphor" and c.text.startswith("Unterstützung") and c.text.endswith("geworfen")
               for c in got)
    for c in got:
        assert article.text[c.start:c.end] == c.text and c.explanation


def test_broken_lexicon_names_file_and_entry(tmp_path):
    bad = tmp_path / "framing.yml"
    bad.write_text("categories: {martial: M}\nentries:\n  - {lemma: Krieg, category: martial, explanation: x}\n"
                   "  - {lemma: Frieden, category: peace, explanation: y}\n", encoding="utf-8")
    with pytest.raises(MedialitError, match=r"framing.yml, Eintrag 2: unbekannte Kategorie „peace“"):
        framing.load_lexicon(str(bad))


def test_literal_death_is_no_cue_but_dying_as_a_nation_is_one():
    assert cues("Bei dem Unglück starben zwölf Menschen.") == []
    assert cues("Sonst werde das Land als Staat, als Volk, als Nation sterben.") == [
        ("als Staat, als Volk, als Nation sterben", "disaster")]
