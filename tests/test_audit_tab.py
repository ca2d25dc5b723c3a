"""Audit of tabloid and opinionated online news, on sentences written for these tests: dramatic reporting verbs,
celebrities named by first name, pronouns after quoted names."""

from __future__ import annotations

import pytest
from _quotes_support import quotes_of, sources_of


@pytest.mark.parametrize("text, cue, connotation", [
    ("Melanie Brandt rechnet ab: „Wer so etwas macht, hat kein Herz.“", "abrechnen", "evaluative"),
    ("Katrin Özdemir stichelte auf X: „Schön, dass er das auch merkt.“", "sticheln", "evaluative"),
    ("Ein anderer Leser ätzte: „Typisch Fußballer …“", "ätzen", "evaluative"),
    ("Moderator Jan Köppen legte nach: „Und genauso kuschelig.“", "nachlegen", "evaluative"),
    ("Der Minister schoss zurück: „Das ist Unsinn!“", "zurückschießen", "adversarial"),
])
def test_tabloid_verb_before_a_colon_is_the_cue_with_its_tone(text, cue, connotation):
    q = next(iter(quotes_of(text)))
    assert q.kind == "direct" and q.cue.lemma == cue and q.cue.connotation == connotation
    assert q.cue.explanation and "Redeverb" not in q.cue.explanation


def test_tabloid_verb_without_content_is_a_reported_speech_act():
    q = next(iter(quotes_of("Sven Kaltenbach keilt zurück.")))
    assert q.kind == "reported" and q.cue.lemma == "zurückkeilen" and q.cue.connotation == "adversarial"
    q = next(iter(quotes_of("Bürgermeister Tobias Weißhaupt rechnet mit seinen Kritikern ab.")))
    assert q.kind == "reported" and q.cue.lemma == "abrechnen"


@pytest.mark.parametrize("text", ["Die Polizei schoss zurück.", "Er packte den Koffer aus.",
                                  "Die Kasse rechnet am Monatsende ab.", "Der Wirt legte Holz nach."])
def test_literal_sense_of_a_tabloid_verb_is_no_speech_act(text):
    assert not quotes_of(text)


def test_pronoun_after_a_quoted_verdict_on_a_named_person_is_not_that_person():
    text = ("Wirtschaftsminister Robert Lindner verteidigte das Gesetz. Auch Linken-Chefin Sahra Yilmaz lästerte über "
            "den Minister. Lindner sei „ein Ankündigungsweltmeister ohne Plan“, sagte sie dem „Tagesspiegel“.")
    q = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert q.text.startswith("Lindner sei") and q.speaker.name == "Sahra Yilmaz"
    assert "Pronomen „sie“ → Sahra Yilmaz" in q.evidence


def test_pronoun_still_takes_the_named_subject_of_its_own_sentence():
    q = next(iter(quotes_of("Auch die Bundesbank hält den Schritt für vertretbar, wie sie mitteilte.")))
    assert q.speaker.name == "Bundesbank"


def test_celebrity_named_by_first_name_is_the_person_named_in_full_before():
    text = ("Schlagersängerin Melanie Brandt (41) spricht über die Trennung. Melanie rechnet ab: „Wer so etwas macht, "
            "hat kein Herz.“ Ein Fan ätzte: „Typisch Fußballer …“ „Die Musik hat mich gerettet“, sagt sie.")
    qs = quotes_of(text)
    assert [q.speaker.name for q in qs if q.kind == "direct"] == ["Melanie Brandt", "Ein Fan", "Melanie Brandt"]
    assert set(sources_of(text)) == {"Melanie Brandt", "Ein Fan"}


def test_first_name_shared_by_two_people_stays_as_written():
    text = ("Anna Roth und Anna Weber stritten im Studio. Anna sagte, sie sei enttäuscht.")
    q = next(iter(quotes_of(text)))
    assert q.speaker.name == "Anna"


def test_er_does_not_take_a_woman_named_by_her_first_name():
    text = ("Realitystar Dieter Kowalski (52) hat Mitcamperin Lara Sommer (24) beleidigt. Lara konterte: „Lieber "
            "unbekannt als peinlich.“ Didi zeigte sich uneinsichtig. „Das war doch nur Spaß!“, maulte er.")
    q = next(q for q in quotes_of(text) if "Spaß" in q.text)
    assert q.speaker.name == "Dieter Kowalski" and "Pronomen „er“ → Dieter Kowalski" in q.evidence


def test_schrie_is_the_past_tense_so_the_colon_quotation_is_the_shouters_own():
    text = "Demonstranten hatten den Bürgermeister beschimpft. Einer schrie: „Hau ab!“"
    qs = [q for q in quotes_of(text) if "Einer" in q.text or "Hau" in q.text]
    assert [(q.kind, q.text, q.speaker.text) for q in qs] == [("direct", "„Hau ab!“", "Einer")]
    assert "Redeverb: schreien" in qs[0].evidence


