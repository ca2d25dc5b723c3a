"""Faults found by reading the engine's output on articles of our own (schools, a rail strike, a data leak, a local
reportage). All sentences are written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, quotes_of, sources_of

from medialit import nlp


@pytest.mark.parametrize("text", [
    "An einer Grundschule in Duisburg unterrichtet bereits jede vierte Lehrkraft ohne Lehramtsstudium.",
    "Frau Weber unterrichtet seit 20 Jahren Mathematik.",
])
def test_teaching_is_no_speech_act(text):
    assert of_kind(text, "reported") == []


def test_informing_somebody_about_something_is_a_speech_act():
    q = only("Die Ministerin unterrichtete den Ausschuss über den Stand der Ermittlungen.", "reported")
    assert (q.speaker.text, q.cue.lemma) == ("Die Ministerin", "unterrichten")


@pytest.mark.parametrize(("text", "name"), [
    ("Betroffene sollten ihre Kontoauszüge prüfen, rät die Verbraucherzentrale Hamburg.", "Verbraucherzentrale Hamburg"),
    ("Das Urteil sei rechtskräftig, sagte ein Sprecher des Amtsgerichts München.", "Amtsgericht München"),
    ("Die Stadtwerke München erklärten, die Preise stiegen.", "Stadtwerke München"),
])
def test_an_institution_at_a_place_is_named_with_the_place(text, name):
    assert only(text, "indirect").speaker.name == name


def test_a_place_alone_still_names_the_place():
    assert only("Das Urteil sei rechtskräftig, teilte Hamburg mit.", "indirect").speaker.name == "Hamburg"


@pytest.mark.parametrize(("text", "kind", "speaker", "name", "evidence"), [
    pytest.param("Die Krankenkasse widersprach dieser Darstellung. Man habe jeden Hinweis ernst genommen und sofort "
                 "geprüft, teilte sie per Pressemitteilung mit.", "indirect",
                 "sie", "Krankenkasse", "Pronomen „sie“ → Krankenkasse",
                 id="a_pronoun_in_the_frame_after_the_content_takes_up_the_organisation_before"),
    pytest.param("Trainer Jonas Keller blieb ruhig. Sein Fazit: „Wir sind auf einem guten Weg.“", "direct",
                 "Sein Fazit", "Jonas Keller", "Possessivpronomen „Sein“ → Jonas Keller",
                 id="a_possessive_label_before_a_colon_names_its_owner"),
    pytest.param("Das Innenministerium wies die Kritik zurück. In einer Erklärung heißt es, man habe alles richtig "
                 "gemacht.", "indirect",
                 "einer Erklärung", "Innenministerium",
                 "„einer Erklärung“ ohne Verfasser: Handelnder des vorigen Satzes → Innenministerium",
                 id="a_statement_without_author_is_by_the_actor_of_the_sentence_before"),
])
def test_a_speaker_word_is_named_by_what_came_before(text, kind, speaker, name, evidence):
    q = only(text, kind)
    assert (q.speaker.text, q.speaker.name) == (speaker, name)
    assert evidence in q.evidence


def test_an_idiom_of_writing_frames_no_content_and_the_report_takes_the_whole_sentence():
    text = ("Der Betrieb schreibe seit Jahren Verluste, eine neue Fähre würde rund 2,5 Millionen Euro kosten, "
            "heißt es in einer Vorlage.")
    q = only(text, "indirect")
    assert q.text == ("Der Betrieb schreibe seit Jahren Verluste, eine neue Fähre würde rund 2,5 Millionen Euro "
                      "kosten")
    assert q.cue.lemma == "heißen"


def test_writing_in_a_letter_still_frames_its_content():
    q = only("Er schrieb in einem Brief, die Lage sei ernst.", "indirect")
    assert (q.text, q.cue.lemma) == ("die Lage sei ernst", "schreiben")


def test_a_label_of_somebodys_words_before_a_colon_introduces_the_konjunktiv_content():
    q = only("Die Antwort des Ministeriums: Man prüfe den Fall.", "indirect", "free_indirect")
    assert (q.kind, q.text, q.speaker.name) == ("indirect", "Man prüfe den Fall", "Ministerium")
    assert "Nomen des Sagens vor dem Doppelpunkt: Die Antwort des Ministeriums" in q.evidence


def test_a_topic_before_a_colon_introduces_nothing():
    q = only("Die Lage: Es gebe kaum noch Wasser.", "indirect", "free_indirect")
    assert q.kind == "free_indirect"
    assert not any("Nomen des Sagens" in e for e in q.evidence)


def test_the_cue_of_a_frame_noun_is_its_lemma():
    q = only("Es gibt Vorwürfe, der Minister habe gelogen.", "indirect")
    assert (q.cue.text, q.cue.lemma) == ("Vorwürfe", "Vorwurf")


def test_er_after_the_verb_takes_up_a_masculine_body_named_in_the_sentence_before():
    text = ("Der Intensivmediziner Prof. Henrik Olsen lobte die Studie. Auch der Deutsche Ethikrat hat sich mit "
            "solchen Systemen befasst. In einer Stellungnahme mahnte er, Entscheidungen müssten bei Ärzten bleiben.")
    q = only(text, "indirect")
    assert (q.speaker.text, q.speaker.name, q.speaker.kind) == ("er", "Deutscher Ethikrat", "organisation")
    assert "Pronomen „er“ → Deutscher Ethikrat" in q.evidence


def test_er_after_the_verb_still_takes_up_the_person_of_the_sentence_before():
    text = ("Die Klinik stellte die Studie vor. Der Intensivmediziner Henrik Olsen las sie genau. In einer "
            "Stellungnahme mahnte er, es fehle eine größere Untersuchung.")
    assert only(text, "indirect").speaker.name == "Henrik Olsen"


@pytest.mark.parametrize(("text", "kind", "content", "speaker"), [
    ("+++ 17.40 Uhr: Innenminister Karl Roth warnt vor Sturmböen +++\nDer Minister besuchte am Nachmittag Passau.",
     "reported", "Innenminister Karl Roth warnt vor Sturmböen", "Innenminister Karl Roth"),
    ("17.12 Uhr: Es bestehe Lebensgefahr durch Hochwasser, erklärte der Wetterdienst.",
     "indirect", "Es bestehe Lebensgefahr durch Hochwasser", "der Wetterdienst"),
])
def test_the_time_stamp_of_a_live_ticker_entry_is_no_part_of_the_report(text, kind, content, speaker):
    q = only(text, kind)
    assert (q.text, q.speaker.text) == (content, speaker)


def test_the_relay_in_the_evidence_is_quoted_as_written():
    text = "Ein Sprecher der Stadt sagte, laut Polizei habe es drei Verletzte gegeben."
    q = only(text, "indirect")
    assert "Quellenangabe im Inhalt: laut Polizei; weitergegeben von „Ein Sprecher der Stadt“" in q.evidence


def test_a_listed_name_with_an_adjective_is_found_in_any_case():
    q = only("Nach Angaben der Deutschen Bahn fielen 80 Prozent der Züge aus.", "indirect")
    assert (q.speaker.text, q.speaker.name) == ("der Deutschen Bahn", "Deutsche Bahn")


@pytest.mark.parametrize(("text", "name"), [
    ("Sie reiche nicht aus, erklärte der Sozialverband VdK. Befürworter verweisen auf steigende Preise.",
     "Sozialverband VdK"),
    ("Das Gesetz sei falsch, sagte ein Sprecher der AfD. Die Grünen verteidigten es.", "AfD"),
])
def test_a_full_stop_after_a_mixed_case_acronym_ends_the_sentence(text, name):
    doc = nlp.parse(text)
    assert len(list(doc.sents)) == 2
    q = only(text, "indirect")
    assert name in q.speaker.text and not q.speaker.text.endswith(".")


def test_a_relative_clause_on_the_object_is_no_content_of_the_speech_verb():
    text = ("Befürworter verweisen dagegen auf steigende CO2-Preise, die fossile Heizungen in den kommenden Jahren "
            "deutlich verteuern dürften.")
    q = only(text, "reported", "indirect")
    assert (q.kind, q.speaker.text, q.cue.lemma) == ("reported", "Befürworter", "verweisen")


def test_a_main_clause_after_the_object_is_still_the_content():
    q = only("Sie verwies auf die Studie, die Kinder hätten schlecht geschlafen.", "reported", "indirect")
    assert (q.kind, q.text) == ("indirect", "die Kinder hätten schlecht geschlafen")


@pytest.mark.parametrize(("text", "name"), [
    ("Der „Tagesspiegel“ aus Berlin meint dagegen: „Man kann der Koalition vieles vorwerfen.“", "Tagesspiegel"),
    ("Die „taz“ fragt: „Wo bleibt der soziale Ausgleich?“", "taz"),
    ("Die „Rheinische Post“ aus Düsseldorf lobt die Schuldenbremse als „Garant für Gerechtigkeit“.", "Rheinische Post"),
])
def test_a_paper_named_by_its_title_is_the_source_not_its_city(text, name):
    q = only(text, "direct")
    assert q.speaker.name == name
    assert f"Medium mit Namen in Anführungszeichen: {name}" in q.evidence


def test_the_paper_taken_up_by_das_blatt_or_dort_is_the_one_named_before():
    text = ("Die „Süddeutsche Zeitung“ sieht das ähnlich. Der Kompromiss sei ein Sammelsurium, heißt es dort. "
            "Die „taz“ fragt nach dem Ausgleich. Kürzungen träfen die Schwächsten, schreibt das Blatt.")
    found = {q.text: q for q in quotes_of(text)}
    sz = found["Der Kompromiss sei ein Sammelsurium"]
    assert sz.speaker.name == "Süddeutsche Zeitung"
    assert "Quelle: „dort“/„darin“ verweist auf den Handelnden des vorigen Satzes" in sz.evidence
    taz = found["Kürzungen träfen die Schwächsten"]
    assert (taz.speaker.text, taz.speaker.name) == ("das Blatt", "taz")
    assert "Bezeichnung „das Blatt“ → zuletzt genanntes Medium: taz" in taz.evidence


def test_das_blatt_with_no_paper_before_names_nobody_new():
    q = only("Kürzungen träfen die Schwächsten, schreibt das Blatt.", "indirect")
    assert q.speaker.name == "Blatt"


def test_after_the_presentation_of_a_study_is_a_time_not_a_source():
    text = ("Das Bistum Essen hat nach der Vorstellung einer unabhängigen Missbrauchsstudie schwere Versäumnisse "
            "eingeräumt.")
    assert of_kind(text, "indirect") == []


def test_the_idea_of_a_person_is_still_a_source():
    q = only("Nach der Vorstellung der Ministerin sollen alle Schulen digital werden.", "indirect")
    assert (q.speaker.text, q.cue.lemma) == ("der Ministerin", "nach Vorstellung")


def test_a_field_before_a_role_is_no_affiliation_and_vorstaendin_is_a_role():
    found = sources_of("Entdeckt hatte das Leck der IT-Sicherheitsforscher Jonas Brückner. Er sagte, die Lücke sei "
                       "bekannt gewesen. „Das ist fahrlässig“, erklärte Ramona Pop, Vorständin des Verbands.")
    assert (found["Jonas Brückner"].role, found["Jonas Brückner"].affiliation) == ("IT-Sicherheitsforscher", None)
    assert found["Ramona Pop"].role == "Vorständin"


def test_an_acronym_of_a_body_before_a_role_is_still_the_affiliation():
    assert sources_of("Die Lage sei ernst, sagte NATO-Sprecherin Oana Lungescu.")["Oana Lungescu"].affiliation == "NATO"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Der Vorsitzende der Gewerkschaft Verdi, Frank Werneke, sagte, die Lage sei ernst.", "Frank Werneke",
     "Vorsitzender"),
    ("Die Vorsitzende der GEW, Maike Finnern, sagte, die Lage sei ernst.", "Maike Finnern", "Vorsitzende"),
    ("„Wir haben versagt“, sagte Bischof Franz-Josef Overbeck.", "Franz-Josef Overbeck", "Bischof"),
    ("Kardinal Reinhard Marx betonte, die Aufarbeitung sei eine Daueraufgabe.", "Reinhard Marx", "Kardinal"),
])
def test_roles_of_church_and_nominalised_adjectives_in_the_nominative(text, name, role):
    assert sources_of(text)[name].role == role


def test_a_body_named_with_a_capitalised_adjective_is_a_named_organisation():
    found = sources_of("Auch der Deutsche Mieterbund empfiehlt, die Abrechnung zu prüfen. Das Deutsche Rote Kreuz "
                       "warnte, es fehle Blut. Der Regierende Bürgermeister sagte, alles sei gut.")
    assert (found["Deutscher Mieterbund"].kind, found["Deutscher Mieterbund"].named) == ("organisation", True)
    assert (found["Deutsches Rotes Kreuz"].kind, found["Deutsches Rotes Kreuz"].named) == ("organisation", True)
    assert (found["Regierender Bürgermeister"].kind, found["Regierender Bürgermeister"].named) == ("person", False)


@pytest.mark.parametrize(("text", "name"), [
    ("Der Betrieb schreibe Verluste, heißt es in einer Vorlage für den Stadtrat.", "Vorlage"),
    ("Das Ministerium wolle sparen, heißt es in einem internen Dokument.", "Dokument"),
    ("Das Ministerium wolle sparen, heißt es in einem Antrag der Grünen.", "Grüne"),
])
def test_a_paper_is_named_by_its_noun_or_its_author(text, name):
    assert name in sources_of(text)


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Nach Polizeiangaben wurden drei Menschen verletzt.", "Polizei", "organisation"),
    ("Nach Ministeriumsangaben wurden drei Menschen verletzt.", "Ministerium", "organisation"),
    ("Nach Veranstalterangaben kamen 5000 Menschen.", "Veranstalter", "group"),
])
def test_the_owner_of_compound_statements_has_its_own_kind(text, name, kind):
    assert sources_of(text)[name].kind == kind


def test_a_company_noun_before_a_name_makes_it_an_organisation():
    found = sources_of("Der Spielehersteller Nintendo teilte mit, die Konsole komme im März.")
    assert [s.kind for s in found.values()] == ["organisation"]


def test_a_statement_without_author_and_nobody_acting_before_stays_the_statement():
    q = only("Es regnete. In einer Erklärung hieß es, die Lage sei ernst.", "indirect")
    assert q.speaker.name == "Erklärung"


def test_a_headline_name_and_colon_give_that_persons_statement():
    text = "Christian Lindner: Wir werden sparen\nDer Finanzminister sprach am Montag in Berlin."
    q = only(text, "indirect")
    assert (q.text, q.speaker.name) == ("Wir werden sparen", "Christian Lindner")
    assert "Überschrift „Name: …“: Aussage der genannten Person ohne Anführungszeichen" in q.evidence


@pytest.mark.parametrize("text", [
    "Bahnstreik: Pendler stranden\nDer Streik legte am Montag alles lahm.",  # a topic, no person
    "Christian Lindner: Wir werden sparen. Das sagte er am Montag.",  # a sentence of the text, no headline
])
def test_a_topic_or_a_sentence_with_a_colon_is_no_headline_statement(text):
    assert not any("Überschrift „Name" in e for q in quotes_of(text) for e in q.evidence)
