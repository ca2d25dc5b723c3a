"""Subject rules of the quotation engine (second round), on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind

from medialit import nlp
from medialit.quotes import extract


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker.text if q.speaker else None) for q in extract(nlp.parse(text))]


def test_coordinated_verb_shares_the_subject_of_a_subordinate_clause():
    text = ("Der Verein setzt sich für die alte Fahne ein, während die Initiative den Vorschlag unterstützt und "
            "fordert, dass die Fahne geändert wird.")
    assert ("indirect", "die Initiative") in speakers(text)


def test_subject_after_a_prepositional_relative_pronoun_with_a_possessed_noun():
    text = ("Genannt wurde auch der Skandal, in dessen Folge das Landgericht festgestellt hatte, "
            "die Regierung sei berechtigt gewesen.")
    assert ("indirect", "das Landgericht") in speakers(text)


def test_der_before_a_feminine_noun_is_no_subject_of_a_relative_clause():
    text = ("Als Beobachter war auch der frühere Minister Karl Berg anwesend, der der Regierung vorwarf, "
            "die Aktivisten frei zu lassen.")
    found = of_kind(text, "indirect")
    assert len(found) == 1 and found[0].speaker is not None
    assert found[0].speaker.text == "der"
    assert "Karl Berg" in found[0].speaker.name


def test_a_lower_case_name_opening_a_sentence_is_its_subject():
    text = "Damals stand ein Kleid im Angebot. eBay hält es für möglich, dass der Rekord heute noch fällt."
    assert ("indirect", "eBay") in speakers(text)


def test_der_before_a_feminine_noun_after_the_verb_is_an_object():
    text = "Am Montag warf der Regierung auch der Verband vor, die Reform verschleppt zu haben."
    assert ("indirect", "der Verband") in speakers(text)


def test_es_after_a_reporting_verb_stands_for_an_institution():
    text = ("Im Ausschluss der Öffentlichkeit erkannte das Gericht ein Problem. Hier stellte es fest, dass genau "
            "dies zur Zurückhaltung geführt habe.")
    assert ("indirect", "es") in speakers(text)


def test_heisst_es_keeps_no_speaker():
    assert speakers("Zudem heißt es, dass die Lage ernst sei.") == [("indirect", None)]


def test_a_name_with_a_capitalised_particle_fills_the_vorfeld():
    text = "Zu Guttenberg hatte zwar Fehler eingeräumt und angegeben, er habe nicht exakt gearbeitet."
    assert ("indirect", "Zu Guttenberg") in speakers(text)


def test_a_prepositional_vorfeld_is_no_name():
    assert speakers("Zu Beginn sagte der Minister, die Lage sei ernst.") == [("indirect", "der Minister")]
