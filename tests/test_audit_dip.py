"""Audit of international diplomacy (UN Security Council, EU summits, joint press conferences, ambassadors summoned,
foreign ministries and agencies relaying), on sentences written for these tests: who is quoted, who only relays."""

from __future__ import annotations

import pytest
from _quotes_support import only, quotes_of, sources_of


@pytest.mark.parametrize("text, speaker", [
    ("Kremlsprecher Dmitri Peskow sagte laut der Agentur Interfax, die Strafmaßnahmen seien rechtswidrig.",
     "Kremlsprecher Dmitri Peskow"),
    ("Der Außenamtssprecher sagte nach Angaben der Nachrichtenagentur Irna, der Deutsche habe gelogen.",
     "Der Außenamtssprecher"),
])
def test_agency_behind_a_neutral_verb_only_relays(text, speaker):
    q = only(text)
    assert q.kind == "indirect" and q.speaker.text == speaker and q.relay is not None


def test_agency_behind_a_confirming_verb_still_reports_the_confirming():
    qs = quotes_of("Am Abend bestätigte der Minister laut Reuters, dass es Gespräche gibt.")
    assert [(q.kind, q.text) for q in qs] == [
        ("indirect", "Am Abend bestätigte der Minister"), ("indirect", "dass es Gespräche gibt")]


def test_words_passed_on_by_an_agency_go_on_as_the_speakers():
    text = ("Kremlsprecher Dmitri Peskow sagte laut der Agentur Interfax, die Strafmaßnahmen seien rechtswidrig. "
            "Moskau behalte sich Gegenmaßnahmen vor.")
    q = only(text, "free_indirect")
    assert q.speaker.name == "Dmitri Peskow"


def test_a_report_relayed_from_the_start_goes_on_as_the_relays():
    text = ("Laut der Agentur Interfax sagte Peskow, die Strafmaßnahmen seien rechtswidrig. "
            "Moskau behalte sich Gegenmaßnahmen vor.")
    assert only(text, "free_indirect").speaker.text == "der Agentur Interfax"


@pytest.mark.parametrize("text, speaker", [
    ("„Wir wissen nichts über seinen Zustand“, sagte seine Schwester der Deutschen Presse-Agentur.",
     "seine Schwester"),
    ("„Wir wissen nichts über seinen Zustand“, sagte ihr Bruder der Zeitung.", "ihr Bruder"),
])
def test_medium_after_a_family_member_is_the_addressee(text, speaker):
    assert only(text).speaker.text == speaker


def test_medium_after_a_spokesperson_stays_his_genitive():
    text = "„Wir wissen nichts über seinen Zustand“, sagte ein Sprecher der Zeitung."
    assert only(text).speaker.text == "ein Sprecher der Zeitung"


@pytest.mark.parametrize("text, name", [
    ("Eine Sprecherin des Nationalen Sicherheitsrats sagte, Washington erwarte Geschlossenheit.",
     "Nationaler Sicherheitsrat"),
    ("Der Sicherheitsrat erklärte, man verurteile den Angriff.", "UN-Sicherheitsrat"),
    ("Die UN-Vollversammlung forderte, die Kämpfe sofort einzustellen.", "UN-Generalversammlung"),
    ("Die Internationale Atomenergiebehörde teilte mit, die Inspekteure seien abgereist.", "IAEA"),
    ("Das Foreign Office erklärte, man sei besorgt.", "Foreign Office"),
])
def test_diplomatic_bodies_are_named_as_such(text, name):
    assert only(text).speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Chinas Staats- und Parteichef Xi Jinping empfing den Gast. Xi sagte, China sei zu Gesprächen bereit.",
     "Xi Jinping"),
    ("Der chinesische Vertreter Fu Cong meldete sich zu Wort. Fu sagte, China sei zu Gesprächen bereit.",
     "Fu Cong"),
])
def test_chinese_family_name_alone_takes_up_the_full_name(text, name):
    assert only(text).speaker.name == name



@pytest.mark.parametrize("text, name, kind", [
    ("Eine Sprecherin des chinesischen Außenministeriums, Mao Ning, sagte, die Zölle seien rechtmäßig.",
     "Mao Ning", "person"),
    ("Eine Sprecherin des chinesischen Außenministeriums sagte, die Zölle seien rechtmäßig.",
     "Außenministerium", "anonymous"),
])
def test_indefinite_spokesperson_with_her_name_in_apposition_is_named(text, name, kind):
    source = sources_of(text)[name]
    assert source.kind == kind and source.role == "Sprecherin"


@pytest.mark.parametrize("text", [
    "Das Auswärtige Amt bestellte den Botschafter ein. Der Staatssekretär habe protestiert, hieß es aus dem Amt.",
    "Das Auswärtige Amt bestellte den Botschafter ein. Der Staatssekretär habe protestiert, hieß es aus dem "
    "Ministerium.",
])
def test_the_amt_or_the_ministry_takes_up_the_foreign_office(text):
    q = only(text, "indirect")
    assert q.speaker.name == "Auswärtiges Amt"
    assert any(e.startswith("Bezeichnung „dem ") and "„Auswärtige Amt“" in e for e in q.evidence)


