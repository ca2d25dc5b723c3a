"""Audit of culture, obituaries and court reports abroad: faults a reader would see on new articles, on our own
sentences."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, sources_of


def test_strong_nominalised_adjective_role_before_a_name_is_singular():
    """„erklärte DJV-Vorsitzender Mika Beuster“: „Vorsitzender“ without article is singular, so the name is the
    subject (was: read as a plural object, the words went to the union of the sentence before)."""
    text = ("Der Deutsche Journalisten-Verband forderte die Freilassung der Reporterin. „Journalismus ist kein "
            "Terrorismus“, erklärte DJV-Vorsitzender Mika Beuster.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Mika Beuster"
    assert "Subjekt nach dem finiten Verb (Mittelfeld)" in q.evidence
    q = only("„Die Lage ist ernst“, sagte Abgeordneter Jonas Keller.", "direct")
    assert q.speaker is not None and q.speaker.name == "Jonas Keller"


def test_french_first_name_makes_the_full_name_and_takes_up_er():
    """„den Franzosen Julien Marchand“: „Julien“ is a first name (was read as a noun, so „Marchand“ named
    nobody and „sagte er“ went to the Iranian director named before)."""
    text = ("Der Goldene Bär geht an die iranische Regisseurin Narges Tehrani. Der Silberne Bär ging an den "
            "Franzosen Julien Marchand. Marchand widmete den Preis seiner Mutter. „Sie hat mir beigebracht, "
            "hinzusehen“, sagte er.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Julien Marchand"
    assert "Pronomen „er“ → Julien Marchand" in q.evidence


def test_agency_after_a_direct_quotation_only_relays_it():
    """„„…“, sagte sie nach Angaben der Nachrichtenagentur AP.“: AP passes the words on; „sagte sie“ is no
    second quotation of AP (was: an indirect quotation „sagte sie“ with AP as its speaker)."""
    text = ("Die Mutter sprach mit Reportern. „Heute hat Texas gezeigt, dass das Leben meines Sohnes etwas wert "
            "war“, sagte sie am Montag nach Angaben der Nachrichtenagentur AP.")
    q = only(text, "direct", "indirect")
    assert q.kind == "direct" and q.relay is not None and q.relay.text == "der Nachrichtenagentur AP"
    assert "Weitergegeben über: nach Angaben der Nachrichtenagentur AP" in q.evidence
    # a dass-clause keeps the clause vouched for by the agency beside the minister's content
    found = of_kind("Heute bestätigte der Minister laut Reuters, dass es ein Problem gibt.", "indirect")
    assert [q.text for q in found] == ["Heute bestätigte der Minister", "dass es ein Problem gibt"]


def test_konjunktiv_clause_with_its_own_speech_verb_belongs_to_the_trailing_frame():
    """„Die Berlinale habe bewiesen, dass …, sagte sie.“: the Konjunktiv clause and its verb are part of what the
    festival director says (was: only the dass-clause, given to „Berlinale“ as its speaker)."""
    text = ("Festivalleiterin Tricia Tuttle zeigte sich zufrieden. Die Berlinale habe bewiesen, dass sie ein "
            "politisches Festival bleibe, sagte sie nach der Gala.")
    q = only(text, "indirect")
    assert q.text == "Die Berlinale habe bewiesen, dass sie ein politisches Festival bleibe"
    assert q.speaker is not None and q.speaker.name == "Tricia Tuttle" and q.cue.lemma == "sagen"
    assert "zwei Redeeinleitungen für dieselben Worte: die mit genanntem Sprecher im Indikativ gilt" in q.evidence
    # the same words with the frame before them were already one quotation of the minister
    q = only("Der Minister sagte, die Kommission habe erklärt, dass die Frist verlängert werde.", "indirect")
    assert q.text == "die Kommission habe erklärt, dass die Frist verlängert werde"
    q = only("Die Kommission habe erklärt, dass die Frist verlängert werde, sagte der Minister.", "indirect")
    assert q.text == "Die Kommission habe erklärt, dass die Frist verlängert werde"
    assert q.speaker is not None and q.speaker.text == "der Minister"


def test_name_after_a_possessive_is_a_part_played_not_a_speaker():
    """„Ihre Maria Stuart … gilt als legendär. „…“, sagte sie einmal.“: the actress's part is no person of the
    report; „sie“ is the actress (was: Maria Stuart)."""
    text = ("Die Schauspielerin Hanna Wiesinger ist tot. Wiesinger stand sechzig Jahre auf der Bühne. Ihre Maria "
            "Stuart in der Inszenierung von Rudolf Noelte gilt als legendär. „Ich habe nie eine Rolle gespielt“, "
            "sagte sie einmal.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Hanna Wiesinger"
    assert "Maria Stuart" not in sources_of(text)
    # a name after a role noun under the possessive stays a person
    q = only("Ihr Sohn Martin Lenz sagte, es gehe ihr gut.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Martin Lenz"


def test_genitive_name_before_the_noun_it_owns_ends_the_name():
    """„Lea Kornmanns Roman“: the person is Lea Kornmann, the novel is no part of her name (was: a person „Lea
    Kornmanns Roman“, to whom „sagte sie“ of the author went)."""
    text = ("Ein Dorf, das schweigt: Lea Kornmanns Roman „Die Nacht der Störche“\\n\\nDie Autorin, 1987 in Frankfurt "
            "(Oder) geboren, hat selbst in einem solchen Dorf gelebt. Im Gespräch mit dieser Zeitung sagte sie, der "
            "Roman sei keine Autobiografie. „Ich war nie dort“, sagt Kornmann.")
    found = of_kind(text, "indirect", "direct")
    assert [q.speaker.name for q in found] == ["Lea Kornmann", "Lea Kornmann"]
    assert "Lea Kornmanns Roman" not in sources_of(text)
    # a three-part name stays whole
    q = only("„Ich schreibe weiter“, sagte Mario Vargas Llosa.", "direct")
    assert q.speaker is not None and q.speaker.name == "Mario Vargas Llosa"


def test_title_after_a_colon_that_goes_on_as_subject_is_no_quotation():
    """„Trotzdem: „Die Nacht der Störche“ ist ein beeindruckendes Buch.“: the novel's title is the subject of the
    critic's sentence (was: a direct quotation of the character speaking before)."""
    text = ("Wenn die Lehrerin zu Ida sagt: „Du musst jetzt tapfer sein“, klingt das nach Fernsehfilm. Trotzdem: "
            "„Die Nacht der Störche“ ist ein beeindruckendes Buch über Schuld.")
    q = only(text, "direct")
    assert q.text == "„Du musst jetzt tapfer sein“"
    # a title alone after a colon and a speech verb stays what was said
    q = only("Sie sagte: „Die Nacht der Störche“.", "direct")
    assert q.text == "„Die Nacht der Störche“"


