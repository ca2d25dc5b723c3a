"""The lesson article through the pipeline: reporting verbs, Konjunktiv, quotation marks (see the factsheet)."""

from __future__ import annotations

import pytest

from medialit import nlp as mnlp
from medialit.article import Article


@pytest.fixture(scope="module")
def lesson():
    article = Article.load("belarus-2020")
    doc = mnlp.parse(article.text, sent_starts=[p.start for p in article.parts], published=article.published)
    return article.text, doc


def test_reporting_verb_lemmas(lesson):
    _, doc = lesson
    lemmas = {t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert {"zusagen", "bestätigen", "warnen", "zurückweisen", "auffordern", "ablehnen", "sagen"} <= lemmas
    sagte_zu = next(t for t in doc if t.lemma_ == "zusagen")
    assert doc[sagte_zu._.particle].text == "zu"
    assert sagte_zu._.lemma_evidence == "trennbares Verb: sagte … zu → zusagen"


@pytest.mark.parametrize("word, mood", [("habe", "Sub"), ("zustimme", "Sub"), ("werde", "Sub"), ("gebe", "Sub"),
                                        ("wird", "Ind"), ("gibt", "Ind"), ("ist", "Ind")])
def test_konjunktiv_in_the_article(lesson, word, mood):
    _, doc = lesson
    tok = next(t for t in doc if t.text == word)
    assert tok.morph.get("Mood") == [mood]


def test_plural_haben_is_ambiguous(lesson):
    _, doc = lesson
    habens = [t for t in doc if t.text == "haben"]
    assert len(habens) == 2 and all(t._.mood_ambiguous and not t.morph.get("Mood") for t in habens)


def test_the_four_quotations_in_marks(lesson):
    text, doc = lesson
    inner = [text[p.inner_start:p.inner_end] for p in mnlp.quote_pairs(doc)]
    assert len(inner) == 4
    assert inner[0].startswith("Russland auf erstes Ersuchen") and inner[0].endswith("zu gewährleisten")
    assert inner[1] == "als Staat, als Volk, als Nation sterben"
    assert inner[2] == "Es gibt in der Region keine Nato-Aufstockung"
    assert inner[3].startswith("Die multinationale Präsenz") and inner[3].endswith("den Frieden zu erhalten")
