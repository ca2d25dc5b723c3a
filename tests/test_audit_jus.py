"""Faults found by reading the engine's output on articles of our own about courts, rail, utilities and lawsuits
(the audit of 25 November, 20:45–22:45). All sentences are written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import only, quotes_of, sources_of


@pytest.mark.parametrize(("text", "content"), [
    ("Der Richter kündigte an, bis Ende März rund 40 Zeugen zu hören.", "bis Ende März rund 40 Zeugen zu hören"),
    ("Die Ministerin versprach, bis Freitag eine Entscheidung zu treffen.",
     "bis Freitag eine Entscheidung zu treffen"),
    ("Der Konzern kündigte an, bis zum Sommer neue Züge zu bestellen.", "bis zum Sommer neue Züge zu bestellen"),
])
def test_bis_before_a_time_noun_opens_the_infinitive_content(text, content):
    q = only(text)
    assert (q.kind, q.text) == ("indirect", content)
    assert "Infinitiv mit zu nach Forderungsverb" in q.evidence


def test_a_role_read_from_a_genitive_mention_is_named_in_its_base_form():
    source = sources_of("Das Ministerium schweigt. Laut einem internen Papier des Ministeriums rechnet das Haus "
                        "mit Verzögerungen bis 2028.")["Ministerium"]
    assert (source.kind, source.role) == ("organisation", "Ministerium")


@pytest.mark.parametrize("name", ["Städtetag", "Landkreistag"])
def test_the_associations_of_towns_and_districts_are_organisations(name):
    source = sources_of(f"Der {name} mahnte zur Besonnenheit.")[name]
    assert source.kind == "organisation"


def test_der_verband_takes_up_an_environmental_association_named_before():
    q = only("Die Deutsche Umwelthilfe hat Klage eingereicht. Die Länder hielten die Grenzwerte nicht ein, "
             "begründete der Verband den Schritt.")
    assert (q.kind, q.speaker.text, q.speaker.name) == ("indirect", "der Verband", "Deutsche Umwelthilfe")


@pytest.mark.parametrize(("text", "name", "affiliation"), [
    ("Der Fahrgastverband Pro Bahn reagierte verärgert. Sein Ehrenvorsitzender Karl-Peter Naumann nannte die "
     "Pläne „chaotisch“.", "Karl-Peter Naumann", "Pro Bahn"),
    ("Auch die Gewerkschaft EVG äußerte sich. Deren Vize Cosima Ingenschay sagte, die Beschäftigten arbeiteten am "
     "Limit.", "Cosima Ingenschay", "EVG"),
])
def test_a_possessive_before_the_role_names_the_organisation_before(text, name, affiliation):
    assert sources_of(text)[name].affiliation == affiliation


def test_a_possessive_after_a_person_names_no_organisation():
    sources = sources_of("Geklagt hatte die Gewerkschaft EVG mit der Studentin Lea Brunner. Ihr Anwalt Remo Klinger "
                         "sprach von einem „historischen Signal“.")
    assert (sources["Remo Klinger"].role, sources["Remo Klinger"].affiliation) == ("Anwalt", None)


def test_the_body_of_a_spokesperson_is_named_in_its_base_form():
    source = sources_of("Ein Sprecher des Wirtschaftsministeriums sagte, man nehme die Vorgaben ernst.")
    assert [(s.role, s.affiliation) for s in source.values()] == [("Sprecher", "Wirtschaftsministerium")]


@pytest.mark.parametrize(("text", "name"), [
    ("Das Statistische Landesamt Sachsen teilte mit, die Zahl der Geburten sei gestiegen.",
     "Statistisches Landesamt Sachsen"),
    ("Die Technische Universität München teilte mit, sie habe einen Preis gewonnen.",
     "Technische Universität München"),
    ("Die Freie Universität Berlin erklärte, der Lehrbetrieb laufe weiter.", "Freie Universität Berlin"),
])
def test_a_capitalised_adjective_before_a_body_at_a_place_is_part_of_its_name(text, name):
    q = only(text)
    assert (q.kind, q.speaker.name) == ("indirect", name)


@pytest.mark.parametrize(("text", "name"), [
    ("Ein Forscher der Technischen Universität Dresden sagte, das sei neu.", "Technische Universität Dresden"),
    ("Die neue Universität Berlin warnte vor Kürzungen.", "Universität Berlin"),
])
def test_the_entity_of_a_body_takes_in_a_capitalised_adjective_only(text, name):
    from medialit import nlp

    assert [e._.canonical for e in nlp.parse(text).ents if e.label_ == "ORG"] == [name]


INTERVIEW = """Die Präsidentin des Richterbundes, Andrea Titz, über überlastete Gerichte.

