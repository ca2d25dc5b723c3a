"""Faults found by auditing the engine on market, business, technology and transport reports we wrote."""

from __future__ import annotations

import pytest

from medialit import nlp
from tests._quotes_support import quotes_of, sources_of


@pytest.mark.parametrize(("text", "verb"), [
    pytest.param("Die Analystin Claudia Windt erwartet, dass die Währung fällt.", "erwartet", id="erwartet"),
    pytest.param("Die Gewerkschaft kritisiert, die Pläne seien falsch.", "kritisiert", id="kritisiert"),
])
def test_present_form_after_the_opening_subject_is_finite(text, verb):
    doc = nlp.parse(text)
    assert [t.tag_ for t in doc if t.text == verb] == ["VVFIN"]


def test_participle_without_subject_stays_a_participle():
    doc = nlp.parse("Von der Polizei befragt, schwieg der Mann.")
    assert [t.tag_ for t in doc if t.text == "befragt"] == ["VVPP"]


def test_pronoun_after_a_dass_clause_takes_the_analyst():
    found = quotes_of("Die Helaba-Analystin Claudia Windt erwartet, dass die Gemeinschaftswährung unter Druck bleibt. "
                      "Der Abstand der Zinsen spreche klar für den Dollar, schrieb sie in einem Kommentar.")
    last = found[-1]
    assert last.text == "Der Abstand der Zinsen spreche klar für den Dollar"
    assert last.speaker.name == "Claudia Windt"
    assert "Pronomen „sie“ → Claudia Windt" in last.evidence


def test_home_town_of_an_unnamed_traveller_is_no_name():
    src = sources_of('Viele Passagiere saßen fest. Ein Geschäftsreisender aus Stuttgart nahm es gelassen: '
                     '"Dann eben morgen."')
    assert "Stuttgart" not in src
    assert src["Ein Geschäftsreisender aus Stuttgart"].kind == "anonymous"


def test_named_person_from_a_place_keeps_her_name():
    src = sources_of('Die Rentnerin Erika Baumann aus Offenbach sagte: "Wir sitzen hier fest."')
    assert src["Erika Baumann"].kind == "person"
    assert "Offenbach" not in src


def test_speaker_label_after_a_headline_dash_speaks():
    text = ("EZB senkt Leitzins erneut – Lagarde: „Wir sind noch nicht am Ziel“\n\n"
            "Frankfurt (Reuters) – Die Europäische Zentralbank hat den Leitzins gesenkt. „Der Inflationsdruck lässt "
            "nach, aber wir sind noch nicht am Ziel“, sagte EZB-Präsidentin Christine Lagarde.")
    first = quotes_of(text)[0]
    assert first.text == "„Wir sind noch nicht am Ziel“"
    assert first.speaker.text == "Lagarde"
    assert first.speaker.name == "Christine Lagarde"
    assert "Doppelpunkt-Einleitung: Sprecher vor dem Doppelpunkt" in first.evidence


def test_headline_colon_quote_without_dash_keeps_its_subject():
    first = quotes_of("Die EZB warnt: „Wir sind noch nicht am Ziel“\n\nDie Notenbank senkt den Zins.")[0]
    assert first.speaker.name == "EZB"


def test_speech_verb_of_a_thing_inside_reported_content_is_no_frame():
    found = quotes_of("Ein Analyst sagte, die Zahlen zeigten „eine beeindruckende Dynamik“.")
    assert [(q.kind, q.speaker.text, q.cue.lemma) for q in found] == [
        ("indirect", "Ein Analyst", "sagen"), ("direct", "Ein Analyst", "sagen")]
    assert found[0].text == "die Zahlen zeigten „eine beeindruckende Dynamik“"


def test_speech_verb_of_a_speaker_inside_reported_content_reports_itself():
    found = quotes_of("Der Minister sagte, die Polizei warnte vor Glätte.")
    assert [(q.kind, q.speaker.text) for q in found] == [("reported", "die Polizei")]


