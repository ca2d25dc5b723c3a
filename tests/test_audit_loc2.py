"""Faults found by auditing the engine on local news we wrote: road works, festivals, fires, clubs and schools."""

from __future__ import annotations

from medialit import nlp
from tests._quotes_support import of_kind, only


def test_single_digit_age_in_brackets_names_a_child():
    doc = nlp.parse("Lena (8) hat sich auf das Karussell gefreut.")
    assert [t.text for t in doc[:4]] == ["Lena", "(", "8", ")"]
    q = only("Eine Besucherin kam aus Köln. Lena (8) hat sich vor allem auf das Kettenkarussell gefreut. "
             "„Das ist das Beste“, sagt sie und strahlt.", "direct")
    assert q.speaker.name == "Lena"
    assert "Pronomen „sie“ → Lena" in q.evidence


def test_compound_role_takes_up_role_with_genitive_apposition():
    text = ("Der Leiter des Tiefbauamts, Michael Rauscher, bat um Geduld. Die Arbeiten seien nötig, sagte er. "
            "Man habe den Zeitplan gestrafft. „Wir arbeiten jetzt auch samstags“, versicherte der Amtsleiter.")
    q = only(text, "direct")
    assert q.speaker.name == "Michael Rauscher"
    assert "Rolle „der Amtsleiter“ → zuvor genannt als „Leiter des Tiefbauamts, Michael Rauscher“" in q.evidence
    q = only("Die Leiterin der Grundschule, Petra Haas, freut sich. Das Wetter war schön. "
             "„Endlich ist es so weit“, sagte die Schulleiterin.", "direct")
    assert q.speaker.name == "Petra Haas"


def test_compound_role_of_another_noun_is_somebody_else():
    q = only("Der Leiter des Tiefbauamts, Michael Rauscher, war da. Das Wetter war schön. "
             "„Wir feiern“, sagte der Bauleiter.", "direct")
    assert q.speaker.name != "Michael Rauscher"


def test_the_town_as_a_source_is_an_organisation():
    q = only("Nach Angaben der Stadt sollen die Arbeiten Mitte Dezember abgeschlossen sein.", "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("Stadt", "organisation")
    q = only("Die Händler bleiben skeptisch. Man habe schon zu viele Versprechen gehört, heißt es aus der "
             "Werbegemeinschaft.", "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("Werbegemeinschaft", "organisation")


BOX = ("Kita-Leiterin Annette Brosowski führte die Gäste durch die Räume.\n\nDrei Fragen an Annette Brosowski:\n\n"
       "Frau Brosowski, haben Sie genug Personal?\nBrosowski: Im Moment ja. Wir haben alle Stellen besetzt.\n\n"
       "Was wünschen Sie sich von der Politik?\nBrosowski: Mehr Wertschätzung für den Beruf. Und kleinere Gruppen.")


def test_two_questions_answered_under_a_surname_are_an_interview():
    found = of_kind(BOX, "direct")
    assert [q.text for q in found] == ["Im Moment ja. Wir haben alle Stellen besetzt.",
                                       "Mehr Wertschätzung für den Beruf. Und kleinere Gruppen."]
    assert {q.speaker.name for q in found} == {"Annette Brosowski"}
    assert "Interview: Worte von „Brosowski:“ (wörtliche Rede ohne Anführungszeichen)" in found[1].evidence


def test_two_labelled_lines_without_questions_are_no_interview():
    text = ("Kita-Leiterin Annette Brosowski führte die Gäste durch die Räume.\n\n"
            "Brosowski: Im Moment ja. Wir haben alle Stellen besetzt.\n\n"
            "Brosowski: Mehr Wertschätzung für den Beruf. Und kleinere Gruppen.")
    assert not any(q.text.startswith("Mehr Wertschätzung") for q in of_kind(text))


def test_stadtoberhaupt_and_rathauschefin_refer_back_to_the_mayor():
    q = only("Bürgermeister Sebastian Wagemeyer eröffnete die Kita. Der Bedarf sei nicht gedeckt, räumte das "
             "Stadtoberhaupt ein.", "indirect")
    assert q.speaker.name == "Sebastian Wagemeyer"
    assert "Bezeichnung „das Stadtoberhaupt“ ohne Namen → zuletzt genannte Person: Sebastian Wagemeyer" in q.evidence
    q = only("Bürgermeisterin Eva Roth eröffnete die Kita. Der Bedarf sei nicht gedeckt, räumte die Rathauschefin ein.",
             "indirect")
    assert q.speaker.name == "Eva Roth"


def test_der_junge_refers_back_to_the_boy_named_with_his_age():
    q = only("Auch Tom, 12, saß mit seinem Vater im Auto dahinter. Er habe große Angst gehabt, erzählte der Junge.",
             "indirect")
    assert q.speaker.name == "Tom"
    assert "Bezeichnung „der Junge“ ohne Namen → zuletzt mit passendem Geschlecht: Tom" in q.evidence


def test_genitive_of_a_compound_role_keeps_its_role():
    from tests._quotes_support import sources_of

    found = sources_of("Verletzt wurde nach Angaben eines Feuerwehrsprechers niemand. Laut einer Polizeisprecherin "
                       "war die Straße gesperrt.")
    assert found["ein Feuerwehrsprecher"].role == "Feuerwehrsprecher"
    assert found["eine Polizeisprecherin"].role == "Polizeisprecherin"


def test_statement_without_author_is_by_the_body_acting_before():
    q = only("Die Stadtwerke bitten die Anwohner um Verständnis. Die Arbeiten seien dringend nötig, hieß es in einer "
             "Mitteilung.", "indirect")
    assert (q.speaker.name, q.speaker.kind) == ("Stadtwerke", "organisation")


def test_statement_without_author_after_a_sentence_about_things_stays_the_statement():
    q = only("Die Bagger rollen seit Montag. Die Arbeiten seien dringend nötig, hieß es in einer Mitteilung.",
             "indirect")
    assert q.speaker.name == "Mitteilung"
