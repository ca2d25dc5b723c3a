"""Faults found by auditing the engine on environment, climate, energy and disaster reports we wrote."""

from __future__ import annotations

import pytest

from medialit import nlp
from tests._quotes_support import of_kind, only, sources_of


def test_groaning_under_a_burden_frames_no_content():
    text = "Deutschland stöhnt unter der Hitze: In Teilen Ostdeutschlands wurden am Dienstag 38 Grad gemessen."
    assert of_kind(text) == []


@pytest.mark.parametrize(("text", "kind", "speaker", "evidence"), [
    pytest.param("Der Bauer seufzte: Es gebe in diesem Jahr keine Ernte.", "indirect", "Der Bauer",
                 "Redeverb: seufzen", id="groaning_with_a_colon_still_frames_speech"),
    pytest.param("Die Aktivisten skandierten: „Wir sind hier, wir sind laut!“", "direct", "Die Aktivisten",
                 "Redeverb: skandieren", id="chanting_frames_a_quotation_after_a_colon"),
])
def test_a_verb_of_sound_before_a_colon_frames_speech(text, kind, speaker, evidence):
    q = only(text, kind)
    assert q.speaker.text == speaker
    assert evidence in q.evidence


def test_researcher_refers_back_to_the_scientist_named_before():
    text = ("„Wärmere Luft kann mehr Wasser aufnehmen“, sagt Friederike Otto vom Imperial College London. "
            "Extremereignisse wie dieses würden häufiger, so die Forscherin.")
    q = only(text, "indirect")
    assert q.speaker.name == "Friederike Otto"
    assert any("Bezeichnung „die Forscherin“" in e for e in q.evidence)


def test_geologist_refers_back_to_the_man_named_before():
    text = ("Jan Berger vom GeoForschungsZentrum sagte, weitere Nachbeben seien möglich. "
            "Die Gefahr sei nicht vorbei, warnte der Geologe.")
    assert [q.speaker.name for q in of_kind(text, "indirect")] == ["Jan Berger", "Jan Berger"]


def test_researchers_in_the_plural_stay_a_group():
    text = ("Die Klimaforscherin Anna Weber sagte, die Lage sei ernst. "
            "Die Forscher schreiben in ihrer Studie, das Eis schmelze schneller.")
    quotes = of_kind(text, "indirect")
    assert quotes[-1].speaker.name != "Anna Weber"


def test_chamber_centre_and_service_are_organisations():
    found = sources_of("Die Bundesärztekammer erklärte, ältere Menschen seien besonders gefährdet. "
                       "Das Beben lag in zehn Kilometern Tiefe, teilte das Deutsche Klimarechenzentrum mit. "
                       "Nach Angaben des Rettungsdienstes wurden drei Menschen verletzt.")
    assert found["Bundesärztekammer"].kind == "organisation"
    assert found["Deutsches Klimarechenzentrum"].kind == "organisation"
    assert found["Rettungsdienst"].kind == "organisation"


def test_a_role_that_begins_like_an_institution_is_no_organisation():
    found = sources_of("Die Kammersängerin sagte, sie sei müde. Der Zentrumsleiter sagte, es sei ruhig.")
    assert found["Kammersängerin"].kind != "organisation"
    assert found["Zentrumsleiter"].kind == "person"


def test_climate_and_relief_organisations_are_named_organisations():
    found = sources_of("Der Weltklimarat hatte festgestellt, dass die Emissionen sinken müssten. "
                       "Ein Team mit Suchhunden sei auf dem Weg, teilte das Technische Hilfswerk mit. "
                       "Die Letzte Generation kündigte an, die Proteste würden weitergehen.")
    assert found["IPCC"].kind == "organisation"
    assert "nicht namentlich genannt" not in found["IPCC"].evidence
    assert found["THW"].kind == "organisation"
    assert found["Letzte Generation"].kind == "organisation"


