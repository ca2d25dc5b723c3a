"""Audit of political reporting (press conferences, debates, summits, diplomacy), on sentences written for
these tests: speakers by role and party epithet, source markers, impersonal frames, agency reports."""

from __future__ import annotations

from _quotes_support import only, quotes_of, sources_of


def test_masculine_role_does_not_name_a_woman_with_the_feminine_role():
    text = ("Außenministerin Lena Hartmann sagte, die Lage sei ernst. Ihr Amtskollege Pavel Novak wies das "
            "zurück. Der Minister betonte, Prag sei an guten Beziehungen interessiert.")
    q = next(q for q in quotes_of(text) if q.text.startswith("Prag"))
    assert q.speaker.text == "Der Minister" and q.speaker.name != "Lena Hartmann"


def test_feminine_role_alone_still_names_the_minister_introduced_before():
    q = next(q for q in quotes_of("Innenministerin Sabine Krug sagte, die Lage sei ernst. "
                                  "Die Ministerin betonte, man sei vorbereitet.") if q.text.startswith("man"))
    assert q.speaker.name == "Sabine Krug"
    assert "Rolle „Die Ministerin“ → Sabine Krug" in q.evidence


def test_party_role_without_name_refers_back_to_the_politician_before():
    text = "Fraktionschef Lukas Brenner hielt dagegen. „Das kommt viel zu spät“, rief der CDU-Vorsitzende."
    q = only(text, "direct")
    assert q.speaker.text == "der CDU-Vorsitzende" and q.speaker.name == "Lukas Brenner"
    assert any(e.startswith("Bezeichnung „der CDU-Vorsitzende“ ohne Namen") for e in q.evidence)


def test_party_role_without_name_skips_a_woman_before():
    text = "Die Grünen-Chefin Maren Lorenz sagte, sie sei enttäuscht. Der FDP-Vorsitzende widersprach: „Das ist falsch.“"
    q = only(text, "direct")
    assert q.speaker.text == "Der FDP-Vorsitzende" and q.speaker.name != "Maren Lorenz"


def test_christdemokrat_refers_back_to_the_named_politician():
    text = ("CDU-Haushaltsexperte Tobias Reinhold warf der Regierung vor, sie verschleiere ein Milliardenloch. "
            "Der Christdemokrat kündigte an, seine Fraktion werde klagen.")
    q = next(q for q in quotes_of(text) if q.text.startswith("seine Fraktion"))
    assert q.speaker.name == "Tobias Reinhold"


def test_nach_ansicht_with_possessive_names_the_owner_not_the_opinion():
    q = only("Nach Ansicht ihrer Fraktion drohe eine Klagewelle vor Gericht.", "indirect")
    assert q.speaker.text == "ihrer Fraktion" and q.cue.text == "Nach Ansicht"


def test_nach_angaben_aus_names_where_the_information_comes_from():
    q = only("Nach Angaben aus Delegationskreisen verlief das Gespräch sehr angespannt.", "indirect")
    assert q.speaker.text == "Delegationskreisen"
    q = only("Nach Angaben der Polizei wurde niemand verletzt.", "indirect")
    assert q.speaker.text == "der Polizei"


def test_postposed_verlauten_with_source_phrase_frames_the_content_before():
    q = only("Die Ministerin habe auf Zugang für Beobachter gedrungen, verlautete aus dem Auswärtigen Amt.")
    assert q.kind == "indirect" and q.text == "Die Ministerin habe auf Zugang für Beobachter gedrungen"
    assert q.speaker.text == "dem Auswärtigen Amt" and "nachgestellte Redeeinleitung" in q.evidence
    q = only("Die Gespräche seien gescheitert, verlautete am Abend aus Regierungskreisen.")
    assert q.kind == "indirect" and q.speaker.text == "Regierungskreisen"


def test_wie_clause_before_an_agreement_without_content_still_reports_the_sentence():
    q = only("Wie die Agentur Reuters berichtete, einigten sich die Regierungschefs auf eine Formel.")
    assert q.kind == "indirect" and q.cue.lemma == "berichten"
    assert q.text == "einigten sich die Regierungschefs auf eine Formel"
    assert "Reuters" in q.speaker.text


def test_wie_clause_before_an_agreement_with_content_relays_it():
    q = only("Wie Reuters berichtete, einigten sich die Chefs darauf, die Sanktionen zu verlängern.")
    assert q.speaker.text == "die Chefs" and q.relay is not None and q.relay.text == "Reuters"


