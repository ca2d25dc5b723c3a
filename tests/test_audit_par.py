"""Faults found by auditing the engine on parliament debates, trial reports, health and study news we wrote."""

from __future__ import annotations

import pytest

from tests._quotes_support import of_kind, only, sources_of


@pytest.mark.parametrize(("text", "name", "evidence"), [
    pytest.param("Der Expertenrat schlägt vor, Investitionen gesondert zu behandeln. "
                 "Auch die Bundesbank hält eine Reform für vertretbar, wie sie im Sommer mitteilte.",
                 "Bundesbank", "Pronomen „sie“ → Bundesbank",
                 id="pronoun_in_a_wie_clause_takes_the_subject_of_its_sentence"),
    pytest.param("Forscher haben die Daten von 50.000 Erwachsenen ausgewertet, wie aus einer Studie der Universität "
                 "Heidelberg hervorgeht. Laut der Untersuchung reichen fünf Minuten Bewegung pro Stunde aus.",
                 "Universität Heidelberg",
                 "Bezeichnung „der Untersuchung“ → zuvor genannt als „Studie der Universität Heidelberg“",
                 id="the_study_named_again_speaks_for_the_institute_that_made_it"),
])
def test_a_reference_back_names_the_source_before(text, name, evidence):
    q = of_kind(text, "indirect")[-1]
    assert q.speaker.name == name
    assert evidence in q.evidence


def test_a_masculine_organisation_is_no_sie():
    text = ("Der Expertenrat schlägt vor, Investitionen gesondert zu behandeln. "
            "Die Lage sei aber ernst, sagte sie.")
    assert of_kind(text, "indirect")[-1].speaker.name != "Expertenrat"


@pytest.mark.parametrize("call, name", [
    ("Zwischenruf von Andreas Philippi", "Andreas Philippi"),
    ("Zwischenruf Philippi", "Philippi"),
    ("Zuruf aus der AfD-Fraktion", "AfD-Fraktion"),
])
def test_a_call_from_the_floor_in_brackets_is_spoken_by_the_one_named(call, name):
    text = f"Volker Meyer ließ sich nicht beirren. ({call}: „Das ist schlicht falsch!“) Er redete weiter."
    q = only(text, "direct")
    assert q.speaker.name == name
    assert f"Zwischenruf in Klammern: „{call}“" in q.evidence


def test_a_call_from_the_floor_without_a_name_is_not_the_speaker_at_the_lectern():
    q = only("Volker Meyer redete weiter. (Zuruf: „Lüge!“)", "direct")
    assert q.speaker is None
    assert "Zwischenruf in Klammern: Sprecher wird nicht genannt" in q.evidence


@pytest.mark.parametrize("marker, name", [
    ("Nach Angaben eines Gerichtssprechers", "ein Gerichtssprecher"),
    ("Laut einem Gerichtssprecher", "ein Gerichtssprecher"),
    ("Laut einer Sprecherin des Gerichts", "eine Sprecherin des Gerichts"),
])
def test_an_unnamed_source_after_an_indefinite_article_is_named_in_the_nominative(marker, name):
    q = only(f"{marker} drohen dem Mann bis zu zehn Jahre Haft.", "indirect")
    assert q.speaker.name == name



def test_a_name_after_a_singular_role_in_en_is_a_person():
    text = ("Kritik kam von der Grünen-Abgeordneten Kirsten Kappert-Gonther. "
            "Schweigen sei keine Zustimmung, argumentierte die Ärztin.")
    q = only(text, "indirect")
    assert q.speaker.name == "Kirsten Kappert-Gonther"
    assert "Bezeichnung „die Ärztin“ ohne Namen → zuletzt mit passendem Geschlecht: Kirsten Kappert-Gonther" in q.evidence


def test_the_doctor_refers_back_to_the_person_named_before():
    text = ("Die Abgeordnete Kirsten Kappert-Gonther sprach zuerst. "
            "Schweigen sei keine Zustimmung, argumentierte die Ärztin.")
    assert only(text, "indirect").speaker.name == "Kirsten Kappert-Gonther"


def test_a_hospital_after_the_name_is_no_person():
    text = ("Der Neurologe Thomas Brandt von der Charité lobte die Studie. "
            "Die Ergebnisse seien solide, sagte der Neurologe.")
    assert only(text, "indirect").speaker.name == "Thomas Brandt"
    assert sources_of(text)["Thomas Brandt"].role == "Neurologe"


@pytest.mark.parametrize("sentence, name", [
    ("Die Ständige Impfkommission empfiehlt, dass sich alle über 60-Jährigen impfen lassen.", "STIKO"),
    ("Die Deutsche Alzheimer Gesellschaft erklärte, jede Studie sei wertvoll.", "Deutsche Alzheimer Gesellschaft"),
])
def test_health_bodies_are_named_organisations(sentence, name):
    source = sources_of(sentence)[name]
    assert source.kind == "organisation"
    assert source.named


