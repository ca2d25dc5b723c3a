"""Audit of war, crisis and foreign reporting (front lines, ceasefire talks, relief agencies, state media,
refugees, foreign elections), on sentences written for these tests: relays, unnamed officials, eyewitnesses."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, quotes_of, sources_of


def test_was_clause_with_a_speech_verb_is_the_answer_of_its_own_subject():
    text = "Israel wirft dem Hilfswerk vor, von der Hamas unterwandert zu sein, was die UN zurückweisen."
    q = next(q for q in quotes_of(text) if q.cue and q.cue.lemma == "zurückweisen")
    assert q.kind == "reported" and q.speaker.text == "die UN"
    assert "Subjekt im weiterführenden Relativsatz nach „was“" in q.evidence


def test_was_clause_after_a_report_is_a_report_of_its_own():
    qs = of_kind("Der Kreml kündigte neue Angriffe an, was Kiew als Propaganda bezeichnete.", "reported")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("Der Kreml kündigte neue Angriffe an", "Der Kreml"), ("was Kiew als Propaganda bezeichnete.", "Kiew")]


def test_was_clause_without_a_speech_verb_stays_part_of_the_report():
    q = of_kind("Der Minister forderte mehr Waffen, was Kritik auslöste.", "reported")[0]
    assert q.text == "Der Minister forderte mehr Waffen, was Kritik auslöste."


def test_was_as_object_of_the_speech_verb_is_its_content():
    q = of_kind("Die Sprecherin wiederholte, was der Minister gesagt hatte.", "indirect")[0]
    assert q.speaker.text == "Die Sprecherin" and q.text == "was der Minister gesagt hatte"


def test_main_clause_after_a_dative_addressee_is_the_officials_report():
    text = ("Ein ranghoher Beamter, der nicht namentlich genannt werden wollte, sagte der Zeitung, die USA prüften "
            "derzeit eine weitere Lieferung.")
    q = of_kind(text, "indirect")[0]
    assert q.text == "die USA prüften derzeit eine weitere Lieferung"
    assert q.speaker.text.startswith("Ein ranghoher Beamter")
    assert "Hauptsatz nach Redeverb und Komma (Indikativ: prüften)" in q.evidence


def test_relative_clause_after_an_object_stays_a_relative_clause():
    assert of_kind("Der General lobte die Soldaten, die Russland tapfer widerstanden.") == []
    q = of_kind("Der General sagte dem Sender, die Soldaten hielten die Stellung.", "indirect")[0]
    assert q.text == "die Soldaten hielten die Stellung" and q.speaker.text == "Der General"


def test_first_name_with_age_is_the_antecedent_of_the_pronoun():
    text = ("Olena, 34, ist mit ihren beiden Kindern aus Pokrowsk nach Dnipro geflohen. „Wir haben drei Wochen im "
            "Keller gelebt“, erzählt sie.")
    q = of_kind(text, "direct")[0]
    assert q.speaker.name == "Olena" and "Pronomen „sie“ → Olena" in q.evidence


def test_place_after_the_refugee_is_no_person():
    text = ("Fatima, 29, ist mit ihren Kindern aus El Fasher in den Tschad geflohen. Sie sei zwölf Tage zu Fuß "
            "unterwegs gewesen, berichtet sie.")
    assert of_kind(text, "indirect")[0].speaker.name == "Fatima"
    assert "El Fasher" not in sources_of(text)


def test_a_number_between_commas_after_a_word_is_no_age():
    q = of_kind("Der Sprecher sagte, Artikel, 3, sei verletzt worden.", "indirect")[0]
    assert q.speaker.name != "Artikel"


def test_government_in_a_city_is_no_person():
    src = sources_of("Die Regierung in Port Sudan wies die Warnungen als „übertrieben“ zurück.")
    assert src, "the government's statement has a source"
    assert "Port Sudan" not in src or src["Port Sudan"].kind != "person"


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Es gebe keine Hungersnot, sagte ein Sprecher des Außenministeriums der staatlichen "
                 "Nachrichtenagentur Suna.", "ein Sprecher des Außenministeriums",
                 id="medium_after_a_genitive_is_the_addressee_not_part_of_the_speaker"),
    pytest.param("Nach dem Plan der Regierung sollen bis 2030 alle Kohlekraftwerke vom Netz gehen.", "der Regierung",
                 id="the_plan_of_an_owner_is_still_a_source"),
    pytest.param("Zwei mit den Verhandlungen vertraute Quellen sagten Reuters, eine Einigung sei nah.",
                 "Zwei mit den Verhandlungen vertraute Quellen",
                 id="plural_sources_before_a_plural_verb_speak_to_the_agency_after_it"),
    pytest.param("Die Zahlen nannten die Sprecher der Armee am Abend, die Lage sei ernst.", "die Sprecher der Armee",
                 id="person_after_the_verb_still_speaks_when_the_vorfeld_is_an_object"),
])
def test_speaker_of_the_first_indirect_quotation(text, speaker):
    q = of_kind(text, "indirect")[0]
    assert q.speaker.text == speaker


def test_genitive_chain_and_agency_as_first_genitive_stay_the_speaker():
    q = of_kind("Es gebe keine Hungersnot, sagte ein Sprecher der Nachrichtenagentur Suna.", "indirect")[0]
    assert q.speaker.text == "ein Sprecher der Nachrichtenagentur Suna"
    q = of_kind("Die Lage sei ernst, sagte der Leiter des Programms der WHO.", "indirect")[0]
    assert q.speaker.text == "der Leiter des Programms der WHO"


def test_pronoun_skips_a_man_named_as_object_whose_gender_his_role_told():
    text = ("Der finnische Präsident Alexander Stubb sagte, er glaube an Verhandlungen. Die Sprecherin des "
            "russischen Außenministeriums, Maria Sacharowa, bezeichnete Stubb auf Telegram als »Marionette "
            "Washingtons«. Finnland habe »die Sicherheit untergraben«, schrieb sie.")
    q = of_kind(text, "indirect")[-1]
    assert q.speaker.name == "Maria Sacharowa" and "Pronomen „sie“ → Maria Sacharowa" in q.evidence


def test_pronoun_still_takes_the_named_object_when_nothing_tells_his_gender():
    text = "Die Ministerin kritisierte Stubb scharf. Er sagte, die Kritik sei unfair."
    assert of_kind(text, "indirect")[-1].speaker.name == "Stubb"


INTERVIEW = ("Frage: Glauben Sie noch an Verhandlungen?\nStubb: Ich glaube an Verhandlungen, wenn Moskau bereit ist.\n\n"
             "Frage: Was müsste der Westen tun?\nStubb: Drei Dinge:\n- mehr Luftverteidigung liefern,\n"
             "- die Sanktionen durchsetzen und\n- die russischen Vermögen nutzen.\n\n"
             "Frage: Viele Menschen sind kriegsmüde.\nStubb: Das verstehe ich.\n\nMoskau reagierte prompt.")


def test_interview_answer_takes_in_its_bulleted_list():
    turn = next(q for q in quotes_of(INTERVIEW) if q.text.startswith("Drei Dinge"))
    assert turn.text.endswith("die russischen Vermögen nutzen.") and turn.speaker.text == "Stubb"


def test_interview_answer_without_a_list_ends_at_its_line():
    turns = [q.text for q in quotes_of(INTERVIEW) if q.speaker is not None and q.speaker.text == "Stubb"]
    assert "Das verstehe ich." in turns and not any("Moskau reagierte" in t for t in turns)


def test_unnamed_institution_is_named_with_a_strong_adjective():
    found = sources_of("Der ukrainische Generalstab teilte mit, man habe 40 Angriffe abgewehrt. "
                       "Das israelische Militär erklärte, es habe Ziele im Süden angegriffen.")
    assert found["ukrainischer Generalstab"].kind == "organisation"
    assert "israelisches Militär" in found


def test_role_before_a_name_is_given_with_a_strong_adjective():
    found = sources_of("Der finnische Präsident Alexander Stubb sagte, er glaube an Verhandlungen.")
    assert found["Alexander Stubb"].role == "finnischer Präsident"


def test_feminine_descriptions_keep_their_words_and_names_take_the_strong_ending():
    found = sources_of("Die ukrainische Armee teilte mit, man habe 40 Angriffe abgewehrt. "
                       "Das Beben sei schwach gewesen, teilte das Deutsche Klimarechenzentrum mit.")
    assert "ukrainische Armee" in found and "Deutsches Klimarechenzentrum" in found


def test_eyewitness_named_by_first_name_counts_as_named():
    found = sources_of("Olena, 34, ist nach Dnipro geflohen. „Wir haben im Keller gelebt“, erzählt sie.")
    assert found["Olena"].named


def test_circles_of_an_institution_are_unnamed_people_not_the_institution():
    found = sources_of("Aus Kreisen der Bundesregierung hieß es, man sei über die Verzögerung fassungslos.")
    assert found["Bundesregierung"].kind == "anonymous" and found["Bundesregierung"].role == "Kreise"


def test_the_institution_itself_still_speaks_as_an_organisation():
    found = sources_of("Die Bundesregierung erklärte, man sei über die Verzögerung fassungslos.")
    assert found["Bundesregierung"].kind == "organisation"


def test_description_is_not_resolved_to_itself():
    qs = quotes_of("Die Demokraten würden das Land „zerstören“, schrieb der frühere Präsident.")
    assert qs
    for q in qs:
        assert q.speaker.name == "früherer Präsident" and not any(e.startswith("Rolle") for e in q.evidence)


def test_role_alone_still_names_the_person_with_that_role_before():
    text = "Der frühere Präsident Donald Trump sagte, er werde siegen. Das Land sei verloren, schrieb der Präsident."
    assert of_kind(text, "indirect")[-1].speaker.name == "Donald Trump"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("„Wir sehen jeden Tag Kinder mit Mangelernährung“, sagte die Koordinatorin Claire Nicolet.",
     "Claire Nicolet", "Koordinatorin"),
    ("Der US-Unterhändler Brett McGurk sagte, man sei nah an einer Einigung.", "Brett McGurk", "US-Unterhändler"),
    ("Laut einem Bericht des israelischen Senders Kan will die Regierung entscheiden.", "Kan", "Sender"),
    ("Nach Angaben der ukrainischen Präsidentin Anna Kowal wurden drei Menschen verletzt.", "Anna Kowal",
     "Präsidentin"),
    ("Die ukrainische Präsidentin Anna Kowal sagte, drei Menschen seien verletzt.", "Anna Kowal",
     "ukrainische Präsidentin"),
])
def test_role_of_a_named_source_in_its_base_form(text, name, role):
    assert sources_of(text)[name].role == role


def test_unnamed_marker_in_the_words_reported_back_leaves_the_named_speaker():
    text = ("Bei einem Angriff auf den Hafen sind nach ukrainischen Angaben mindestens vier Menschen getötet worden. "
            "Das teilte der Gouverneur der Region, Oleh Kiper, am Morgen mit.")
    qs = quotes_of(text)
    assert [(q.kind, q.speaker.name, q.relay) for q in qs] == [("indirect", "Oleh Kiper", None)]
    assert "„nach ukrainischen Angaben“ nennt keine Quelle: Sprecher ist der Gouverneur der Region, Oleh Kiper" \
        in qs[0].evidence


def test_named_marker_reported_back_is_one_quotation_relayed_by_the_spokesman():
    qs = quotes_of("Nach Angaben der Polizei wurden vier Menschen verletzt. Das teilte ein Sprecher mit.")
    assert [(q.speaker.name, q.relay.text) for q in qs] == [("Polizei", "ein Sprecher")]


def test_marker_quotation_stays_beside_a_report_with_its_own_words():
    qs = quotes_of("Nach Angaben der Polizei wurden vier Menschen verletzt. Ein Sprecher sagte, die Lage sei ruhig.")
    assert [q.text for q in qs] == ["wurden vier Menschen verletzt", "die Lage sei ruhig"]


def test_nach_plan_is_an_idiom_not_a_source():
    q = of_kind("Die Agentur Interfax zitierte den Minister mit den Worten, die Offensive laufe nach Plan.",
                "indirect")[0]
    assert q.text == "die Offensive laufe nach Plan"
    assert (q.speaker.text, q.relay.text) == ("den Minister", "Die Agentur Interfax")  # the agency quotes him
    assert not any(e.startswith("Quellenangabe im Inhalt") for e in q.evidence)


@pytest.mark.parametrize(("text", "name"), [
    ("Der katarische Außenamtssprecher Madschid al-Ansari sagte, die Gespräche gingen weiter.", "Madschid al-Ansari"),
    ("Die Lage sei ernst, sagte der Arzt Ahmed al-Kahlout.", "Ahmed al-Kahlout"),
])
def test_arabic_family_name_with_its_article_is_part_of_the_name(text, name):
    assert of_kind(text, "indirect")[0].speaker.name == name


def test_lower_case_word_without_a_name_before_is_no_name():
    assert of_kind("Der Journalist sagte, al-Dschasira berichte live.", "indirect")[0].speaker.name == "Journalist"


def test_translation_is_no_source_of_the_speech_act():
    qs = quotes_of("„Wir werden nicht aufgeben“, sagte Selenskyj laut offizieller Übersetzung.")
    assert [(q.kind, q.speaker.text) for q in qs] == [("direct", "Selenskyj")]


def test_report_inside_another_frame_still_vouches_for_its_clause():
    qs = quotes_of("Der Experte geht laut dem Bericht davon aus, dass die Zahl steigt.")
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("Der Experte geht … davon aus", "dem Bericht"), ("dass die Zahl steigt", "Der Experte")]


@pytest.mark.parametrize("intro", ["Olena (34) ist", "Die 34-jährige Olena ist"])
def test_first_name_with_age_in_brackets_or_as_adjective_is_the_antecedent(intro):
    q = of_kind(f"{intro} mit ihren Kindern nach Dnipro geflohen. „Wir haben im Keller gelebt“, erzählt sie.",
                "direct")[0]
    assert q.speaker.name == "Olena"


def test_initials_as_first_name_start_a_persons_name():
    text = ("Der republikanische Kandidat für das Amt des Vizepräsidenten, JD Vance, warf Harris vor, die Inflation "
            "verschuldet zu haben.")
    assert of_kind(text, "indirect")[0].speaker.name == "JD Vance"


@pytest.mark.parametrize(("headline", "text", "speaker"), [
    ("Raketen auf Kiew – Selenskyj fordert mehr Flugabwehr", "Selenskyj fordert mehr Flugabwehr", "Selenskyj"),
    ("Angriff auf Hafen von Odessa – Moskau spricht von Vergeltung", "Moskau spricht von Vergeltung", "Moskau"),
])
def test_headline_topic_before_a_dash_is_neither_speaker_nor_report(headline, text, speaker):
    q = of_kind(f"{headline}\n\nOdessa – Bei einem Angriff sind vier Menschen getötet worden.", "reported")[0]
    assert (q.text, q.speaker.text) == (text, speaker)


def test_dash_in_a_sentence_of_the_article_is_no_headline_topic():
    q = of_kind("Die Lage sei ernst – vor allem im Osten –, sagte der Sprecher.", "indirect")[0]
    assert q.text.startswith("Die Lage sei ernst")


def test_table_shows_an_interview_turn_with_a_list_on_one_row():
    from medialit.analysis import analyze
    from medialit.cli.analyze import _table

    result = {"file": "interview.txt", **analyze(INTERVIEW).to_dict()}
    lines = _table(result).splitlines()
    assert len(lines) == 2 + len(result["quotes"])
    assert any("Drei Dinge: - mehr Luftverteidigung liefern," in line for line in lines)
