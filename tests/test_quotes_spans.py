"""Span boundaries of indirect speech: where a content starts and ends, on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, quotes_of


def indirect(text: str):
    return only(text, "indirect", "free_indirect")


def texts(text: str, q) -> list[str]:
    return [text[s:e] for s, e in q.spans]


def test_marker_in_the_vorfeld_keeps_its_whole_source_out_of_the_content():
    text = "Nach Angaben des Forschungsinstituts der Landesbank sank die Zahl der Arbeitslosen im Mai deutlich."
    q = indirect(text)
    assert texts(text, q) == ["sank die Zahl der Arbeitslosen im Mai deutlich"]


def test_marker_source_with_apposition_between_commas_ends_at_the_finite_verb():
    text = "Nach Ansicht der Staatsanwaltschaft, vertreten durch Oberstaatsanwalt Peter Kranz, soll der Angeklagte gelogen haben."
    q = indirect(text)
    assert texts(text, q) == ["soll der Angeklagte gelogen haben"]
    assert any(e.startswith("Quelle bis zum finiten Verb (Vorfeld)") for e in q.evidence)


def test_marker_inside_a_relative_clause_vouches_only_for_that_clause():
    text = "Die Feuerwehr löschte einen Brand in einer Halle, in der nach Angaben des Besitzers alte Reifen lagerten."
    q = indirect(text)
    assert texts(text, q) == ["in der", "alte Reifen lagerten"]
    assert "Quellenangabe im Nebensatz: nur dieser Nebensatz" in q.evidence


def test_relative_clause_under_a_marker_keeps_its_embedded_subordinate_clause():
    text = ("Der Stadtrat beriet über die Brücke, die laut Gutachten nur dann sicher ist, wenn sie jährlich geprüft "
            "wird, und vertagte die Entscheidung.")
    q = indirect(text)
    assert texts(text, q)[-1] == "nur dann sicher ist, wenn sie jährlich geprüft wird"


def test_marker_after_a_colon_vouches_for_the_part_after_the_colon():
    text = "Die Lage bleibt unübersichtlich: Laut Polizei sind noch zwei Straßen in der Innenstadt gesperrt."
    q = indirect(text)
    assert texts(text, q) == ["sind noch zwei Straßen in der Innenstadt gesperrt"]


def test_content_ends_where_an_indicative_main_clause_follows_the_preposed_clause():
    text = "Hieß es anfangs noch, dass die Anwohner selbst schuld seien, wird nun eine neue Ampel gebaut."
    q = indirect(text)
    assert texts(text, q) == ["dass die Anwohner selbst schuld seien"]


def test_konjunktiv_after_the_comma_continues_the_content():
    text = "Die Ministerin sagte, sie habe den Bericht gelesen, sei aber noch nicht überzeugt."
    q = indirect(text)
    assert texts(text, q) == ["sie habe den Bericht gelesen, sei aber noch nicht überzeugt"]


def test_konjunktiv_after_doch_continues_the_content():
    text = "Der Sprecher teilte mit, dass zehn Menschen gerettet worden seien, doch würden noch viele vermisst."
    q = indirect(text)
    assert texts(text, q) == ["dass zehn Menschen gerettet worden seien, doch würden noch viele vermisst"]


def test_relative_clause_under_a_marker_runs_over_sondern():
    text = ("Die Kontrolle, die laut Gericht nur erlaubt ist, wenn die Strecke nicht zufällig, sondern nach Plan "
            "gewählt wird, bleibt umstritten.")
    q = indirect(text)
    assert texts(text, q)[-1] == "nur erlaubt ist, wenn die Strecke nicht zufällig, sondern nach Plan gewählt wird"


def test_genitive_plural_source_after_nach_is_not_content():
    text = "In dem Lager lebten nach Schätzungen französischer Behörden bis zu tausend Menschen."
    q = indirect(text)
    assert texts(text, q) == ["In dem Lager lebten", "bis zu tausend Menschen"]
    assert q.speaker.text == "französischer Behörden"


def test_nach_eigenen_angaben_keeps_the_following_subject_in_the_content():
    text = "Die Firma will nach eigenen Angaben weitere Filialen eröffnen."
    q = indirect(text)
    assert texts(text, q) == ["Die Firma will", "weitere Filialen eröffnen"]


def test_relative_clause_on_a_marker_source_is_not_content():
    text = "Die Firma hat laut der Zeitung, die sich auf Insider beruft, drei Werke verkauft."
    q = indirect(text)
    assert texts(text, q) == ["Die Firma hat", "drei Werke verkauft"]


def test_dass_clause_after_an_apposition_and_a_phrase_starts_at_dass():
    text = "Das sagte der Leiter der Feuerwehr, Jan Ober, gegenüber dem Radio, dass drei Häuser zerstört seien."
    q = indirect(text)
    assert texts(text, q) == ["dass drei Häuser zerstört seien"]


def test_dass_clause_after_a_second_verb_with_correlate_starts_at_dass():
    text = "Die Beobachter rügen Mängel, sprechen aber davon, dass die Wahl fair verlaufen sei."
    q = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert texts(text, q) == ["dass die Wahl fair verlaufen sei"]


def test_dass_clause_with_a_nested_dass_clause_keeps_its_start():
    text = "Er sagte, dass genau dies, nämlich dass niemand informiert wurde, zum Streit geführt habe."
    q = indirect(text)
    assert texts(text, q) == ["dass genau dies, nämlich dass niemand informiert wurde, zum Streit geführt habe"]


def test_second_verb_of_the_same_subject_is_not_part_of_the_content():
    text = "Die Behörden bestätigten den Unfall, teilten aber mit, es sei unklar, wer den Wagen gefahren habe."
    q = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert texts(text, q) == ["es sei unklar, wer den Wagen gefahren habe"]


def test_author_aside_in_brackets_closing_the_sentence_is_not_content():
    text = "Die Länder erwarten Mehrkosten, die durch neue Auflagen entstünden (Zahlen laut einem Gutachten)."
    q = indirect(text)
    assert texts(text, q) == ["die durch neue Auflagen entstünden"]


def test_marker_inside_brackets_vouches_for_the_bracket_only():
    text = "Der Ort liegt 37 Kilometer von der Grenze entfernt (nach anderen Angaben liegt er 46 Kilometer entfernt)."
    q = indirect(text)
    assert texts(text, q) == ["liegt er 46 Kilometer entfernt"]
    assert "Quellenangabe in Klammern: nur der Klammerinhalt" in q.evidence


def test_sentence_relative_comment_after_a_zu_infinitive_is_not_content():
    text = "Die Regierung beschuldigt die Rebellen, Waffen aus dem Ausland zu erhalten, was bisher niemand belegt hat."
    q = indirect(text)
    assert texts(text, q) == ["Waffen aus dem Ausland zu erhalten"]


def test_preposed_content_with_a_relative_clause_after_a_main_clause():
    text = "Es gibt nun ein neues Verfahren, das die Kosten deutlich senken könnte, erklärte die Projektleiterin Eva Brandt."
    q = indirect(text)
    assert texts(text, q) == ["Es gibt nun ein neues Verfahren, das die Kosten deutlich senken könnte"]


def test_subject_with_relative_clause_before_a_cue_with_its_own_dass_clause():
    text = "Auf den Vorwurf der Partei, es handle sich um einen Trick, erwiderten die Initiatoren, dass alle eingebunden seien."
    found = [texts(text, q) for q in quotes_of(text) if q.kind == "indirect"]
    assert ["dass alle eingebunden seien"] in found
    assert not any(t[0].startswith("Auf den Vorwurf") for t in found)


def test_preposed_content_runs_over_a_clause_with_sich_befinden():
    text = ("Der Planet ist zehnmal so schwer wie die Erde und befindet sich in großer Entfernung, die kaum messbar "
            "ist, erklärte die Astronomin Jana Roth.")
    q = indirect(text)
    assert texts(text, q)[0].startswith("Der Planet ist zehnmal so schwer")


def test_main_clause_after_a_relative_clause_is_no_zu_infinitive_content():
    text = "Vor dem Treffen, das sich als Falle herausstellte, hatte die Frau versucht, ihren Nachbarn umzustimmen."
    assert not of_kind(text, "indirect")


@pytest.mark.parametrize("text, content", [
    ("Der Trainer gab sich gelassen, die Mannschaft habe genug Zeit, verließ aber danach wortlos den Saal.",
     "die Mannschaft habe genug Zeit"),
    ("Die Sprecherin sagte, das Werk habe genug Aufträge, verschwieg aber die Verluste.",
     "das Werk habe genug Aufträge"),
])
def test_an_indicative_verb_after_a_konjunktiv_content_is_the_narrators_again(text, content):
    assert [q.text for q in of_kind(text, "indirect")] == [content]
