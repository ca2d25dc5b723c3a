"""Faults found by auditing the engine on science, space and weather reports we wrote (journal studies, press
releases of institutes, astronauts, weather warnings, medical studies and retractions)."""

from __future__ import annotations

import pytest

from tests._quotes_support import of_kind, only, sources_of


def test_free_indirect_goes_on_with_the_outer_report_not_a_frame_inside_its_words():
    text = ("Man wisse allerdings noch nicht, ob die Teilchen schadeten, schreiben die Autoren. "
            "Die Studie zeige lediglich einen Zusammenhang.")
    q = only(text, "free_indirect")
    assert q.speaker.text == "die Autoren"
    assert "Sprecher aus dem vorigen Satz übernommen" in q.evidence
    assert only(text, "indirect").speaker.text == "die Autoren"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Die Hypothese stehe nicht allein, betonte der Direktor des Deutschen Zentrums für "
                 "Neurodegenerative Erkrankungen (DZNE), Pierluigi Nicotera.", "Pierluigi Nicotera",
                 id="field_after_fuer_and_acronym_in_brackets"),
    pytest.param("Die Daten seien eindeutig, sagte der Direktor des Max-Planck-Instituts für Chemie, Peter Nowak.",
                 "Peter Nowak", id="field_after_fuer"),
    pytest.param("Die Lage sei ernst, sagte der Präsident des Robert Koch-Instituts (RKI), Lars Schaade.",
                 "Lars Schaade", id="acronym_in_brackets_before_the_name"),
    pytest.param("Die Lage sei ernst, sagte Friedrich Merz (CDU).", "Friedrich Merz", id="party_in_brackets_stays_out"),
])
def test_name_in_apposition_after_a_body_with_its_field_speaks(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert q.speaker.kind == "person"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Laut Projektleiterin Dr. Sabine Krämer liefern die Messungen wertvolle Hinweise.",
                 "Sabine Krämer", id="role_title_name"),
    pytest.param("Laut Studienleiter Prof. Dr. Hugo Katus senkt das Mittel das Risiko.",
                 "Hugo Katus", id="role_two_titles_name"),
])
def test_laut_keeps_the_name_after_a_role_and_a_title(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert q.text.startswith(("liefern", "senkt"))


def test_laut_still_cuts_a_second_common_noun():
    q = only("Laut Ministerium Arbeiten an der Brücke dauern bis Mai.", "indirect")
    assert q.speaker.text == "Ministerium"


@pytest.mark.parametrize("text", [
    "Das sei gut, sagte Prof. Dr. Hugo Katus. Es sei neu, sagte Katus.",
    "Das sei gut, sagte Studienleiter Prof. Hugo Katus. Es sei neu, sagte Katus.",
    "Das sei gut, sagte der Kardiologe Prof. Dr. Hugo Katus. Es sei neu, sagte Katus.",
])
def test_titles_are_no_part_of_the_name_so_the_surname_finds_the_same_source(text):
    assert {q.speaker.name for q in of_kind(text, "indirect")} == {"Hugo Katus"}
    assert list(sources_of(text)) == ["Hugo Katus"]


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Der DWD hat gewarnt. Nach Angaben des Wetterdienstes ist vor allem das Allgäu betroffen.",
                 "Deutscher Wetterdienst", id="genitive_noun_after_acronym"),
    pytest.param("Der DWD hat gewarnt. Es gebe Hagel, teilte der Wetterdienst mit.",
                 "Deutscher Wetterdienst", id="noun_after_acronym"),
    pytest.param("Das RKI hat gewarnt. Es gebe mehr Fälle, teilte das Institut mit.",
                 "Robert Koch-Institut", id="institute_after_acronym"),
])
def test_organisation_noun_takes_up_the_acronym_whose_full_name_ends_in_it(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert any(e.startswith("Bezeichnung") and "zuvor genannt" in e for e in q.evidence)
    assert list(sources_of(text)) == [name]


def test_organisation_noun_takes_up_an_acronym_whose_listed_long_name_holds_it():
    text = "Das DLR hat Satellitendaten veröffentlicht. Die Gletscher schmelzen schneller, teilte das Zentrum mit."
    assert only(text, "indirect").speaker.name == "DLR"
    text = "Das DLR hat Satellitendaten veröffentlicht. Die Gletscher schmelzen schneller, teilte das Institut mit."
    assert only(text, "indirect").speaker.name == "Institut"


def test_organisation_noun_names_itself_when_the_acronym_before_spells_out_something_else():
    text = "Das RKI hat gewarnt. Nach Angaben des Wetterdienstes ist vor allem das Allgäu betroffen."
    assert only(text, "indirect").speaker.name == "Wetterdienst"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Eis schmilzt schneller, berichtet ein Team um den Toxikologen Matthew Campen im Fachjournal "
                 "„Nature Medicine“.", "Team um Matthew Campen", id="team_in_mittelfeld"),
    pytest.param("Ein Team um die Physikerin Anna Roth hat herausgefunden, dass Eis schneller schmilzt.",
                 "Team um Anna Roth", id="team_in_vorfeld"),
    pytest.param("Eis schmilzt schneller, schreibt ein internationales Forscherteam um den Potsdamer Klimaforscher "
                 "Stefan Rahmstorf.", "Forscherteam um Stefan Rahmstorf", id="compound_team_noun"),
    pytest.param("Laut einem Team um die Physikerin Anna Roth schmilzt das Eis schneller.", "Team um Anna Roth",
                 id="after_laut"),
])
def test_a_team_named_after_its_leader_speaks_as_a_group(text, name):
    q = only(text, "indirect")
    assert (q.speaker.name, q.speaker.kind) == (name, "group")
    assert f"„{name}“: die Gruppe spricht, nicht die genannte Person allein" in q.evidence


