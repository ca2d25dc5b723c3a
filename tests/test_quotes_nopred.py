"""Indirect speech the engine used to miss entirely: frames, complements and source markers, on sentences
written here."""

from __future__ import annotations

from _quotes_support import quotes_of


def _indirect(text: str):
    """(text, speaker text, cue lemma) of every indirect quotation in ``text``."""
    return [(q.text, q.speaker.text if q.speaker else None, q.cue.lemma if q.cue else None)
            for q in quotes_of(text) if q.kind == "indirect"]


def test_the_content_follows_the_separated_particle_after_an_apposition():
    found = _indirect("Am Montag gab der Leiter der Behörde, Karl Brenner, bekannt, dass die Brücke gesperrt bleibt.")
    assert [(t, c) for t, _s, c in found] == [("dass die Brücke gesperrt bleibt", "bekanntgeben")]
    assert found[0][1].startswith("der Leiter")


def test_a_zu_infinitive_may_start_with_an_article_read_as_relative_pronoun():
    found = _indirect("Die Bürgermeisterin schlug dem Rat vor, das im Winter gebaute Becken auch im Sommer zu öffnen.")
    assert [(t, c) for t, _s, c in found] == [
        ("das im Winter gebaute Becken auch im Sommer zu öffnen", "vorschlagen")]


def test_a_name_in_marks_after_laut_is_no_quotation_framed_by_the_verb():
    found = _indirect("Laut „Kurier“ soll sich der Verdächtige seit Montag in Untersuchungshaft befinden.")
    assert [(t, s) for t, s, _c in found] == [
        ("soll sich der Verdächtige seit Montag in Untersuchungshaft befinden", "„Kurier“")]


def test_a_frame_in_brackets_does_not_take_over_the_source_marker():
    found = _indirect("Nach Angaben der Polizei sollen drei Männer (von der Polizei als „Anstifter“ bezeichnet) "
                      "noch in Haft sein.")
    assert found and found[0][1] == "der Polizei" and found[0][0].startswith("sollen drei Männer")


def test_a_wie_clause_may_hold_a_name_in_marks():
    found = _indirect("Denn wie die „Rundschau“ am Montag berichtete, schließt das Werk im Herbst.")
    assert [(t, s) for t, s, _c in found] == [("Denn … schließt das Werk im Herbst", "die „Rundschau“")]
    assert [q.kind for q in quotes_of("Denn wie die „Rundschau“ am Montag berichtete, schließt das Werk.")] \
        == ["indirect"]


def test_a_wie_clause_without_its_comma_ends_at_its_verb():
    found = _indirect("Wie die Feuerwehr mitteilte ist das Feuer inzwischen gelöscht.")
    assert [(t, s) for t, s, _c in found] == [("ist das Feuer inzwischen gelöscht", "die Feuerwehr")]


def test_a_prepositional_phrase_of_the_lexicon_frames_its_content():
    found = _indirect("Die Gewerkschaft besteht darauf, die Verhandlungen noch in dieser Woche fortzusetzen.")
    assert found == [("die Verhandlungen noch in dieser Woche fortzusetzen", "Die Gewerkschaft", "bestehen auf")]


def test_a_prepositional_phrase_alone_reports_no_speech():
    assert quotes_of("Die Gewerkschaft besteht auf einer Erhöhung der Löhne.") == []


def test_a_predicative_adjective_of_conviction_frames_its_content():
    found = _indirect("Die Trainerin ist zuversichtlich, das Finale im nächsten Jahr erreichen zu können.")
    assert [(t, s) for t, s, _c in found] == [
        ("das Finale im nächsten Jahr erreichen zu können", "Die Trainerin")]
    q = quotes_of("Die Forscher sind sich bewusst, dass die Daten lückenhaft sind.")[0]
    assert q.kind == "indirect" and q.speaker.text == "Die Forscher" and "Haltungsadjektiv: bewusst" in q.evidence


def test_an_impersonal_adjective_has_no_holder():
    assert _indirect("Es ist sicher, dass die Brücke im Mai fertig wird.") == []


