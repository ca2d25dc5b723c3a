"""Faults found by auditing the engine on economy, finance, technology and agency reports we wrote."""

from __future__ import annotations

import pytest

from medialit import nlp
from tests._quotes_support import only, sources_of


def test_lower_case_word_is_no_noun():
    q = only("Ein Konzernsprecher erklärte, der Abbau erfolge sozialverträglich.", "indirect")
    assert q.text == "der Abbau erfolge sozialverträglich"
    assert q.speaker.text == "Ein Konzernsprecher"
    assert "Konjunktiv I: erfolge" in q.evidence


def test_capitalised_noun_stays_a_noun():
    doc = nlp.parse("Die Erfolge der Firma waren groß.")
    assert [t.tag_ for t in doc if t.text == "Erfolge"] == ["NN"]


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("„Das Geschäft mit Rechenzentren boomt“, sagte Vorstandschef Roland Busch.",
                 "Roland Busch", "Vorstandschef", id="compound_ending_in_chef_is_a_role"),
    pytest.param("Chefvolkswirtin Ulrike Kastens von der DWS sagte, die EZB könne es sich leisten abzuwarten.",
                 "Ulrike Kastens", "Chefvolkswirtin", id="role_compound_tagged_as_proper_noun_is_a_role"),
])
def test_role_compound_before_a_name_is_a_role(text, name, role):
    src = sources_of(text)
    assert src[name].role == role


def test_role_belongs_to_the_whole_name_only():
    src = sources_of("Die Deutsche Bahn nannte den Streik „völlig unverhältnismäßig“. Der Fahrgastverband Pro Bahn "
                     "forderte beide Seiten auf, sich schnell zu einigen.")
    assert src["Deutsche Bahn"].role is None
    assert src["Pro Bahn"].kind == "organisation"


def test_organisation_noun_before_a_name_of_two_words():
    doc = nlp.parse("Der Verein Mehr Demokratie und der Verband Pro Familia forderten eine Reform.")
    assert "Verband Pro Familia" in [e.text for e in doc.ents]


def test_economic_bodies_are_named_organisations():
    src = sources_of("Der Deutsche Gewerkschaftsbund forderte, die Sparpolitik zu beenden. Ein Streiktag koste bis "
                     "zu 100 Millionen Euro, schätzt das Institut der deutschen Wirtschaft. Laut einer Umfrage des "
                     "Digitalverbands Bitkom halten 72 Prozent der Firmen die Abhängigkeit für gefährlich.")
    assert src["DGB"].named and src["DGB"].kind == "organisation"
    assert src["IW"].named and src["IW"].kind == "organisation"
    assert src["Bitkom"].kind == "organisation"


def test_bulleted_demands_after_a_colon_belong_to_the_sentence():
    text = ("Verbraucherschützerin Ramona Pop forderte:\n- eine Senkung der Stromsteuer,\n- ein höheres Wohngeld und\n"
            "- eine Preisbremse für Grundnahrungsmittel.\nDer Präsident des Handelsverbands widersprach.")
    q = only(text.split("\nDer")[0], "reported")
    assert q.text.endswith("eine Preisbremse für Grundnahrungsmittel.")
    assert q.speaker.name == "Ramona Pop"
    assert len(list(nlp.parse(text).sents)) == 2


@pytest.mark.parametrize(("text", "count"), [
    pytest.param("Die wichtigsten Punkte:\nDer Zins bleibt.\n- Die Bank senkt die Prognose.\n- Die Aktie fällt.", 4,
                 id="bulleted_lines_of_their_own_stay_sentences"),
    pytest.param("Die wichtigsten Punkte:\n- Die Bank senkt die Prognose.\n- Die Aktie fällt.", 3,
                 id="capitalised_bulleted_sentence_after_a_heading_stays_apart"),
])
def test_bulleted_lines_stay_sentences(text, count):
    assert len(list(nlp.parse(text).sents)) == count


def test_das_unternehmen_names_the_company_introduced_before():
    q = only("Der Technologiekonzern Siemens hat mehr verdient als erwartet. Das Unternehmen teilte mit, der "
             "Gewinn sei um zwölf Prozent gestiegen.", "indirect")
    assert q.speaker.name == "Siemens" and q.speaker.kind == "organisation"
    assert "Bezeichnung „Das Unternehmen“ → zuvor genannt als „Technologiekonzern Siemens“" in q.evidence


def test_die_notenbank_and_die_gewerkschaft_name_the_listed_body_before():
    q = only("Die EZB hat den Leitzins gesenkt. Die Notenbank erklärte, die Inflation sinke.", "indirect")
    assert q.speaker.name == "EZB"
    q = only("Die GDL hat zum Streik aufgerufen. Der Ausstand beginne am Mittwoch, teilte die Gewerkschaft mit.",
             "indirect")
    assert q.speaker.name == "GDL"


def test_a_survey_is_no_role_of_the_organisation_behind_it():
    src = sources_of("Laut einer Umfrage des Digitalverbands Bitkom halten 72 Prozent der Firmen die Lage für "
                     "gefährlich.")
    assert src["Bitkom"].role != "Umfrage"