def test_the_leader_quoted_later_is_a_source_of_her_own():
    text = ("Eis schmilzt schneller, schreiben die Forscher um Anna Roth im Fachjournal „Nature“. "
            "„Das hat uns überrascht“, sagte Roth.")
    assert list(sources_of(text)) == ["Forscher um Anna Roth", "Anna Roth"]
    assert sources_of(text)["Anna Roth"].kind == "person"


def test_frame_after_the_content_reports_a_coordinated_praeteritum_too():
    text = ("Die Fehler seien versehentlich entstanden und änderten nichts an den Ergebnissen, "
            "ließ sie über ihren Anwalt erklären.")
    q = only(text, "indirect")
    assert q.text == "Die Fehler seien versehentlich entstanden und änderten nichts an den Ergebnissen"
    assert not any(e.startswith("indikativischer Hauptsatz danach") for e in q.evidence)
    assert "Redeverb im Infinitiv nach „lassen“: ließ … erklären" in q.evidence


def test_narrators_clause_after_free_indirect_speech_takes_its_conjunction_along():
    text = ("„Wir sind enttäuscht“, sagte Roth. "
            "Man wolle die Daten erneut prüfen und veröffentlichte am Abend eine Erklärung.")
    q = only(text, "free_indirect")
    assert q.text == "Man wolle die Daten erneut prüfen"
    assert "indikativischer Hauptsatz danach gehört dem Erzähler: veröffentlichte …" in q.evidence


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Die Astronautin Insa Lorenz trainiert in Köln. „Ich bin bereit“, sagte die Astronautin.",
                 "Insa Lorenz", "Astronautin", id="astronaut_refers_back"),
    pytest.param("Der Toxikologe Matthew Campen forscht in Köln. „Das hat uns überrascht“, sagte der Toxikologe.",
                 "Matthew Campen", "Toxikologe", id="weak_noun_in_loge_is_singular"),
    pytest.param("„Das hat uns überrascht“, sagte der Toxikologe Peter Maier.", "Peter Maier", "Toxikologe",
                 id="weak_noun_in_loge_before_name"),
    pytest.param("Der frühere Astronaut Thomas Reiter war zweimal im All. „Sie bringt alles mit“, sagte er.",
                 "Thomas Reiter", "früherer Astronaut", id="astronaut_role"),
])
def test_science_and_space_roles_name_and_refer_back(text, name, role):
    q = only(text, "direct")
    assert q.speaker.name == name
    assert sources_of(text)[name].role == role