def test_soll_after_a_speech_verb_passes_on_hearsay():
    q = _indirect("Die Zeitung hatte am Montag berichtet, mehrere Filialen sollen schließen.")
    assert q == [("mehrere Filialen sollen schließen", "Die Zeitung", "berichten")]


def test_soll_after_a_speech_verb_in_a_relative_clause_is_the_main_clause():
    text = "Ein Bescheid des Amtes, der den Jägern Zutritt einräumt, soll solche Fälle künftig verhindern."
    assert _indirect(text) == []


def test_a_lowercase_name_in_marks_after_laut_is_the_source():
    found = _indirect("Laut „heute.de“ gehören auch zwei Ministerien zu den Betroffenen.")
    assert [(t, s) for t, s, _c in found] == [("gehören auch zwei Ministerien zu den Betroffenen", "„heute.de“")]


def test_written_in_a_document():
    found = _indirect("Im Bericht der Kommission steht, dass die Kosten gestiegen sind.")
    assert [(t, c) for t, _s, c in found] == [("dass die Kosten gestiegen sind", "stehen")]
    assert found[0][1].endswith("Bericht der Kommission")


def test_besagen_frames_the_content_of_a_rule():
    found = _indirect("Die Regel besagt, dass jeder Verein zwei Spieler stellen muss.")
    assert found == [("dass jeder Verein zwei Spieler stellen muss", "Die Regel", "besagen")]


def test_a_preposed_dass_clause_before_the_speech_verb():
    found = _indirect("Dass die Anlage sicher ist, bestätigte der Betreiber am Montag.")
    assert found == [("Dass die Anlage sicher ist", "der Betreiber", "bestätigen")]
    found = _indirect("Dass die Stadt mehr Geld bekommt, erhofft sich der Bürgermeister.")
    assert [(t, c) for t, _s, c in found] == [("Dass die Stadt mehr Geld bekommt", "erhoffen")]


def test_danach_after_a_sentence_naming_figures_refers_to_them():
    found = _indirect("Die Bank legte am Dienstag ihre Quartalszahlen vor. Danach verzeichnet sie einen Verlust.")
    assert [(t, c) for t, _s, c in found] == [("verzeichnet sie einen Verlust", "danach")]


def test_hervorgehen_with_a_long_source_in_brackets():
    found = _indirect("Wie aus einer Mitteilung der Internationalen Beobachtermission (IBM) hervorgeht, wurden drei "
                      "Dörfer geräumt.")
    assert [t for t, _s, _c in found] == ["wurden drei Dörfer geräumt"]
    assert found[0][1].startswith("einer Mitteilung")


def test_new_lexicon_phrases_frame_their_content():
    assert _indirect("Beide Parteien legten Wert darauf, dass die Schulen offen bleiben.") == [
        ("dass die Schulen offen bleiben", "Beide Parteien", "Wert legen auf")]
    assert _indirect("Der Wirt ärgerte sich darüber, dass niemand angerufen hatte.") == [
        ("dass niemand angerufen hatte", "Der Wirt", "sich ärgern über")]


def test_a_noun_frame_with_a_possessive_genitive_and_an_apposition():
    found = _indirect("Trotz der Ankündigung ihres Chefs, Paul Weber, die Filiale im Mai zu schließen, "
                      "arbeiten alle weiter.")
    assert [(t, s) for t, s, _c in found] == [("die Filiale im Mai zu schließen", "ihres Chefs")]


def test_a_noun_frame_before_the_final_verb_of_a_subordinate_clause():
    found = _indirect("Der Mann wurde entlassen, weil er im Verdacht steht, Akten gestohlen zu haben.")
    assert [t for t, _s, _c in found] == ["Akten gestohlen zu haben"]
    assert found[0][1] != "er"  # the suspect is not the one who voices the suspicion


def test_vorgesehen_in_a_document():
    found = _indirect("Im ersten Entwurf war vorgesehen, die Gebühren im Herbst zu senken.")
    assert [(t, c) for t, _s, c in found] == [("die Gebühren im Herbst zu senken", "vorsehen")]
    assert found[0][1].endswith("Entwurf")