Frau Titz, wie lange dauert heute ein Strafverfahren?

Titz: Vor den Landgerichten sind es fast 22 Monate. Das ist zu lang.

Woran liegt das?

Titz: Es fehlen bundesweit rund 1500 Richterinnen und Richter.

Was erwarten Sie konkret?

Titz: „Wir brauchen mehr Richter, nicht mehr Gesetze.“ Jedes neue Gesetz bedeutet zusätzliche Arbeit.
"""


def test_an_interview_answer_opening_with_quotation_marks_is_a_whole_turn():
    from _quotes_support import quotes_of

    found = [(q.kind, q.text, q.speaker.name) for q in quotes_of(INTERVIEW)]
    assert found[-1] == ("direct", "„Wir brauchen mehr Richter, nicht mehr Gesetze.“ Jedes neue Gesetz bedeutet "
                                   "zusätzliche Arbeit.", "Andrea Titz")
    assert len(found) == 3


def test_a_colon_introduction_outside_an_interview_stays_the_quotation_in_marks():
    q = only("Titz: „Wir brauchen mehr Richter, nicht mehr Gesetze.“ Die Ministerin schwieg dazu.")
    assert (q.kind, q.text) == ("direct", "„Wir brauchen mehr Richter, nicht mehr Gesetze.“")


def test_a_person_introduced_in_full_speaks_the_konjunktiv_sentence_after():
    text = ("Ihr Sprecher Tobias Lehmann spricht von „Organisationsversagen“. Erzieherin Aylin Demir, 29, kennt "
            "beide Seiten. In ihrer Gruppe betreue sie oft allein 14 Kinder.")
    q = only(text, "free_indirect")
    assert q.speaker.name == "Aylin Demir"
    assert "Sprecher: Handelnder des vorigen Satzes" in q.evidence


def test_a_person_named_before_is_the_topic_of_the_hearsay_after():
    text = ("Der Polizeisprecher äußerte sich knapp. Der Täter Marco Brandt galt als gefährlich. Er soll mehrere "
            "Überfälle geplant haben.")
    q = only(text, "free_indirect")
    assert (q.text, q.speaker.name) == ("Er soll mehrere Überfälle geplant haben.", "Polizeisprecher")


@pytest.mark.parametrize(("text", "name"), [
    ("Ein Video zeigt einen Mann vor einem Windrad, der sagt: „Seit die Dinger hier stehen, regnet es nicht "
     "mehr.“", "einen Mann"),
    ("Zu sehen ist eine Frau mit einem Schild, die ruft: „Wir bleiben hier!“", "eine Frau"),
    ("Er sprach mit dem Chef des Unternehmens, der sagte: „Wir bleiben hier!“", "Chef"),
])
def test_a_relative_pronoun_that_speaks_takes_up_the_person_not_the_thing_after_it(text, name):
    q = only(text)
    assert (q.kind, q.speaker.text, q.speaker.name) == ("direct", text.split(", ")[1].split()[0], name)


@pytest.mark.parametrize(("text", "name"), [
    ("Der Urheber des Videos, ein Landwirt aus Brandenburg, blieb bei seiner Darstellung. Er habe das gesehen, "
     "schrieb er.", "Urheber des Videos"),
    ("Die Leiterin der Schule, eine erfahrene Pädagogin, zeigte sich erschüttert. So etwas habe sie noch nie "
     "erlebt, sagte sie.", "Leiterin der Schule"),
])
def test_a_pronoun_takes_up_a_description_with_an_apposition_before(text, name):
    q = only(text)
    assert (q.kind, q.speaker.name) == ("indirect", name)


def test_of_two_frames_of_the_same_words_the_nearer_active_one_reports_them():
    q = only("Ein Video zeigt einen Mann vor einem Windrad, der sagt, es regne nicht mehr.")
    assert (q.kind, q.text, q.cue.lemma, q.speaker.name) == ("indirect", "es regne nicht mehr", "sagen", "einen Mann")


def test_a_passive_relative_clause_between_frame_and_words_does_not_report_them():
    q = only("Die Abgeordnete schrieb in einer Erklärung, die im Internet veröffentlicht wurde, sie wolle sich "
             "der Abstimmung stellen.")
    assert (q.kind, q.cue.lemma, q.speaker.text) == ("indirect", "schreiben", "Die Abgeordnete")


@pytest.mark.parametrize(("text", "name"), [
    ("Ein Mann habe die Kassiererin bedroht, teilte ein Sprecher des Polizeipräsidiums Nordhessen mit.",
     "Polizeipräsidium Nordhessen"),
    ("Die Polizeiinspektion Passau teilte mit, der Fahrer sei leicht verletzt.", "Polizeiinspektion Passau"),
])
def test_a_police_headquarters_at_a_place_is_named_with_the_place(text, name):
    assert only(text).speaker.name == name


def test_the_federal_audit_court_is_an_organisation():
    assert sources_of("Der Bundesrechnungshof warnte, die Schulden stiegen zu schnell.")["Bundesrechnungshof"].kind \
        == "organisation"


def test_speaking_a_language_frames_no_words():
    text = ("Der Täter wird wie folgt beschrieben: etwa 1,80 Meter groß, schlank, dunkle Kleidung, sprach Deutsch "
            "mit osteuropäischem Akzent.")
    assert quotes_of(text) == []


def test_sprechen_still_frames_words_before_it():
    q = only("Die Lage sei ernst, sprach der Bischof.")
    assert (q.kind, q.text, q.cue.lemma) == ("indirect", "Die Lage sei ernst", "sprechen")


@pytest.mark.parametrize("text", [
    "Niemand fordert, das Geld mit vollen Händen auszugeben.",
    "Keiner der Experten sagt, dass es einfach wird.",
    "Kein Politiker behauptet, die Reform sei perfekt.",
])
def test_a_subject_that_denies_anybody_speaks_reports_nothing(text):
    assert quotes_of(text) == []


def test_a_negative_subject_inside_the_words_of_a_report_is_still_reported():
    found = [(q.kind, q.text) for q in quotes_of("Die Ministerin sagte, es gebe Probleme. Keine Lösung sei in Sicht.")]
    assert found == [("indirect", "es gebe Probleme"), ("free_indirect", "Keine Lösung sei in Sicht.")]


@pytest.mark.parametrize(("text", "content", "name"), [
    ("Der Autobauer Opel streicht Stellen. Das Unternehmen steckt in der Krise. Man prüfe alle Optionen, teilte es "
     "mit.", "Man prüfe alle Optionen", "Opel"),
    ("Das Ministerium äußerte sich am Abend. Man werde das prüfen, erklärte es.", "Man werde das prüfen",
     "Ministerium"),
])
def test_es_closing_a_frame_stands_for_the_body_named_before(text, content, name):
    q = only(text, "indirect")
    assert (q.text, q.speaker.text, q.speaker.name) == (content, "es", name)
    assert any("Institution im Neutrum" in e for e in q.evidence)


def test_es_of_an_impersonal_frame_is_still_nobody():
    q = only("Das Ministerium äußerte sich am Abend. Man werde das prüfen, hieß es.")
    assert q.speaker is None or q.speaker.text != "es"


@pytest.mark.parametrize("text", [
    "„Ich bin raus.“ Mit diesen Worten verabschiedete sich Moderator Jan Köppen.",
    "„Ich bin raus“ – mit diesen Worten verabschiedete sich Moderator Jan Köppen.",
    "„Ich bin raus“ – so verabschiedete sich Moderator Jan Köppen.",
])
def test_mit_diesen_worten_after_a_dash_or_a_full_stop_names_the_speaker(text):
    q = only(text)
    assert (q.kind, q.speaker.name) == ("direct", "Jan Köppen")
    assert "mit den Worten: das Zitat gibt die Worte wieder" in q.evidence


def test_a_dash_after_a_quotation_alone_names_no_speaker():
    q = only("„Wir schaffen das“ – dieser Satz machte Angela Merkel berühmt.")
    assert (q.kind, q.speaker) == ("direct", None)


@pytest.mark.parametrize(("text", "name"), [
    ("Dazu Verbandschef Peter Adrian: „Das ist ein Desaster.“", "Peter Adrian"),
    ("Die Ministerin schwieg. Auch Adrian: „Das ist ein Desaster.“", "Adrian"),
])
def test_an_adverb_before_a_colon_label_leaves_the_speaker(text, name):
    q = only(text)
    assert (q.kind, q.speaker.name) == ("direct", name)
    assert "Doppelpunkt-Einleitung: Sprecher vor dem Doppelpunkt" in q.evidence


@pytest.mark.parametrize(("text", "name"), [
    ("Die Verteidigung zweifelte die Aussage an. Anwalt Konstantin Reuter hielt der Zeugin vor, es sei stockdunkel "
     "gewesen. Sie blieb bei ihrer Darstellung: „Die Laterne war an.“", "Zeugin"),
    ("Die Richterin befragte den Mann. Er sagte, er habe nichts gesehen.", "Mann"),
])
def test_a_pronoun_takes_up_the_person_addressed_in_the_sentence_before(text, name):
    q = quotes_of(text)[-1]
    assert q.speaker.name == name


@pytest.mark.parametrize("text", [
    "Der Trainer lobte den Spieler. Er sagte, das sei ein guter Tag.",
    "Der Trainer lobte Jonas Wind. Er sagte, das sei ein guter Tag.",
])
def test_a_fitting_subject_still_comes_before_the_person_addressed(text):
    assert only(text).speaker.name == "Trainer"


def test_a_machine_or_a_person_in_quotation_marks_is_no_antecedent():
    text = ("Der Landwirt Jürgen Koppelin war mit dem Mähdrescher unterwegs. Koppelin wörtlich: „Sie ziehen den "
            "Bürgern das Geld aus der Tasche.“ Er sagte, er sei wütend.")
    assert quotes_of(text)[-1].speaker.name == "Jürgen Koppelin"


def test_an_age_in_years_does_not_make_a_defendant_a_group():
    source = sources_of("Der 29 Jahre alte Angeklagte sagte, er sei unschuldig.")["29 Jahre alte Angeklagte"]
    assert source.kind == "anonymous"


@pytest.mark.parametrize(("subject", "relay"), [
    ("Der Angeklagte Tim Brandt", "Anwalt von Tim Brandt"),
    ("Der 29 Jahre alte Angeklagte", "seinen Anwalt"),
])
def test_a_possessive_after_the_subject_points_to_the_subject(subject, relay):
    q = only(f"Anwalt Konstantin Reuter sprach. {subject} ließ über seinen Anwalt erklären, er sei unschuldig.")
    assert (q.speaker.text, q.relay.text, q.relay.name) == (subject, "seinen Anwalt", relay)


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Die Gespräche seien gescheitert, sagte ein mit den Verhandlungen Vertrauter.",
     "ein mit den Verhandlungen Vertrauter", "ein mit den Verhandlungen Vertrauter"),
    ("Die Lage sei ernst, sagte ein Diplomat der Nachrichtenagentur Reuters.", "ein Diplomat", "ein Diplomat"),
    ("Die Lage sei ernst, sagte ein Sprecher der Deutschen Presse-Agentur.",
     "ein Sprecher der Deutschen Presse-Agentur", "ein Sprecher"),
])
def test_who_speaks_after_the_verb_with_a_participle_or_a_medium_told(text, mention, name):
    q = only(text)
    assert (q.speaker.text, q.speaker.name) == (mention, name)


@pytest.mark.parametrize(("text", "name"), [
    ("Ein Reporter der Nachrichtenagentur Reuters sagte, die Lage sei ernst.", "Reuters"),
    ("„Die Zahlen sind gut“, sagte der Chef der Bundesagentur.", "Chef der Bundesagentur"),
])
def test_a_genitive_body_before_the_verb_or_no_medium_stays_whose_person_speaks(text, name):
    assert only(text).speaker.name == name


@pytest.mark.parametrize(("text", "label"), [
    ("Die Initiative „Kitaplatz jetzt“ wirft der Verwaltung vor, den Bedarf unterschätzt zu haben.",
     "Organisation mit Namen in Anführungszeichen: Kitaplatz jetzt"),
    ("Das Fachmagazin „Kicker“ berichtet, der Wechsel sei perfekt.", "Medium mit Namen in Anführungszeichen: Kicker"),
])
def test_a_name_in_marks_is_called_a_medium_only_after_a_medium_noun(text, label):
    assert label in only(text).evidence


def test_the_evidence_names_the_owner_of_a_paper_without_a_wrong_article():
    q = only("Laut einem internen Papier des Ministeriums rechnet das Haus mit Verzögerungen.")
    assert "„Papier“ stammt von: Ministerium" in q.evidence


def test_a_bare_dative_plural_source_is_a_group_in_the_nominative():
    source = sources_of("Viele wissen nach Einschätzung von Verbraucherschützern nicht Bescheid.")
    assert [(s.name, s.kind) for s in source.values()] == [("Verbraucherschützer", "group")]


def test_a_second_verb_of_the_same_subject_is_no_content_of_a_frame_noun():
    q = only("Heizungsbauer Stefan Lorenz bestätigt das. Er bekomme jeden Tag Anfragen, könne aber frühestens im "
             "Frühjahr liefern.")
    assert (q.kind, q.text, q.speaker.name) == (
        "free_indirect", "Er bekomme jeden Tag Anfragen, könne aber frühestens im Frühjahr liefern.", "Stefan Lorenz")


def test_a_second_verb_after_a_rejection_is_no_content_of_the_rejected_words():
    q = only("Er wies den Vorwurf zurück, sei aber gesprächsbereit.")
    assert (q.kind, q.speaker.text) == ("reported", "Er")


def test_a_frame_noun_with_a_konjunktiv_clause_still_has_content():
    q = only("Sie äußerte die Hoffnung, es werde bald Frieden geben.")
    assert (q.kind, q.text) == ("indirect", "es werde bald Frieden geben")


def test_a_zoo_is_an_organisation_named_with_its_place():
    q = only("Im Zoo Leipzig ist ein Elefant geboren. Mutter und Kalb gehe es gut, teilte der Zoo mit.")
    assert (q.speaker.text, q.speaker.name, q.speaker.kind) == ("der Zoo", "Zoo Leipzig", "organisation")


@pytest.mark.parametrize("text", [
    "Die Tierrechtsorganisation Peta forderte, die Zucht zu beenden.",
    "Die Organisation Peta forderte, die Zucht zu beenden.",
])
def test_a_generic_organisation_noun_is_no_part_of_the_name(text):
    assert only(text).speaker.name == "Peta"


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Tierpflegerin Marie Schulz hat die Geburt miterlebt. Es sei bewegend gewesen, erzählte sie.",
     "Marie Schulz", "Tierpflegerin"),
    ("Heizungsbauer Stefan Lorenz sagte, er könne erst im Frühjahr liefern.", "Stefan Lorenz", "Heizungsbauer"),
])
def test_an_occupation_before_the_full_name_is_the_role(text, name, role):
    assert sources_of(text)[name].role == role


@pytest.mark.parametrize("text", [
    "Zitat des Tages: „Wir sind nicht die Reparaturwerkstatt der Nation.“ (Bärbel Bas, SPD)",
    "„Wir sind nicht die Reparaturwerkstatt der Nation.“ – Bärbel Bas (SPD)",
    "Der Satz der Woche: „Wir sind nicht die Reparaturwerkstatt der Nation.“ (Bärbel Bas)",
])
def test_a_name_after_a_rubric_quotation_names_its_speaker(text):
    q = only(text)
    assert (q.kind, q.speaker.name) == ("direct", "Bärbel Bas")
    assert "Name nach dem Zitat (Quellenangabe)" in q.evidence


def test_a_colon_label_that_names_a_person_still_speaks():
    q = only("Bärbel Bas: „Wir sind nicht die Reparaturwerkstatt der Nation.“")
    assert q.speaker.name == "Bärbel Bas"


DUEL = ("Im TV-Duell stritten Ministerpräsident Michael Kretschmer (CDU) und AfD-Landeschef Jörg Urban. Urban warf "
        "der Regierung vor, die Sorgen der Menschen zu ignorieren. Kretschmer konterte scharf. Beim Thema Migration "
        "lagen die beiden weit auseinander. Urban forderte Grenzkontrollen. Kretschmer hielt dagegen, das sei nicht "
        "möglich. Auch bei der Wirtschaft gab es Streit. Urban sprach von einer „Deindustrialisierung“. Der "
        "Regierungschef verwies auf neue Ansiedlungen. „Sachsen ist ein starker Standort“, betonte der CDU-Politiker.")


def test_a_party_epithet_takes_up_the_person_named_with_that_party_far_above():
    q = quotes_of(DUEL)[-1]
    assert (q.text, q.speaker.name) == ("„Sachsen ist ein starker Standort“", "Michael Kretschmer")


def test_a_role_is_not_the_subject_before_when_that_person_was_introduced_with_another_role():
    q = next(q for q in quotes_of(DUEL) if q.speaker.text == "Der Regierungschef")
    assert q.speaker.name != "Jörg Urban"


@pytest.mark.parametrize(("text", "name"), [
    ("Die Stadt verweist auf den Mangel an Fachkräften.", "Stadt"),
    ("Die Stadt Leipzig teilte mit, die Straße bleibe gesperrt.", "Stadt Leipzig"),
])
def test_a_town_as_a_speaker_is_an_organisation(text, name):
    assert sources_of(text)[name].kind == "organisation"


def test_an_unresolved_pronoun_is_listed_as_unknown():
    sources = sources_of("Die Redaktion testete den Chatbot. Er antwortete, er kenne die Antwort nicht.")
    assert [(s.name, s.kind) for s in sources.values()] == [("unbekannt", "anonymous")]


def test_a_plan_is_explained_as_a_verb_of_intention_not_of_speech():
    q = only("Die Regierung plant, die Steuern zu senken.")
    assert (q.kind, q.text, q.cue.lemma) == ("indirect", "die Steuern zu senken", "planen")
    assert q.evidence[:2] == ["Verb der Absicht: planen", "Infinitiv mit zu nach Verb der Absicht"]
    demand = only("Die Ministerin forderte, die Steuern zu senken.")
    assert demand.evidence[:2] == ["Redeverb: fordern", "Infinitiv mit zu nach Forderungsverb"]