def test_plural_of_a_weak_noun_in_loge_stays_a_group():
    q = only("„Das hat uns überrascht“, sagten die Toxikologen.", "direct")
    assert (q.speaker.name, q.speaker.kind) == ("Toxikologen", "group")


def test_a_relative_clause_in_the_konjunktiv_is_no_content_of_the_main_clause_subject():
    text = ("„Die Methodik ist solide“, sagte Schröder. Allerdings beruhten die Prognosen auf Annahmen über "
            "künftige Emissionen, die sich noch ändern könnten.")
    assert not any(q.cue and q.cue.lemma == "beruhen" for q in of_kind(text))
    assert only(text, "free_indirect").speaker.name == "Schröder"


def test_an_indicative_clause_with_a_person_still_introduces_konjunktiv_content():
    text = "„Die Methodik ist solide“, sagte Schröder. Die Expertin kam zu dem Ergebnis, dass es keine Gefahr gebe."
    q = only(text, "indirect")
    assert (q.speaker.text, q.text) == ("Die Expertin", "dass es keine Gefahr gebe")
    assert "Einleitender Satz mit Subjekt: Die Expertin" in q.evidence


@pytest.mark.parametrize(("word", "lemma"), [
    ("Schluss", "Schluss"), ("Schlüsse", "Schluss"), ("Beschluss", "Beschluss"), ("Prozess", "Prozess"),
    ("Straße", "Straße"),
])
def test_noun_lemmas_keep_the_reformed_ss(word, lemma):
    from medialit import nlp

    doc = nlp.parse(f"Sie sprachen am Montag über {word} und Fristen.")
    assert next(t.lemma_ for t in doc if t.text == word) == lemma


def test_the_cue_of_a_noun_frame_is_spelt_as_today():
    q = only("Die Expertin kam zu dem Schluss, es gebe keine Gefahr.", "indirect")
    assert q.cue.lemma == "Schluss"


def test_zu_diesem_ergebnis_kommt_reports_the_sentence_before():
    text = ("Hitzewellen werden künftig mehr Menschenleben kosten. Zu diesem Ergebnis kommt eine Studie des "
            "Potsdam-Instituts für Klimafolgenforschung (PIK).")
    q = only(text, "indirect")
    assert q.text == "Hitzewellen werden künftig mehr Menschenleben kosten"
    assert (q.speaker.name, q.speaker.kind) == ("PIK", "organisation")
    assert q.cue.lemma == "zu dem Ergebnis kommen"
    assert "„Zu diesem Ergebnis“ verweist auf das zuvor Gesagte" in q.evidence


def test_zu_diesem_schluss_after_a_quotation_adds_no_second_report_of_it():
    text = "„Es wird heiß“, sagte Roth. Zu diesem Schluss kommen auch Forscher der Universität Leipzig."
    assert [(q.kind, q.speaker.name) for q in of_kind(text)] == [("direct", "Roth")]


def test_listed_name_with_the_genitive_on_its_first_word_is_one_organisation():
    q = only("Es werde heißer, sagte ein Sprecher des Potsdam-Instituts für Klimafolgenforschung.", "indirect")
    assert q.speaker.text == "ein Sprecher des Potsdam-Instituts für Klimafolgenforschung"
    assert q.speaker.name == "PIK"