def test_konjunktiv_sentence_after_a_translated_quotation_goes_on_with_the_speaker():
    """„„…“, sagte Staatsanwältin Maria Delgado laut Übersetzung. Der Angeklagte habe …“: the prosecutor goes on;
    the translation only passed her words on (was: the free indirect sentence was the translation's)."""
    text = ("„Er hatte keine Chance“, sagte Staatsanwältin Maria Delgado in ihrem Schlussplädoyer laut Übersetzung. "
            "Der Angeklagte habe anschließend versucht, seine Aufnahmen zu löschen.")
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.name == "Maria Delgado"
    assert "Sprecher aus dem vorigen Satz übernommen" in q.evidence
    assert only(text, "direct").relay.text == "Übersetzung"


def test_question_put_to_the_speaker_is_no_report_and_the_answer_keeps_its_speaker():
    """„hatte Wiesinger 2015 auf die Frage, was bleibe, geantwortet: „Nichts.““: the Konjunktiv „bleibe“ is the
    interviewer's question (was: an indirect quotation „was bleibe, geantwortet: „Nichts“ with cue „haben“); the
    answer belongs to the subject of the main clause past the inserted question."""
    text = ("Hanna Wiesinger war Schauspielerin. In einem Interview mit dem ORF hatte Wiesinger 2015 auf die Frage, "
            "was bleibe, geantwortet: „Nichts. Und das ist gut so.“")
    q = only(text)
    assert q.kind == "direct" and q.text == "„Nichts. Und das ist gut so.“"
    assert q.speaker is not None and q.speaker.name == "Hanna Wiesinger" and q.cue.lemma == "antworten"
    # the answer in the Konjunktiv after the question is still the minister's report
    q = only("Der Minister sagte auf die Frage, ob er zurücktrete, es gebe keinen Grund dafür.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Der Minister"


def test_capitalised_name_particles_belong_to_the_surname():
    """„Alexander Van der Bellen“: the capitalised „Van“ with „der“ opens the surname (was: the person „Alexander
    Van“); a later „Van der Bellen“ is the same person."""
    text = ("Bundespräsident Alexander Van der Bellen würdigte Wiesinger als „Stimme einer ganzen Generation“. "
            "Van der Bellen sagte, sie werde fehlen.")
    assert [q.speaker.name for q in of_kind(text, "direct", "indirect")] == ["Alexander Van der Bellen"] * 2
    q = only("„Das ist ein Verlust“, sagte Ursula von der Leyen.", "direct")
    assert q.speaker is not None and q.speaker.name == "Ursula von der Leyen"


def test_notice_of_a_family_is_the_familys():
    """„Das teilte ihre Familie … mit. …, hieß es in der Mitteilung.“: the notice is the family's (was: an unnamed
    source „Mitteilung“; only named bodies and people were taken up)."""
    text = ("Die Schauspielerin Hanna Wiesinger ist am Sonntag gestorben. Das teilte ihre Familie am Montag der "
            "Austria Presse Agentur mit. Sie sei friedlich eingeschlafen, hieß es in der Mitteilung.")
    q = of_kind(text, "indirect")[-1]
    assert q.text == "Sie sei friedlich eingeschlafen"
    assert q.speaker is not None and q.speaker.name == "Familie von Hanna Wiesinger"
    assert "„der Mitteilung“ stammt von Familie von Hanna Wiesinger (zuvor: „teilte“)" in q.evidence


def test_text_read_out_is_its_authors_and_the_reader_relays():
    """„Sie las eine Botschaft Tehranis vor: „…““: the director wrote the words, the actress reads them out (was:
    the actress's words, with the colon as cue)."""
    text = ("Für die abwesende Regisseurin Narges Tehrani nahm ihre Hauptdarstellerin Shirin Amini den Bären "
            "entgegen. Sie las eine Botschaft Tehranis vor: „Ein leerer Stuhl kann lauter sprechen als ein voller "
            "Saal.“")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Narges Tehrani" and q.cue.lemma == "vorlesen"
    assert q.relay is not None and q.relay.text == "Sie"
    assert "vorgelesener Text (Botschaft): die Worte stammen von „Tehranis“; „Sie“ trägt sie nur vor" in q.evidence
    q = only("Der Anwalt Jonathan Pierce verlas eine Erklärung von Derek Holloway: „Ich bereue nichts.“", "direct")
    assert q.speaker.name == "Derek Holloway" and q.relay.text == "Der Anwalt Jonathan Pierce"
    # reading out a text without its author named leaves the reader as speaker
    q = only("Die Lehrerin las der Klasse einen Brief vor: „Liebe Kinder!“", "direct")
    assert q.speaker.text == "Die Lehrerin" and q.relay is None


def test_konjunktiv_sentence_ends_at_the_colon_before_a_direct_quotation():
    """„Er wolle das Preisgeld investieren: »Zuerst in Zeit. Zeit zum Schreiben …«“: the free indirect sentence
    ends at the colon (was: it took in the quotation's first sentence, overlapping the direct quotation)."""
    text = ("»Ich habe mit allem gerechnet«, sagte Jonas Ebner der APA. Er wolle das Preisgeld in Ruhe investieren: "
            "»Zuerst in Zeit. Zeit zum Schreiben ist das Teuerste, was es gibt.«")
    q = only(text, "free_indirect")
    assert q.text == "Er wolle das Preisgeld in Ruhe investieren"
    assert q.speaker is not None and q.speaker.name == "Jonas Ebner"
    assert [d.text for d in of_kind(text, "direct")][-1] == "»Zuerst in Zeit. Zeit zum Schreiben ist das Teuerste, was es gibt.«"


def test_occupation_refers_back_past_a_relative_of_a_character():
    """„Als ihre ältere Schwester Marie … Die Autorin hat … gelebt. … sagte sie, …“: the author is Lea Kornmann,
    not the sister of the heroine named last (was: Marie)."""
    text = ("So eröffnet Lea Kornmann ihren Roman. Als ihre ältere Schwester Marie nicht mehr nach Hause kommt, "
            "schweigen alle. Die Autorin hat selbst in einem solchen Dorf gelebt. Im Gespräch sagte sie, der Roman "
            "sei keine Autobiografie.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Lea Kornmann"
    # with nobody else of that gender named, the relative is still found
    text = ("Ihre Schwester Marie Lenz ist Autorin. Die Autorin hat selbst in einem Dorf gelebt. Im Gespräch sagte "
            "sie, der Roman sei keine Autobiografie.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Marie Lenz"


def test_reasons_of_a_court_or_jury_are_theirs():
    """„In der Begründung des Gerichts heißt es, …“: the court speaks (was: a source „Begründung des Gerichts“),
    as „In einer Erklärung des Ministeriums hieß es“ already named the ministry."""
    text = ("Das Gericht verurteilte den Mann zu drei Jahren Haft. In der Begründung des Gerichts heißt es, der "
            "Angeklagte habe aus Habgier gehandelt.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Gericht" and q.speaker.kind == "organisation"
    by_name = sources_of("Die Jury vergab den Preis an Tehrani. In der Begründung der Jury heißt es, Tehrani "
                         "erzähle „mit großer Zärtlichkeit“.")
    assert "Jury" in by_name and "Begründung der Jury" not in by_name


@pytest.mark.parametrize(("text", "kind", "name"), [
    # „Nach Angaben der Plattform Bianet“: a platform with its name is an organisation (was: a person „Bianet“)
    pytest.param("Nach Angaben der Plattform Bianet sitzen mehr als 30 Journalisten in Haft.", "indirect",
                 "Plattform Bianet", id="platform"),
    pytest.param("Das Netzwerk Recherche kritisierte, das Urteil sei ein Skandal.", "indirect", "Netzwerk Recherche",
                 id="network"),
    # „hieß es in einem Nachruf des Senders“: the broadcaster speaks (was: a source „ein Nachruf des Senders“)
    pytest.param("„Er hat uns gelehrt zu lachen“, hieß es in einem Nachruf des Senders.", "direct", "Sender",
                 id="obituary_of_a_broadcaster_is_the_broadcasters"),
    # „so die Jury in ihrer Begründung“: a jury is a body like a commission (was: an anonymous source)
    pytest.param("„Ein Film, der wehtut“, so die Jury in ihrer Begründung.", "direct", "Jury",
                 id="jury_is_a_body"),
])
def test_platform_network_broadcaster_and_jury_are_organisations(text, kind, name):
    q = only(text, kind)
    assert q.speaker is not None and q.speaker.name == name and q.speaker.kind == "organisation"


def test_surname_after_a_first_name_is_no_genitive_of_a_listed_body():
    """„Sein Verteidiger Olivier Dumas kündigte Berufung an.“: „Dumas“ after a first name is a surname, not the
    genitive of the Russian Duma (was: a person „Olivier“ beside the organisation „Duma“)."""
    text = ("Sein Verteidiger Olivier Dumas kündigte Berufung an. Das Urteil sei «politisch», sagte er vor "
            "Journalisten.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Olivier Dumas"
    assert "Duma" not in sources_of(text)


def test_apology_is_a_speech_verb():
    """„Der Angeklagte entschuldigte sich: „…““: the cue is „sich entschuldigen“ with its explanation (was: only
    the colon); „Das entschuldigt nichts.“ reports nothing."""
    q = only("Der Angeklagte entschuldigte sich: „Ich weiß, dass meine Worte nichts zurückbringen.“", "direct")
    assert q.cue is not None and q.cue.lemma == "sich entschuldigen"
    assert "Redeverb: sich entschuldigen" in q.evidence
    assert not of_kind("Das entschuldigt nichts.")


def test_dieser_after_the_quotation_takes_up_the_person_named_last_before():
    """„Der Richter fragte den Angeklagten Derek Holloway, ob er die Tat bereue. „Nein“, antwortete dieser.“: the
    defendant answers (was: an unnamed source „dieser“)."""
    text = ("Der Richter fragte den Angeklagten Derek Holloway, ob er die Tat bereue. „Nein“, antwortete dieser.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Derek Holloway"
    assert any(e.startswith("Demonstrativpronomen „dieser“") for e in q.evidence)
    # inside one sentence the person named before the verb is still taken up
    q = only("In einem Gespräch mit dem Anwalt Max Roth sagte dieser, er sei zuversichtlich.", "indirect")
    assert q.speaker.name == "Max Roth"


def test_title_of_a_work_named_after_a_character_is_no_person():
    """„heißt es in Kleists Novelle „Michael Kohlhaas““: the source is the novella, not a person „Michael
    Kohlhaas“ (the title looked like a person's name)."""
    q = only("„Wer schweigt, stimmt zu“, heißt es in Kleists Novelle „Michael Kohlhaas“.", "direct")
    assert q.speaker is not None and q.speaker.name == "Michael Kohlhaas" and q.speaker.kind == "anonymous"
    q = only("„Wer schweigt, stimmt zu“, heißt es in Heinrich von Kleists „Michael Kohlhaas“.", "direct")
    assert q.speaker.kind == "anonymous"
    # a person's name without marks stays a person
    q = only("„Wer schweigt, stimmt zu“, sagte Michael Kohlhaas.", "direct")
    assert q.speaker.kind == "person"


def test_short_quotation_before_the_frame_is_never_its_own_speaker():
    """„„Ein Jahrhundertkünstler“, sagte Bundeskanzler Friedrich Merz.“: the chancellor speaks (was: the quoted
    words „Ein Jahrhundertkünstler“ as an organisation named in marks, since „-künstler“ is a person noun)."""
    q = only("„Ein Jahrhundertkünstler“, sagte Bundeskanzler Friedrich Merz.", "direct")
    assert q.speaker is not None and q.speaker.name == "Friedrich Merz"
    assert "Subjekt nach dem finiten Verb (Mittelfeld)" in q.evidence
    # a medium named in marks before its verb still speaks
    q = only("Der „Spiegel“ schreibt, die Lage sei ernst.", "indirect")
    assert q.speaker.name == "Spiegel"
