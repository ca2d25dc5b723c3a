"""The source inventory: grouping by resolved name, kinds, roles, named/unnamed, second-hand, counts."""

from __future__ import annotations

from medialit.analysis import analyze


def test_inventory_of_a_written_text():
    text = ("Die Sprecherin der Stadt, Maria Lang, sagte: „Wir öffnen die Schulen.“ Sie ergänzte, die Kitas "
            "würden später folgen. Laut Lang sagte der Bürgermeister zu, dass „niemand entlassen wird“. "
            "Anwohner forderten mehr Busse.")
    result = analyze(text)
    by_name = {s.name: s for s in result.sources}
    lang = by_name["Maria Lang"]
    assert lang.kind == "person" and lang.named
    assert lang.counts["direct"] == 1 and lang.counts["indirect"] == 1
    assert lang.first < lang.last
    assert lang.words_quoted >= 5
    mayor = by_name["Bürgermeister"]
    assert mayor.second_hand and not mayor.named
    assert "über Maria Lang wiedergegeben" in mayor.evidence
    residents = by_name["Anwohner"]
    assert residents.kind == "group" and not residents.named and residents.counts["reported"] == 1
    assert [s.first for s in result.sources] == sorted(s.first for s in result.sources)


def test_role_and_affiliation_from_the_text():
    result = analyze("„Es gibt keine Gefahr“, sagte die NATO-Sprecherin Oana Lungescu.")
    (src,) = result.sources
    assert src.name == "Oana Lungescu" and src.role == "NATO-Sprecherin" and src.affiliation == "NATO"