def test_unnamed_circles_are_anonymous_and_named_in_the_nominative():
    src = sources_of("Aus Regierungskreisen hieß es, man sei auf gutem Weg.")["Regierungskreise"]
    assert src.kind == "anonymous" and not src.named


def test_institution_of_two_words_is_an_organisation_not_a_person():
    by_name = sources_of("Aus dem Auswärtigen Amt verlautete, die Ministerin habe gedrängt. "
                       "Der Bund der Steuerzahler forderte, die Subventionen zu streichen. "
                       "Der Sprecher Jonas Weber sagte, man sei besorgt.")
    assert by_name["Auswärtiges Amt"].kind == "organisation"
    assert by_name["Bund der Steuerzahler"].kind == "organisation"
    assert by_name["Jonas Weber"].kind == "person"


def test_role_and_affiliation_of_party_compounds_and_office_heads():
    by_name = sources_of("Der Linken-Politiker Gerd Falk meinte, das sei falsch. "
                       "Kanzleramtschef Rolf Imhof sagte, das sei richtig.")
    assert by_name["Gerd Falk"].affiliation == "Die Linke"
    assert by_name["Rolf Imhof"].role == "Kanzleramtschef"


def test_dateline_is_neither_speaker_nor_content():
    q = only("Peking – Außenministerin Lena Hartmann hat bei ihrem Besuch vor einer Eskalation gewarnt.")
    assert q.kind == "reported" and q.speaker.text == "Außenministerin Lena Hartmann"
    assert q.text.startswith("Außenministerin")
    q = only("Titel\n\nFrankfurt (dpa) – Der Streik geht weiter, sagte die Sprecherin.")
    assert q.kind == "indirect" and q.text == "Der Streik geht weiter"


def test_dash_inside_a_sentence_is_no_dateline():
    q = only("Die Lage ist ernst – und sie wird schlimmer, sagte die Sprecherin.")
    assert q.text == "Die Lage ist ernst – und sie wird schlimmer"


def test_question_put_to_a_spokesman_is_no_free_indirect_speech():
    qs = quotes_of("Ein Sprecher wies die Vorwürfe zurück. Auf Nachfrage, ob weitere Kürzungen geplant seien, "
                   "wollte sich der Sprecher nicht äußern.")
    assert [q.kind for q in qs] == ["reported"]


def test_konjunktiv_after_auf_nachfrage_without_a_question_still_continues_the_report():
    qs = quotes_of("Der Minister sprach von einem Erfolg. Auf Nachfrage sei er aber ausgewichen.")
    q = next(q for q in qs if q.kind == "free_indirect")
    assert q.text == "Auf Nachfrage sei er aber ausgewichen." and q.speaker.text == "Der Minister"


def test_stance_adjective_inside_free_indirect_speech_is_part_of_the_passage():
    qs = quotes_of("Der Präsident sagte, die Ukraine müsse Reformen umsetzen. "
                   "Washington sei aber bereit, Kiew langfristig zu unterstützen.")
    assert [q.kind for q in qs] == ["indirect", "free_indirect"]
    assert qs[1].speaker.text == "Der Präsident"
    assert "Haltung im Konjunktiv: sei bereit" in qs[1].evidence


def test_stance_adjective_outside_a_passage_still_frames_its_holder():
    q = only("Washington ist bereit, Kiew langfristig zu unterstützen.")
    assert q.kind == "indirect" and q.speaker.text == "Washington" and q.cue.lemma == "sein bereit"


def test_interview_label_before_the_colon_is_not_part_of_the_subject():
    q = only("SPIEGEL: Der Kanzler hat Ihnen vorgeworfen, Sie würden die Koalition beschädigen.")
    assert q.kind == "indirect" and q.speaker.text == "Der Kanzler"
    q = only("Hintergrund: Die Regierung hatte erklärt, sie werde klagen.")
    assert q.speaker.text == "Die Regierung"


def test_colon_introduction_still_names_its_speaker():
    q = only("Der Minister sagte: „Wir werden klagen.“")
    assert q.kind == "direct" and q.speaker.text == "Der Minister"


def test_agency_report_names_the_source_it_relies_on_in_the_evidence():
    q = only("Wie die Nachrichtenagentur Reuters unter Berufung auf einen hochrangigen Diplomaten berichtete, "
             "ist die Einigung perfekt.")
    assert "Reuters" in q.speaker.text  # the agency vouches for the report
    assert "Die Quelle beruft sich auf: einen hochrangigen Diplomaten" in q.evidence
    q = only("Die Einigung sei perfekt, meldete die Agentur AFP unter Berufung auf Regierungskreise.")
    assert q.speaker.text == "die Agentur AFP" and "Die Quelle beruft sich auf: Regierungskreise" in q.evidence