def test_the_ministry_alone_names_no_other_body():
    text = "Der Kreml schwieg. Der Staatssekretär habe protestiert, hieß es aus dem Ministerium."
    assert only(text, "indirect").speaker.name == "Ministerium"


def test_indicative_main_clause_after_heisst_es_is_the_documents_content():
    text = ("Die Außenminister unterzeichneten eine Erklärung. In der Erklärung heißt es, beide Staaten wollen "
            "enger zusammenarbeiten.")
    q = only(text)
    assert q.kind == "indirect" and q.text == "beide Staaten wollen enger zusammenarbeiten"
    assert "Hauptsatz nach Redeverb und Komma (Indikativ: wollen)" in q.evidence


def test_heissen_as_a_name_introduces_nothing():
    assert quotes_of("Das Abkommen heißt Pariser Vertrag, die Staaten wollen es einhalten.") == []


@pytest.mark.parametrize("text, name", [
    ("Die Außenministerin traf ihren Amtskollegen Radosław Sikorski. Sikorski antwortete ausweichend. Das Thema "
     "sei nicht erledigt, sagte der Minister.", "Radosław Sikorski"),
    ("Japan lud nach Kyoto ein. Yoko Kamikawa sprach von einem Erfolg. Die japanische Außenministerin sagte, die "
     "Welt stehe an einem Wendepunkt.", "Yoko Kamikawa"),
])
def test_role_noun_takes_up_the_named_subject_of_the_sentence_before(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert f"Rolle „{q.speaker.text}“ → Subjekt des Satzes davor: {name}" in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Merz traf Macron in Paris. Der Präsident sagte, die Lage sei ernst.", "Präsident"),
    ("Ken Weber stellte die Studie vor. Die Forscher sagten, das Eis schmelze schneller.", "Forscher"),
    ("Der Angeklagte Max Berger schwieg. Sein Mandant sei unschuldig, sagte der Verteidiger.", "Verteidiger"),
])
def test_role_noun_after_two_people_or_in_the_plural_stays_unnamed(text, name):
    assert only(text, "indirect").speaker.name == name


def test_agent_of_a_participle_is_no_antecedent_of_the_relative_pronoun():
    q = only("Moskau kritisierte die von Frankreich entsandte Botschafterin, die vor einer Eskalation gewarnt hatte.")
    assert q.kind == "reported" and q.speaker.name == "Botschafterin"
    assert "Relativpronomen „die“ → Botschafterin" in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Das Auswärtige Amt hat den Botschafter einbestellt. Ein Sprecher des Ministeriums sagte, man erwarte die "
     "Freilassung.", "Auswärtiges Amt"),
    ("Das Verteidigungsministerium prüft den Fall. Man sei besorgt, sagte eine Sprecherin des Ministeriums.",
     "Verteidigungsministerium"),
    ("Der Kreml schwieg. Man sei besorgt, sagte eine Sprecherin des Ministeriums.",
     "eine Sprecherin des Ministeriums"),
])
def test_spokesperson_of_the_ministry_speaks_for_the_ministry_named_before(text, name):
    assert only(text, "indirect").speaker.name == name


@pytest.mark.parametrize("text, lemma", [
    ("Steinmeier sagte dazu, darüber müsse die Regierung entscheiden.", "sagen"),
    ("Die Ministerin erklärte dabei, man werde den Partnern helfen.", "erklären"),
])
def test_dazu_or_dabei_after_the_speech_verb_is_no_part_of_the_verb(text, lemma):
    q = only(text)
    assert q.kind == "indirect" and q.cue.lemma == lemma and f"Redeverb: {lemma}" in q.evidence


def test_wie_verlautete_names_nobody_and_takes_no_speaker_from_before():
    text = "Steinmeier sagte, die Lage sei ernst. Wie verlautete, sprachen beide auch über das Handelsabkommen."
    q = next(q for q in quotes_of(text) if q.cue.lemma == "verlauten")
    assert q.speaker is None or not q.speaker.name
    assert "Sprecher aus dem vorigen Zitat übernommen" not in q.evidence


def test_wie_weiter_verlautete_goes_on_with_the_speaker_before():
    text = "Steinmeier sagte, die Lage sei ernst. Wie weiter verlautete, sprachen beide auch über das Handelsabkommen."
    q = next(q for q in quotes_of(text) if q.cue.lemma == "verlauten")
    assert q.speaker.name == "Steinmeier"


@pytest.mark.parametrize("text, name", [
    ("Bundespräsident Frank-Walter Steinmeier und Präsident Emmanuel Macron trafen sich. Steinmeier und Macron "
     "betonten, die Freundschaft sei stark.", "Frank-Walter Steinmeier und Emmanuel Macron"),
    ("Anna Roth und Max Weber sagten, die Lage sei ernst.", "Anna Roth und Max Weber"),
])
def test_two_people_joined_by_und_speak_together(text, name):
    assert sources_of(text)[name].kind == "group"
    assert f"mehrere Personen gemeinsam: {name}" in only(text, "indirect").evidence


