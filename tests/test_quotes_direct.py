"""Direct quotations: which frame a quotation in marks belongs to, on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind

from medialit import nlp
from medialit.quotes import extract


def directs(text: str):
    return of_kind(text, "direct")


def test_fragment_in_an_indicative_clause_is_the_subjects_wording():
    text = ("Die Feuerwehr sperrte die Straße am Morgen. "
            "Die Trainerin Jana Brandt setzt am Wochenende auf „schnelles Spiel über die Flügel“.")
    qs = directs(text)
    assert len(qs) == 1
    assert qs[0].speaker is not None and "Jana Brandt" in qs[0].speaker.text
    assert any("Subjekt spricht" in e for e in qs[0].evidence)


def test_fragment_in_a_passive_clause_names_no_speaker_of_its_own():
    text = "Die Kosten sollen „durch bessere Planung und weniger Bürokratie“ gesenkt werden."
    qs = directs(text)
    assert all(q.speaker is None for q in qs)


def test_second_quotation_of_a_sentence_shares_the_frame_of_the_first():
    text = ("„Schon im Herbst“, so Vorstandschef Peter Krämer, wird die Firma "
            "„ein neues Werk in der Nähe von Leipzig eröffnen, das tausend Arbeitsplätze schafft“.")
    qs = directs(text)
    assert len(qs) == 2
    assert all(q.speaker is not None and "Krämer" in q.speaker.text for q in qs)


def test_colon_after_a_possessive_abstract_noun_continues_the_speaker():
    text = ("Die Ministerin Anna Berger äußerte sich zuversichtlich: „Wir werden eine Lösung finden.“ "
            "Ihre Hoffnung gründet sich auf frühere Verhandlungen: „Am Ende hat man sich immer geeinigt.“")
    qs = directs(text)
    assert len(qs) == 2
    assert "Anna Berger" in qs[1].speaker.text or qs[1].speaker.name == "Anna Berger"


def test_colon_after_the_last_of_two_coordinated_clauses():
    text = ("Die Menge rief Parolen, und der Gewerkschaftsführer Tom Becker rief vor dem Rathaus aus: "
            "„Wir lassen uns das nicht länger gefallen!“")
    qs = directs(text)
    assert len(qs) == 1
    assert "Tom Becker" in qs[0].speaker.text


def test_the_quoted_person_speaks_and_the_quoting_medium_relays():
    qs = directs("„Wir haben keine Angst vor dem Gegner“, zitiert die Lokalzeitung den Trainer Paul Grimm.")
    assert len(qs) == 1
    assert "Paul Grimm" in qs[0].speaker.text
    assert qs[0].relay is not None and "Lokalzeitung" in qs[0].relay.text
    assert "zitiert: die zitierte Person spricht" in qs[0].evidence


def test_quoted_with_the_words_names_the_object_not_a_pronoun_inside_the_quote():
    text = ("Ein Prediger wurde zugeschaltet. Der Spiegel zitiert den Prediger mit den Worten "
            "„Wir haben die Welt einst beherrscht und wir warnen euch.“")
    qs = directs(text)
    assert len(qs) == 1
    assert qs[0].speaker is not None and qs[0].speaker.text == "den Prediger"


def test_passive_quoting_names_the_subject_not_the_medium():
    text = ("Der Spieler sei danach noch lange im Stadion geblieben, „um mit den Fans zu feiern“, "
            "wie Kapitän Jonas Vogt von der Lokalzeitung zitiert wird.")
    qs = directs(text)
    assert len(qs) == 1
    assert "Jonas Vogt" in qs[0].speaker.text


def test_speaker_before_an_apposition_and_a_relative_clause():
    text = ("Karin Lehmann, die Bürgermeisterin der Stadt, die seit zehn Jahren im Amt ist, sagte zum Abschluss: "
            "„Wir hatten gute Gespräche.“")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker is not None
    assert "Karin Lehmann" in qs[0].speaker.text


def test_lassen_with_a_speech_verb_takes_the_subject_after_the_finite_verb():
    qs = directs("„Die Bank bleibt stabil“, ließ ein Sprecher des Konzerns am Abend verlauten.")
    assert len(qs) == 1 and qs[0].speaker is not None
    assert "Sprecher" in qs[0].speaker.text


def test_with_these_words_after_the_quotation():
    text = "Der Trainer kehrte nach zwei Jahren zurück. „Hallo, da bin ich wieder“, mit diesen Worten meldete er sich zurück."
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.text == "er"


def test_with_the_words_before_the_quotation():
    text = "Mit den Worten „Ich habe einen Fehler gemacht“ entschuldigte sich der Stürmer Max Vogel bei den Fans."
    qs = directs(text)
    assert len(qs) == 1 and "Max Vogel" in qs[0].speaker.text


def test_colon_after_a_name_and_a_prepositional_phrase():
    text = "Sängerin Lea Sommer zu ihrem Umzug: „Ich freue mich sehr auf das Leben auf dem Land.“"
    qs = directs(text)
    assert len(qs) == 1 and "Lea Sommer" in qs[0].speaker.text


def test_next_sentence_names_the_speaker_with_das():
    text = "„Ja, es gibt Zumutungen.“ Das musste Finanzminister Peter Brandt am Dienstag einräumen."
    qs = directs(text)
    assert len(qs) == 1 and "Peter Brandt" in qs[0].speaker.text


def test_so_without_comma_after_the_closing_mark():
    text = "Die Stadt kürzte die Mittel. „Offenbar sind Bürgeranfragen lästig.“ so der Sprecher der Initiative."
    qs = directs(text)
    assert len(qs) == 1 and "Sprecher der Initiative" in qs[0].speaker.text


def test_quotation_in_brackets_after_a_name():
    text = ("Viele gratulierten, so der Bürgermeister Paul Kern, die Direktorin des Museums, Eva Roth "
            "(„Das hat sie sich wirklich verdient.“), und der Landrat Uwe Hahn: „Ein großer Tag für die Region.“")
    qs = directs(text)
    assert len(qs) == 2
    assert "Eva Roth" in qs[0].speaker.text
    assert "Uwe Hahn" in qs[1].speaker.text


def test_name_with_apposition_before_the_colon():
    text = ("So sagte der Kommissar Jan Berg: „Das geht zu weit.“ "
            "Michael Schneider, Präsident des Rates der Region: „Das Gesetz ist ein Fehler.“")
    qs = directs(text)
    assert len(qs) == 2
    assert "Michael Schneider" in qs[1].speaker.text


def test_wie_clause_with_a_relative_clause_names_the_speaker():
    text = ("Die Strafe wurde verhängt. Wie Norman Paech, der als Beobachter anwesend war, dazu feststellt, verlangt "
            "„der Tatbestand zumindest das Mitwissen. Das konnte die Regierung nicht beweisen.“")
    qs = directs(text)
    assert len(qs) == 1 and "Norman Paech" in qs[0].speaker.text


def test_fragment_in_a_dass_clause_belongs_to_the_subject_of_the_main_clause():
    text = "Seit Jahren vertritt der Autor Peter Brandt die These, dass der Markt „völlig aus dem Ruder gelaufen“ sei."
    qs = directs(text)
    assert len(qs) == 1 and "Peter Brandt" in qs[0].speaker.text


def test_chanted_slogans_after_parolen_wie_and_the_list_goes_on():
    text = ("Die Demonstranten zogen durch die Stadt und skandierten dabei Parolen wie „Stoppt den Kahlschlag“ "
            "oder „Schulen statt Straßen – jetzt, sofort, überall“.")
    qs = directs(text)
    assert len(qs) == 2
    assert all(q.speaker is not None and q.speaker.text == "Die Demonstranten" for q in qs)


def test_judgement_in_marks_after_sehen_als_in_a_relative_clause():
    text = "Kritik kommt vom Fahrgastverband Pro Bahn, der die Maßnahme als „Kapitulation“ vor den Sprayern sieht."
    qs = directs(text)
    assert len(qs) == 1
    assert "Pro Bahn" in qs[0].speaker.text


def test_judgement_for_a_person_with_sein():
    text = "Für den Gesundheitsminister Paul Weber ist die Lage in der Stadt „alarmierend“."
    qs = directs(text)
    assert len(qs) == 1 and "Paul Weber" in qs[0].speaker.text


def test_konjunktiv_sentence_with_a_judgement_continues_the_earlier_speaker():
    text = ("In einer Erklärung sagte die Fraktion, sie nehme die Entscheidung zur Kenntnis. "
            "Außerdem sehe die Fraktion den Schritt als „überfällig und dringend geboten“ an.")
    qs = directs(text)
    assert len(qs) == 1
    assert not any("Bewertung" in e for e in qs[0].evidence)


def test_colon_after_a_clause_whose_verb_the_tagger_read_as_a_noun():
    text = ("Als wichtige Aufgabe sah es Köhler an, die Reform voranzutreiben. Hier sparte der Bundespräsident auch "
            "nicht mit Kritik: „Jeder sollte wissen: Je kleiner die Schritte, desto mehr Schritte muss er machen.“")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "der Bundespräsident"


def test_newspaper_in_marks_after_the_verb_speaks():
    text = ("Die letzten Jahre verbrachte er zurückgezogen. „Er war der kreative Kopf der Band. Der Künstler.“,  "
            "schrieb „Die Zeit“ in einem Nachruf.")
    qs = directs(text)
    assert len(qs) == 1 and "Die Zeit" in qs[0].speaker.text


def test_so_letztere_after_the_quotation():
    text = ("Eva Roth stand im Käfig, während Lisa Berg Zettel verteilte. "
            "„Die Tiere leiden jeden Tag in viel zu engen Käfigen.“, so letztere.")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "letztere"


def test_fragment_in_an_infinitive_clause_belongs_to_the_main_clause_subject():
    text = "Beide Seiten hatten vereinbart, aus der Region bis Mai „alle fremden Truppen“ abzuziehen."
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "Beide Seiten"


def test_long_vorfeld_ending_in_a_name_before_the_colon():
    text = ("Die Menge zog zum Rathaus, und der sich selbst gern als Retter inszenierende Unternehmer Max Kunz "
            "rief vor den Demonstranten aus: „Der Bürgermeister muss sofort zurücktreten!“")
    qs = directs(text)
    assert len(qs) == 1 and "Max Kunz" in qs[0].speaker.text


def test_follow_on_quotation_two_sentences_later_keeps_the_quoted_speaker():
    text = ("Der Teamchef Paul Krause sagte: „Wir haben viel gelernt.“ "
            "Doch finanzielle Sorgen scheint das Team nicht zu haben. "
            "„Wir haben längst neue Sponsoren gefunden.“")
    qs = directs(text)
    assert len(qs) == 2
    assert qs[1].speaker is not None and "Paul Krause" in qs[1].speaker.text
    assert "Anschlusszitat: Sprecher des vorigen wörtlichen Zitats" in qs[1].evidence


def test_follow_on_quotation_after_a_new_actor_is_not_carried_over():
    text = ("Der Teamchef Paul Krause sagte: „Wir haben viel gelernt.“ "
            "Der Sportdirektor Max Berger war in die Pläne eingeweiht. "
            "„Das Team braucht mehr Ruhe.“")
    qs = directs(text)
    assert len(qs) == 2
    assert "Anschlusszitat: Sprecher des vorigen wörtlichen Zitats" not in qs[1].evidence


def test_source_marker_right_before_the_quotation_names_its_speaker():
    text = ("Nachdem die Methode in der Praxis angekommen ist und man damit laut Klinikdirektor Hans Beck "
            "„jetzt vielen Paaren helfen kann“, suchen die Forscher nach neuen Wegen.")
    qs = directs(text)
    assert len(qs) == 1 and "Hans Beck" in qs[0].speaker.text


def test_quotation_after_an_actor_sentence_lets_free_indirect_speech_continue():
    text = ("Der ältere Bruder des Ministers, Georg Brandt, war seit langem eingeweiht. "
            "„Mein Bruder wünscht sich mehr Ruhe.“ Der Rücktritt sei ein „natürlicher Vorgang“.")
    qs = extract(nlp.parse(text))
    first = next(q for q in qs if q.text.startswith("„Mein"))
    assert first.speaker is not None and "Georg Brandt" in first.speaker.text
    later = [q for q in qs if q.sentence == 2 and q.kind == "free_indirect"]
    assert later and later[0].speaker is not None and "Georg Brandt" in later[0].speaker.text


def test_colon_after_words_of_a_named_person():
    text = "Die Menge jubelte lange. Zitat von Kanzler Peter Schmid: „Wir haben etwas erreicht.“"
    qs = directs(text)
    assert len(qs) == 1 and "Peter Schmid" in qs[0].speaker.text


def test_quotation_after_an_indirect_report_carries_its_speaker_on_to_free_indirect_speech():
    text = ("Nach Ansicht von Ministerpräsident Karl Wolf ist damit noch nichts entschieden. "
            "„Es ist nur ein Gutachten.“ Auch wenn das Gesetz falle, bestehe keine Gefahr.")
    qs = extract(nlp.parse(text))
    quote = next(q for q in qs if q.kind == "direct")
    assert quote.speaker is not None and "Karl Wolf" in quote.speaker.text
    assert "Anschlusszitat: Sprecher der vorigen Redewiedergabe" in quote.evidence


def test_text_named_in_a_locative_phrase_is_the_source():
    text = ("Im Entwurf für das neue Gesetz steht derzeit noch der Passus: "
            "„Die gespeicherten Daten sind nach der Ausgabe des Ausweises zu löschen.“")
    qs = directs(text)
    assert len(qs) == 1 and "Entwurf" in qs[0].speaker.text
    assert any(e.startswith("Quelle ist der Text") for e in qs[0].evidence)


def test_person_subject_keeps_the_quotation_despite_a_locative_phrase():
    text = "Im Interview mit der Zeitung fand der Trainer Paul Grimm deutliche Worte: „Das war viel zu wenig.“"
    qs = directs(text)
    assert len(qs) == 1 and "Paul Grimm" in qs[0].speaker.text


def test_fragment_in_a_konjunktiv_sentence_continues_the_speaker_of_the_sentence_before():
    text = ("An die Adresse der Kommission hatte Finanzminister Peter Steiner Positives zu vermelden. "
            "Erstmals seit Jahren sei der Haushalt „aller Voraussicht nach“ ausgeglichen.")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker is not None and "Peter Steiner" in qs[0].speaker.text


def test_heisst_es_before_the_colon_takes_the_text_opening_the_sentence():
    text = ("Im letzten Satz der Anordnung, die der Firma im Dezember zugestellt wurde, heißt es: "
            "„Die Firma darf die Existenz dieser Entscheidung nicht enthüllen.“")
    qs = directs(text)
    assert len(qs) == 1 and "Satz der Anordnung" in qs[0].speaker.text


def test_heisst_es_after_the_quotation_takes_the_text_after_it():
    text = ("Mit dem Preis werden Menschen ausgezeichnet, „die sich in besonderer Weise um die Aufklärung "
            "verdient gemacht haben“, heißt es auf der Webseite der Stiftung.")
    qs = directs(text)
    assert len(qs) == 1 and "Webseite der Stiftung" in qs[0].speaker.text


def test_so_heisst_es_later_in_the_sentence_names_the_text():
    text = ("Die Kosten sollen „durch mehr Effizienz und eine höhere Produktivität“ sinken, "
            "so heißt es in einer gemeinsamen Erklärung des Betriebsrates.")
    qs = directs(text)
    assert len(qs) == 1 and "Erklärung des Betriebsrates" in qs[0].speaker.text


def test_sentence_initial_source_marker_beats_a_speech_verb_in_a_relative_clause():
    text = ("Laut Polizei ist die Demonstration, zu der ein Bündnis vieler Gruppen aufgerufen hatte, "
            "„weitgehend störungsfrei“ verlaufen.")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "Polizei"


def test_sentence_initial_source_marker_only_relays_when_someone_speaks():
    text = "Laut der Zeitung nannte der Minister Karl Roth die Lage „äußerst angespannt“."
    qs = directs(text)
    assert len(qs) == 1 and "Karl Roth" in qs[0].speaker.text


def test_dort_points_to_the_text_named_in_the_sentence_before():
    text = ("Auf ihrer Homepage fanden sich Videos des Trainings. "
            "Auch das Motiv fand sich dort: „Wir glauben, dass ein großer Kampf bevorsteht.“")
    qs = directs(text)
    assert len(qs) == 1 and "ihrer Homepage" in qs[0].speaker.text


def test_fragment_after_two_konjunktiv_sentences_keeps_the_reported_speaker():
    text = ("Die Ministerin Eva Roth sagte, die Reform sei beschlossen. Die Schulen bekämen mehr Geld. "
            "Außerdem seien die Kosten „vollständig und dauerhaft gedeckt“.")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker is not None and "Eva Roth" in qs[0].speaker.text


def test_long_name_phrase_with_an_age_before_the_verb_speaks():
    text = ("Die Wetterdienste hatten gewarnt. Die das Unglück überlebende Anna Keller, 30, beschrieb im "
            "Krankenhaus den Hergang: „Die See war wirklich rau. Überall war Öl.“")
    qs = directs(text)
    assert len(qs) == 1 and "Anna Keller" in qs[0].speaker.text


def test_colon_after_an_object_whose_attribute_names_a_party():
    text = ("Jegliche Mitverantwortung für die Finanzaffäre im Bezirk der SPD weist Karin Hartwig von sich: "
            "„Diese Verantwortung kann nur der Vorsitzende übernehmen.“")
    qs = directs(text)
    assert len(qs) == 1 and "Karin Hartwig" in qs[0].speaker.text


def test_fronted_object_before_the_verb_leaves_the_speaker_after_it():
    text = ("Die streikenden Arbeiter, die vor dem Werk standen, beschrieb die Nachrichtenagentur unter Berufung "
            "auf die Polizei als „aggressiv“.")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "die Nachrichtenagentur"


def test_plural_verb_keeps_the_subject_before_it():
    text = "Die Schüler aus der zehnten Klasse fragten die Lehrerin: „Warum fällt der Unterricht heute aus?“"
    qs = directs(text)
    assert len(qs) == 1 and "Lehrerin" not in qs[0].speaker.text


def test_subordinate_clause_without_comma_before_sagte_er():
    text = ("Als ihm nach seiner Festnahme der Haftbefehl eröffnet worden war sagte er: "
            "„Ich habe nur mein Land verteidigt.“")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "er"


def test_reporting_verb_inside_free_indirect_speech_is_part_of_what_is_reported():
    text = ("Der Datenschützer Peter Schaar übte Kritik an den Plänen. Er bezeichnete sie als „Wortbruch“. "
            "Bisher habe die Bundesregierung eine „zentrale Referenzdatei“ ausgeschlossen.")
    qs = directs(text)
    assert len(qs) == 2
    assert qs[1].speaker is not None and qs[1].speaker.name == "Peter Schaar"


def test_colon_after_an_infinitive_clause_takes_the_main_clause_subject():
    text = ("Der Mitarbeiter Nick Braun hat weniger Hemmungen, seine Sympathien für die Partei offen zu zeigen: "
            "„Wir sind der Meinung, dass ihr Kampf legitim ist.“")
    qs = directs(text)
    assert len(qs) == 1 and "Nick Braun" in qs[0].speaker.text


def test_colon_inside_brackets_does_not_make_a_name_a_quotation():
    text = ("Die Kandidaten schlossen sich einer kleinen Partei an, der „Palang Prachachon“ "
            "(etwa: „Partei der Volksmacht“).")
    assert not any("Volksmacht" in q.text for q in directs(text))


def test_wie_clause_right_before_the_quotation_names_the_speaker():
    text = ("Der Abgeordnete Peter Schmidt kritisierte die Pläne. Die Speicherung der Daten oder, wie sich Schmidt "
            "ausdrückte, „das vorsorgliche Scannen“ der Bevölkerung stehe damit nicht im Einklang.")
    qs = directs(text)
    assert len(qs) == 1 and qs[0].speaker.text == "Schmidt"