@pytest.mark.parametrize(("text", "name", "kind"), [
    pytest.param("Es werde heißer, sagten Forscher der Universität Leipzig.", "Forscher der Universität Leipzig",
                 "group", id="plural_without_article_is_a_group"),
    pytest.param("Es werde heißer, sagte ein Forscher der Universität Leipzig.", "Forscher der Universität Leipzig",
                 "anonymous", id="one_researcher_stays_anonymous"),
])
def test_researchers_of_a_named_body_speak_in_their_own_name(text, name, kind):
    q = only(text, "indirect")
    assert (q.speaker.name, q.speaker.kind) == (name, kind)
    assert sources_of(text)[name].affiliation == "Universität Leipzig"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Bayer will die Zulassung beantragen, wie ein Unternehmenssprecher sagte.", "Bayer",
                 id="wie_clause"),
    pytest.param("Der Autobauer Daimler will die Zulassung beantragen, sagte ein Konzernsprecher.", "Daimler",
                 id="trailing_frame"),
    pytest.param("Die Regierung will die Zulassung beantragen, sagte ein Unternehmenssprecher.",
                 "ein Unternehmenssprecher", id="no_company_in_the_words"),
])
def test_company_spokesperson_speaks_for_the_company_acting_in_the_words(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name


@pytest.mark.parametrize(("text", "name", "affiliation"), [
    pytest.param("Die Lage sei ernst, sagte der Präsident des Robert Koch-Instituts (RKI), Lars Schaade.",
                 "Lars Schaade", "Robert Koch-Institut", id="listed_name_of_two_words"),
    pytest.param("Die Daten seien eindeutig, sagte der Direktor des Max-Planck-Instituts für Chemie, Peter Nowak.",
                 "Peter Nowak", "Max-Planck-Institut", id="listed_name_of_one_word"),
])
def test_affiliation_in_the_genitive_is_listed_in_the_nominative(text, name, affiliation):
    assert sources_of(text)[name].affiliation == affiliation


@pytest.mark.parametrize(("text", "name", "kind"), [
    pytest.param("Meteorologe Dominik Jung vom Portal wetter.net hält die Warnungen für berechtigt: "
                 "„Man sollte das ernst nehmen.“", "Dominik Jung", "person", id="person_before_a_web_portal"),
    pytest.param("Laut dem Portal lebensmittelwarnung.de gibt es einen Rückruf.", "lebensmittelwarnung.de",
                 "organisation", id="web_portal_alone"),
    pytest.param("Das Eis schmilzt. Das schreiben Forscherinnen und Forscher des Alfred-Wegener-Instituts (AWI) im "
                 "Fachmagazin „Nature“.", "Forscherinnen und Forscher des Alfred-Wegener-Instituts", "group",
                 id="researchers_of_a_listed_institute"),
])
def test_who_speaks_next_to_a_portal_or_an_institute(text, name, kind):
    (q,) = [q for q in of_kind(text) if q.kind != "direct" or "Man sollte" in q.text]
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize(("text", "name", "cue"), [
    pytest.param("Kritik kam vom Verband der Krankenhausträger.", "Verband der Krankenhausträger", "Kritik",
                 id="kritik_kam_vom"),
    pytest.param("Scharfe Kritik kommt von der Opposition.", "Opposition", "Kritik", id="adjective_before_noun"),
    pytest.param("Lob kam von der Deutschen Herzstiftung.", "Deutsche Herzstiftung", "Lob", id="lob"),
])
def test_a_speech_noun_coming_from_someone_is_their_reported_speech(text, name, cue):
    q = only(text, "reported")
    assert (q.speaker.name, q.cue.lemma) == (name, cue)
    assert any(e.startswith("Nomen des Sagens: ") for e in q.evidence)


def test_the_critics_go_on_in_the_konjunktiv_after_it():
    text = "Kritik kam vom Verband der Krankenhausträger. Die Kliniken seien schon jetzt überlastet."
    assert only(text, "free_indirect").speaker.name == "Verband der Krankenhausträger"


def test_weather_coming_from_the_west_is_no_speech():
    assert of_kind("Der Regen kam von Westen. Kritik an der Prognose gab es kaum.") == []


def test_a_news_agency_in_the_dative_after_the_speaker_is_the_addressee():
    text = ("Der Klimaforscher Mojib Latif sieht keinen Zusammenhang. «Einzelne Stürme kann man nicht dem Klimawandel "
            "zuschreiben», sagte der Kieler Wissenschaftler der Nachrichtenagentur dpa.")
    q = only(text, "direct")
    assert (q.speaker.text, q.speaker.name) == ("der Kieler Wissenschaftler", "Mojib Latif")


def test_a_journalist_of_a_news_agency_stays_its_staff():
    q = only("Das sei falsch, sagte ein Redakteur der Nachrichtenagentur dpa.", "indirect")
    assert q.speaker.text == "ein Redakteur der Nachrichtenagentur"


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Wie die Forscher im Fachblatt „Science“ berichten, schmilzt das Eis schneller.", "group",
                 id="die_forscher_with_plural_verb"),
    pytest.param("Das Eis schmelze, sagte die Forscherin.", "person", id="die_forscherin_is_one"),
])
def test_die_with_a_role_noun_and_a_plural_verb_is_a_group(text, kind):
    (q,) = of_kind(text)
    assert q.speaker.kind == kind


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("„Das ist ein Meilenstein“, so Koautorin Petra Wust.", "Petra Wust", "Koautorin",
                 id="so_role_name"),
    pytest.param("„Das ist ein Meilenstein“, so Mitautor Peter Klein.", "Peter Klein", "Mitautor",
                 id="mitautor"),
])
def test_co_author_before_the_name_is_a_role_not_a_name(text, name, role):
    q = only(text, "direct")
    assert q.speaker.name == name
    assert sources_of(text)[name].role == role