def test_report_without_a_cited_origin_has_no_such_evidence():
    q = only("Die Agentur Reuters berichtete, die Einigung sei perfekt.")
    assert not any(e.startswith("Die Quelle beruft sich") for e in q.evidence)


INTERVIEW = ("Die Grünen-Politikerin Hanna Seidel über den Haushalt. Das Gespräch führte Jan Roth.\n\n"
             "SPIEGEL: Frau Seidel, Ihre Partei liegt bei acht Prozent. Macht Ihnen das Angst?\n\n"
             "Seidel: Angst ist ein schlechter Ratgeber. Der Kanzler sagt, wir seien schuld.\n\n"
             "SPIEGEL: Wie geht es weiter?\n\n"
             "Seidel: Ich gehe nach Brüssel.")


def test_interview_turns_are_direct_quotations_of_their_label():
    qs = quotes_of(INTERVIEW)
    assert [q.kind for q in qs] == ["direct"] * 4
    assert qs[1].text == "Angst ist ein schlechter Ratgeber. Der Kanzler sagt, wir seien schuld."
    assert qs[1].speaker.name == "Hanna Seidel" and qs[0].speaker.text == "SPIEGEL"
    assert any(e.startswith("Interview: Worte von „Seidel:“") for e in qs[1].evidence)


def test_generic_interview_labels_name_no_speaker_and_questions_quote_nobody():
    qs = quotes_of("Frage: Wie geht es weiter?\n\nAntwort: Wir werden klagen.\n\nFrage: Wann?\n\n"
                   "Antwort: Sobald das Urteil vorliegt.")
    assert [q.text for q in qs] == ["Wir werden klagen.", "Sobald das Urteil vorliegt."]
    assert all(q.speaker is None for q in qs)


def test_results_table_and_single_label_are_no_interview():
    assert quotes_of("Ghana - Australien: 1:1 (1:1)\nNiederlande - Japan: 1:0\nKamerun - Dänemark: 1:2\n") == []
    q = only("Hintergrund: Die Regierung hatte erklärt, sie werde klagen.\n\nMerkel: „Wir schaffen das.“", "direct")
    assert q.speaker.text == "Merkel" and q.text == "„Wir schaffen das.“"


def test_laut_source_with_relative_clause_relays_the_speaker_of_the_main_clause():
    q = only("Laut dem Protokoll der Sitzung, das der Zeitung vorliegt, sagte Weber, er werde nicht kandidieren.")
    assert q.speaker.text == "Weber" and q.relay is not None and q.relay.text == "dem Protokoll der Sitzung"


def test_laut_source_and_another_clause_with_its_own_speaker_stay_apart():
    qs = quotes_of("Laut Polizei kamen drei Menschen ums Leben, die Feuerwehr sprach von vier Toten.")
    assert [(q.kind, q.speaker.text, q.relay) for q in qs] == [("indirect", "Polizei", None),
                                                               ("reported", "die Feuerwehr", None)]


def test_message_through_a_spokesman_is_relayed_by_him():
    q = only("Die Kanzlerin ließ über ihren Sprecher mitteilen, sie sei enttäuscht.")
    assert q.speaker.text == "Die Kanzlerin" and q.relay is not None and q.relay.text == "ihren Sprecher"
    assert "Weitergegeben über: ihren Sprecher („ließ … über … mitteilen“)" in q.evidence
    q = only("Der Sänger ließ über seinen Anwalt ausrichten, er bedaure den Vorfall.")
    assert q.kind == "indirect" and q.cue.lemma == "ausrichten" and q.speaker.text == "Der Sänger"
    assert q.relay.text == "seinen Anwalt"


def test_lassen_without_messenger_or_ausrichten_without_content_has_no_relay_or_report():
    q = only("Die Ministerin ließ mitteilen, sie sei enttäuscht.")
    assert q.relay is None and q.speaker.text == "Die Ministerin"
    assert quotes_of("Der Bürgermeister richtete die Grüße der Stadt aus.") == []


def test_short_nationality_noun_refers_back_to_the_named_person():
    text = ("Der Regierungschef aus Kopenhagen, Lars Holm, warnte, Russland teste die Nato. "
            "Man dürfe nicht naiv sein, so der Däne.")
    q = next(q for q in quotes_of(text) if q.text.startswith("Man"))
    assert q.speaker.text == "der Däne" and q.speaker.name == "Lars Holm"