def test_konjunktiv_ii_of_a_strong_verb_is_still_found():
    q = next(iter(quotes_of("Der Sprecher sagte, man ginge davon aus, dass alles bleibe.")))
    assert q.kind == "indirect" and q.speaker.text == "Der Sprecher"


@pytest.mark.parametrize("text, name", [
    ("Und was sagen die Ravensburger? Rentnerin Gisela K. (78) auf dem Marktplatz: „Früher war das hier eine "
     "friedliche Stadt.“", "Gisela K."),
    ("Die Stimmung in der Stadt ist gereizt. Schüler Tim (16) vor dem Rathaus: „Das ist doch Wahnsinn.“", "Tim"),
])
def test_vox_pop_label_with_age_and_place_before_the_colon_names_the_speaker(text, name):
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.speaker.name == name and "Doppelpunkt-Einleitung: Sprecher vor dem Doppelpunkt" in q.evidence


def test_year_in_brackets_before_a_colon_is_no_speaker_label():
    assert not quotes_of("Die Inflation (2023) im Überblick: „Preise steigen“ ist die Schlagzeile.")


def test_wie_bild_erfuhr_names_the_medium_not_the_person_of_the_sentence_before():
    text = ("Schlagersängerin Melanie Brandt weint. Wie BILD erfuhr, soll ihr Ehemann seit Monaten eine neue Freundin "
            "haben.")
    q = next(q for q in quotes_of(text) if "Freundin" in q.text)
    assert q.kind == "indirect" and q.speaker.name == "BILD" and q.cue.lemma == "erfahren"
    assert "Recherche des Mediums: Wie BILD erfuhr" in q.evidence and "Wie BILD" not in q.text
    assert sources_of(text)["BILD"].kind == "organisation"


def test_informants_named_in_the_research_clause_speak_and_the_medium_relays():
    text = "Wie der „Spiegel“ aus Regierungskreisen erfuhr, plane die Regierung neue Schulden."
    q = next(iter(quotes_of(text)))
    assert q.text == "plane die Regierung neue Schulden" and q.relay is not None
    assert q.speaker.text == "Regierungskreisen" and "Spiegel" in q.relay.text


def test_erfahren_outside_a_wie_clause_is_no_source():
    assert not quotes_of("Der Sänger erfuhr am Montag, dass seine Frau krank ist.")


def test_lassen_hands_the_cue_to_its_speech_verb_and_the_lawyer_relays():
    text = ("Fußballmanager Sven Kaltenbach schweigt. Die Vorwürfe seien „frei erfunden“, ließ er über seinen Anwalt "
            "ausrichten.")
    qs = quotes_of(text)
    assert [(q.kind, q.text) for q in qs] == [("indirect", "Die Vorwürfe seien „frei erfunden“"),
                                              ("direct", "„frei erfunden“")]
    for q in qs:
        assert q.speaker.name == "Sven Kaltenbach" and q.cue.lemma == "ausrichten" and q.relay.text == "seinen Anwalt"
        assert "Redeverb im Infinitiv nach „lassen“: ließ … ausrichten" in q.evidence


def test_whole_direct_quotation_before_lassen_stays_one_direct_quotation():
    qs = quotes_of("„Die Vorwürfe sind frei erfunden“, ließ die Sängerin mitteilen.")
    assert [(q.kind, q.cue.lemma) for q in qs] == [("direct", "mitteilen")]


def test_possessive_ihr_does_not_take_a_man_named_by_first_name_only():
    text = ("Hamburg – Der Streit zwischen den Influencern Kevin „KevBeats“ Schröder (27) und Nina Albrecht (25) geht "
            "weiter.\n\nAuf Instagram postete Schröder ein Video. Darin poltert er: «Nina hat ihre Follower gekauft!»"
            "\n\nNina ließ das nicht auf sich sitzen. In ihrer Story keilte sie zurück: „Lieber Kevin, such dir "
            "einen richtigen Job.“ Ihr Management teilte mit, man prüfe rechtliche Schritte.")
    q = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert "Possessivpronomen „Ihr“ → Nina Albrecht" in q.evidence


@pytest.mark.parametrize("headline, text", [
    ("Dschungelcamp-Eklat: Dieter Kowalski ätzt gegen Kandidatin", "Dieter Kowalski ätzt gegen Kandidatin"),
    ("Heizungs-Zoff im Bundestag: Wirtschaftsminister wettert gegen Kritiker",
     "Wirtschaftsminister wettert gegen Kritiker"),
])
def test_headline_topic_before_a_colon_stays_out_of_the_report(headline, text):
    q = next(iter(quotes_of(headline + "\n\nKöln – Was für ein Zoff im Camp.")))
    assert q.kind == "reported" and q.text == text