def test_capitalised_word_after_a_first_name_is_a_surname():
    q = only("Laut Arbeiterkammer-Präsidentin Renate Anderl müsse die Regierung die Mieten deckeln.", "indirect")
    assert q.speaker.name == "Renate Anderl"
    doc = nlp.parse("Sie traf Anna später in Berlin.")
    assert [t.tag_ for t in doc if t.text == "später"] == ["ADJD"]


def test_swiss_and_austrian_bodies_are_named_organisations():
    src = sources_of("Das Staatssekretariat für Wirtschaft (Seco) führte den Anstieg auf die schwache Konjunktur "
                     "zurück. Die Inflation ist gesunken, wie die Statistik Austria mitteilte.")
    assert src["Seco"].kind == "organisation"
    assert src["Statistik Austria"].kind == "organisation" and src["Statistik Austria"].role is None


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Der Konzern Siemens hat mehr verdient. Die Notenbank erklärte, die Inflation sinke.",
                 "Notenbank", id="die_notenbank_is_no_company_named_before"),
    pytest.param("Das Statistische Bundesamt legte neue Zahlen vor. Wie die Wiesbadener Behörde mitteilte, "
                 "verteuerten sich vor allem Dienstleistungen.",
                 "Statistisches Bundesamt", id="die_behoerde_names_the_listed_agency_before"),
    pytest.param("Die Deutsche Telekom will zehn Milliarden Euro investieren. Das gab der Konzern am Dienstag "
                 "bekannt.",
                 "Deutsche Telekom", id="der_konzern_names_the_listed_company_before"),
    pytest.param("Vorstandschef Tim Höttges sprach im Interview mit dem Handelsblatt. Europa habe den Anschluss bei "
                 "der Cloud verschlafen, so der Manager.",
                 "Tim Höttges", id="der_manager_refers_back_to_the_person_named_before"),
])
def test_name_of_the_speaker_of_the_indirect_report(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("„Das ist kein Grund zur Entwarnung“, sagte Sebastian Dullien, wissenschaftlicher Direktor des "
                 "IMK, der Deutschen Presse-Agentur.",
                 "Sebastian Dullien", "wissenschaftlicher Direktor", id="role_in_apposition_after_the_name"),
    pytest.param("Ökonomin Monika Schnitzer, Vorsitzende des Sachverständigenrats, sagte, die Subventionen "
                 "seien zu hoch.",
                 "Monika Schnitzer", "Ökonomin", id="role_before_the_name_still_wins_over_an_apposition"),
])
def test_role_of_a_named_source(text, name, role):
    assert sources_of(text)[name].role == role


@pytest.mark.parametrize(("text", "name", "kind"), [
    # a bare role noun before a plural verb is a group, with an article and a singular verb a person
    pytest.param("Wirtschaftsvertreter warnten vor Schäden in Millionenhöhe.", "Wirtschaftsvertreter", "group",
                 id="bare_role_noun_before_a_plural_verb_is_a_group"),
    pytest.param("Der Wirtschaftsvertreter warnte vor Schäden in Millionenhöhe.", "Wirtschaftsvertreter", "person",
                 id="bare_role_noun_singular_is_a_person"),
    # people named after an organisation word are a group; the organisation itself is not
    pytest.param("Die Gewerkschafter kritisierten, die Löhne seien zu niedrig.", "Gewerkschafter", "group",
                 id="people_named_after_an_organisation_word_are_a_group-Gewerkschafter"),
    pytest.param("Die Sozialdemokraten erklärten, die Reform komme zu spät.", "Sozialdemokraten", "group",
                 id="people_named_after_an_organisation_word_are_a_group-Sozialdemokraten"),
    pytest.param("Die Bundesregierung erklärte, die Reform komme rechtzeitig.", "Bundesregierung", "organisation",
                 id="people_named_after_an_organisation_word_are_a_group-Bundesregierung"),
    # a definite organisation noun is an organisation, one member with an indefinite article is anonymous
    pytest.param("Der Gewerkschaftsbund sprach von einem «Alarmsignal».", "Gewerkschaftsbund", "organisation",
                 id="definite_organisation_noun_is_an_organisation"),
    pytest.param("Ein Gewerkschafter sprach von einem «Alarmsignal».", "Ein Gewerkschafter", "anonymous",
                 id="definite_organisation_noun_is_an_organisation-indefinite_member"),
    # an unknown bare name in a headline is a person, a plural group noun a group
    pytest.param("Lagarde: „Der Kampf gegen die Inflation ist nicht vorbei“", "Lagarde", "person",
                 id="unknown_bare_name_in_a_headline_is_a_person"),
    pytest.param("Ökonomen: „Die Krise ist noch nicht vorbei“", "Ökonomen", "group",
                 id="unknown_bare_name_in_a_headline_is_a_person-plural_group"),
])
def test_kind_of_a_source(text, name, kind):
    assert sources_of(text)[name].kind == kind
