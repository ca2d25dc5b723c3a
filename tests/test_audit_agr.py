"""Faults found by reading the engine's output on articles of our own (a farmers' protest, and the further
articles of the 25 November evening audit). All sentences are written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import only, quotes_of, sources_of

from medialit import nlp


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Wenn die Pläne umgesetzt würden, fehlten ihm im Jahr rund 9000 Euro, sagte er.",
     "Wenn die Pläne umgesetzt würden, fehlten ihm im Jahr rund 9000 Euro", "er"),
    ("Falls die Steuer steige, werde er aufgeben, sagte der Landwirt.",
     "Falls die Steuer steige, werde er aufgeben", "der Landwirt"),
    ("Wer jetzt nicht handle, mache sich schuldig, sagte sie.", "Wer jetzt nicht handle, mache sich schuldig", "sie"),
    ("Als die Polizei eintraf, war der Täter geflohen, sagte ein Zeuge.",
     "Als die Polizei eintraf, war der Täter geflohen", "ein Zeuge"),
])
def test_a_subordinate_clause_and_its_main_clause_before_the_cue_are_the_content(text, content, speaker):
    q = only(text)
    assert (q.kind, q.text, q.speaker.text, q.cue.lemma) == ("indirect", content, speaker, "sagen")
    assert "nachgestellte Redeeinleitung" in q.evidence


def test_a_subordinate_clause_before_the_frame_is_no_content():
    q = only("Als er ankam, sagte er, die Lage sei ernst.")
    assert (q.kind, q.text) == ("indirect", "die Lage sei ernst")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Ein Lkw-Fahrer aus Polen zuckte nur mit den Schultern. Er kenne solche Proteste aus seiner Heimat.",
     "Ein Lkw-Fahrer aus Polen"),
    ("Der Bürgermeister winkte ab. Er habe dafür keine Zeit.", "Der Bürgermeister"),
    ("Die Bäuerin nickte. Sie wisse das schon lange.", "Die Bäuerin"),
])
def test_after_a_gesture_the_actor_gives_the_reason(text, speaker):
    q = only(text)
    assert (q.kind, q.speaker.text) == ("free_indirect", speaker)
    assert "Sprecher: Handelnder des vorigen Satzes" in q.evidence


def test_after_a_gesture_the_last_speaker_does_not_go_on():
    text = ("Eine Krankenpflegerin schimpfte: „Ich komme zu spät.“ Ein Lkw-Fahrer aus Polen zuckte nur mit den "
            "Schultern. Er kenne solche Proteste aus seiner Heimat.")
    q = only(text, "free_indirect")
    assert q.speaker.name == "Ein Lkw-Fahrer aus Polen"


@pytest.mark.parametrize(("text", "name"), [
    ("Ein Landwirt aus Bayern sagte, er kenne das.", "Ein Landwirt aus Bayern"),
    ("Eine Rentnerin aus Köln sagte, sie kenne das.", "Eine Rentnerin aus Köln"),
    ("Ein Bauer aus dem Emsland sagte, er kenne das.", "Ein Bauer aus dem Emsland"),
    ("Der Landwirt aus Bayern sagte, er kenne das.", "Landwirt aus Bayern"),
])
def test_a_place_of_origin_is_not_the_speakers_name(text, name):
    q = only(text)
    assert q.speaker.name == name
    assert any("nennt die Herkunft, keinen Namen" in e for e in q.evidence)
    assert sources_of(text)[name].kind in ("anonymous", "person")


def test_a_body_at_a_place_is_still_named_with_the_place():
    assert only("Die Verbraucherzentrale Hamburg sagte, sie kenne das.").speaker.name == "Verbraucherzentrale Hamburg"


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Die Kosten seien zu hoch, rechnete er vor.", "vorrechnen", "Die Kosten seien zu hoch"),
    ("Er rechnete vor, dass ihm 9000 Euro fehlten.", "vorrechnen", "dass ihm 9000 Euro fehlten"),
])
def test_reckoning_up_is_a_speech_verb(text, lemma, content):
    q = only(text)
    assert (q.kind, q.cue.lemma, q.text) == ("indirect", lemma, content)
    assert f"Redeverb: {lemma}" in q.evidence


def test_a_frame_outside_the_lexicon_is_not_called_missing():
    q = only("Die Kosten seien zu hoch, brummelte er.")
    assert (q.kind, q.speaker.text) == ("indirect", "er")
    assert q.evidence == ["Redeeinleitung nach dem Inhalt: brummelte", "Konjunktiv I: seien"]


def test_a_konjunktiv_sentence_opening_with_ob_continues_the_witness():
    text = ("Ein Nachbar sagte aus. Er habe zwei Männer gesehen. "
            "Ob einer von ihnen der Täter gewesen sei, könne er nicht sagen.")
    q = only(text, "free_indirect")
    assert q.text.endswith("Ob einer von ihnen der Täter gewesen sei, könne er nicht sagen.")
    assert q.speaker.text == "Ein Nachbar"


def test_an_ob_clause_with_its_main_clause_before_the_cue_is_the_content():
    q = only("Ob einer von ihnen der Täter gewesen sei, könne er nicht sagen, sagte der Nachbar.")
    assert (q.kind, q.speaker.text) == ("indirect", "der Nachbar")
    assert q.text == "Ob einer von ihnen der Täter gewesen sei, könne er nicht sagen"


def test_a_headline_defendant_is_the_subject_not_the_charge():
    q = only("Angeklagter bestreitet Tatvorwurf")
    assert (q.kind, q.speaker.text, q.cue.lemma) == ("reported", "Angeklagter", "bestreiten")


@pytest.mark.parametrize(("text", "name"), [
    ("Der Angeklagte ließ eine Erklärung verlesen. Darin heißt es, er sei unschuldig.", "Angeklagte"),
    ("Der 34-Jährige ließ über seinen Verteidiger eine Erklärung verlesen. Darin heißt es, er sei unschuldig.",
     "34-Jährige"),
    ("Der Konzern Bayer veröffentlichte am Montag eine Erklärung. Darin heißt es, man sei unschuldig.", "Bayer"),
])
def test_darin_names_who_issued_the_new_statement(text, name):
    q = only(text)
    assert (q.kind, q.speaker.text, q.speaker.name) == ("indirect", "Darin", name)
    assert any(e.startswith("Verfasser: Handelnder des Satzes mit „eine Erklärung“") for e in q.evidence)


def test_darin_after_a_statement_nobody_issued_names_the_statement():
    q = only("Das Wetter war schlecht. Man fand eine Erklärung. Darin heißt es, man sei unschuldig.")
    assert q.speaker.name == "Erklärung"


def test_the_landrat_alone_names_the_landrat_introduced_before():
    text = ("Bürgermeister Thomas Reinecke (parteilos) und Landrat Jens Böther (CDU) stritten. Böther wies die Kritik "
            "zurück. Die Unterlagen seien unvollständig gewesen, sagte der Landrat.")
    q = only(text, "indirect")
    assert (q.speaker.text, q.speaker.name) == ("der Landrat", "Jens Böther")


def test_a_clause_of_circumstance_is_no_content_of_a_noun():
    q = only("Reinecke warf dem Landkreis vor, das Verfahren zu verschleppen. "
             "Seit zwei Jahren liege der Antrag in Lüneburg, ohne dass etwas passiere.", "free_indirect")
    assert q.text == "Seit zwei Jahren liege der Antrag in Lüneburg, ohne dass etwas passiere."
    assert q.speaker.name == "Reinecke"


def test_a_noun_content_clause_is_still_found():
    q = only("Er vertrat die Auffassung, die Regierung sei zu langsam.", "indirect")
    assert (q.text, q.cue.lemma) == ("die Regierung sei zu langsam", "Auffassung")


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Reinecke warf dem Landkreis vor, das Verfahren zu verschleppen. Seit zwei Jahren liege der Antrag in "
                 "Lüneburg. „Wir verlieren jeden Monat Geld“, sagte er.", "Reinecke",
                 id="after_a_sentence_about_a_thing_takes_up_the_speaker"),
    pytest.param("Reinecke warf dem Landkreis vor, das Verfahren zu verschleppen. Der Bruder des Landrats schüttelte "
                 "den Kopf. „Das ist Unsinn“, sagte er.", "Bruder des Landrats",
                 id="after_a_sentence_about_an_unnamed_person_takes_up_that_person"),
])
def test_a_pronoun_after_a_sentence_without_words(text, name):
    q = only(text, "direct")
    assert q.speaker.name == name
    assert f"Pronomen „er“ → {name}" in q.evidence


@pytest.mark.parametrize(("text", "content"), [
    ("Xi sprach von Partnerschaft. China sei bereit, eine Rolle zu spielen, zitierte ihn die Staatsagentur Xinhua.",
     "China sei bereit, eine Rolle zu spielen"),
    ("Xi sprach von Partnerschaft. Die Lage sei ernst, zitierte ihn die Staatsagentur Xinhua.", "Die Lage sei ernst"),
    ("Xi sprach von Partnerschaft. „Die Lage ist ernst“, zitierte ihn die Staatsagentur Xinhua.",
     "„Die Lage ist ernst“"),
])
def test_the_person_an_agency_quotes_speaks_and_the_agency_relays(text, content):
    q = [q for q in quotes_of(text) if q.cue is not None and q.cue.lemma == "zitieren"]
    assert len(q) == 1
    q = q[0]
    assert (q.text, q.speaker.text, q.speaker.name, q.relay.text) == (content, "ihn", "Xi", "die Staatsagentur Xinhua")
    assert "zitiert: die zitierte Person spricht" in q.evidence and "Pronomen „ihn“ → Xi" in q.evidence


def test_an_agency_quoting_nobody_by_name_still_speaks_itself():
    q = only("Die Lage sei ernst, zitierte die Staatsagentur Xinhua aus einem Bericht.")
    assert q.speaker.text == "die Staatsagentur Xinhua"


@pytest.mark.parametrize(("text", "name"), [
    ("Die Kultusministerkonferenz sieht dafür keinen Anlass. Ein Sprecher verwies auf die Zuständigkeit der Länder.",
     "Kultusministerkonferenz"),
    ("Die Deutsche Bahn bestätigte den Ausfall. Ein Sprecher sagte, die Züge führen wieder.", "Deutsche Bahn"),
])
def test_a_bare_spokesperson_speaks_for_the_body_of_the_sentence_before(text, name):
    found = [q for q in quotes_of(text) if q.speaker is not None and q.speaker.text == "Ein Sprecher"]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes_of(text)]
    q = found[0]
    assert q.speaker.name == name
    assert f"„Ein Sprecher“ spricht für {name} (im Satz davor genannt)" in q.evidence
    assert sources_of(text)[name].kind == "anonymous"  # the person is not named, as „ein Sprecher des Ministeriums“


def test_a_bare_spokesperson_after_a_person_stays_unnamed():
    assert only("Der Minister schwieg. Ein Sprecher sagte, man prüfe alles.").speaker.name == "Ein Sprecher"


@pytest.mark.parametrize(("text", "name"), [
    ("Zu diesem Ergebnis kommt eine Studie der Universität Mannheim. Demnach schläft jeder Dritte zu wenig.",
     "Universität Mannheim"),
    ("Die Krankenkasse DAK hat eine Umfrage veröffentlicht. Demnach schläft jeder Dritte zu wenig.",
     "Krankenkasse DAK"),
    ("Der Bundestag hat einer Gesetzesvorlage zugestimmt. Demnach darf die Flugsicherung privatisiert werden.",
     "Gesetzesvorlage"),
])
def test_demnach_points_to_the_study_of_the_sentence_before(text, name):
    q = only(text)
    assert (q.speaker.text, q.speaker.name, q.cue.lemma) == ("Demnach", name, "demnach")
    assert f"„Demnach“ verweist auf {name}" in q.evidence


def test_danach_after_an_analysis_means_according_to_it():
    text = ("Wie dringend das Problem ist, zeigt eine neue Auswertung des Immobilienportals Immowelt. Danach sind die "
            "Angebotsmieten in den 14 größten Städten um 7,3 Prozent gestiegen.")
    q = only(text)
    assert (q.kind, q.speaker.text, q.speaker.name) == ("indirect", "Danach", "Immowelt")
    assert q.text == "sind die Angebotsmieten in den 14 größten Städten um 7,3 Prozent gestiegen"


def test_danach_after_an_event_means_afterwards():
    assert quotes_of("Die Feier begann um acht Uhr. Danach sind die Gäste nach Hause gegangen.") == []


@pytest.mark.parametrize(("text", "lemma", "content"), [
    ("Schulleiterin Petra Vogel zieht eine positive Bilanz: Die Kinder spielten wieder miteinander.",
     "Bilanz ziehen", "Die Kinder spielten wieder miteinander"),
    ("Die Polizei zog ein bitteres Fazit: Mehr als 40 Menschen wurden verletzt.", "Fazit ziehen",
     "Mehr als 40 Menschen wurden verletzt"),
])
def test_drawing_a_balance_before_a_colon_frames_what_follows(text, lemma, content):
    q = only(text)
    assert (q.kind, q.cue.lemma, q.text) == ("indirect", lemma, content)
    assert "Doppelpunkt nach dem Redeverb" in q.evidence


def test_finding_a_solution_before_a_colon_frames_nothing():
    assert quotes_of("Der Verein fand eine Lösung: Alle zahlen mehr.") == []


@pytest.mark.parametrize(("text", "words", "name"), [
    ("Müller schwieg lange. „Nein, niemals“, lautete seine knappe Antwort.", "„Nein, niemals“", "Müller"),
    ("Merkel sprach lange. „Nein“, lautete ihre Antwort.", "„Nein“", "Merkel"),
    ("Thomas Müller schwieg lange. „Nein“, war seine Antwort.", "„Nein“", "Thomas Müller"),
])
def test_short_words_named_as_an_answer_are_a_quotation(text, words, name):
    q = only(text)
    assert (q.kind, q.text, q.speaker.name) == ("direct", words, name)


def test_short_words_named_as_a_title_are_no_quotation():
    assert quotes_of("Er las das Buch „Nein“, lautete sein Titel.") == []


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Die Ärztin ist sich sicher: Das Virus ist gefährlicher als gedacht.", "sein sicher",
     "Das Virus ist gefährlicher als gedacht"),
    ("Die Ärztin ist überzeugt: Das Virus sei gefährlicher als gedacht.", "sein überzeugt",
     "Das Virus sei gefährlicher als gedacht"),
])
def test_a_stance_before_a_colon_frames_the_clause_after_it(text, cue, content):
    q = only(text)
    assert (q.kind, q.cue.lemma, q.text, q.speaker.text) == ("indirect", cue, content, "Die Ärztin")
    assert "Doppelpunkt nach dem Haltungsadjektiv" in q.evidence


def test_a_stance_before_a_quotation_leaves_it_direct():
    q = only("Die Ärztin ist sich sicher: „Das Virus ist gefährlich.“")
    assert (q.kind, q.speaker.text) == ("direct", "Die Ärztin")


def test_a_first_name_after_a_family_noun_is_a_person_a_pronoun_can_take_up():
    text = ("Anna Berg und ihr Mann Paul leben seit 30 Jahren im Dorf. „Hier kennt jeder jeden“, sagt er.")
    q = only(text)
    assert q.speaker.name == "Paul" and "Pronomen „er“ → Paul" in q.evidence
    assert ("Paul", "PER") in [(e.text, e.label_) for e in nlp.parse(text).ents]


def test_a_trailing_bare_spokesperson_speaks_for_the_body_before():
    q = only("Die Polizei sucht Zeugen. Wer etwas gesehen habe, solle sich melden, sagte eine Sprecherin.")
    assert (q.speaker.text, q.speaker.name) == ("eine Sprecherin", "Polizei")


def test_a_main_clause_after_a_filled_prepositional_phrase_is_no_content():
    found = quotes_of("52 Prozent sprachen sich für eine Höchstgeschwindigkeit von 130 aus, 45 Prozent waren dagegen.")
    assert [(q.kind, q.speaker.text) for q in found] == [("reported", "52 Prozent")]


def test_a_main_clause_after_dafuer_is_the_content():
    q = only("Er sprach sich dafür aus, die Kinder sollen länger lernen.")
    assert (q.kind, q.text, q.cue.lemma) == ("indirect", "die Kinder sollen länger lernen", "aussprechen")


@pytest.mark.parametrize(("text", "name"), [
    ("Die Eltern protestierten vor dem Rathaus. Sie fordern mehr Kita-Plätze, sagten sie.", "Eltern"),
    ("Die Grünen lehnen den Plan ab. Er sei unsozial, erklärten sie.", "Grünen"),
])
def test_a_plural_sie_takes_up_the_group_acting_before(text, name):
    q = only(text)
    assert (q.speaker.text, q.speaker.name) == ("sie", name)


def test_die_organisation_names_the_ngo_named_before():
    q = only("Greenpeace kritisierte das Vorhaben. Es sei ein Rückschritt, teilte die Organisation mit.")
    assert (q.speaker.text, q.speaker.name) == ("die Organisation", "Greenpeace")


@pytest.mark.parametrize(("text", "name"), [
    ("Merz und Scholz trafen sich. Beide betonten, man wolle reden.", "Merz und Scholz"),
    ("Der Betriebsrat und die IG Metall kritisierten die Pläne. Beide sagten, sie seien ein Skandal.",
     "Betriebsrat und IG Metall"),
])
def test_beide_are_the_two_joined_in_the_subject_before(text, name):
    q = only(text)
    assert (q.speaker.text, q.speaker.name) == ("Beide", name)
    assert f"„Beide“ → {name}" in q.evidence
    assert sources_of(text)[name].kind == "group"


def test_beide_after_a_plural_noun_stay_as_written():
    assert only("Die Minister trafen sich. Beide betonten, man wolle reden.").speaker.name == "Beide"


def test_darin_after_a_dative_object_names_the_paper_not_who_approved_it():
    q = only("Der Bundestag stimmte einer Vorlage zu. Darin heißt es, die Flugsicherung dürfe privatisiert werden.")
    assert q.speaker.name == "Vorlage"


@pytest.mark.parametrize(("text", "name"), [
    ("Laut Polizeibericht wurde niemand verletzt.", "Polizei"),
    ("Laut Geschäftsbericht stieg der Umsatz.", "Geschäftsbericht"),
])
def test_a_body_s_report_is_the_body_s_word(text, name):
    q = only(text)
    assert q.speaker.name == name


@pytest.mark.parametrize("text", ["Er sagte, die Lage sei ernst,", "Die Polizei teilte mit, es gebe Verletzte, "])
def test_a_text_ending_in_a_comma_after_a_report_does_not_crash(text):
    q = only(text)
    assert (q.kind, q.cue.lemma) == ("indirect", "sagen" if text.startswith("Er") else "mitteilen")