def test_an_inhabitant_noun_takes_up_the_person_named_before():
    text = ("Matthias Maurer war sechs Monate auf der ISS. Im Interview spricht der Saarländer über "
            "Müdigkeit und Muskelschwund.")
    assert only(text, "reported").speaker.name == "Matthias Maurer"


def test_an_online_medium_labelling_the_questions_is_named_whole():
    text = ("Matthias Maurer war sechs Monate auf der ISS. Im Interview spricht er über Müdigkeit.\n\n"
            "ZEIT ONLINE: Herr Maurer, wie geht es Ihnen?\n\n"
            "Maurer: Erstaunlich gut. Die ersten Tage waren hart, ich konnte kaum stehen.\n\n"
            "ZEIT ONLINE: Was hat Sie am meisten überrascht?\n\n"
            "Maurer: Wie dünn die Atmosphäre ist.")
    names = {q.speaker.name for q in of_kind(text, "direct")}
    assert names == {"Zeit Online", "Matthias Maurer"}


@pytest.mark.parametrize(("text", "name", "kind"), [
    pytest.param("Anna Roth von der Universität Jena und ihr Kollege Peter Klein schreiben, das Eis schmelze.",
                 "Anna Roth und Peter Klein", "group", id="two_researchers_with_plural_verb"),
    pytest.param("Anna Roth und Peter Klein sagten, das Eis schmelze.", "Anna Roth und Peter Klein", "group",
                 id="two_names"),
    pytest.param("Der Forscher Peter Klein sagte, das Eis schmelze.", "Peter Klein", "person", id="one_name"),
])
def test_two_people_joined_by_und_before_a_plural_verb_speak_together(text, name, kind):
    q = only(text, "indirect")
    assert (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Die Infektiologin Sabine Weber lacht. Es gebe viele Fälle, sagte die Infektiologin.",
                 "Sabine Weber", "Infektiologin", id="infektiologin"),
    pytest.param("Der Chirurg Peter Klein lacht. Es gebe viele Fälle, sagte der Chirurg.", "Peter Klein", "Chirurg",
                 id="chirurg"),
])
def test_medical_specialists_are_roles_that_refer_back(text, name, role):
    assert only(text, "indirect").speaker.name == name
    assert sources_of(text)[name].role == role


def test_das_zentrum_takes_up_the_research_centre_named_before():
    text = ("Das Deutsche Zentrum für Luft- und Raumfahrt (DLR) hat Daten veröffentlicht. "
            "Die Gletscher schmelzen schneller, teilte das Zentrum mit.")
    q = only(text, "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("DLR", "organisation")
    assert any(e.startswith("Bezeichnung „das Zentrum“") for e in q.evidence)


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("Fettgewebe könne die Messung verfälschen, sagte der Chemiker Professor Thomas Berger.",
                 "Thomas Berger", "Chemiker", id="role_before_a_title"),
    pytest.param("„Wir sehen klare Signale“, erklärt Studienleiterin Dr. Hanna Lütjens, Professorin für "
                 "Ozeanographie an der Universität Bremen.", "Hanna Lütjens", "Studienleiterin",
                 id="role_before_dr"),
    pytest.param("„Wir sehen klare Signale“, erklärt Professor Thomas Berger.", "Thomas Berger", "Professor",
                 id="title_alone_stays_the_role"),
])
def test_the_role_before_the_titles_of_a_name_is_the_sources_role(text, name, role):
    assert sources_of(text)[name].role == role
