"""Direct quotations, fifth round: precision of marks without a frame and speakers of direct quotations."""

from __future__ import annotations

from _quotes_support import of_kind, quotes_of


def test_scare_quote_without_any_frame_is_no_quotation():
    text = "Der Radfahrer wurde wegen „groben Unfugs und Beleidigung“ angezeigt. Die Polizei ermittelt weiter."
    assert not of_kind(text, "direct")


def test_lower_case_label_in_marks_inside_a_sentence_is_no_quotation():
    text = "Im Sommer wurde die alte Fähre zum „schwimmenden Wohnzimmer der Insel“ für viele Urlauber."
    assert not of_kind(text, "direct")


def test_quotation_filling_its_sentence_is_kept():
    text = "„Wer rastet, der rostet.“ Dieser Satz hängt im Büro der Trainerin."
    assert of_kind(text, "direct")


def test_fragment_in_a_konjunktiv_sentence_is_kept():
    text = ("Die Ärztin Maria Lind warnte vor der Hitze. Ältere Menschen seien „in besonderem Maße gefährdet“ "
            "und sollten viel trinken.")
    assert any(q.kind == "direct" and "besonderem" in q.text for q in quotes_of(text))


def test_wording_in_a_konjunktiv_i_sentence_is_a_direct_quotation():
    text = ("Die Ministerin Eva Sommer stellte am Montag den Plan vor. Er bestehe aus „klaren“ und "
            "„verlässlichen“ Schritten.")
    qs = of_kind(text, "direct")
    assert [q.text for q in qs] == ["„klaren“", "„verlässlichen“"]
    assert all(q.speaker is not None and q.speaker.name == "Eva Sommer" for q in qs)
    assert all("Wortlaut in Anführungszeichen in einem Satz im Konjunktiv I" in q.evidence for q in qs)


def test_name_in_a_konjunktiv_i_sentence_is_no_quotation():
    text = "Die Ministerin Eva Sommer stellte den Plan vor. Er heiße „Aufbruch“ und solle bald beginnen."
    assert not of_kind(text, "direct")


def test_single_term_in_marks_inside_an_indirect_report_is_no_direct_quotation():
    text = "Der Polizeisprecher Tim Brandt sagte, die „Täter“ hätten eine „drastische“ Spur hinterlassen."
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect"]
    assert "Täter" in qs[0].text


def test_phrase_in_marks_inside_an_indirect_report_stays_a_direct_quotation():
    text = "Der Polizeisprecher Tim Brandt sagte, die Täter hätten „eine sehr deutliche Spur“ hinterlassen."
    assert any(q.kind == "direct" and q.speaker is not None and q.speaker.name == "Tim Brandt" for q in quotes_of(text))


def test_translation_in_brackets_after_a_name_in_marks_is_no_quotation():
    text = ("Die Regierung nannte die Kampagne laut Sprecher Ole Berg „Clean Water“ (auf Deutsch: „Sauberes Wasser“) "
            "und startete sie am Montag.")
    assert not any("Sauberes" in q.text and q.kind == "direct" for q in quotes_of(text))


def test_colon_after_a_speech_act_noun_gives_the_quotation_to_the_clause_subject():
    text = ("Die Umweltexpertin Lea Kurz wandte sich gegen die Behauptung, das Wasser sei sauber: "
            "„Wir haben in jeder Probe Keime gefunden.“")
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == "Lea Kurz"
    assert any("nicht das Redenomen" in e for e in q.evidence)


def test_words_reported_by_two_frames_go_to_the_indicative_one():
    text = ("Die Universität prüft die Arbeit der Politikerin Anna Roth. Sie wisse, dass ihre Arbeit „nicht frei "
            "von Fehlern“ sei, hatte Roth im Mai gesagt.")
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect", "direct"]
    assert all(q.speaker is not None and q.speaker.text == "Roth" for q in qs)
    assert any(e.startswith("zwei Redeeinleitungen") for e in qs[0].evidence)


def test_capitalised_nouns_as_predicate_of_als_beside_a_speech_verb_are_a_quotation():
    text = "Die Kritikerin Jana Ost bezeichnete die neuen Bauten als „Wunder der Baukunst“ und lobte die Stadt."
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.text == "„Wunder der Baukunst“" and q.speaker.name == "Jana Ost"
    assert "Prädikat nach „als“ bei einem Redeverb: Wortlaut des Sprechers" in q.evidence


def test_capitalised_predicate_of_gelten_als_stays_a_name():
    text = "Der Hafen galt lange als „Tor der Welt“, doch die Stadt meldete heute sinkende Zahlen."
    assert not of_kind(text, "direct")


def test_name_in_marks_as_subject_at_the_start_of_a_sentence_is_no_quotation():
    text = "Die Helfer trafen am Abend ein. „Ärzte für Kinder“ sowie das Rote Kreuz kündigten weitere Flüge an."
    assert not of_kind(text, "direct")


def test_quotation_opening_a_sentence_before_a_comma_is_kept():
    text = "„Wir kommen wieder“, sagte die Ärztin Ina Holm am Abend."
    assert [q.kind for q in quotes_of(text)] == ["direct"]


def test_product_name_with_digits_or_inner_capital_is_no_quotation():
    text = "Der Konzern Nordtec stellte am Montag das „eBook-Lesegerät“ und den „Taschenrechner X9“ vor."
    assert not of_kind(text, "direct")


def test_field_name_and_law_title_in_marks_are_no_quotation():
    text = ("Die Polizei Nordstadt berichtete, im Bereich „schwere Diebstähle im Hafen“ sei die Zahl gesunken. "
            "Die Zeitung Nordkurier schrieb über den Entwurf für ein „Gesetz zum Schutz der Küste“.")
    assert not of_kind(text, "direct")
