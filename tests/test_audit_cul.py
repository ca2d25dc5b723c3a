"""Audit of science, sports and culture reporting: faults a reader would see on new articles, on our own sentences."""

from __future__ import annotations

from _quotes_support import of_kind, only, sources_of


def test_actor_with_prepositional_phrase_and_relative_clause_speaks_the_next_konjunktiv():
    """„Ein Arzt aus …, der anonym bleiben möchte, schilderte …“: the verb of the relative clause is not the
    sentence's; its actor, not the speaker before, goes on in the Konjunktiv I sentence after it."""
    text = ("Der Kinderarzt Peter Lang warnte vor vollen Praxen. Ein Arzt aus einer Berliner Notaufnahme, der "
            "seinen Namen nicht nennen möchte, schilderte die Lage. Man arbeite seit Tagen am Limit.")
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.text == "Ein Arzt aus einer Berliner Notaufnahme"
    assert "Sprecher: Handelnder des vorigen Satzes" in q.evidence


def test_lower_case_judgement_after_nennen_is_a_quotation_not_a_title():
    """„nannte den Film „eine Zumutung …““: a title opens with a capital letter; the lower-case words are the
    critic's."""
    q = only("Der Kritiker Georg Seeßlen nannte den Film „eine Zumutung für jeden, der im Kino noch etwas "
             "erleben möchte“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Der Kritiker Georg Seeßlen"
    assert "Urteil nach „nennen“: klein geschriebener Wortlaut, kein Titel" in q.evidence
    q = only("Die Zeitung nannte das Buch „ein kluges und mutiges Werk“.", "direct")
    assert q.text == "„ein kluges und mutiges Werk“"


def test_capitalised_title_after_nennen_stays_no_quotation():
    """„nannte seinen Film „Die Vergessenen““ gives the title, not anybody's words."""
    assert not of_kind("Der Regisseur nannte seinen neuen Film „Die Vergessenen“.", "direct")


def test_title_after_in_beside_a_verb_of_appearing_is_no_quotation():
    """„die zuletzt in „Alle reden übers Wetter“ zu sehen war“: a film title, not the actress's words."""
    text = ("Die Hauptrolle spielt Corinna Harfouch, die zuletzt in „Alle reden übers Wetter“ zu sehen war. "
            "Sie sagte: „Ich musste nichts spielen, ich musste mich nur erinnern.“")
    q = only(text, "direct")
    assert q.text == "„Ich musste nichts spielen, ich musste mich nur erinnern.“"
    assert q.speaker is not None and q.speaker.name == "Corinna Harfouch"
    assert not of_kind("Der Schauspieler Jonas Brandt spielte zuletzt in „Wir sind die Neuen“ mit.", "direct")


def test_listed_organisation_in_the_genitive_is_one_organisation_source():
    """„Nach Angaben des Robert Koch-Instituts …“ and „teilte das RKI mit“ are one organisation (was: „Robert“,
    role „Koch-Instituts“, and a person „Robert Koch-Institut“)."""
    text = ("Nach Angaben des Robert Koch-Instituts wurden in der vergangenen Woche mehr als 12.000 Fälle gemeldet. "
            "Das sei fast doppelt so viel wie im Vorjahr, teilte das RKI mit.")
    by_name = sources_of(text)
    rki = by_name["Robert Koch-Institut"]
    assert rki.kind == "organisation" and rki.named and rki.role is None
    assert rki.counts["indirect"] == 2 and len(by_name) == 1


def test_organisation_noun_with_its_name_is_the_source_of_a_study():
    """„Laut einer Umfrage des Instituts Forsa“, „aus einer Studie der Universität Freiburg“: the named
    organisation speaks (was: „Forsa“/„Freiburg“, not named)."""
    by_name = sources_of("Laut einer Umfrage des Instituts Forsa halten 58 Prozent der Befragten eine Impfung für sinnvoll.")
    forsa = by_name["Institut Forsa"]
    assert forsa.kind == "organisation" and forsa.named
    by_name = sources_of("Laut einer Studie der Universität Freiburg schlafen viele Jugendliche zu wenig.")
    assert by_name["Universität Freiburg"].kind == "organisation"
    # an unnamed spokeswoman stays anonymous
    by_name = sources_of("Eine Sprecherin der Universität Freiburg erklärte, man prüfe die Daten.")
    assert all(s.kind == "anonymous" and not s.named for s in by_name.values()) and by_name


def test_plural_head_before_a_genitive_is_a_group_and_takes_up_plural_sie():
    """„Die Autoren der Studie fordern …“ is a group; „schreiben sie“ after it names the authors, not the
    university mentioned before."""
    text = ("Laut einer Studie der Universität Freiburg schlafen viele Jugendliche zu wenig. Die Autoren der Studie "
            "fordern, den Schulbeginn zu verschieben. In den USA hätten einige Bundesstaaten damit gute Erfahrungen "
            "gemacht, schreiben sie.")
    q = next(q for q in of_kind(text, "indirect") if q.cue is not None and q.cue.lemma == "schreiben")
    assert q.speaker is not None and q.speaker.name == "Autoren der Studie" and q.speaker.kind == "group"
    assert "Pronomen „sie“ → Autoren der Studie" in q.evidence


def test_von_der_after_a_full_name_is_the_affiliation_not_a_name_particle():
    """„Thomas Krüger von der Charité“: the name ends at the surname; „Ursula von der Leyen“ keeps its particles."""
    by_name = sources_of("Der Schlafmediziner Thomas Krüger von der Charité sagte, die Ergebnisse seien plausibel.")
    assert "Thomas Krüger" in by_name
    by_name = sources_of("Kommissionspräsidentin Ursula von der Leyen sagte, man werde handeln.")
    assert "Ursula von der Leyen" in by_name


def test_artists_and_coaches_before_their_names_give_the_full_name():
    """„Sänger Frederik Rabe“, „Gitarrist Finn Schwieters“: role noun and first name make the whole name the
    source (was: „Frederik“ and „Schwieters“)."""
    text = ("Sänger Frederik Rabe sagte, die Tour sei ausverkauft. Gitarrist Finn Schwieters ergänzte, dass die Band "
            "ihre Songs gemeinsam schreibe.")
    by_name = sources_of(text)
    assert by_name["Frederik Rabe"].role == "Sänger" and by_name["Frederik Rabe"].named
    assert by_name["Finn Schwieters"].role == "Gitarrist"


def test_unnamed_description_and_genitive_source_in_the_inventory():
    """„Der Manager der Band, der anonym bleiben möchte“ is not named; „Nach Angaben des Veranstalters“ is the
    source „Veranstalter“ (was: named, and „Veranstalters“)."""
    text = ("Der Manager der Band, der anonym bleiben möchte, berichtet, die Tour sei bereits ausverkauft. "
            "Nach Angaben des Veranstalters kamen zum Auftakt rund 8.000 Menschen.")
    by_name = sources_of(text)
    assert not by_name["Manager der Band"].named
    assert "Veranstalter" in by_name and not by_name["Veranstalter"].named


def test_ordinal_before_a_role_is_no_part_of_it():
    """„… auf Rang 14. Sportdirektor Peter Christiansen …“: the role is „Sportdirektor“, not „14. Sportdirektor“."""
    text = ("Die Wölfe stehen nur auf Rang 14. Sportdirektor Peter Christiansen gab sich trotzdem gelassen: "
            "„Wir geraten nicht in Panik.“")
    assert sources_of(text)["Peter Christiansen"].role == "Sportdirektor"


def test_dateline_opening_a_paragraph_is_no_part_of_the_content_or_speaker():
    """„Freiburg – Mehr als die Hälfte … . Das geht aus einer Studie … hervor“: the content starts after the
    dateline; „Berlin – Die Ministerin warnte …“: the speaker is „Die Ministerin“."""
    text = ("Schlaf in der Schule\n\nFreiburg – Mehr als die Hälfte der Jugendlichen schläft zu wenig. Das geht aus "
            "einer Studie der Universität Freiburg hervor.")
    q = only(text, "indirect")
    assert q.text == "Mehr als die Hälfte der Jugendlichen schläft zu wenig"
    q = only("Grippe\n\nBerlin/Brüssel (dpa) – Die Ministerin sagte, man sei gut vorbereitet.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Ministerin"
    assert "Subjekt im Vorfeld" in q.evidence
    q = only("Grippe\n\nBerlin – Die Ministerin warnte vor einer Grippewelle.", "reported")
    assert q.speaker is not None and q.speaker.text == "Die Ministerin"


INTERVIEW = ("Sänger Frederik Rabe spricht über das neue Album.\n\nFrage: Sind Sie vor Konzerten noch nervös?\n\n"
             "Rabe: Jedes Mal. Ich glaube, das gehört dazu.\n\nFrage: Stört Sie der Spitzname?\n\n"
             "Rabe: Überhaupt nicht. Wir sind ja die Jungs aus Hamm.\n\nHintergrund: Die Tour führt durch zwölf Städte.")


def test_answers_of_a_question_and_answer_interview_are_the_interviewees_words():
    """„Rabe: Jedes Mal. …“ after „Frage: …“: the answer paragraph is Rabe's direct speech; the questions and a
    heading („Hintergrund:“) are nobody's quotation."""
    answers = of_kind(INTERVIEW, "direct")
    assert [q.text for q in answers] == ["Jedes Mal. Ich glaube, das gehört dazu.",
                                         "Überhaupt nicht. Wir sind ja die Jungs aus Hamm."]
    assert all(q.speaker is not None and q.speaker.name == "Frederik Rabe" for q in answers)
    assert "Interview: Worte von „Rabe:“ (wörtliche Rede ohne Anführungszeichen)" in answers[0].evidence
    assert not any("Ich glaube" in q.text for q in of_kind(INTERVIEW, "indirect", "free_indirect"))


def test_name_and_colon_without_interview_questions_is_no_answer():
    """Without a „Frage:“ paragraph a „Name:“ line is no interview answer."""
    assert not of_kind("Rabe: Jedes Mal. Ich glaube, das gehört dazu.\n\nDie Band spielt heute in Köln.", "direct")


def test_nach_der_vorstellung_is_a_time_not_a_source():
    """„erklärte Steckel nach der Vorstellung“: after the performance; Steckel speaks and goes on (was: the
    source „Vorstellung“ relayed her words and spoke the next sentence); „nach Vorstellung der Regierung“ is one."""
    text = ("»Wir wollten den Stoff in die Gegenwart holen«, erklärte Regisseurin Julia Steckel nach der Vorstellung. "
            "Goethes Text sei erstaunlich modern.")
    found = of_kind(text)
    assert [q.kind for q in found] == ["direct", "free_indirect"]
    assert all(q.speaker is not None and q.speaker.name == "Julia Steckel" and q.relay is None for q in found)
    q = only("Nach Vorstellung der Regierung soll das Gesetz im Mai gelten.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Regierung"


def test_konjunktiv_after_the_colon_of_a_persons_clause_is_that_persons():
    """„Steckel hatte darauf gelassen reagiert: Sie lese keine Kritiken“: the person before the colon speaks, not
    the critics of the sentence before."""
    text = ("Mehrere Kulturpolitiker hatten kritisiert, das Stück werde zur Show verkommen. Regisseurin Julia "
            "Steckel hatte darauf gelassen reagiert: Sie lese keine Kritiken vor der Premiere.")
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.name == "Julia Steckel"
    assert "Sprecher: Subjekt des Satzes vor dem Doppelpunkt" in q.evidence


def test_medium_named_by_its_title_in_marks_is_a_named_organisation():
    """„Das „Hamburger Abendblatt“ schrieb …“: the source is „Hamburger Abendblatt“, a named organisation (was:
    the name with its quotation marks, anonymous); „Die Zeitung“ stays unnamed."""
    by_name = sources_of("Das „Hamburger Abendblatt“ schrieb, die Inszenierung sei bildgewaltig, aber seelenlos.")
    paper = by_name["Hamburger Abendblatt"]
    assert paper.kind == "organisation" and paper.named
    assert not sources_of("Die Zeitung schrieb, die Inszenierung sei seelenlos.")["Zeitung"].named


def test_judgement_in_marks_after_a_medium_named_in_marks():
    """„Die „Süddeutsche Zeitung“ lobte den Film als „mutig und zärtlich zugleich““: the second marks are the
    paper's wording (was: missed, the subject in marks was not taken)."""
    q = only("Die „Süddeutsche Zeitung“ lobte den Film als „mutig und zärtlich zugleich“.", "direct")
    assert q.text == "„mutig und zärtlich zugleich“"
    assert q.speaker is not None and q.speaker.name == "Süddeutsche Zeitung" and q.speaker.kind == "organisation"


def test_first_name_the_tagger_reads_as_a_verb_after_a_role():
    """„Regisseurin Jette Steckel“ („Jette“ tagged as the imperative of „jetten“): the full name is the source."""
    text = ("Für Regisseurin Jette Steckel gab es auch Buhrufe. »Wir wollten den Stoff in die Gegenwart holen«, "
            "erklärte Steckel.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Jette Steckel"


def test_direct_quotation_right_after_a_dateline_has_its_speaker_after_the_verb():
    """„Hamburg – »Das war nichts«, sagte der Trainer.“: the quotation opens the content after the dateline; the
    speaker is „der Trainer“ (was: the quotation itself, as indirect and direct speech)."""
    text = "Derby\n\nHamburg – »Das war nichts«, sagte der Trainer. Die Mannschaft sei nicht bereit gewesen."
    found = of_kind(text)
    assert [q.kind for q in found] == ["direct", "free_indirect"]
    assert all(q.speaker is not None and q.speaker.text == "der Trainer" for q in found)
    assert "Redeeinleitung nach Anführungszeichen" in found[0].evidence


def test_short_quotation_without_a_verb_before_a_postposed_frame():
    """„»Nein«, sagte der Trainer.“: a one-word quotation without a verb before „, sagte X“ is framed by that verb
    (was: missed as a title or scare quote); a longer one („„Auf keinen Fall“, erklärte …“) keeps its speaker."""
    q = only("»Nein«, sagte der Trainer nach dem Spiel.", "direct")
    assert q.text == "»Nein«" and q.speaker is not None and q.speaker.text == "der Trainer"
    assert "Redeeinleitung nach Anführungszeichen" in q.evidence
    q = only("„Auf keinen Fall“, erklärte Ministerin Anna Roth.", "direct")
    assert q.speaker is not None and q.speaker.name == "Anna Roth"
