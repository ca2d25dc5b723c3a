"""Recall of indirect speech: frames the engine must recognise, on sentences written here."""

from __future__ import annotations

from _quotes_support import of_kind


def test_a_wonach_clause_in_the_subject_is_content_beside_another_speech_verb():
    found = of_kind("Ein Bericht der Zeitung „Morgenpost“, wonach der Bürgermeister zurücktreten wolle, wurde "
                    "am Abend dementiert.", "indirect")
    assert [q.text for q in found] == ["der Bürgermeister zurücktreten wolle"]
    assert found[0].speaker.text == "der Zeitung „Morgenpost“"


def test_a_wonach_clause_ends_where_the_main_clause_resumes():
    found = of_kind("Die Meldung, wonach die Brücke gesperrt werde, sorgte in der Stadt für Unruhe.", "indirect")
    assert [q.text for q in found] == ["die Brücke gesperrt werde"]


def test_bis_before_a_preposition_opens_an_infinitive_complement():
    found = of_kind("Die Ministerin forderte die Stadt auf, bis zum Sommer einen Plan vorzulegen.", "indirect")
    assert [q.text for q in found] == ["bis zum Sommer einen Plan vorzulegen"]
    assert found[0].speaker.text == "Die Ministerin"


def test_das_with_an_adverb_after_a_dash_points_back_to_the_content():
    found = of_kind("Der Zug komme nicht mehr pünktlich – das zumindest meint die Pendlerin.", "indirect")
    assert [q.text for q in found] == ["Der Zug komme nicht mehr pünktlich"]
    assert found[0].speaker.text == "die Pendlerin"


def test_das_with_an_adverb_opening_the_sentence_points_back_to_the_sentence_before():
    found = of_kind("Der Hafen wird im Mai geschlossen. Das jedenfalls erklärte die Stadtsprecherin.", "indirect")
    assert [q.text for q in found] == ["Der Hafen wird im Mai geschlossen"]


def test_a_marker_after_a_closed_relative_clause_vouches_for_the_main_clause():
    found = of_kind("Dagegen bleibt das Freibad, welches von der Gemeinde betrieben wird, nach Angaben der "
                    "Verwaltung weiterhin geschlossen.", "indirect")
    assert len(found) == 1
    assert found[0].text.startswith("Dagegen bleibt das Freibad")


def test_the_source_before_zufolge_stops_at_a_second_common_noun():
    found = of_kind("Im Sommer wurde die Brauerei Medienberichten zufolge an einen Konzern verkauft.", "indirect")
    assert len(found) == 1
    assert found[0].speaker.text == "Medienberichten"
    assert "die Brauerei" in found[0].text


def test_a_zu_infinitive_without_comma_after_a_participle_is_content():
    found = of_kind("Die Bahn hat angekündigt die Fahrpreise im Winter zu senken.", "indirect")
    assert [q.text for q in found] == ["die Fahrpreise im Winter zu senken"]
    assert found[0].speaker.text == "Die Bahn"


def test_nach_dem_entwurf_is_a_source_marker():
    found = of_kind("Nach dem Gesetzentwurf des Ministeriums sollen Mieter künftig besser geschützt werden.",
                    "indirect")
    assert [q.text for q in found] == ["sollen Mieter künftig besser geschützt werden"]
    assert found[0].speaker.text == "des Ministeriums"


def test_an_erklaerung_frames_a_zu_infinitive():
    found = of_kind("Eine Erklärung der Regierung, die Grenzen wieder zu öffnen, wurde am Abend veröffentlicht.",
                    "indirect")
    assert [q.text for q in found] == ["die Grenzen wieder zu öffnen"]


def test_a_purpose_clause_after_a_frame_noun_is_no_content():
    found = of_kind("Die Partei veröffentlichte eine Erklärung, um zum Protest aufzurufen.", "indirect")
    assert found == []


def test_a_clause_coordinated_with_und_is_no_complement_of_the_verb_before_it():
    found = of_kind("Nach Angaben eines Helfers hätten die Gäste in einer Turnhalle Platz gefunden, und manche "
                    "Familien hätten im Auto geschlafen.", "indirect")
    assert len(found) == 1
    assert found[0].speaker.text == "eines Helfers"
    assert found[0].text.startswith("hätten die Gäste")


def test_danach_after_a_document_named_as_a_proper_noun_is_a_source_marker():
    text = ("Der Kongress verabschiedete 1996 den Telecommunications Act. Danach ist die Behörde für alle "
            "Lizenzen zuständig.")
    found = of_kind(text, "indirect")
    assert len(found) == 1
    assert "für alle Lizenzen zuständig" in found[0].text


def test_danach_looks_past_a_verbless_list_to_the_document():
    text = ("Eine Umfrage des Instituts nannte folgende Werte:\n\nRot 30 Prozent; Blau 25 Prozent.\n\n"
            "Danach hätte keine Partei eine Mehrheit.")
    found = of_kind(text, "indirect")
    assert any("keine Partei eine Mehrheit" in q.text for q in found)


def test_a_short_title_in_marks_does_not_block_the_anaphoric_content():
    text = "Nach dem Fehlstart der Sonde „Polaris 2“ will die Agentur die Ursache prüfen. Dies geht aus einer " \
           "Mitteilung der Agentur hervor."
    found = of_kind(text, "indirect")
    assert any(q.text.startswith("Nach dem Fehlstart der Sonde") for q in found)


def test_a_passive_decision_without_agent_reports_its_content():
    found = of_kind("Außerdem wurde beschlossen, eine Kommission nach Brüssel zu schicken.", "indirect")
    assert [q.text for q in found] == ["eine Kommission nach Brüssel zu schicken"]


def test_aus_with_a_bare_noun_after_a_laut_source_is_a_reason_in_the_content():
    found = of_kind("Die Brücke soll laut dem Bürgermeister aus Kostengründen gesperrt werden.", "indirect")
    assert len(found) == 1
    assert found[0].speaker.text == "dem Bürgermeister"
    assert "aus Kostengründen" in found[0].text


def test_a_frame_noun_that_becomes_loud_frames_the_clause_after_the_comma():
    found = of_kind("Zweifel wurden laut, ob die Messwerte stimmen.", "indirect")
    assert [q.text for q in found] == ["ob die Messwerte stimmen"]
    assert "„laut werden“: Inhalt nach dem Komma" in found[0].evidence
