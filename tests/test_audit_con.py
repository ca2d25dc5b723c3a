"""Faults found by auditing the engine on consumer reports we wrote (product tests, food recalls, health advice
and motoring news)."""

from __future__ import annotations

import pytest

from tests._quotes_support import of_kind, only


@pytest.mark.parametrize(("text", "name", "kind", "evidence"), [
    pytest.param("Eine Kundin aus Celle berichtete der Zeitung, sie habe die Würstchen am Wochenende gekauft.",
                 "Eine Kundin aus Celle", "anonymous", "„aus Celle“ nennt die Herkunft, keinen Namen",
                 id="unlisted_town_after_aus_is_no_speaker_name"),
    pytest.param("Ein Hersteller aus Spanien kündigte an, seine Lieferkette zu überprüfen.",
                 "Ein Hersteller aus Spanien", "anonymous", "„aus Spanien“ nennt die Herkunft, keinen Namen",
                 id="place_after_a_body_noun_is_its_origin_not_its_name"),
    pytest.param("Der ADAC hat Kindersitze getestet. Fahrer sollten die Reifen prüfen, rät der Automobilclub.",
                 "ADAC", "organisation", "Bezeichnung „der Automobilclub“ → zuvor genannt als „ADAC“",
                 id="automobile_club_takes_up_the_adac"),
])
def test_the_one_indirect_speaker_and_the_evidence_for_it(text, name, kind, evidence):
    q = only(text, "indirect")
    assert (q.speaker.name, q.speaker.kind) == (name, kind)
    assert evidence in q.evidence


def test_age_description_takes_up_the_unnamed_person_just_introduced():
    text = ("Ministerin Miriam Staudte äußerte sich. „Ich erwarte volle Aufklärung“, sagte die Ministerin. "
            "Eine Kundin aus Celle berichtete, sie habe die Würstchen gekauft. "
            "»Jetzt habe ich natürlich Angst«, sagte die 38-Jährige.")
    speakers = [q.speaker.name for q in of_kind(text, "direct")]
    assert speakers[0] == "Miriam Staudte"
    assert speakers[1] != "Miriam Staudte"


def test_age_description_still_finds_the_named_person_of_its_gender():
    text = ("Ministerin Miriam Staudte äußerte sich. Ein Rentner aus Celle berichtete, er habe die Würstchen gekauft. "
            "»Ich erwarte volle Aufklärung«, sagte die 52-Jährige.")
    assert of_kind(text, "direct")[0].speaker.name == "Miriam Staudte"


def test_verdict_of_the_testers_is_given_by_the_testers():
    text = "Das Urteil der Tester: „mangelhaft“. Die Tester empfehlen, Sonnencreme großzügig aufzutragen."
    direct, indirect = of_kind(text, "direct")[0], of_kind(text, "indirect")[0]
    assert (direct.speaker.name, direct.speaker.kind) == ("Tester", "group")
    assert "„Urteil“ stammt von: Tester" in direct.evidence
    assert (indirect.speaker.name, indirect.speaker.kind) == ("Tester", "group")


def test_verdict_of_a_court_is_the_court_s():
    q = only("Das Urteil des Gerichts: „Die Klage ist unbegründet.“", "direct")
    assert (q.speaker.name, q.speaker.kind) == ("Gericht", "organisation")


def test_laut_takes_the_whole_listed_organisation():
    q = only("Laut Stiftung Warentest bieten die Sprays sehr guten Schutz.", "indirect")
    assert q.speaker.name == "Stiftung Warentest"
    assert q.text == "bieten die Sprays sehr guten Schutz"
    assert "Quellenangabe: Laut Stiftung Warentest" in q.evidence


def test_laut_still_cuts_a_second_common_noun():
    q = only("Laut Ministerium Arbeiten an der Strecke seien beendet.", "indirect")
    assert q.speaker.name == "Ministerium"


def test_consumer_and_motoring_bodies_are_organisations():
    text = ("Öko-Test bemängelt, dass zwei Produkte Mineralöl enthalten. Foodwatch kritisierte, der Rückruf komme "
            "zu spät. Das Kraftfahrt-Bundesamt (KBA) hat einen Rückruf angeordnet. Grund sei ein defekter "
            "Gurtstraffer, teilte das KBA mit.")
    assert [(q.speaker.name, q.speaker.kind) for q in of_kind(text, "indirect")] == [
        ("Öko-Test", "organisation"), ("Foodwatch", "organisation"), ("Kraftfahrt-Bundesamt", "organisation")]