def test_words_in_marks_after_als_beside_a_speech_verb_are_quoted():
    qs = quotes_of("Der Minister wies den Bericht am Montag als „Unsinn“ zurück.")
    assert [(q.kind, q.text, q.speaker.text) for q in qs if q.kind == "direct"] == [
        ("direct", "„Unsinn“", "Der Minister")]


def test_capitalised_words_after_sprechen_von_are_quoted_not_a_title():
    qs = quotes_of("Die Bürgermeisterin sprach von einer „Gefahr für Leib und Leben“.")
    assert [(q.kind, q.text, q.speaker.text) for q in qs] == [
        ("direct", "„Gefahr für Leib und Leben“", "Die Bürgermeisterin")]



def test_a_source_marker_inside_a_relative_clause_vouches_for_that_clause_only():
    found = _indirect("Die beiden Männer, unter denen sich nach Einschätzung der Polizei auch der Täter befinden soll, "
                      "wurden gestern entlassen.")
    assert [(t, s) for t, s, _c in found] == [("unter denen sich … auch der Täter befinden soll", "der Polizei")]


def test_a_relative_clause_with_a_marker_keeps_its_coordinated_verbs_and_dependent_clauses():
    found = _indirect("Aufsehen erregte ein Stadtrat, der nach Angaben der Zeitung die Kollegen beschimpfte und ihnen "
                      "Faulheit vorwarf.")
    assert [t for t, _s, _c in found] == ["der … die Kollegen beschimpfte und ihnen Faulheit vorwarf"]
    found = _indirect("Es gilt eine Regel, die nach Ansicht des Gerichts nur dann zulässig ist, wenn sie befristet wird.")
    assert [t for t, _s, _c in found] == ["die … nur dann zulässig ist, wenn sie befristet wird"]


def test_rechnen_mit_frames_an_expectation():
    assert _indirect("Experten rechnen damit, dass die Preise im Herbst steigen.") == [
        ("dass die Preise im Herbst steigen", "Experten", "rechnen")]


def test_reported_speech_goes_on_after_a_conjunction_with_a_konjunktiv():
    found = _indirect("Der Sprecher sagte, dass zehn Menschen gerettet worden seien, doch würden noch viele vermisst.")
    assert [t for t, _s, _c in found] == ["dass zehn Menschen gerettet worden seien, doch würden noch viele vermisst"]


def test_a_participle_frame_after_the_content_names_the_speaker_after_the_auxiliary():
    assert _indirect("Die Lage ist ernst, hatte der Minister am Montag gesagt.") == [
        ("Die Lage ist ernst", "der Minister", "sagen")]
    assert _indirect("Das ist eine Chance für die Stadt, wird der Bürgermeister zitiert.") == [
        ("Das ist eine Chance für die Stadt", "der Bürgermeister", "zitieren")]


def test_a_compound_frame_noun_introduces_its_content():
    found = _indirect("Der Korruptionsvorwurf der Opposition, der Minister habe Geld angenommen, wiegt schwer.")
    assert [(t, c) for t, _s, c in found] == [("der Minister habe Geld angenommen", "Korruptionsvorwurf")]


def test_nach_erfahrungen_is_a_source_marker():
    found = _indirect("Nach Erfahrungen der Polizei steigt die Zahl der Einbrüche im Herbst.")
    assert [(t, s) for t, s, _c in found] == [("steigt die Zahl der Einbrüche im Herbst", "der Polizei")]


def test_wie_es_hiess_is_an_impersonal_source():
    found = _indirect("Wie es weiter hieß, sei die Lage unter Kontrolle.")
    assert [(t, c) for t, _s, c in found] == [("sei die Lage unter Kontrolle", "heißen")]


def test_a_frame_in_a_nachdem_clause_keeps_its_own_content():
    qs = quotes_of("Der Minister trat zurück, nachdem die Zeitung berichtet hatte, er habe Geld angenommen.")
    assert [(q.kind, q.text, q.speaker.text) for q in qs if q.kind == "indirect"] == [
        ("indirect", "er habe Geld angenommen", "die Zeitung")]
