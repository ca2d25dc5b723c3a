"""Where indirect contents start and end, on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind


@pytest.mark.parametrize("text, content", [
    ("Der Sprecher wies einen Bericht zurück, wonach die Behörde Akten vernichtet habe.",
     "die Behörde Akten vernichtet habe"),
    ("Die Ärztin verwies auf zwei Studien, nach denen das Mittel kaum wirke.", "das Mittel kaum wirke"),
])
def test_a_relative_source_word_is_no_part_of_the_content(text, content):
    found = of_kind(text, "indirect")
    assert content in [q.text for q in found]
    q = next(q for q in found if q.text == content)
    assert any("nennt die Quelle" in e for e in q.evidence)


def test_an_article_after_nach_stays_in_the_content():
    found = of_kind("Der Minister sagte, nach dem Unfall sei die Strecke gesperrt worden.", "indirect")
    assert [q.text for q in found] == ["nach dem Unfall sei die Strecke gesperrt worden"]


@pytest.mark.parametrize("text, kind", [
    ("Die Ministerin sprach am Montag in Berlin. Das Gesetz folgt alten Regeln, laut denen jede Schule einen "
     "Garten bekommen solle.", "free_indirect"),
    ("Die Ministerin sprach am Montag in Berlin. Der Vorschlag war ein Schritt für ihre Pläne, laut denen jede "
     "Schule einen Garten bekommen solle.", "indirect"),
])
def test_a_relative_source_word_before_a_konjunktiv_clause_stays_out(text, kind):
    found = of_kind(text, kind)
    assert [q.text.rstrip(".") for q in found] == ["jede Schule einen Garten bekommen solle"]
    assert any("nennt die Quelle" in e for e in found[0].evidence)


def test_a_marker_in_a_contrasting_second_main_clause_vouches_only_for_that_clause():
    text = "Die Bibliothek bleibt im August geschlossen, lediglich der Lesesaal wird laut der Stadt geöffnet."
    found = of_kind(text, "indirect")
    assert [q.text for q in found] == ["lediglich der Lesesaal wird … geöffnet"]
    assert any("zweiten Hauptsatz" in e for e in found[0].evidence)


@pytest.mark.parametrize("text", [
    "Weil es stark regnete, wurde laut der Stadt das Freibad geschlossen.",
    "Das Freibad, das erst im Mai öffnete, bleibt laut der Stadt jedoch geschlossen.",
])
def test_a_marker_after_a_subordinate_clause_keeps_the_whole_sentence(text):
    found = of_kind(text, "indirect")
    assert found and all(not any("zweiten Hauptsatz" in e for e in q.evidence) for q in found)
