"""Subject finding by German word order (Vorfeld, Mittelfeld, appositions), on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind

from medialit import nlp
from medialit.quotes import extract


def speaker_of(text: str, kind: str | None = None) -> str:
    found = [q for q in extract(nlp.parse(text)) if kind is None or q.kind == kind]
    assert found, "no quotation found"
    assert found[0].speaker is not None, [(q.kind, q.text) for q in found]
    return found[0].speaker.text


def test_nominative_pronoun_after_the_verb_beats_an_object_in_the_vorfeld():
    text = "Die Anwohner der Straße forderte er am Abend auf, ihre Autos umzuparken."
    assert speaker_of(text) == "er"


def test_accusative_vorfeld_is_not_the_subject():
    text = "Den Schaden an der Brücke beziffert die Baubehörde auf zwei Millionen Euro."
    assert "Baubehörde" in speaker_of(text, "reported")


def test_vorfeld_with_appositions_and_brackets_before_the_finite_verb():
    text = ("Die beiden Regierungsparteien, die Bürgerpartei (BP) und die Volksliga (VL), hatten erklärt, "
            "am Montag ein Misstrauensvotum einzuleiten.")
    assert speaker_of(text) == "Die beiden Regierungsparteien, die Bürgerpartei (BP) und die Volksliga (VL)"


def test_vorfeld_with_apposition_and_relative_clause():
    text = ("Jana Kowalski, die Ministerin für Umwelt, die seit Mai im Amt ist, sagte am Rande des Treffens: "
            "„Wir brauchen klare Regeln.“")
    assert speaker_of(text, "direct") == "Jana Kowalski, die Ministerin für Umwelt"


def test_participle_attribute_and_age_in_the_vorfeld():
    text = "Die den Unfall überlebende Petra M., 41, beschrieb im Krankenhaus den Hergang: „Alles ging sehr schnell.“"
    assert "Petra M." in speaker_of(text, "direct")


def test_long_subject_with_prepositional_attributes_and_apposition():
    text = ("Der Vertreter der Bauern im Beirat der Agentur für Landwirtschaft (AfL), Otto Brenner, hat in einem "
            "Interview gefordert, dass die Regeln gelockert werden.")
    assert "Otto Brenner" in speaker_of(text, "indirect")


def test_passive_agent_that_does_not_hang_on_a_noun():
    text = "In vielen Regionen wird die Gefahr von Überschwemmungen vom Landesamt für Umwelt als „sehr hoch“ eingestuft."
    assert "Landesamt" in speaker_of(text, "reported")


def test_quoted_person_speaks_when_a_medium_cites_them_in_the_passive():
    text = "Zur Lage des Vereins wird Kramer auf der Internetseite von Eintracht Neustadt so zitiert: „Wir sind stabil.“"
    assert speaker_of(text, "direct") == "Kramer"


def test_correlative_coordination_is_one_subject():
    text = "Sowohl die Stadtverwaltung als auch die Feuerwehr kündigten eine Untersuchung an."
    assert speaker_of(text, "reported") == "Sowohl die Stadtverwaltung als auch die Feuerwehr"


def test_coordinated_adjectives_before_the_noun():
    text = "Französische und belgische Zeitungen werfen dem Minister offen Wortbruch vor."
    assert speaker_of(text, "reported") == "Französische und belgische Zeitungen"


def test_name_in_quotation_marks_after_the_article():
    text = "Der „Stadtanzeiger“ hatte am Morgen berichtet, das Rathaus solle verkauft werden."
    assert "Stadtanzeiger" in speaker_of(text)


def test_nominalised_adjective_the_tagger_reads_as_attribute():
    text = "Am Montag sagte der 67-jährige in einem Interview, dass er sich zurückziehen werde."
    assert speaker_of(text, "indirect") == "der 67-jährige"


def test_present_plural_read_as_infinitive_is_the_finite_verb():
    text = "Die Geologen vermuten, dass die Ursache in einem alten Stollen liegt."
    assert speaker_of(text, "indirect") == "Die Geologen"


def test_conjunction_before_the_vorfeld():
    text = "Aber Anwohner berichteten, es sei schon vorher laut gewesen."
    assert speaker_of(text, "indirect") == "Anwohner"


def test_singular_verb_rejects_a_plural_vorfeld():
    text = "Die streikenden Arbeiter, die vor dem Tor standen, beschrieb die Zeitung als „entschlossen“."
    assert speaker_of(text, "direct") == "die Zeitung"


def test_one_person_with_two_roles_stays_singular():
    text = "Der frühere Bürgermeister und Landrat Hans Weber warnte die Regierung vor einem „faulen Kompromiss“."
    assert "Hans Weber" in speaker_of(text)


def test_a_name_in_the_mittelfeld_is_not_a_speaker_when_it_only_modifies_a_noun():
    text = "Meteorologen kündigen für die nächsten Tage in ganz Bayern Gewitter an, die heftig werden sollen."
    assert speaker_of(text, "reported") == "Meteorologen"


def test_known_person_the_tagger_reads_as_adjective():
    text = ("Der Bürgerrechtler Anatol Kowalewitsch wurde am Freitag freigelassen. "
            "Kowalewitsch kritisierte die Haltung der Behörden als „reine Schikane“.")
    qs = of_kind(text, "direct")
    assert qs and qs[0].speaker is not None and qs[0].speaker.text == "Kowalewitsch"


def test_quoted_organisation_name_with_a_verb_inside_the_vorfeld():
    text = "Jan Koch von der „Aktion Hilfe kommt an“ sagte, es gebe in der Stadt zu wenige Notunterkünfte."
    assert speaker_of(text, "indirect") == "Jan Koch von der „Aktion Hilfe kommt an“"


def test_time_adverbial_in_the_vorfeld_is_not_the_subject():
    text = "Ende März verkündete der Landessportbund offiziell, dass man sich um die Spiele bewerben werde."
    assert speaker_of(text, "indirect") == "der Landessportbund"


def test_clause_cut_inside_brackets_keeps_its_subject():
    text = ("Bürgermeisterin Karin Lorenz (SPD) hat bei einem Treffen mit ihrem Amtskollegen Jan Novak (ODS, dt. etwa "
            "Bürgerpartei) bekräftigt, die Partnerschaft der Städte werde fortgesetzt.")
    assert speaker_of(text, "indirect") == "Bürgermeisterin Karin Lorenz (SPD)"


def test_relative_clause_with_a_preposition_has_its_own_subject():
    text = "Der Mann hinterließ einen Brief, in dem er verlangte, dass die Polizei nicht eingeschaltet werde."
    assert speaker_of(text, "indirect") == "er"


def test_demonstrative_pronoun_after_the_finite_verb():
    text = "In einem Gespräch mit dem Anwalt der Familie, Tom Berger, sagte dieser, dass sein Mandant unschuldig sei."
    assert speaker_of(text, "indirect") == "dieser"


def test_focus_adverb_before_the_only_noun_phrase_in_the_vorfeld():
    text = "Einzig Nintendo gab bekannt, für die Konsole ein Update anbieten zu wollen."
    assert speaker_of(text, "indirect") == "Nintendo"


def test_organisation_referred_to_by_es():
    text = "Das Institut hat sich inzwischen geäußert. Es weist den Vorwurf als haltlos zurück."
    assert speaker_of(text, "reported") == "Es"


def test_coordinated_main_clauses_share_the_subject_across_a_comma():
    text = ("Die Abgeordnete Eva Brandt wollte sich nach dem Treffen noch nicht festlegen, sagte aber, "
            "die Fraktion müsse „sehr genau hinschauen“.")
    assert "Eva Brandt" in speaker_of(text, "indirect")


def test_person_after_the_verb_when_the_vorfeld_only_mentions_a_role_in_a_genitive():
    text = ("Die praktische Umsetzung der Vorgaben des Ministers stellte der Landrat Peter Kranz ebenfalls in Frage: "
            "„Das ist nicht machbar.“")
    assert "Peter Kranz" in speaker_of(text, "direct")


def test_present_tense_read_as_participle_after_a_comma_split_vorfeld():
    text = ("Die Vertreter der Bauern, darunter auch der Landesverband, verwiesen auf die Verantwortung, "
            "die man gegenüber den Kindern wahrnehmen müsse.")
    assert speaker_of(text, "indirect").startswith("Die Vertreter der Bauern")


def test_object_with_relative_clause_in_the_vorfeld_and_an_organisation_after_the_verb():
    text = ("Die Zahl der Verletzten, die in Krankenhäusern behandelt werden mussten, bezifferte die "
            "Nachrichtenagentur Reuters am Abend mit 40.")
    assert "Reuters" in speaker_of(text, "reported")


def test_source_of_verlauten():
    text = "Aus Regierungskreisen verlautete, dies sei nur ein Gerücht."
    assert speaker_of(text, "indirect") == "Regierungskreisen"


def test_inverted_subject_with_a_name_in_apposition():
    text = "Jetzt gab der Leiter der Kriminalpolizei, Andreas Huber, bekannt, dass der Täter gefasst sei."
    found = of_kind(text, "indirect")
    assert found and found[0].speaker.text == "der Leiter der Kriminalpolizei, Andreas Huber"
    assert found[0].speaker.name == "Andreas Huber"


def test_finite_lassen_with_verlauten():
    text = "„Wir prüfen den Antrag sorgfältig“, ließ ein Sprecher der Kommission am Abend verlauten."
    assert speaker_of(text, "direct") == "ein Sprecher der Kommission"


def test_passive_report_without_agent_names_its_source_document():
    text = "In einem Bericht der Landeszeitung wurde vermutet, dass niemand das Unglück überlebt hat."
    assert speaker_of(text, "indirect") == "einem Bericht der Landeszeitung"


def test_heisst_es_bei_an_agency():
    text = "Bei der Agentur Interfax hieß es, dass es zwei Explosionen gegeben haben soll."
    assert speaker_of(text, "indirect") == "der Agentur Interfax"


def test_missed_sentence_boundary_before_a_capitalised_article():
    text = ("Die Hochschule berief sich dabei auf Artikel 12 des Gesetzes Die Hochschule hatte am Montag erklärt, "
            "sie wolle den Fall erneut prüfen.")
    assert speaker_of(text, "indirect") == "Die Hochschule"


def test_relative_clause_without_its_comma():
    text = "Der Mann hinterließ einen Zettel in dem er verlangte, dass die Polizei nicht eingeschaltet werde."
    assert speaker_of(text, "indirect") == "er"


def test_demonstrative_after_so_names_the_speaker():
    text = "„Die Tiere leiden den ganzen Sommer“, so letztere."
    assert speaker_of(text, "direct") == "letztere"


def test_a_subject_found_by_word_order_keeps_a_german_reason():
    from medialit.quotes.base import _Text
    from medialit.quotes.subjects import _subject, subject_evidence

    doc = nlp.parse("Die Anwohner der Straße forderte er am Abend auf, ihre Autos umzuparken.")
    tx = _Text(doc)
    verb = next(t.i for t in doc if t.text == "forderte")
    subj = _subject(tx, (0, len(doc) - 1), verb)
    assert doc[subj[0]:subj[1]].text == "er"
    assert subject_evidence(tx, subj) == ["Subjekt: Pronomen im Nominativ nach dem finiten Verb"]


def _subject_text(text: str, verb_text: str) -> str:
    from medialit.quotes.base import _Text
    from medialit.quotes.subjects import _subject

    doc = nlp.parse(text)
    tx = _Text(doc)
    verb = next(t.i for t in doc if t.text == verb_text)
    clause = next(c for c in tx.clauses(0) if c[0] <= verb < c[1])
    subj = _subject(tx, clause, verb)
    return doc[subj[0]:subj[1]].text if isinstance(subj, tuple) else str(subj)


def test_expletive_es_is_not_the_speaker():
    assert _subject_text("Es droht ein langer Streik der Piloten.", "droht") == "ein langer Streik der Piloten"


def test_dative_ihr_after_the_verb_is_not_the_subject():
    assert _subject_text("Am Abend erklärte ihr der Minister die Lage.", "erklärte") == "der Minister"


def test_article_with_a_standalone_quantifier():
    text = "Die beiden werden beschuldigt, an einem Überfall beteiligt gewesen zu sein."
    assert speaker_of(text, "indirect") == "Die beiden"


def test_heisst_es_after_a_source_phrase_with_a_relative_clause():
    text = "In dem Jahresbericht, der am Montag erschien, heißt es, es seien mehr Fälle gemeldet worden."
    assert speaker_of(text, "indirect") == "dem Jahresbericht"


def test_hervorgehen_names_the_source_document():
    from medialit.quotes.base import _Text
    from medialit.quotes.subjects import _subject

    doc = nlp.parse("Dies geht aus einem Bericht des Ministeriums hervor.")
    tx = _Text(doc)
    subj = _subject(tx, (0, len(doc) - 1), 1)
    assert doc[subj[0]:subj[1]].text == "einem Bericht des Ministeriums"


def test_niemand_as_the_one_who_thinks():
    assert _subject_text("Damals dachte niemand, dass es so lange dauern würde.", "dachte") == "niemand"


def test_heisst_es_weiter_keeps_its_source():
    text = "In der Pressemitteilung des Verbands heißt es weiter, dass die Lage sehr ernst sei."
    assert speaker_of(text, "indirect") == "der Pressemitteilung des Verbands"


def test_nominative_pronoun_after_a_verb_first_clause_beats_the_object_before_the_comma():
    text = "Die Anhänger, die sich zur Kundgebung versammelten, warnte er, die Organisatoren verfolgten eigene Ziele."
    assert _subject_text(text, "warnte") == "er"


def test_main_clause_after_a_subordinate_clause_without_comma():
    text = "Als ihm nach der Festnahme der Haftbefehl eröffnet worden war sagte er: „Ich bin unschuldig.“"
    assert speaker_of(text, "direct") == "er"


def test_web_address_after_wie():
    assert _subject_text("Wie tagesblatt.de berichtet, ist der Trailer erschienen.", "berichtet") == "tagesblatt.de"


def test_two_particles_before_the_vorfeld_noun_phrase():
    text = "Aber auch andere Verbände hatten dazu aufgerufen, die Geschäfte zu schließen."
    assert speaker_of(text, "indirect") == "andere Verbände"


def test_stative_passive_names_its_source_document():
    text = "Im ursprünglichen Bericht war festgestellt, dass die Stadien nicht ausreichen."
    assert _subject_text(text, "festgestellt") == "ursprünglichen Bericht"


def test_second_main_clause_joined_by_und_without_comma():
    text = ("Die Menge skandierte vor dem Rathaus Parolen und der als Kritiker bekannte Unternehmer Paul Weiß "
            "rief den Demonstranten zu: „Wir geben nicht auf!“")
    assert _subject_text(text, "rief") == "der als Kritiker bekannte Unternehmer Paul Weiß"


def test_coordinated_compound_is_not_a_clause_boundary():
    text = "Der Minister hatte besonders die Rolle der Fraktions- und Parteichefs betont: „Sie entscheiden.“"
    assert speaker_of(text, "direct") == "Der Minister"
