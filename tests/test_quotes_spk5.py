"""Speakers of impersonal passives and „wie es … hieß“ clauses, on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import only


def test_plural_dative_before_an_impersonal_passive_is_the_addressee():
    q = only("Älteren Menschen wurde geraten, bei Hitze zu Hause zu bleiben.", "indirect")
    assert q.speaker is None
    assert "Kein Sprecher: Dativ im Vorfeld eines unpersönlichen Passivs ist der Adressat" in q.evidence


def test_bare_dative_plural_with_werden_present_is_no_speaker():
    q = only("Anwohnern wird empfohlen, die Fenster geschlossen zu halten.", "indirect")
    assert q.speaker is None


def test_dative_passive_keeps_its_von_agent():
    q = only("Urlaubern wurde vom Auswärtigen Amt geraten, die Region zu meiden.", "indirect")
    assert q.speaker is not None and "Auswärtigen Amt" in q.speaker.text


@pytest.mark.parametrize("text", [
    "Die Anwohner wurden aufgefordert, die Fenster zu schließen.",
    "Die Bürger wurden gewarnt, das Wasser sei verseucht.",
    "Der Minister wurde gefragt, ob er zurücktrete.",
    "Die Gäste sind aufgefordert worden, den Saal zu verlassen.",
    "Die Gäste wurden dringend gebeten, den Saal zu verlassen.",
])
def test_subject_of_an_addressee_passive_is_no_speaker(text):
    """The subject of „wurden aufgefordert/gewarnt/gefragt“ is who was spoken to; nobody is named as speaker."""
    q = only(text, "indirect")
    assert q.speaker is None
    assert "Kein Sprecher: Subjekt des Passivs ist der Adressat" in q.evidence


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Die Bürger wurden von der Stadt gewarnt, das Wasser sei verseucht.", "der Stadt",
                 id="addressee_passive_with_von_names_the_agent"),
    pytest.param("Die Stadt hat die Bürger gewarnt, das Wasser sei verseucht.", "Die Stadt",
                 id="active_warning_keeps_its_subject"),
])
def test_a_warning_with_a_named_warner_keeps_the_warner(text, speaker):
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == speaker


def test_wie_es_in_a_text_hiess_names_that_text():
    q = only("Die Lage sei ernst, wie es in einer Mitteilung der Stadt hieß.", "indirect")
    assert q.text == "Die Lage sei ernst"
    assert q.speaker is not None and q.speaker.text.endswith("Mitteilung der Stadt")
    assert "Quelle: Präpositionalphrase im Satz „wie es … hieß“" in q.evidence


def test_wie_es_with_a_time_phrase_hiess_has_no_speaker():
    q = only("Die Lage sei ernst, wie es am Montag hieß.", "indirect")
    assert q.text == "Die Lage sei ernst" and q.speaker is None


def test_a_content_marker_naming_the_speaker_again_keeps_the_speaker():
    text = "Die Forscherin Anna Berger berichtete, dass sie das Amt angerufen habe, wo man nach Aussagen Bergers nichts sagen wollte."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Forscherin Anna Berger" and q.relay is None
    assert any(e.startswith("Quellenangabe im Inhalt verweist auf den Sprecher selbst") for e in q.evidence)


def test_a_content_marker_naming_another_source_still_speaks():
    q = only("Der Sprecher Hans Berg sagte, nach Angaben der Feuerwehr sei das Feuer gelöscht.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Feuerwehr"
    assert q.relay is not None and "Hans Berg" in q.relay.text


def test_free_indirect_after_a_fronted_wonach_object_continues_the_main_subject():
    text = ("Gerüchte, wonach der Verein verkauft werden solle, konnte der Präsident nicht bestätigen. "
            "Die Gespräche würden aber fortgesetzt.")
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.text == "der Präsident"
    assert "wonach-Satz am vorangestellten Objekt: die Rede geht beim Subjekt des Hauptsatzes weiter" in q.evidence


def test_free_indirect_after_a_wonach_noun_without_fronting_keeps_the_noun():
    text = "Es gibt Gerüchte, wonach der Verein verkauft werden solle. Die Gespräche würden aber fortgesetzt."
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.text == "Gerüchte"


def test_a_leading_wie_clause_relays_the_speaker_of_the_main_clause():
    q = only("Wie die Zeitung berichtete, sagte der Trainer, er sei zufrieden.", "indirect")
    assert q.text == "er sei zufrieden"
    assert q.speaker is not None and q.speaker.text == "der Trainer"
    assert q.relay is not None and q.relay.text == "die Zeitung"
    assert "Weitergegeben über: Wie die Zeitung berichtete" in q.evidence


def test_a_leading_wie_clause_without_a_speech_verb_after_it_stays_the_source():
    q = only("Wie die Polizei mitteilte, wurden zwei Männer festgenommen.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die Polizei" and q.relay is None


def test_a_zufolge_phrase_in_the_vorfeld_relays_and_the_subject_after_the_verb_speaks():
    q = only("Der Zeitung zufolge sagte der Trainer, er sei zufrieden.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Trainer"
    assert q.relay is not None and q.relay.text == "Der Zeitung"