def test_headline_speaker_label_before_a_colon_is_not_cut_off_as_a_topic():
    q = next(iter(quotes_of("Kowalski: „Das war doch nur Spaß“\n\nKöln – Was für ein Zoff im Camp.")))
    assert q.kind == "direct" and q.speaker.text == "Kowalski"


def test_nickname_alone_names_the_person_introduced_with_it():
    text = ("Realitystar Dieter „Didi“ Kowalski (52) hat Mitcamperin Lara Sommer beleidigt. „Das war doch nur Spaß“, "
            "maulte Didi.")
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.speaker.name == "Dieter „Didi“ Kowalski"
    assert "Didi" not in sources_of(text)


def test_soft_hyphen_of_web_text_is_no_part_of_a_name():
    text = ("Ex-Nationalspieler Marco Reus\u00admann (38) spricht erstmals über seine Sucht. Reusmann sagte, er sei "
            "seit zwei Jahren clean.")
    q = next(q for q in quotes_of(text) if q.kind == "indirect")
    assert q.speaker.name == "Marco Reusmann"
    assert set(sources_of(text)) == {"Marco Reusmann"}


def test_pronoun_after_a_role_description_takes_the_person_introduced_with_that_role():
    text = ("Wirtschaftsminister Robert Lindner verteidigte das Gesetz. Die Opposition tobte. Der Minister schoss "
            "zurück. „Wer nur meckert, löst kein einziges Problem“, sagte er.")
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.speaker.name == "Robert Lindner" and "Pronomen „er“ → Robert Lindner" in q.evidence
    assert "Minister" not in sources_of(text)


def test_pronoun_after_a_role_description_never_introduced_keeps_the_description():
    text = "Die Opposition tobte. Der Minister schoss zurück. „Wer nur meckert, löst kein Problem“, sagte er."
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.speaker.name == "Minister"


INTERVIEW = ("„Ich war ein Idiot!“ – Ex-Profi packt im Interview aus\n\n"
             "Ex-Nationalspieler Marco Reusmann (38) spricht erstmals über Spielsucht und Schulden.\n\n"
             "{medium}: Herr Reusmann, wie geht es Ihnen heute?\n\n"
             "Reusmann: Besser. Viel besser. Ich bin seit zwei Jahren clean.\n\n"
             "{medium}: Wie viel Geld haben Sie verspielt?\n\n"
             "Reusmann: Genug, um drei Häuser zu kaufen.\n")


@pytest.mark.parametrize("medium", ["BILD", "SPIEGEL"])
def test_headline_quotation_of_an_interview_with_the_medium_as_interviewer_quotes_the_person_asked(medium):
    q = next(iter(quotes_of(INTERVIEW.format(medium=medium))))
    assert q.text == "„Ich war ein Idiot!“" and q.speaker.name == "Marco Reusmann"
    assert "Interview: Zitat über dem Gespräch stammt von der befragten Person („Reusmann:“)" in q.evidence


def test_headline_quotation_above_an_interview_of_two_people_stays_unattributed():
    text = INTERVIEW.format(medium="Kloppert")
    q = next(iter(quotes_of(text)))
    assert q.text == "„Ich war ein Idiot!“" and (q.speaker is None or not q.speaker.name)


def test_name_in_marks_inside_the_speaker_mention_is_no_quotation():
    qs = quotes_of("Die Bürgerinitiative „Südstadt wehrt sich“ giftet zurück.")
    assert [(q.kind, q.cue.lemma) for q in qs] == [("reported", "zurückgiften")]
    assert qs[0].speaker.text == "Die Bürgerinitiative „Südstadt wehrt sich“"


def test_quotation_after_a_speaker_named_in_marks_is_still_found():
    qs = quotes_of("Die Bürgerinitiative „Südstadt wehrt sich“ kritisierte: „Das ist ein Skandal.“")
    assert [(q.kind, q.text) for q in qs] == [("direct", "„Das ist ein Skandal.“")]


@pytest.mark.parametrize("text, name", [
    ("Dem Trainer Jens Keller platzte der Kragen: „So nicht!“", "Jens Keller"),
    ("Der Bürgermeister Tobias Weißhaupt verlor die Geduld: „Schluss jetzt!“", "Tobias Weißhaupt"),
])
def test_person_losing_their_temper_before_a_colon_speaks(text, name):
    q = next(iter(quotes_of(text)))
    assert q.kind == "direct" and q.speaker.name == name


def test_quarrel_before_a_colon_is_not_the_speaker_of_the_headline_quotation():
    q = next(iter(quotes_of("Influencer-Beef eskaliert: «Du bist ein Fake!»\n\nHamburg – Der Streit geht weiter.")))
    assert q.text == "«Du bist ein Fake!»" and (q.speaker is None or not q.speaker.name)


def test_body_before_a_colon_still_speaks():
    q = next(iter(quotes_of("Die Firma empfindet die Kritik als ungerecht: „Wir haben alles richtig gemacht.“")))
    assert q.speaker.text == "Die Firma"
