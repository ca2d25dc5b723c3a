"""Faults found by auditing the engine on local news, police, court, business and weather reports we wrote."""

from __future__ import annotations

import pytest

from medialit import nlp
from medialit.sources import inventory
from tests._quotes_support import of_kind, only


def test_particle_of_a_later_clause_is_not_joined_to_the_reporting_verb():
    q = only("Meteorologe Tobias Reinhardt erklärte, die Unwetterlage sei noch nicht vorbei.", "indirect")
    assert q.cue.lemma == "erklären"
    assert "Redeverb: erklären" in q.evidence
    assert q.speaker.name == "Tobias Reinhardt"


def test_particle_after_a_comma_clause_still_joins_its_verb():
    doc = nlp.parse("Die Sprecherin wies den Vorwurf, die Firma habe gelogen, entschieden zurück.")
    assert [t.lemma_ for t in doc if t.text == "wies"] == ["zurückweisen"]
    doc = nlp.parse("Der Meteorologe sagte, die Gewitter zögen am Abend ab.")
    assert [t.lemma_ for t in doc if t.text == "zögen"] == ["abziehen"]


def test_nach_der_ankuendigung_without_a_source_is_a_time():
    assert of_kind("Die Aktie des Konzerns legte nach der Ankündigung um 3,5 Prozent zu.") == []


def test_nach_mitteilung_with_a_source_is_still_a_source():
    q = only("Nach Mitteilung der Stadt bleibt die Brücke bis Freitag gesperrt.", "indirect")
    assert q.speaker.text == "der Stadt"
    assert "Quellenangabe: Nach Mitteilung" in q.evidence


def test_place_in_the_genitive_is_no_speaker_name():
    q = only("Sachsens Wirtschaftsminister forderte den Konzern auf, sozialverträgliche Lösungen zu finden.",
             "indirect")
    assert q.speaker.name == "Sachsens Wirtschaftsminister"
    assert q.speaker.kind == "person"


def test_place_in_the_genitive_before_a_named_person_keeps_the_name():
    q = only("Berlins Innensenatorin Iris Spranger sagte, das Verbot sei richtig.", "indirect")
    assert q.speaker.name == "Iris Spranger"


def test_age_noun_with_definite_article_is_one_unnamed_person():
    q = only("„Ich habe zwei Männer mit Taschen weglaufen sehen“, sagte der 67-Jährige.", "direct")
    assert (q.speaker.name, q.speaker.kind) == ("67-Jährige", "anonymous")


def test_age_noun_in_the_plural_is_a_group():
    q = only("„Wir hatten große Angst“, sagten die 17-Jährigen.", "direct")
    assert q.speaker.kind == "group"


def test_polizeiangaben_count_with_the_police():
    text = ("Wie die Polizei am Montag mitteilte, drangen Unbekannte in drei Geschäfte ein. "
            "Dabei erbeuteten sie nach Polizeiangaben Schmuck im Wert von 12.000 Euro.")
    quotes = of_kind(text, "indirect")
    assert [q.speaker.name for q in quotes] == ["Polizei", "Polizei"]
    assert "„Polizeiangaben“ stammt von: Polizei" in quotes[1].evidence
    assert [s.name for s in inventory(quotes)] == ["Polizei"]


def test_imperative_at_the_sentence_start_stays_a_verb():
    doc = nlp.parse("Komm sofort her, rief der Beamte. Anna rief: „Bleib ruhig!“")
    assert [t.tag_ for t in doc if t.text in ("Komm", "Bleib")] == ["VVIMP", "VVIMP"]


STANCE = ("„Wir nehmen diese Serie sehr ernst“, betonte Polizeisprecher Jan Meyer. Die Inhaberin eines "
          "Juweliergeschäfts, Sabine Krüger, zeigte sich erschüttert. Sie habe so etwas noch nie erlebt.")


def test_stance_before_a_konjunktiv_passage_names_its_speaker():
    q = only(STANCE, "free_indirect")
    assert q.speaker.name == "Sabine Krüger"
    assert "Sprecher: Handelnder des vorigen Satzes" in q.evidence
    q = only("Die Gewerkschaft reagierte empört. Sie werde um jeden Arbeitsplatz kämpfen.", "free_indirect")
    assert q.speaker.text == "Die Gewerkschaft"


def test_hearsay_about_the_actor_still_goes_to_the_earlier_speaker():
    text = ("Der Polizeisprecher sagte, der Täter sei gefasst. Der Mann galt als gefährlich. "
            "Er soll mehrere Überfälle geplant haben.")
    q = only(text, "free_indirect")
    assert q.speaker.text == "Der Polizeisprecher"


def test_dateline_is_not_part_of_the_content_das_points_to():
    text = ("Zwickau – Der Autozulieferer Hellmann will bis Ende 2026 rund 800 Arbeitsplätze abbauen. "
            "Das teilte das Unternehmen am Mittwoch mit.")
    q = only(text, "indirect")
    assert q.text == "Der Autozulieferer Hellmann will bis Ende 2026 rund 800 Arbeitsplätze abbauen"
    assert "„Das“ verweist auf das zuvor Gesagte" in q.evidence


def test_dash_inside_a_sentence_is_no_dateline():
    text = ("Der Autozulieferer will in Zwickau – trotz Protesten – 800 Stellen abbauen. "
            "Das teilte das Unternehmen mit.")
    assert only(text, "indirect").text.startswith("Der Autozulieferer will in Zwickau – trotz")