def test_party_in_brackets_after_a_surname_is_not_the_speaker_name():
    q = only("Merz (CDU) sagte, er sei gesprächsbereit.")
    assert q.speaker.text == "Merz (CDU)" and q.speaker.name == "Merz" and q.speaker.kind == "person"
    q = only("Die Kommission (EU) erklärte, man sei bereit.")
    assert q.speaker.text == "Die Kommission (EU)"


def test_spokesman_of_a_named_politician_is_not_the_politician():
    by_name = sources_of("Ein Sprecher von Außenministerin Lena Hartmann sagte, man prüfe den Vorgang.")
    src = by_name["Sprecher von Lena Hartmann"]
    assert src.kind == "anonymous" and not src.named
    q = only("Ein Sprecher von Außenministerin Lena Hartmann sagte, man prüfe den Vorgang.")
    assert "„Ein Sprecher von Außenministerin Lena Hartmann“: spricht für Lena Hartmann, ist aber nicht Lena " \
           "Hartmann selbst" in q.evidence


def test_spokeswoman_named_in_apposition_or_of_an_institution_keeps_her_name():
    assert "Maria Lang" in sources_of("Die Sprecherin der Stadt, Maria Lang, sagte, man öffne die Schulen.")
    assert "Maria Lang" in sources_of("Die Sprecherin der Stadt Maria Lang sagte, man öffne die Schulen.")
    assert "Finanzministerium" in sources_of("Ein Sprecher des Finanzministeriums sagte, man prüfe das.")


def test_quantifier_between_article_and_noun_keeps_the_subject():
    q = only("Die beiden Politiker betonten, die Unterstützung werde fortgesetzt.")
    assert q.speaker is not None and q.speaker.text == "Die beiden Politiker"
    q = only("Die Politiker betonten, die Unterstützung werde fortgesetzt.")
    assert q.speaker.text == "Die Politiker"


def test_family_name_first_resolves_to_the_full_name():
    assert "Wang Yi" in sources_of("Die Ministerin traf ihren Amtskollegen Wang Yi. Taiwan sei ein Teil Chinas, sagte Wang.")


def test_first_name_or_place_of_a_longer_name_is_not_resolved_to_it():
    by_name = sources_of("Die Washington Post berichtete darüber. Washington erklärte, man sei bereit.")
    assert "Washington" in by_name and "Washington Post" not in by_name


def test_dem_vernehmen_nach_names_no_source():
    q = only("Dem Vernehmen nach soll der Minister seinen Rücktritt angeboten haben.")
    assert q.kind == "indirect" and q.speaker.name == "ungenannte Quelle" and q.speaker.kind == "anonymous"
    assert "„dem Vernehmen nach“: Hörensagen, die Quelle wird nicht genannt" in q.evidence
    qs = quotes_of("Der Minister sagte, die Lage sei ernst. Dem Vernehmen nach soll er seinen Rücktritt angeboten haben.")
    assert qs[1].speaker.name == "ungenannte Quelle"


def test_possessive_opinion_marker_still_has_a_source():
    q = only("Nach Ansicht der Grünen drohe eine Klagewelle.")
    assert q.speaker.text == "der Grünen"


def test_possessive_before_an_opinion_noun_names_its_owner():
    q = only("Karl Berg kritisierte den Plan. Seiner Einschätzung nach drohe ein Desaster.", "indirect")
    assert q.speaker.text == "Seiner Einschätzung" and q.speaker.name == "Karl Berg"
    assert "Possessivpronomen „Seiner“ → Karl Berg" in q.evidence


def test_possessive_before_a_group_noun_is_not_resolved_to_a_person():
    q = next(q for q in quotes_of("Die Abgeordnete Clara Bünger kritisierte den Entwurf. "
                                  "Nach Ansicht ihrer Fraktion drohe eine Klagewelle.") if q.text.startswith("drohe"))
    assert q.speaker.text == "ihrer Fraktion" and q.speaker.name != "Clara Bünger"


def test_beide_is_a_group_not_a_person():
    src = sources_of("Biden und Scholz trafen sich im Weißen Haus. Beide betonten, die Unterstützung werde fortgesetzt.")
    assert src["Biden und Scholz"].kind == "group" and not src["Biden und Scholz"].named  # „Beide“ → the two
    assert sources_of("Ein Diplomat sagte, man sei einig.")["Ein Diplomat"].kind == "anonymous"
