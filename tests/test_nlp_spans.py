"""Dates and numbers span groups, and the lesson article's sentences."""

from __future__ import annotations

import pytest

from medialit import nlp as mnlp
from medialit.article import Article
from medialit.nlp.spans import parse_number


def dates(text, published="2023-03-15"):
    doc = mnlp.parse(text, published=published)
    return [(s.text, s._.date) for s in doc.spans["dates"]]


def numbers(text):
    doc = mnlp.parse(text)
    return [(s.text, s._.value, s._.unit, s._.qualifier) for s in doc.spans["numbers"]]


def test_weekdays_resolve_to_the_last_such_day_before_publication():
    # 2023-03-15 is a Wednesday
    assert dates("Am Montag demonstrierten viele, am Mittwoch blieb es ruhig, seit Sonntag regnet es.") == [
        ("Am Montag", "2023-03-13"), ("am Mittwoch", "2023-03-08"), ("seit Sonntag", "2023-03-12")]


def test_next_weekday_and_relative_days():
    assert dates("Gestern tagte der Rat, am kommenden Freitag entscheidet er.") == [
        ("Gestern", "2023-03-14"), ("am kommenden Freitag", "2023-03-17")]


def test_day_month_takes_publication_year_and_full_dates():
    got = dates("Die Wahl am 26. Februar, der Vertrag vom 3. Mai 2019, die Frist bis zum 28.02.2022 und "
                "Ende Dezember 2021 im Jahr 2020.")
    assert got == [("am 26. Februar", "2023-02-26"), ("vom 3. Mai 2019", "2019-05-03"),
                   ("bis zum 28.02.2022", "2022-02-28"), ("Ende Dezember 2021", "2021-12"), ("im Jahr 2020", "2020")]


def test_day_month_late_in_year_before_a_january_text_is_last_year():
    assert dates("Am 28. Dezember begann der Streik.", published="2024-01-05") == [("Am 28. Dezember", "2023-12-28")]


def test_without_publication_date_weekdays_stay_unresolved():
    doc = mnlp.parse("Am Samstag kam er.")
    span = doc.spans["dates"][0]
    assert span._.date is None and span._.date_parts == {"weekday": 5}
    assert "Erscheinungsdatum unbekannt" in span._.evidence


def test_numbers_with_units_qualifiers_and_scales():
    assert numbers("Rund 1,5 Millionen Menschen, 42 Prozent der Stimmen, mehr als 300 neue Stellen, 7 % Zinsen "
                   "und 12 Euro.") == [
        ("Rund 1,5 Millionen Menschen", 1_500_000.0, "Menschen", "Rund"),
        ("42 Prozent", 42.0, "Prozent", None),
        ("mehr als 300 neue Stellen", 300.0, "Stellen", "mehr als"),
        ("7 %", 7.0, "Prozent", None),
        ("12 Euro", 12.0, "Euro", None),
    ]


def test_number_unit_named_earlier_in_the_sentence():
    got = numbers("Die Stadt erhöht die Zahl der Busse im Netz auf mindestens 1.200.")
    assert got == [("mindestens 1.200", 1200.0, "Busse", "mindestens")]


def test_bare_years_are_dates_but_counted_years_are_numbers():
    doc = mnlp.parse("Die Firma wurde 2007 gegründet, seit 1990 wächst sie, 2007 Menschen arbeiten dort.")
    assert [(s.text, s._.date) for s in doc.spans["dates"]] == [("2007", "2007"), ("seit 1990", "1990")]
    assert [s.text for s in doc.spans["numbers"]] == ["2007 Menschen"]


def test_dates_are_not_numbers():
    assert numbers("Am 3. Mai 2019 kamen 20 Gäste.") == [("20 Gäste", 20.0, "Gäste", None)]


@pytest.mark.parametrize("text, value", [("5.500", 5500.0), ("3,5", 3.5), ("1.234,5", 1234.5), ("zwölf", 12.0),
                                         ("80", 80.0), ("abc", None), ("1.2.3", None)])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.fixture(scope="module")
def lesson():
    article = Article.load("belarus-2020")
    doc = mnlp.parse(article.text, sent_starts=[p.start for p in article.parts], published=article.published)
    return article, doc


def test_lesson_article_sentences(lesson):
    article, doc = lesson
    sents = [s.text.strip() for s in doc.sents]
    assert sents[:3] == ["Spannungen schwelen zwischen Russland und der NATO wegen Belarus",
                         "USA, EU fordern Neuwahlen in Belarus", "Dave DeCamp"]
    body = sents[3:]
    assert len(body) == 15
    assert body[0].startswith("Seit den Präsidentschaftswahlen in Belarus am 9. August haben")
    assert body[9] == ("\"Es gibt in der Region keine Nato-Aufstockung\", sagte die NATO-Sprecherin Oana Lungescu "
                       "in einer Erklärung.")
    assert body[11].endswith("den Frieden zu erhalten\".")
    assert body[-1].endswith("die Lukaschenko zum Rücktritt auffordern.")


def test_lesson_article_dates_and_numbers(lesson):
    _, doc = lesson
    got = {(s.text, s._.date) for s in doc.spans["dates"]}
    assert got == {("am 9. August", "2020-08-09"), ("vom 9. August", "2020-08-09"), ("am Samstag", "2020-08-15"),
                   ("Am Samstag", "2020-08-15"), ("am Sonntag", "2020-08-16")}
    nums = {s.text: (s._.value, s._.unit) for s in doc.spans["numbers"]}
    assert nums["80 Prozent"] == (80.0, "Prozent")
    assert nums["15 Minuten"] == (15.0, "Minuten")
    assert nums["mindestens 5.500"] == (5500.0, "US-Truppen")