def test_adjectival_role_noun_does_not_make_a_judge_male():
    text = ("Die Vorsitzende Richterin Petra Vogel sagte, der Angeklagte habe aus Gier gehandelt. Der Angeklagte "
            "hatte ein Teilgeständnis abgelegt. Er räumte ein, Fehler gemacht zu haben.")
    quotes = of_kind(text, "indirect")
    assert [q.speaker.name for q in quotes][0] == "Petra Vogel"
    assert quotes[1].speaker.text == "Er" and quotes[1].speaker.name != "Petra Vogel"


def test_age_description_does_not_jump_to_a_woman_named_before():
    text = ("Seine Verteidigerin Lena Hartmann kündigte an, Revision einzulegen. »Wir halten das Urteil für zu "
            "hart«, sagte sie. „Ich wusste, dass das nicht richtig war“, sagte der 23-Jährige.")
    quotes = of_kind(text, "direct")
    assert [q.speaker.name for q in quotes] == ["Lena Hartmann", "23-Jährige"]


def test_age_description_still_names_the_woman_named_before():
    text = ("Verteidigerin Lena Hartmann sprach von einem Fehlurteil. „Ich bin enttäuscht“, "
            "sagte die 44-Jährige.")
    assert only(text, "direct").speaker.name == "Lena Hartmann"


def test_der_experte_refers_back_to_the_meteorologist_named_before():
    text = ("Meteorologe Tobias Reinhardt vom DWD erklärte, die Unwetterlage sei noch nicht vorbei. "
            "„Die Menschen sollten Gegenstände auf Balkonen sichern“, riet der Experte.")
    q = only(text, "direct")
    assert q.speaker.name == "Tobias Reinhardt"
    assert "Bezeichnung „der Experte“ ohne Namen → zuletzt mit passendem Geschlecht: Tobias Reinhardt" in q.evidence


def test_der_experte_does_not_name_a_woman():
    text = "Die Meteorologin Anna Kurz sagte, es bleibe heiß. „Trinken Sie viel“, riet der Experte."
    assert only(text, "direct").speaker.name == "Experte"


def test_spokesman_of_an_association_named_after_a_region_is_not_the_region():
    text = ("Ein Sprecher der Kassenärztlichen Vereinigung Westfalen-Lippe begrüßte das Urteil. "
            "Es sende ein wichtiges Signal.")
    q = only(text, "free_indirect")
    assert q.speaker.name == "Kassenärztliche Vereinigung Westfalen-Lippe"


def test_assumption_after_sagte_comma_is_the_spokesmans_indirect_speech():
    q = only("Polizeisprecher Jan Meyer sagte, die Ermittler gingen von einer organisierten Bande aus.")
    assert (q.kind, q.speaker.name, q.cue.lemma) == ("indirect", "Jan Meyer", "sagen")
    assert q.text == "die Ermittler gingen von einer organisierten Bande aus"
    assert "Hauptsatz nach Redeverb und Komma (Indikativ: gingen)" in q.evidence


def test_assumption_alone_stays_a_reported_act_of_the_investigators():
    q = only("Die Ermittler gehen von einer organisierten Bande aus.")
    assert (q.kind, q.speaker.name) == ("reported", "Ermittler")


def test_nach_informationen_dieser_zeitung_names_the_paper():
    q = only("Nach Informationen dieser Zeitung hatte die Hausverwaltung ihn wenige Wochen vor der Tat abgemahnt.")
    assert (q.kind, q.speaker.text) == ("indirect", "dieser Zeitung")
    assert "Quellenangabe: Nach Informationen" in q.evidence


def test_nach_informationen_der_zeitung_still_names_the_paper():
    q = only("Nach Informationen der Zeitung hatte die Hausverwaltung ihn abgemahnt.")
    assert q.speaker.text == "der Zeitung"


@pytest.mark.parametrize(("text", "names", "evidence"), [
    pytest.param("Der Verteidiger des Angeklagten, Rechtsanwalt Thomas Wendt, erklärte, sein Mandant werde sich "
                 "vorerst nicht äußern. Er kündigte jedoch an, dass der 34-Jährige später eine Erklärung abgeben "
                 "wolle.",
                 ["Thomas Wendt", "Thomas Wendt"], "Pronomen „Er“ → Thomas Wendt",
                 id="surname_read_as_imperative_is_a_name"),
    pytest.param("Der Vorsitzende Klaus Renner sagte, das Urteil sei hart. Der Minister reiste daraufhin ab. "
                 "Er kündigte an, die Sitzung zu unterbrechen.",
                 ["Klaus Renner", "Minister"], "Pronomen „Er“ → Minister",
                 id="pronoun_after_an_unnamed_actor_is_that_actor_not_an_earlier_speaker"),
])
def test_pronoun_of_the_second_report_names_its_antecedent(text, names, evidence):
    quotes = of_kind(text, "indirect")
    assert [q.speaker.name for q in quotes] == names
    assert evidence in quotes[1].evidence


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Der Vorsitzende Klaus Renner sagte, das Urteil sei hart. Er kündigte an, die Sitzung zu "
                 "unterbrechen.",
                 ["Klaus Renner", "Klaus Renner"], id="adjectival_role_noun_takes_the_gender_of_its_article"),
    pytest.param("Der Vorsitzende Klaus Renner sagte, das Urteil sei hart. Der Minister Jan Wolf reiste daraufhin "
                 "ab. Er kündigte an, die Sitzung zu unterbrechen.",
                 ["Klaus Renner", "Jan Wolf"], id="pronoun_after_a_named_actor_keeps_the_name"),
])
def test_speakers_of_the_indirect_reports(text, names):
    assert [q.speaker.name for q in of_kind(text, "indirect")] == names
