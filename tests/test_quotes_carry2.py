"""Carried-over speakers of free indirect speech, on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind


def test_free_indirect_after_demnach_names_the_source_in_full():
    text = ("Die Polizei von Köln teilte am Montag mit, der Täter sei geflohen. Demnach hat er zuvor ein Auto "
            "gestohlen. Die Beute sei noch nicht gefunden worden.")
    free = of_kind(text, "free_indirect")
    assert len(free) == 1 and free[0].speaker is not None
    assert free[0].speaker.text == "Die Polizei von Köln"
    assert any(e.startswith("Quelle zuvor ausführlich genannt") for e in free[0].evidence)


def test_free_indirect_of_wanting_names_its_own_subject():
    text = ("Der Bürgermeister kündigte am Dienstag an, die Brücke werde im Mai gesperrt. Die Landesregierung "
            "wolle die Kosten jedoch nicht allein tragen.")
    free = of_kind(text, "free_indirect")
    assert len(free) == 1 and free[0].speaker is not None
    assert free[0].speaker.text == "Die Landesregierung"
    assert any("Wille oder Wissen" in e for e in free[0].evidence)