def test_first_figures_without_an_owner_name_nobody():
    q = only("Nach ersten Angaben wurden bei dem Unwetter fünf Menschen verletzt.", "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("ungenannte Quelle", "anonymous")
    assert "„Nach ersten Angaben“: die Quelle wird nicht genannt" in q.evidence


def test_a_second_sources_own_count_is_not_the_first_sources_content():
    q = only("Nach Angaben der Veranstalter nahmen mehr als 5000 Menschen teil, die Polizei zählte rund 2000.",
             "indirect")
    assert q.text == "nahmen mehr als 5000 Menschen teil"
    assert q.speaker.text == "der Veranstalter"
    assert "„die Polizei zählte …“ nennt die Zahl einer anderen Quelle: nicht mehr Inhalt" in q.evidence


def test_a_second_clause_without_a_count_of_its_own_stays_content():
    q = only("Nach Angaben der Polizei wurden drei Menschen verletzt, ein Mann wurde festgenommen.", "indirect")
    assert q.text == "wurden drei Menschen verletzt, ein Mann wurde festgenommen"


def test_rescuers_survivors_and_farmers_have_their_role_in_the_inventory():
    found = sources_of("„Wir hören noch Stimmen unter den Trümmern“, sagt ein Feuerwehrmann aus Malatya. "
                       "„Alles hat gewackelt“, erzählt eine Überlebende. "
                       "Landwirt Jonas Bremer sagte, die Ernte sei verloren.")
    assert found["ein Feuerwehrmann"].role == "Feuerwehrmann"
    assert found["eine Überlebende"].role == "Überlebende"
    assert (found["Jonas Bremer"].role, found["Jonas Bremer"].kind) == ("Landwirt", "person")


def test_rescue_teams_in_the_plural_are_a_group():
    found = sources_of("Rettungskräfte berichteten, die Lage in der Altstadt sei chaotisch.")
    assert found["Rettungskräfte"].kind == "group"


def test_chanting_a_slogan_is_one_quotation_not_a_report_beside_it():
    quotes = of_kind("Vor dem Kanzleramt skandierten die Demonstranten „Kohle stoppen“.")
    assert [(q.kind, q.text) for q in quotes] == [("direct", "„Kohle stoppen“")]


def test_past_tense_read_as_adjective_before_a_quotation_is_the_verb():
    q = only("Die Demonstranten skandierten „Kohle stoppen“.", "direct")
    assert q.speaker.text == "Die Demonstranten"
    assert q.cue.lemma == "skandieren"


def test_adjective_before_its_noun_stays_an_adjective():
    doc = nlp.parse("Die Forscher veröffentlichten ihre lang erwarteten Ergebnisse.")
    assert [t.tag_ for t in doc if t.text == "erwarteten"] == ["ADJA"]


def test_name_in_apposition_after_a_postponed_speaker_names_him():
    q = only("«Wir evakuieren das ganze Tal», sagte der Gemeindepräsident, Matthias Bellwald.", "direct")
    assert q.speaker.name == "Matthias Bellwald"
    assert sources_of("«Wir evakuieren das ganze Tal», sagte der Gemeindepräsident, Matthias Bellwald."
                      )["Matthias Bellwald"].role == "Gemeindepräsident"


def test_eyewitness_and_weather_roles_and_an_energy_company_in_the_inventory():
    found = sources_of("„So hoch stand das Wasser noch nie“, sagt Rentnerin Gisela Martens. "
                       "Meteorologe Dominik Jung sagte, der Sturm lasse nach. Orkane könnten heftiger werden, "
                       "meinte der Experte. Der Energieversorger Eon meldete, 50.000 Haushalte seien ohne Strom.")
    assert found["Gisela Martens"].role == "Rentnerin"
    assert found["Dominik Jung"].role == "Meteorologe"
    assert found["Eon"].kind == "organisation"


def test_figures_after_zufolge_without_an_owner_name_nobody():
    q = only("Offiziellen Angaben zufolge wurden bei dem Beben 120 Häuser zerstört.", "indirect")
    assert q.speaker.name == "ungenannte Quelle"
    assert "„Offiziellen Angaben zufolge“: die Quelle wird nicht genannt" in q.evidence


def test_a_semicolon_ends_the_content_of_a_wie_clause():
    q = only("Die Zahl der Todesopfer ist auf 57 gestiegen, wie das Innenministerium am Abend bekannt gab; "
             "zuvor war von 43 Toten die Rede gewesen.", "indirect")
    assert q.text == "Die Zahl der Todesopfer ist auf 57 gestiegen"
    assert q.speaker.text == "das Innenministerium"


def test_a_wie_clause_inside_the_sentence_still_frames_both_sides():
    q = only("Die Lage ist, wie der Sprecher des Krisenstabs sagte, weiterhin ernst.", "indirect")
    assert q.text == "Die Lage ist … weiterhin ernst"


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    pytest.param("Die Landwirte stöhnen unter der Dürre: „Wir verlieren alles.“", "direct", "Die Landwirte",
                 id="groaning_under_a_burden_before_a_quotation_keeps_the_quotation"),
    pytest.param("Man evakuiere das Tal, sagte die Sprecherin der Stadt, und die Feuerwehr rückte aus.", "indirect",
                 "die Sprecherin der Stadt", id="a_noun_phrase_after_the_comma_is_no_apposition_name"),
])
def test_speaker_words_of_the_one_quotation(text, kind, speaker):
    q = only(text, kind)
    assert q.speaker.text == speaker


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Nach jüngsten Angaben des Roten Kreuzes starben bei dem Erdbeben 40 Menschen.", "Rotes Kreuz",
                 id="figures_with_an_owner_keep_the_owner"),
    pytest.param("Man evakuiere das Tal, sagte die Sprecherin der Stadt, Maria Lang.", "Maria Lang",
                 id="name_read_as_an_adjective_in_apposition_still_names_her"),
])
def test_speaker_name_of_the_indirect_report(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