def test_main_clause_after_schrieb_is_what_was_written():
    found = quotes_of("Ein Analyst von JPMorgan schrieb in einer Studie, die Zahlen zeigten „eine beeindruckende "
                      "Dynamik“.")
    assert [(q.kind, q.cue.lemma) for q in found] == [("indirect", "schreiben"), ("direct", "schreiben")]
    assert found[0].text == "die Zahlen zeigten „eine beeindruckende Dynamik“"
    assert found[0].speaker.text == "Ein Analyst von JPMorgan"


def test_schreiben_without_content_is_no_report():
    assert quotes_of("Der Konzern schrieb rote Zahlen, die Aktie fiel.") == []


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Der Softwarekonzern SAP streicht Stellen. Ein Sprecher des Konzerns sagte, man bedauere das.",
                 "SAP", id="konzern"),
    pytest.param("Die Lufthansa nannte den Streik unverhältnismäßig. Ein Sprecher der Airline sagte, Fluggäste "
                 "könnten kostenlos umbuchen.", "Lufthansa", id="airline"),
])
def test_spokesperson_of_a_body_named_by_its_noun(text, name):
    q = quotes_of(text)[-1]
    assert q.speaker.name == name
    assert any(e.startswith("Bezeichnung „de") and name in e for e in q.evidence)


def test_spokesperson_of_a_body_never_named_stays_as_written():
    q = quotes_of("Der Minister kam nicht. Ein Sprecher des Ministeriums sagte, man bedauere das.")[-1]
    assert q.speaker.name == "Ein Sprecher des Ministeriums"


def test_market_and_space_bodies_are_named_organisations():
    src = sources_of("Der Autozulieferer Schaeffler will 1.200 Stellen abbauen, sagte ein Sprecher des "
                     "Unternehmens. Dagegen kritisierte der Bundesverband deutscher Banken, die Zinssenkung komme zu "
                     "spät. Die ESA verschob den Start. Man wolle den Termin nachholen, hieß es in einer Mitteilung der "
                     "Weltraumagentur.")
    assert src["Schaeffler"].counts["indirect"] == 1
    assert src["Bundesverband deutscher Banken"].kind == "organisation"
    assert src["ESA"].kind == "organisation"
    assert "Weltraumagentur" not in src and "Autozulieferer Schaeffler" not in src


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), [
    pytest.param("Ein Analyst der Commerzbank sagte, die Nachfrage dürfte sich nicht erholen.",
                 "Analyst der Commerzbank", "Analyst", "Commerzbank", id="analyst"),
    pytest.param("Laut einer Händlerin der Helaba sind die Kurse zu hoch.",
                 "Händlerin der Helaba", "Händlerin", "Helaba", id="trader_after_laut"),
])
def test_expert_of_a_bank_speaks_in_her_own_name(text, name, role, affiliation):
    src = sources_of(text)
    assert list(src) == [name]
    assert (src[name].kind, src[name].role, src[name].affiliation) == ("anonymous", role, affiliation)


def test_spokesperson_of_a_bank_speaks_for_the_bank():
    src = sources_of("Ein Sprecher der Commerzbank sagte, man sei zufrieden.")
    assert list(src) == ["Commerzbank"]


def test_body_in_the_genitive_after_an_apposition_role_is_the_affiliation():
    src = sources_of("„Das war so erwartet worden“, sagte Jörg Krämer, Chefvolkswirt der Commerzbank.")
    assert (src["Jörg Krämer"].role, src["Jörg Krämer"].affiliation) == ("Chefvolkswirt", "Commerzbank")


