"""Audit of economic data and surveys (Destatis figures, Ifo/ZEW surveys, economists' reaction lists, central banks,
company earnings), on sentences written for these tests: who is quoted — institute, president, bank analyst."""

from __future__ import annotations

from _quotes_support import only, quotes_of, sources_of

from medialit import nlp as mnlp


def test_a_double_first_name_with_hyphen_opens_a_persons_name():
    doc = mnlp.load()("Jens-Oliver Niklasch sagte, ein Lichtblick sei nicht in Sicht.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jens-Oliver Niklasch", "PER")]


def test_an_unknown_bank_label_after_the_name_in_a_reaction_list():
    text = ("Die Reaktionen der Ökonomen:\n\n"
            "- Jens-Oliver Niklasch, LBBW: „Ein Lichtblick ist nicht in Sicht.“\n"
            "- Thomas Gitzel, VP Bank: „Die Talsohle dürfte im Frühjahr erreicht sein.“")
    qs = quotes_of(text)
    assert [q.speaker.name for q in qs] == ["Jens-Oliver Niklasch", "Thomas Gitzel"]


def test_a_label_without_a_persons_name_before_the_colon_speaks_nothing():
    q = only("Die Bilanz, Teil zwei: „Ein Lichtblick ist nicht in Sicht.“")
    assert q.speaker is None


def test_a_name_label_before_a_colon_speaks_the_konjunktiv_after_it():
    text = ("Die Stimmen:\n"
            "- Ralph Solveen, LBBW: Die Lage sei ernst.\n"
            "- Anna Weber, Commerzbank: Eine Zinssenkung komme zu früh.")
    qs = quotes_of(text)
    assert [(q.kind, q.text, q.speaker.name) for q in qs] == [
        ("indirect", "Die Lage sei ernst", "Ralph Solveen"),
        ("indirect", "Eine Zinssenkung komme zu früh", "Anna Weber")]
    assert "Name vor dem Doppelpunkt: Ralph Solveen, LBBW" in qs[0].evidence


def test_a_plain_name_label_before_a_colon():
    q = only("Ralph Solveen: Die Lage sei ernst.")
    assert (q.kind, q.text, q.speaker.name) == ("indirect", "Die Lage sei ernst", "Ralph Solveen")


def test_a_dateline_before_a_colon_is_no_speaker_label():
    q = only("Berlin, 3. März: Die Lage sei ernst.")
    assert q.kind == "free_indirect" and q.speaker is None


def test_economists_in_the_dative_plural_are_a_group_named_in_the_nominative():
    q = only("Nach Einschätzung von Volkswirten dürfte die EZB im kommenden Jahr weiter lockern.")
    assert (q.speaker.name, q.speaker.kind) == ("Volkswirte", "group")
    assert sources_of("Nach Einschätzung von Volkswirten dürfte die EZB lockern.")["Volkswirte"].role == "Volkswirte"


def test_meinen_after_the_quotation_is_the_reporting_verb_not_the_possessive():
    q = only("Die EZB dürfte vorerst keine weitere Zinssenkung beschließen, meinen Analysten.")
    assert (q.kind, q.text, q.speaker.text) == (
        "indirect", "Die EZB dürfte vorerst keine weitere Zinssenkung beschließen", "Analysten")
    assert "Redeverb: meinen" in q.evidence


def test_meinen_before_a_plain_noun_in_a_list_stays_the_possessive():
    doc = mnlp.load()("Ich danke meiner Frau, meinen Kindern.")
    assert [t.tag_ for t in doc if t.text == "meinen"] == ["PPOSAT"]


def test_a_dax_company_refers_back_to_the_company_named_before():
    text = ("Der Münchner Technologiekonzern Siemens hat deutlich mehr verdient. "
            "Der Nettogewinn stieg um zwölf Prozent, wie das Dax-Unternehmen mitteilte.")
    q = only(text)
    assert q.speaker.name == "Siemens"
    assert any("zuvor genannt als" in e for e in q.evidence)


def test_the_bank_in_a_reaction_list_label_is_the_economists_employer():
    sources = sources_of("Die Reaktionen:\n"
                         "- Thomas Gitzel, VP Bank: „Die Talsohle dürfte im Frühjahr erreicht sein.“\n"
                         "- Ralph Solveen, Commerzbank: Die Lage sei ernst.")
    assert (sources["Thomas Gitzel"].affiliation, sources["Ralph Solveen"].affiliation) == ("VP Bank", "Commerzbank")


def test_the_dekabank_spelt_with_a_small_b_is_the_economists_employer():
    sources = sources_of("„Die EZB hat kaum eine andere Wahl“, sagte Dekabank-Chefvolkswirt Ulrich Kater.")
    assert sources["Ulrich Kater"].affiliation == "DekaBank"


def test_an_organisation_opening_a_closed_role_compound_is_the_affiliation():
    sources = sources_of("„Wir müssen wachsam bleiben“, sagte Bundesbankpräsident Joachim Nagel.")
    assert (sources["Joachim Nagel"].role, sources["Joachim Nagel"].affiliation) == ("Bundesbankpräsident", "Bundesbank")


def test_a_short_name_in_brackets_after_the_full_name_is_listed_by_the_full_name():
    text = ("Die Zahl der Arbeitslosen stieg auf 2,8 Millionen, berichtete die Bundesagentur für Arbeit (BA). "
            "Laut BA waren 640.000 offene Stellen gemeldet.")
    assert [q.speaker.name for q in quotes_of(text)] == ["Bundesagentur für Arbeit"] * 2


def test_a_member_of_a_board_is_a_persons_role():
    sources = sources_of("„Wir sind noch nicht am Ziel“, sagte EZB-Direktoriumsmitglied Isabel Schnabel.")
    assert (sources["Isabel Schnabel"].role, sources["Isabel Schnabel"].affiliation) == ("EZB-Direktoriumsmitglied", "EZB")


def test_figures_that_show_something_after_a_name_label_are_the_economists_report():
    q = only("Ralph Solveen, Commerzbank: Die Zahlen zeigten, dass sich die Industrie im Sinkflug befinde.")
    assert (q.kind, q.speaker.name) == ("indirect", "Ralph Solveen")
    assert q.text == "Die Zahlen zeigten, dass sich die Industrie im Sinkflug befinde"
    assert "„Die Zahlen“ ist Teil der Aussage, keine Quelle" in q.evidence


def test_a_person_reported_after_a_name_label_keeps_the_report():
    q = only("Ralph Solveen: Der Minister sagte, die Lage sei ernst.")
    assert q.speaker.text == "Der Minister"


def test_economic_institutes_spelt_out_are_listed_by_their_short_name():
    q = only("Der Index sank um 5,2 Punkte, teilte das Mannheimer Leibniz-Zentrum für Europäische "
             "Wirtschaftsforschung mit.")
    assert q.speaker.name == "ZEW"
    q = only("Das Institut für Arbeitsmarkt- und Berufsforschung (IAB) rechnet mit einer Besserung.")
    assert q.speaker.name == "IAB"
