"""Where indirect contents end at brackets, on sentences written here."""

from __future__ import annotations

from _quotes_support import of_kind, only


def test_an_aside_with_its_own_verb_ends_a_content_after_an_indicative_clause():
    found = of_kind("Der Verband hatte Einspruch erhoben, weil der Plan gegen das Gesetz verstoße (wir berichteten).",
                    "indirect", "free_indirect")
    assert [q.text for q in found] == ["weil der Plan gegen das Gesetz verstoße"]


def test_an_aside_with_its_own_verb_ends_free_indirect_speech():
    found = of_kind("Die Ärztin warnte am Montag vor der Welle. Die Zahl der Fälle werde im Winter steigen, weil "
                    "viele Menschen ungeimpft seien (die Stadt hatte schon im Herbst davor gewarnt).", "free_indirect")
    assert [q.text for q in found] == ["Die Zahl der Fälle werde im Winter steigen, weil viele Menschen ungeimpft seien"]


def test_a_report_keeps_the_bracket_that_holds_its_verb():
    text = "Laut der Polizei wurden drei Menschen verletzt (die Feuerwehr hatte zuerst von fünf gesprochen)."
    assert only(text, "reported").text.endswith("(die Feuerwehr hatte zuerst von fünf gesprochen).")


def test_a_verb_closing_a_relative_clause_after_an_apposition_stays_in_the_content():
    found = of_kind("Die Opposition kritisierte, dass der Entwurf Ausnahmen vorsehe, die einige Branchen, etwa die "
                    "Landwirtschaft, bevorzugten.", "indirect")
    assert [q.text for q in found] == [
        "dass der Entwurf Ausnahmen vorsehe, die einige Branchen, etwa die Landwirtschaft, bevorzugten"]