def test_critic_of_a_party_is_no_member():
    src = sources_of("Der Kritiker der AfD, Hans Maier, sagte, man sei bereit.")
    assert src["Hans Maier"].affiliation is None
    # the same apposition with a member's role does give the party, so the check above is not vacuous
    src = sources_of("Der Vorsitzende der AfD, Hans Maier, sagte, man sei bereit.")
    assert (src["Hans Maier"].role, src["Hans Maier"].affiliation) == ("Vorsitzender", "AfD")


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Die Gewerkschaft zeigte sich besorgt. Deren Vorsitzender sagte der „Süddeutschen Zeitung“, man "
                 "erwarte eine Zusage.", "Deren Vorsitzender", id="strong_ending_is_singular"),
    pytest.param("Die Vorsitzenden sagten der „Süddeutschen Zeitung“, man erwarte eine Zusage.", "Die Vorsitzenden",
                 id="plural_stays_plural"),
])
def test_nominalised_adjective_as_subject_of_the_frame(text, speaker):
    q = quotes_of(text)[-1]
    assert q.speaker.text == speaker
    assert q.text == "man erwarte eine Zusage"


def test_plural_pronoun_takes_the_unnamed_group_of_the_sentence_before():
    q = quotes_of("„Die Zahlen waren schwach“, hieß es in einem Kommentar der Investmentbank Jefferies. Die Experten "
                  "der DZ Bank bestätigten dagegen ihre Kaufempfehlung. Das Unternehmen sei gut aufgestellt, schrieben "
                  "sie.")[-1]
    assert q.speaker.name == "Experten der DZ Bank"
    assert q.speaker.kind == "group"
    assert "Pronomen „sie“ → Experten der DZ Bank" in q.evidence


def test_singular_pronoun_keeps_the_body_of_the_sentence_before():
    q = quotes_of("Die Polizei kam am Abend. Die Lage sei ruhig, sagte sie.")[-1]
    assert q.speaker.name == "Polizei"


def test_surname_that_is_a_role_noun_is_no_role():
    src = sources_of("»Viele Anbieter versprechen zu viel«, warnt Jana Richter vom Digitalverband Bitkom. Der Begriff "
                     "werde oft als Etikett benutzt, so Richter.")
    assert src["Jana Richter"].role is None


def test_role_noun_alone_is_the_role():
    src = sources_of("„Wir sind bereit“, sagte Richter Hans Maier. Die Sprecherin sagte, man sei bereit.")
    assert src["Hans Maier"].role == "Richter"
    assert src["Sprecherin"].role == "Sprecherin"


def test_company_noun_before_a_name_is_no_part_of_the_name():
    q = quotes_of("Der Berliner Softwareanbieter Parloa hat 80 Millionen Euro eingesammelt. Das teilte das Unternehmen am "
                  "Dienstag mit.")[-1]
    assert q.speaker.name == "Parloa"


def test_other_body_noun_before_a_name_stays_in_the_name():
    src = sources_of("Der Verein Mehr Demokratie teilte mit, man sei zufrieden.")
    assert list(src) == ["Verein Mehr Demokratie"]


EXCHANGE = ("Vorstandschef Björn Gulden zeigte sich zuversichtlich. „Wir sind auf einem guten Weg“, sagte er.\n\n"
            "Frage eines Analysten: Wie stark belastet der Streit mit dem Rapper noch das Geschäft?\n"
            "Gulden: Das Kapitel ist für uns weitgehend abgeschlossen. Die restlichen Schuhe verkaufen wir ab.\n\n"
            "Die Aktie verlor rund vier Prozent.")


def test_one_labelled_answer_after_a_labelled_question_is_a_direct_quotation():
    found = [q for q in quotes_of(EXCHANGE) if q.text.startswith("Das Kapitel")]
    assert len(found) == 1
    assert found[0].kind == "direct" and found[0].speaker.name == "Björn Gulden"
    assert found[0].text.endswith("verkaufen wir ab.")
    assert "Interview: Worte von „Gulden:“ (wörtliche Rede ohne Anführungszeichen)" in found[0].evidence


