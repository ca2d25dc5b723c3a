"""False free indirect passages (fp4), on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import quotes_of


def kinds_and_texts(text: str) -> list[tuple[str, str]]:
    """(kind, content) of every quotation in ``text``."""
    return [(q.kind, q.text) for q in quotes_of(text)]


def test_time_clause_with_als_and_verb_final_sollten_is_the_narrators():
    text = ("Die Polizei teilte mit, die Lage am Bahnhof sei zunächst ruhig gewesen. "
            "Als die Demonstranten abgedrängt und die Zelte geräumt werden sollten, wurden zwei Beamte verletzt.")
    found = kinds_and_texts(text)
    assert not any(kind == "free_indirect" for kind, _ in found), found


def test_plural_sollten_opening_a_main_clause_still_continues_the_report():
    text = ("Die Polizei teilte mit, die Straße am Hafen sei wegen des Unfalls gesperrt. "
            "Die Autofahrer sollten den Bereich bis zum Abend weiträumig umfahren.")
    found = kinds_and_texts(text)
    assert ("free_indirect", "Die Autofahrer sollten den Bereich bis zum Abend weiträumig umfahren.") in found, found


def test_plural_sollten_beside_an_indicative_past_is_the_narrators_past():
    text = ("Die Polizei teilte mit, die Kundgebung sei friedlich verlaufen. "
            "Am Abend sollten die Teilnehmer den Marktplatz verlassen, auf dem die Kundgebung begonnen hatte.")
    found = kinds_and_texts(text)
    assert not any(kind == "free_indirect" for kind, _ in found), found


def test_konjunktiv_two_with_gern_is_a_wish_not_a_continued_report():
    text = ("Der Forscher Paul Berger sagte, die Messungen seien eindeutig. "
            "Er hätte auch gerne Kollegen mit anderer Meinung eingeladen.")
    found = kinds_and_texts(text)
    assert not any(kind == "free_indirect" for kind, _ in found), found
