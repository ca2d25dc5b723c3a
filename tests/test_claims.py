"""medialit.claims: dates, numbers and places as model records, from text or a processed Doc."""

from __future__ import annotations

import pytest

from medialit import claims
from medialit import nlp as mnlp
from medialit.article import Article
from medialit.model import DateMention, Entity, NumberMention

TEXT = ("Am Samstag protestierten in Leipzig rund 4.000 Menschen gegen die Schließung. Am 2. Oktober hatte "
        "der Stadtrat mit 55 Prozent zugestimmt; am Sonntag sprach der Oberbürgermeister in Dresden.")


def test_dates_resolved_against_publication_date():
    got = claims.dates(TEXT, published="2022-10-11")  # a Tuesday
    assert [(d.text, d.date) for d in got] == [("Am Samstag", "2022-10-08"), ("Am 2. Oktober", "2022-10-02"),
                                               ("am Sonntag", "2022-10-09")]
    assert all(isinstance(d, DateMention) and TEXT[d.start:d.end] == d.text for d in got)
    assert got[0].evidence == ("Wochentag: Samstag; letzter Samstag vor dem Erscheinungsdatum (2022-10-11)")


def test_same_doc_other_publication_date():
    doc = mnlp.parse(TEXT)
    assert [d.date for d in claims.dates(doc, "2022-10-20")] == ["2022-10-15", "2022-10-02", "2022-10-16"]
    assert [d.date for d in claims.dates(doc)] == [None, None, None]


def test_numbers_and_places():
    nums = claims.numbers(TEXT)
    assert [(n.text, n.value, n.unit) for n in nums] == [("rund 4.000 Menschen", 4000.0, "Menschen"),
                                                         ("55 Prozent", 55.0, "Prozent")]
    assert all(isinstance(n, NumberMention) and n.evidence.startswith("Zahl:") for n in nums)
    places = claims.places(TEXT)
    assert [(p.text, p.label) for p in places] == [("Leipzig", "LOC"), ("Dresden", "LOC")]
    assert all(isinstance(p, Entity) and p.evidence for p in places)


def test_bad_publication_date_is_a_clear_error():
    with pytest.raises(ValueError, match="Erscheinungsdatum „17.08.2020“"):
        claims.dates("Am Samstag.", published="17.08.2020")


def test_lesson_article_claims():
    article = Article.load("belarus-2020")
    got = claims.extract(article.text, article.published)
    dates = [(d.text, d.date) for d in got.dates]
    assert ("am Samstag", "2020-08-15") in dates and ("am Sonntag", "2020-08-16") in dates
    assert ("am 9. August", "2020-08-09") in dates
    nums = {n.text: (n.value, n.unit) for n in got.numbers}
    assert nums["80 Prozent"] == (80.0, "Prozent")
    assert nums["15 Minuten"] == (15.0, "Minuten")
    assert nums["mindestens 5.500"] == (5500.0, "US-Truppen")
    assert {"Belarus", "Polen", "Litauen", "Lettland", "Washington"} <= {p.text for p in got.places}