def test_the_labelled_question_quotes_nobody():
    found = quotes_of(EXCHANGE)
    # the exchange has quotations (the frame before and the answer), so the check below is not vacuous
    assert [q.text for q in found] == ["„Wir sind auf einem guten Weg“", "Das Kapitel ist für uns weitgehend "
                                       "abgeschlossen. Die restlichen Schuhe verkaufen wir ab."]
    assert not [q for q in found if "Rapper" in q.text]


def test_he_never_takes_up_a_woman_introduced_with_eine():
    q = quotes_of("Eine Studentin aus Leipzig sagte: „Ich habe die App dreimal gecheckt.“ Ein älterer Herr schimpfte "
                  "über die Informationspolitik. Die Bahn kriege es nicht hin, ihre Kunden zu informieren, meinte er.")[-1]
    assert q.speaker.text == "er"
    assert q.speaker.name != "Eine Studentin aus Leipzig"


def test_he_takes_up_the_unnamed_gentleman_of_the_sentence_before():
    q = quotes_of("«Die Leidtragenden sind die Pendler», sagte der Ehrenvorsitzende Karl-Peter Naumann.\n\n"
                  "Eine Studentin aus Leipzig sagte: „Ich habe die App dreimal gecheckt.“ Ein älterer Herr schimpfte "
                  "über die Informationspolitik. Die Bahn kriege es nicht hin, ihre Kunden zu informieren, meinte er.")[-1]
    assert q.speaker.name == "älterer Herr"
    assert "Pronomen „er“ → älterer Herr" in q.evidence


def test_she_takes_up_a_woman_introduced_with_eine():
    q = quotes_of("Eine Studentin aus Leipzig sagte: „Ich habe die App dreimal gecheckt.“ Die Bahn kriege es nicht "
                  "hin, ihre Kunden zu informieren, meinte sie.")[-1]
    assert q.speaker.name == "Eine Studentin aus Leipzig"


@pytest.mark.parametrize(("text", "name", "role", "affiliation"), [
    pytest.param("„Die Arbeitgeber haben uns keine Wahl gelassen“, sagte Verdi-Vize Christine Behle.",
                 "Christine Behle", "Verdi-Vize", "Verdi", id="vize"),
    pytest.param("Der Hauptgeschäftsführer der Deutschen Industrie- und Handelskammer, Martin Wansleben, sagte, jeder "
                 "Streiktag koste die Wirtschaft Geld.", "Martin Wansleben", "Hauptgeschäftsführer", "DIHK",
                 id="dihk_in_full"),
])
def test_union_and_chamber_officials_have_role_and_body(text, name, role, affiliation):
    src = sources_of(text)
    assert (src[name].role, src[name].affiliation) == (role, affiliation)


def test_compound_of_a_body_noun_names_the_body_before():
    q = quotes_of("Die NASA gratulierte den Europäern. Man freue sich auf die weitere Zusammenarbeit, hieß es in einer "
                  "Erklärung der US-Raumfahrtbehörde.")[-1]
    assert q.speaker.name == "NASA"
    assert "Bezeichnung „der US-Raumfahrtbehörde“ → zuvor genannt als „NASA“" in q.evidence


def test_fan_club_is_no_club_named_before():
    q = quotes_of("Der FC Bayern gewann am Samstag. Der Fanclub teilte mit, man sei zufrieden.")[-1]
    assert q.speaker.name == "Fanclub"


QA = ("Interview mit der Ökonomin Monika Schnitzer\n\nF: Frau Schnitzer, kommt die Rezession?\n"
      "A: Das ist nicht ausgemacht. Die Auftragslage ist schwach.\nF: Was muss die Regierung tun?\n"
      "A: Sie muss investieren, vor allem in Netze.\n")


def test_generic_answer_label_speaks_for_the_person_addressed_in_the_question():
    found = quotes_of(QA)
    assert [q.text for q in found] == ["Das ist nicht ausgemacht. Die Auftragslage ist schwach.",
                                       "Sie muss investieren, vor allem in Netze."]
    assert {q.speaker.name for q in found} == {"Monika Schnitzer"}
    assert "Interview: wer antwortet, wird in der Frage angesprochen: „Frau Schnitzer“" in found[0].evidence