def test_dateline_with_two_places_and_two_agencies_is_no_content():
    text = ("Moskau weist Diplomaten aus\n\nMoskau/Berlin (dpa/AFP) – Russland hat zwei Diplomaten ausgewiesen. "
            "Das teilte das Außenministerium mit.")
    q = only(text, "indirect")
    assert q.text == "Russland hat zwei Diplomaten ausgewiesen" and q.speaker.name == "Außenministerium"


@pytest.mark.parametrize("text, name", [
    ("Die EU-Außenbeauftragte Kaja Kallas verurteilte das Vorgehen. Es handle sich um Einschüchterung, schrieb "
     "die Estin auf X.", "Kaja Kallas"),
    ("Präsident Gustavo Petro reiste nach Caracas. Die Gespräche seien gut verlaufen, sagte der Kolumbianer.",
     "Gustavo Petro"),
])
def test_nationality_noun_refers_back_to_the_person_named_before(text, name):
    q = only(text, "indirect")
    assert q.speaker.name == name and any("ohne Namen → zuletzt mit passendem Geschlecht" in e for e in q.evidence)


def test_name_after_kollege_is_a_person_the_pronoun_can_take_up():
    text = ("UN-Nothilfekoordinator Tom Fletcher forderte mehr Hilfe. Ihr jordanischer Kollege Aiman al-Safadi dankte "
            "der Ministerin. Jordanien trage eine enorme Last, sagte er.")
    q = only(text, "indirect")
    assert q.speaker.name == "Aiman al-Safadi" and "Pronomen „er“ → Aiman al-Safadi" in q.evidence
    assert sources_of(text)["Aiman al-Safadi"].role == "jordanischer Kollege"


@pytest.mark.parametrize("text, name", [
    ("Aiman al-Safadi empfing die Ministerin. Jordanien trage eine enorme Last, sagte er.", "Aiman al-Safadi"),
    ("Mohammed al-Sudani traf den Gesandten. Der Irak wolle vermitteln, sagte er.", "Mohammed al-Sudani"),
])
def test_arabic_article_in_a_name_stays_part_of_the_name(text, name):
    assert only(text, "indirect").speaker.name == name


@pytest.mark.parametrize("text, name, role", [
    ("Der außenpolitische Sprecher der Unionsfraktion, Jürgen Hardt, kam zu spät. „Die Zeit der Geduld ist "
     "vorbei“, sagte Hardt.", "Jürgen Hardt", "außenpolitischer Sprecher"),
    ("Die Vorsitzende des Auswärtigen Ausschusses, Anna Roth, kam zu spät. „Die Zeit der Geduld ist vorbei“, "
     "sagte Roth.", "Anna Roth", "Vorsitzende"),
])
def test_role_before_the_name_in_apposition_is_the_persons_role(text, name, role):
    assert sources_of(text)[name].role == role


@pytest.mark.parametrize("text, name, affiliation", [
    ("„Beide Seiten stecken fest“, sagte der Osteuropa-Experte Stefan Meister.", "Stefan Meister", None),
    ("„Beide Seiten stecken fest“, sagte US-Außenminister Marco Rubio.", "Marco Rubio", "USA"),
    ("„Beide Seiten stecken fest“, sagte ein Sprecher des Außenministeriums.", "Außenministerium",
     "Außenministerium"),
    ("„Wir wissen nichts“, sagte seine Schwester der Deutschen Presse-Agentur.", "seine Schwester", None),
])
def test_affiliation_names_a_body_in_its_base_form_not_a_topic_or_an_addressee(text, name, affiliation):
    assert sources_of(text)[name].affiliation == affiliation


@pytest.mark.parametrize("text, name, kind", [
    ("Die Außenminister der G7-Staaten haben China vor einer Eskalation gewarnt.", "Außenminister der G7-Staaten",
     "group"),
    ("Die Minister forderten, die Gespräche fortzusetzen.", "Minister", "group"),
    ("Der Minister forderte, die Gespräche fortzusetzen.", "Minister", "person"),
    ("Die Ministerin forderte, die Gespräche fortzusetzen.", "Ministerin", "person"),
])
def test_masculine_role_noun_after_die_is_a_group(text, name, kind):
    assert sources_of(text)[name].kind == kind


@pytest.mark.parametrize("text, name", [
    ("In einer Erklärung des Rates der EU heißt es: „Die Union verurteilt die Ausweisung aufs Schärfste.“",
     "Rat der EU"),
    ("Der Rat der Europäischen Union erklärte, man verurteile die Ausweisung.", "Rat der EU"),
    ("Die EU erklärte, man verurteile die Ausweisung.", "EU"),
])
def test_council_of_the_eu_is_not_the_eu(text, name):
    assert only(text).speaker.name == name