@pytest.mark.parametrize("sentence", [
    "Jede Studie, die Wege zur Vorbeugung zeige, sei wertvoll, teilte der Verein mit.",
    "Jede Studie, die Wege zur Vorbeugung zeigt, sei wertvoll, sagte die Vorsitzende.",
])
def test_a_preposed_content_keeps_its_subject_with_a_relative_clause(sentence):
    q = only(sentence, "indirect")
    assert q.text.startswith("Jede Studie, die Wege zur Vorbeugung")
    assert q.text.endswith("sei wertvoll")
    assert q.cue.lemma in ("mitteilen", "sagen")


def test_a_speech_verb_in_a_relative_clause_still_frames_its_own_content():
    q = only("Der Mann, der sagte, er sei müde, ging nach Hause.", "indirect")
    assert q.text == "er sei müde"


def test_the_association_refers_back_to_the_one_named_before():
    text = ("Die Deutsche Alzheimer Gesellschaft begrüßte die Veröffentlichung. "
            "Jede Studie sei wertvoll, teilte der Verein mit.")
    q = only(text, "indirect")
    assert q.speaker.name == "Deutsche Alzheimer Gesellschaft"
    assert "Bezeichnung „der Verein“ → zuvor genannt als „Deutsche Alzheimer Gesellschaft“" in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Die Deutsche Stiftung Organtransplantation meldete 965 Spender. "
     "Das seien mehr als im Vorjahr, heißt es im Jahresbericht der Stiftung.", "DSO"),
    ("Der Sozialverband VdK kritisierte die Pläne. "
     "In einer Mitteilung des Verbands heißt es, die Rente sei zu niedrig.", "Sozialverband VdK"),
])
def test_a_report_of_a_body_named_before_speaks_for_that_body(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert q.speaker.kind == "organisation"


def test_a_study_without_an_author_before_stays_the_study():
    text = "Laut einer Studie reichen fünf Minuten Bewegung aus. Das sei wenig, heißt es in der Studie."
    assert [q.speaker.name for q in of_kind(text, "indirect")] == ["Studie", "Studie"]


INTERVIEW = """Die Virologin Sandra Ciesek über die neue Saison

Frau Ciesek, wie schlimm wird der Winter?
Ciesek: Das kann niemand genau sagen. Wir sehen aber schon jetzt mehr Fälle als im Vorjahr.

Sollten sich alle impfen lassen?
Ciesek: Ich halte die Impfung für sinnvoll. Für Gesunde ist das Risiko geringer.

Brauchen wir wieder Masken?
Ciesek: Eine Pflicht halte ich für falsch.
"""


def test_an_interview_with_unlabelled_questions_quotes_the_answers():
    quotes = of_kind(INTERVIEW, "direct")
    assert [q.speaker.name for q in quotes] == ["Sandra Ciesek"] * 3
    assert quotes[0].text.startswith("Das kann niemand genau sagen.")
    assert "Interview: Worte von „Ciesek:“ (wörtliche Rede ohne Anführungszeichen)" in quotes[0].evidence


def test_one_repeated_label_that_names_nobody_is_no_interview():
    text = INTERVIEW.replace("Ciesek:", "Hinweis:").replace("Sandra Ciesek", "die Expertin")
    assert of_kind(text, "direct") == []


@pytest.mark.parametrize("last", [
    "Endlich habe die Familie Gewissheit, sagte er.",
    "Er sagte, endlich habe die Familie Gewissheit.",
])
def test_a_pronoun_takes_the_unnamed_relative_of_the_sentence_before(last):
    text = ("Der Vorsitzende Richter Thomas Lange sagte, es gebe keine Hinweise auf Grausamkeit. "
            f"Der Bruder der Toten, der als Nebenkläger auftrat, zeigte sich erleichtert. {last}")
    q = of_kind(text, "indirect")[-1]
    assert q.speaker.name == "Bruder der Toten"
    assert any(e.startswith("Pronomen „") and e.endswith("→ Bruder der Toten") for e in q.evidence)


@pytest.mark.parametrize("text, name", [
    ("Der Expertenrat schlägt vor, Investitionen gesondert zu behandeln. "
     "Auch die Bundesbank hält eine Reform für vertretbar, wie sie im Sommer mitteilte.", "Bundesbank"),
    ("Die Deutsche Alzheimer Gesellschaft begrüßte die Veröffentlichung. "
     "Jede Studie sei wertvoll, teilte der Verein mit.", "Deutsche Alzheimer Gesellschaft"),
])
def test_an_organisation_quoted_under_a_pronoun_or_description_is_named(text, name):
    assert sources_of(text)[name].named


def test_a_party_after_von_is_the_affiliation_of_the_person_before():
    text = "Stephan Bothe von der AfD warf der Koalition vor, sie betreibe einen Strukturabbau."
    assert sources_of(text)["Stephan Bothe"].affiliation == "AfD"


@pytest.mark.parametrize("text, name", [
    ("Die Ständige Impfkommission empfiehlt künftig allen Menschen ab 75 Jahren eine Impfung. "
     "Das teilte das Gremium am Donnerstag mit.", "STIKO"),
    ("Der Sachverständigenrat legte sein Gutachten vor. Das Gremium warnte, die Schulden seien zu hoch.",
     "Sachverständigenrat"),
])
def test_the_committee_refers_back_to_the_body_named_before(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert any(e.startswith("Bezeichnung „") and "Gremium“ → zuvor genannt als" in e for e in q.evidence)


@pytest.mark.parametrize("text, name, role", [
    ("Kritik kam von der Grünen-Abgeordneten Kirsten Kappert-Gonther. Schweigen sei keine Zustimmung, sagte sie.",
     "Kirsten Kappert-Gonther", "Grünen-Abgeordnete"),
    ("Volker Meyer redete. (Zwischenruf des Abgeordneten Jan Kurz: „Lüge!“)", "Jan Kurz", "Abgeordnete"),
])
def test_a_role_read_from_a_genitive_or_dative_is_listed_in_the_nominative(text, name, role):
    assert sources_of(text)[name].role == role


def test_a_preposed_als_clause_is_background_not_content():
    q = only("Als der Bundestag im Februar das Gesetz beschloss, sprach der Minister von einem Meilenstein.")
    assert q.kind == "reported"
    assert q.text.startswith("sprach der Minister")
    assert "Nebensatz mit „Als“ ist Hintergrund, nicht Teil der Sprechhandlung" in q.evidence


def test_the_speech_verb_of_the_main_clause_frames_the_content_not_the_als_clause():
    q = only("Als der Bundestag das Gesetz beschloss, sagte der Minister, es sei ein Meilenstein.", "indirect")
    assert q.speaker.text == "der Minister"
    assert q.cue.lemma == "sagen"


def test_als_with_a_role_keeps_its_frame():
    q = only("Als Minister sagte er, es sei ein Meilenstein.", "indirect")
    assert q.text == "es sei ein Meilenstein"


@pytest.mark.parametrize("sentence, name", [
    ("Die Zahl der Kiffer ist nach Daten der Bundeszentrale für gesundheitliche Aufklärung gestiegen.", "BZgA"),
    ("Der Deutsche Richterbund warnte, die Gerichte seien überlastet.", "Deutscher Richterbund"),
])
def test_health_and_justice_associations_are_named_organisations(sentence, name):
    source = sources_of(sentence)[name]
    assert (source.kind, source.named) == ("organisation", True)


PLEA = ("Oberstaatsanwalt Jan Sommer sagte, der 72-Jährige sei der Kopf eines Systems gewesen. "
        "Berger habe genau {verb}, dass die Erstattungen nicht rechtmäßig gewesen seien. "
        "Er habe selbst Millionen verdient.")


def test_what_the_accused_knew_belongs_to_the_prosecutors_report():
    quotes = of_kind(PLEA.format(verb="gewusst"))
    assert [q.speaker.name for q in quotes] == ["Jan Sommer", "Jan Sommer"]
    assert quotes[-1].kind == "free_indirect"


def test_what_the_accused_said_stays_a_report_of_its_own():
    quotes = of_kind(PLEA.format(verb="erklärt"), "indirect")
    assert any(q.cue.lemma == "erklären" and q.text.startswith("dass die Erstattungen") for q in quotes)


def test_the_prosecution_named_as_anklage_is_an_organisation():
    source = sources_of("Im Prozess hat die Anklage zehn Jahre Haft gefordert.")["Anklage"]
    assert source.kind == "organisation"


def test_hielt_dagegen_frames_the_counter_argument():
    q = only("Volker Meyer hielt dagegen, die Regierung lasse die ländlichen Regionen im Stich.", "indirect")
    assert (q.speaker.name, q.cue.lemma) == ("Volker Meyer", "dagegenhalten")


def test_dagegen_as_an_adverb_is_no_particle():
    assert of_kind("Er hielt dagegen den Ball fest.") == []


@pytest.mark.parametrize("sentence, party", [
    ("Für die Grünen hielt Julia Verlinden dagegen.", "Grüne"),
    ("Für die SPD sagte Anna Roth, die Pläne seien gut.", "SPD"),
    ("Für den Minister sagte Anna Roth, die Pläne seien gut.", None),
])
def test_a_party_the_speaker_talks_for_is_the_affiliation(sentence, party):
    sources = sources_of(sentence)
    assert len(sources) == 1, list(sources)  # the one speaker, so the None case cannot pass on some other source
    assert next(iter(sources.values())).affiliation == party


def test_the_headline_quote_of_an_interview_is_the_interviewees():
    q = of_kind("„Die Grippewelle kommt früher als sonst“\n\n" + INTERVIEW, "direct")[0]
    assert q.text == "„Die Grippewelle kommt früher als sonst“"
    assert q.speaker.name == "Sandra Ciesek"
    assert "Interview: Zitat über dem Gespräch stammt von der befragten Person („Ciesek:“)" in q.evidence