def test_generic_answer_label_without_an_address_stays_open():
    found = quotes_of(QA.replace("Frau Schnitzer, kommt die", "Droht eine"))
    assert len(found) == 2 and all(q.speaker is None for q in found)


@pytest.mark.parametrize(("text", "name", "role"), [
    pytest.param("«Die Leidtragenden sind die Pendler», sagte der Ehrenvorsitzende Karl-Peter Naumann.",
                 "Karl-Peter Naumann", "Ehrenvorsitzender", id="compound_after_der"),
    pytest.param("„Wir streiken“, sagte die Vorsitzende Yasmin Fahimi.", "Yasmin Fahimi", "Vorsitzende",
                 id="feminine_keeps_its_form"),
])
def test_nominalised_role_before_a_name_takes_the_strong_ending(text, name, role):
    assert sources_of(text)[name].role == role


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Der Ölpreis stieg kräftig. Händlern zufolge sorgten Lieferängste für die Bewegung.", "Händler",
                 id="zufolge"),
    pytest.param("Laut Beobachtern steigt der Kurs weiter.", "Beobachter", id="laut"),
    pytest.param("Nach Angaben von Anwohnern brannte es stundenlang.", "Anwohner", id="nach_angaben_von"),
])
def test_bare_dative_plural_source_is_a_group_in_the_nominative(text, name):
    src = sources_of(text)
    assert list(src) == [name]
    assert (src[name].kind, src[name].role) == ("group", name)


def test_plural_role_in_the_nominative_keeps_its_form():
    src = sources_of("Analysten zufolge steigt der Kurs weiter.")
    assert (src["Analysten"].kind, src["Analysten"].role) == ("group", "Analysten")


def test_statement_of_several_economists_is_a_group():
    src = sources_of("Die Inflation dürfte bald sinken, so die Einschätzung der Commerzbank-Ökonomen.")
    assert list(src) == ["Commerzbank-Ökonomen"]
    assert (src["Commerzbank-Ökonomen"].kind, src["Commerzbank-Ökonomen"].affiliation) == ("group", "Commerzbank")


def test_statement_of_one_minister_stays_a_person():
    src = sources_of("Die Inflation dürfte sinken, heißt es in einer Mitteilung der Ministerin.")
    assert src["Ministerin"].kind == "person"


def test_compound_of_konzern_names_the_company_before():
    q = quotes_of("Airbus meldet Rekordaufträge. Boeing dagegen kämpft mit Problemen. Der US-Konzern teilte mit, die "
                  "Produktion werde gedrosselt.")[-1]
    assert q.speaker.name == "Boeing"
    assert "Bezeichnung „Der US-Konzern“ → zuvor genannt als „Boeing“" in q.evidence


def test_shareholder_association_is_a_named_organisation():
    src = sources_of("Die Aktionärsschützer der Deutschen Schutzvereinigung für Wertpapierbesitz sprachen von einem "
                     "„Desaster“. Intel teilte mit, man prüfe den Standort.")
    assert src["Intel"].kind == "organisation"
    assert any(s.affiliation == "DSW" or s.name == "DSW" for s in src.values())


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Intel stoppt den Bau der Fabrik in Magdeburg. Das teilte der Chiphersteller mit.", "Intel",
                 id="chiphersteller"),
    pytest.param("Volkswagen streicht Stellen. Der Autobauer teilte mit, man müsse sparen.", "Volkswagen",
                 id="autobauer"),
])
def test_maker_noun_names_the_listed_company_before(text, name):
    q = quotes_of(text)[-1]
    assert q.speaker.name == name


def test_maker_noun_without_a_company_before_stays_as_written():
    q = quotes_of("Der Hersteller teilte mit, man müsse sparen.")[-1]
    assert q.speaker.name == "Hersteller"
