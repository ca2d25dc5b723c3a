"""Audit of election nights, party conventions, talk shows, social media, open letters and statements, on
sentences written for these tests: platforms named by a letter, organisation names, statements as sources."""

from __future__ import annotations

import pytest
from _quotes_support import quotes_of, sources_of


def test_platform_x_ends_the_sentence_so_the_next_speaker_is_not_the_quotation_before():
    text = ("„Ein starkes Signal“, schrieb Generalsekretär Jonas Berger auf der Plattform X. Grünen-Chefin Lea "
            "Hoffmann teilte auf Instagram mit, das Ergebnis sei ein Weckruf.")
    q = next(q for q in quotes_of(text) if q.text.startswith("das Ergebnis"))
    assert q.kind == "indirect" and q.speaker.name == "Lea Hoffmann"


def test_initial_of_a_name_still_does_not_end_the_sentence():
    q = next(iter(quotes_of("Der Vater von Anna M. sagte, sie sei froh.")))
    assert q.text == "sie sei froh" and q.speaker.text == "Der Vater von Anna M."


def test_organisation_name_with_preposition_is_the_source_of_a_wonach_clause():
    text = "Sie verwies auf Zahlen der Bundesagentur für Arbeit, wonach die meisten nicht arbeiten könnten."
    q = next(iter(quotes_of(text)))
    assert q.speaker.name == "Bundesagentur für Arbeit"
    assert "Arbeit" not in sources_of(text)


def test_statement_without_author_is_named_without_its_article():
    text = "In einer Erklärung heißt es, die Regierung habe viel für den Klimaschutz getan."
    q = next(iter(quotes_of(text)))
    assert q.kind == "indirect" and q.speaker.name == "Erklärung"
    assert set(sources_of(text)) == {"Erklärung"}


def test_statement_of_an_institution_speaks_for_the_institution():
    text = "In einer Mitteilung der Partei hieß es am Abend, man gehe gestärkt in das Wahljahr."
    q = next(iter(quotes_of(text)))
    assert q.speaker.name == "Partei" and "„Mitteilung“ stammt von: Partei" in q.evidence
    assert sources_of(text)["Partei"].kind == "organisation"
    q = next(iter(quotes_of("In einer Erklärung des Ministeriums heißt es, man sei im Gespräch.")))
    assert q.speaker.name == "Ministerium"


def test_reaction_list_label_with_party_in_brackets_names_the_speaker():
    text = "Eine Auswahl:\n\nMinisterpräsident Dietmar Wendt (SPD): »Ich respektiere die Entscheidung.«"
    q = next(iter(quotes_of(text)))
    assert q.kind == "direct" and q.speaker.name == "Dietmar Wendt"
    src = sources_of(text)["Dietmar Wendt"]
    assert src.role == "Ministerpräsident" and src.affiliation == "SPD"


def test_bracket_with_words_of_the_writer_before_a_colon_is_no_speaker_label():
    q = next(iter(quotes_of("Die Lage (so der Bericht): „Wir sind erschüttert.“")))
    assert q.kind == "direct" and q.speaker is None
    q = next(iter(quotes_of("Die Abgeordnete Maren Keller (Grüne, Hamburg): „Das ist ein Skandal.“")))
    assert q.speaker.name == "Maren Keller"


def test_so_called_is_no_part_of_the_source_name():
    text = "Die sogenannte „Freie-Fahrt-Initiative“ erklärte, man werde gegen das Tempolimit klagen."
    q = next(iter(quotes_of(text)))
    assert q.kind == "indirect" and q.speaker.name == "Freie-Fahrt-Initiative"
    assert sources_of(text)["Freie-Fahrt-Initiative"].kind == "organisation"


def test_letter_or_post_is_named_by_its_noun_without_article_and_adjective():
    q = next(iter(quotes_of("In einem offenen Brief heißt es, die Zeit des Abwartens sei vorbei.")))
    assert q.kind == "indirect" and q.speaker.name == "Brief"
    q = next(iter(quotes_of("In einem weiteren Beitrag hieß es, der Kampf sei noch lange nicht vorbei.")))
    assert q.speaker.name == "Beitrag"


def test_press_release_of_an_association_is_the_association_a_ministers_statement_a_person():
    q = next(iter(quotes_of("In der Pressemitteilung des Vereins heißt es, man sei enttäuscht.")))
    assert q.speaker.name == "Verein" and q.speaker.kind == "organisation"
    q = next(iter(quotes_of("In einer Erklärung des Ministers heißt es, man sei im Gespräch.")))
    assert q.speaker.name == "Minister" and q.speaker.kind == "person"


def test_two_people_with_the_same_surname_keep_their_own_roles():
    text = ("Die Grünen-Spitzenkandidatin Katharina Huber sagte, das Ergebnis sei bitter. „Bayern bleibt Bayern“, "
            "schrieb CSU-Generalsekretär Martin Huber.")
    srcs = sources_of(text)
    assert srcs["Katharina Huber"].role == "Grünen-Spitzenkandidatin"
    assert srcs["Martin Huber"].role == "CSU-Generalsekretär" and srcs["Martin Huber"].affiliation == "CSU"


