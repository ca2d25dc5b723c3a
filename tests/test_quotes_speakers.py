"""Speaker rules of the quotation engine, on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind

from medialit import nlp
from medialit.quotes import extract


def speaker_of(text: str, kind: str | None = None) -> str:
    found = [q for q in extract(nlp.parse(text)) if kind is None or q.kind == kind]
    assert len(found) == 1, [(q.kind, q.text) for q in found]
    assert found[0].speaker is not None
    return found[0].speaker.text


def test_person_after_the_verb_speaks_when_the_vorfeld_is_an_object():
    text = "Die geplante Reform der Schulaufsicht stellte der Bildungsminister Karl Albers ebenfalls in Frage: „Das kann so nicht bleiben.“"
    assert "Karl Albers" in speaker_of(text, "direct")


def test_subject_before_a_relative_clause_speaks():
    text = "Jonas Weber, der die örtliche Bürgerinitiative leitet, erinnerte daran, dass die Brücke seit Jahren gesperrt sei."
    assert "Jonas Weber" in speaker_of(text, "indirect")


def test_indicative_clause_with_a_person_introduces_konjunktiv_content():
    text = "Die Gutachterin Maria Sommer kam zu dem Ergebnis, dass die Statik des Turms nicht ausreiche."
    qs = extract(nlp.parse(text))
    assert [(q.kind, q.text) for q in qs] == [("indirect", "dass die Statik des Turms nicht ausreiche")]
    assert "Maria Sommer" in qs[0].speaker.text
    assert qs[0].cue.text == "kam"


def test_konjunktiv_sentence_without_a_person_in_the_first_clause_stays_free_indirect():
    text = ("Die Gutachterin Maria Sommer legte ihren Bericht vor. "
            "Am Ende des Tages war klar, dass die Statik des Turms nicht ausreiche.")
    kinds = [q.kind for q in extract(nlp.parse(text))]
    assert "indirect" not in kinds


def test_name_in_quotation_marks_inside_the_subject():
    text = "Die Organisation „Bürger für Bahn“ weist darauf hin, dass die Strecke marode sei."
    assert speaker_of(text, "indirect") == "Die Organisation „Bürger für Bahn“"


def test_waehrend_clause_has_its_own_subject():
    text = "Während Lena Kraus erklärte, sehr müde zu sein, blieb der Saal still."
    assert speaker_of(text, "indirect") == "Lena Kraus"


def test_present_tense_verb_with_participle_form_has_a_subject():
    text = "Karl Moser vom Verband der Bäcker kritisiert, dass die Preise stiegen."
    assert speaker_of(text, "indirect").startswith("Karl Moser")


def test_nach_with_a_statement_noun_names_the_source():
    text = "Nach einer Stellungnahme der Feuerwehr brach der Brand im Keller aus."
    q = of_kind(text, "indirect")
    assert len(q) == 1 and q[0].speaker.text == "der Feuerwehr"
    assert q[0].cue.text == "Nach einer Stellungnahme"


def test_verb_after_the_quotation_frames_it_even_outside_the_lexicon():
    text = "„Wir treten an“, strich die Ministerin Anna Roth in Bonn heraus."
    assert speaker_of(text, "direct") == "die Ministerin Anna Roth"


def test_focus_particle_before_the_subject():
    text = "Auch der frühere Schiedsrichter Urs Baum kritisierte, der Spieler habe gefoult."
    assert speaker_of(text, "indirect") == "der frühere Schiedsrichter Urs Baum"


def test_subordinate_clause_with_its_own_speech_verb_is_not_the_first_verbs_content():
    text = "Der Minister Karl Berg bestritt das jedoch, indem er sagte, eine engere Zusammenarbeit würde nichts ersetzen."
    qs = extract(nlp.parse(text))
    content = next(q for q in qs if q.kind == "indirect")
    assert content.text == "eine engere Zusammenarbeit würde nichts ersetzen"
    assert content.speaker.text == "er" and content.speaker.name == "Karl Berg"


def test_free_indirect_speech_after_a_relayed_report_continues_the_source():
    text = ("Nach einem Bericht des Nordkuriers warnten die Ärzte der Klinik vor einer Grippewelle. "
            "Die Zahl der Fälle steige stark.")
    qs = extract(nlp.parse(text))
    assert qs[0].kind == "reported" and qs[0].relay.text == "des Nordkuriers"
    free = [q for q in qs if q.kind == "free_indirect"]
    assert len(free) == 1 and free[0].speaker.text == "des Nordkuriers"


def test_relative_clause_after_a_reported_speech_act_belongs_to_it():
    text = "Die Verbraucherzentrale fordert neue Regeln für Etiketten, die vor zu viel Zucker warnen."
    qs = extract(nlp.parse(text))
    assert [(q.kind, q.text) for q in qs] == [("reported", text)]
    assert qs[0].speaker.text == "Die Verbraucherzentrale"


def test_so_with_a_reporting_verb_after_the_content():
    text = "Der Flug sei für den Kranken eine Qual, so bestätigt das Gericht."
    q = extract(nlp.parse(text))
    assert [(x.kind, x.text, x.speaker.text) for x in q] == [("indirect", "Der Flug sei für den Kranken eine Qual",
                                                              "das Gericht")]


def test_sentence_confirmed_by_the_next_one_is_content_not_a_report():
    text = "Ein Sturm hat mindestens fünf Menschenleben gefordert. Dies bestätigte der Bürgermeister Karl Hein."
    q = extract(nlp.parse(text))
    assert [(x.kind, x.speaker.name) for x in q] == [("indirect", "Karl Hein")]


def test_participle_read_as_finite_verb_keeps_the_vorfeld_subject():
    text = ("Müller hatte in einem Interview gesagt, die Fraktionen müssten mitreden. "
            "Schmidt hatte besonders die Rolle der Vorsitzenden betont: „Die Entscheidungen fallen im kleinen Kreis.“")
    assert speaker_of(text, "direct") == "Schmidt"


def test_apposition_between_commas_before_the_verb_speaks():
    text = ("Ministerin Eva Kurz wies diese Behauptung zurück, die Sprecherin der Fraktion, Sandra Bohl, erklärte: "
            "„Neid ist fehl am Platz.“")
    assert speaker_of(text, "direct") == "die Sprecherin der Fraktion, Sandra Bohl"


def test_the_speaker_mention_carries_its_word_order_reason():
    qs = extract(nlp.parse("Am Montag erklärte in Berlin die Sprecherin Anna Roth, die Lage sei ernst."))
    assert len(qs) == 1 and qs[0].speaker.text == "die Sprecherin Anna Roth"
    assert any(e.startswith("Subjekt") for e in qs[0].evidence)