def test_kasse_takes_up_the_health_insurer_named_before():
    text = ("Auch die Techniker Krankenkasse beobachtet das Problem. Nach einer Umfrage der Kasse haben 23 Prozent "
            "der Befragten Arzneimittel online bestellt.")
    q = only(text, "indirect")
    assert q.speaker.name == "Techniker Krankenkasse"
    assert "Bezeichnung „der Kasse“ → zuvor genannt als „Techniker Krankenkasse“" in q.evidence
    other = "Der Discounter Aldi senkt die Preise. Ein Sprecher der Kasse sagte, die Kosten würden übernommen."
    assert only(other, "indirect").speaker.name != "Aldi"


def test_kasse_takes_up_a_listed_insurer_without_its_noun():
    text = "Die AOK Bayern verweist auf ihre Zahlen. Ein Sprecher der Kasse sagte, die Kosten würden übernommen."
    assert only(text, "indirect").speaker.name == "AOK"


def test_age_description_is_named_as_the_person_introduced():
    text = ("Eine Patientin aus Düren hat schlechte Erfahrungen gemacht. Sie habe im Netz ein Migränemittel gekauft, "
            "erzählt die 54-Jährige.")
    q = only(text, "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("Eine Patientin aus Düren", "anonymous")
    assert "Bezeichnung „die 54-Jährige“ → zuvor eingeführt als „Eine Patientin aus Düren“" in q.evidence
    named = ("Eine Patientin aus Düren wartet. Ärztin Anna Berg kam dazu. „Das ist ernst“, sagte die "
             "54-Jährige.")
    assert only(named, "direct").speaker.name == "Anna Berg"


def test_unknown_role_compound_before_a_title_is_no_name():
    text = ("„Die meisten Kunden werfen die Ware weg“, sagt Lebensmittelrechtler Prof. Markus Engel von der "
            "Universität Bayreuth. Das sei verständlich, aber unnötig.")
    assert [q.speaker.name for q in of_kind(text)] == ["Markus Engel", "Markus Engel"]


def test_zufolge_takes_the_whole_name_of_an_office():
    text = ("Dem Bayerischen Landesamt für Gesundheit und Lebensmittelsicherheit zufolge wurde der Fehler bei einer "
            "Routinekontrolle entdeckt.")
    q = only(text, "indirect")
    assert q.text == "wurde der Fehler bei einer Routinekontrolle entdeckt"
    assert q.speaker.text == "Dem Bayerischen Landesamt für Gesundheit und Lebensmittelsicherheit"
    assert q.speaker.kind == "organisation"


def test_zufolge_does_not_reach_over_a_verb_s_fuer_phrase():
    q = only("Er warb für Geduld und Experten zufolge ist das klug.", "indirect")
    assert q.speaker.text == "Experten"


def test_website_after_laut_is_the_source():
    q = only("Laut dem Portal lebensmittelwarnung.de gab es 2025 mehr als 300 Warnungen.", "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("lebensmittelwarnung.de", "organisation")
    assert q.text == "gab es 2025 mehr als 300 Warnungen"
    assert "Internetseite: lebensmittelwarnung.de" in q.evidence
    bare = only("Laut lebensmittelwarnung.de sind drei Chargen betroffen.", "indirect")
    assert (bare.speaker.name, bare.speaker.kind) == ("lebensmittelwarnung.de", "organisation")


def test_so_lautet_das_fazit_after_a_quotation_names_its_source():
    q = only("„Finger weg!“ – so lautet das Fazit der Tester.", "direct")
    assert q.text == "„Finger weg!“"
    assert (q.speaker.name, q.speaker.kind) == ("Tester", "group")
    assert "nachgestellte Quellenangabe: so lautet das Fazit der Tester" in q.evidence


def test_dash_and_so_before_an_adjective_is_no_source():
    assert of_kind("Die Preise steigen – so stark wie nie.") == []
    assert only("„Das war knapp“ – so die Trainerin.", "direct").speaker.text == "die Trainerin"


def test_statement_named_after_heisst_es_in_is_by_the_body_acting_before():
    text = ("Der DVR fordert, die Zahl der Pflichtstunden zu erhöhen. Junge Fahrer seien dort besonders oft in Unfälle "
            "verwickelt, heißt es in einer Stellungnahme.")
    q = of_kind(text, "indirect")[1]
    assert (q.speaker.name, q.speaker.kind) == ("DVR", "organisation")
    assert "„einer Stellungnahme“ ohne Verfasser: Handelnder des vorigen Satzes → DVR" in q.evidence


def test_so_lautet_das_fazit_von_names_the_owner():
    q = only("„Finger weg!“ – so lautet das Fazit von Öko-Test.", "direct")
    assert (q.speaker.name, q.speaker.kind) == ("Öko-Test", "organisation")
    other = only("„Das ist unverantwortlich“, so kritisiert die Chefin von Foodwatch den Hersteller.", "direct")
    assert other.speaker.name != "Foodwatch"