def test_the_moderator_is_no_organisation():
    q = next(iter(quotes_of("Nur wenige Befragte seien zufrieden, hielt die Moderatorin dem Kanzler vor.")))
    assert q.speaker.text == "die Moderatorin" and q.speaker.kind == "anonymous"
    q = next(iter(quotes_of("Der Stadtrat erklärte, man sei enttäuscht.")))
    assert q.speaker.kind == "organisation"


def test_party_of_a_description_the_person_is_quoted_under_is_the_affiliation():
    text = "„Ich bin nicht amtsmüde“, sagte Bundeskanzler Michael Sauer. Das sei Unsinn, sagte der SPD-Politiker."
    src = sources_of(text)["Michael Sauer"]
    assert src.role == "Bundeskanzler" and src.affiliation == "SPD"


def test_roles_and_youth_wings_of_party_politics():
    text = ("CSU-Landesgruppenchef Florian Huber sagte, die Anreize seien falsch. Juso-Chefin Lina Petersen "
            "forderte, die SPD müsse links werden.")
    srcs = sources_of(text)
    assert srcs["Florian Huber"].role == "CSU-Landesgruppenchef" and srcs["Florian Huber"].affiliation == "CSU"
    assert srcs["Lina Petersen"].affiliation == "Jusos"


def test_comment_after_a_quotation_cited_in_a_relative_clause_is_the_citers():
    text = ("Präsident Michael Brandt sagte: «Wer jetzt zögert, handelt verantwortungslos.» Er erinnerte an die "
            "Worte der Ministerin, die im Frühjahr versprochen hatte: «Wir werden zügig handeln.» Passiert sei "
            "seitdem nichts.")
    qs = quotes_of(text)
    promise = next(q for q in qs if q.text.startswith("«Wir"))
    assert promise.kind == "direct" and promise.speaker.text == "die"
    q = next(q for q in qs if q.text.startswith("Passiert"))
    assert q.kind == "free_indirect" and q.speaker.name == "Michael Brandt"
    assert "Sprecher: wer das Zitat aus dem Relativsatz anführt (Subjekt des Hauptsatzes)" in q.evidence


def test_organisations_joined_by_und_speak_together():
    text = "Die Freien Wähler legen nach den Hochrechnungen von ARD und ZDF deutlich zu."
    q = next(iter(quotes_of(text)))
    assert q.speaker.name == "ARD und ZDF" and q.speaker.kind == "group"
    assert "mehrere Quellen gemeinsam: ARD und ZDF" in q.evidence
    q = next(iter(quotes_of("Nach Hochrechnungen des ZDF legen die Freien Wähler deutlich zu.")))
    assert q.speaker.name == "ZDF"


def test_headline_names_the_speaker_after_quotation_and_colon():
    text = ("„Ich bin nicht amtsmüde“: Sauer bei „Caren Miosga“\n\nBundeskanzler Michael Sauer hat Spekulationen "
            "über einen Rückzug zurückgewiesen.")
    q = next(q for q in quotes_of(text) if q.kind == "direct")
    assert q.text == "„Ich bin nicht amtsmüde“" and q.speaker.name == "Michael Sauer"
    assert "Schlagzeile: Name nach Zitat und Doppelpunkt" in q.evidence
    assert not any(q.text == "„Caren Miosga“" for q in quotes_of(text))


def test_social_media_handle_names_the_account():
    text = "Der Account @BerlinPolizei schrieb: „Bitte meiden Sie den Bereich!“"
    q = next(iter(quotes_of(text)))
    assert q.kind == "direct" and q.speaker.text == "Der Account @BerlinPolizei"
    assert set(sources_of(text)) == {"@BerlinPolizei"}
    q = next(iter(quotes_of("„Bitte meiden Sie den Bereich“, schrieb die Polizei auf X.")))
    assert q.speaker.name == "Polizei"


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Die Grüne Jugend kritisierte, die neue Führung sei zu angepasst.", {"Grüne Jugend"},
                 id="party_youth_organisation_is_named_whole"),
    pytest.param("Die Grünen kritisierten, die neue Führung sei zu angepasst.", {"Grüne"},
                 id="party_youth_organisation_is_named_whole-the_party_itself"),
    pytest.param("Die Gewerkschaft der Polizei teilte mit, man hoffe auf einen Neuanfang.", {"GdP"},
                 id="police_union_is_named_whole"),
])
def test_organisation_is_named_whole(text, names):
    assert set(sources_of(text)) == names


@pytest.mark.parametrize(("text", "name", "affiliation"), [
    pytest.param("Der Abgeordnete Thomas Domres (Linke) sagte, die Regierung habe monatelang weggeschaut.",
                 "Thomas Domres", "Die Linke", id="party_in_brackets_after_the_name_is_the_affiliation"),
    pytest.param("Der Vorsitzende der FDP, Paul Neumann, erklärte, er sei gespannt.", "Paul Neumann", "FDP",
                 id="party_in_the_genitive_after_an_office_is_the_affiliation"),
    pytest.param("Der Kritiker der AfD, Paul Neumann, erklärte, er sei gespannt.", "Paul Neumann", None,
                 id="party_in_the_genitive_after_an_office_is_the_affiliation-not_after_a_critic"),
])
def test_affiliation_of_a_named_source(text, name, affiliation):
    assert sources_of(text)[name].affiliation == affiliation
