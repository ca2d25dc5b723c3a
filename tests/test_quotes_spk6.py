"""Speakers of disputed statements and other speaker repairs of spk6, on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import only


def test_denied_report_speaks_its_content_not_the_denier():
    q = only("Die Regierung dementierte die Meldung, der Minister sei zurückgetreten.", "indirect")
    assert q.text == "der Minister sei zurückgetreten"
    assert q.speaker is not None and q.speaker.text == "die Meldung"
    assert any(e.startswith("Sprecher: die Aussage „die Meldung“, auf die „dementieren“ antwortet") for e in q.evidence)


def test_a_reason_given_with_mit_stays_the_subjects_own():
    q = only("Die Regierung lehnte den Plan mit der Begründung ab, er sei zu teuer.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Regierung"
    assert not any(e.startswith("Sprecher: die Aussage") for e in q.evidence)


def test_von_place_phrase_is_no_author():
    q = only("Von der Brücke aus sah man die Warnung, die Lage sei ernst.", "indirect")
    assert q.speaker is None or q.speaker.text != "der Brücke"
    assert not any(e.startswith("Sprecher: Urheber der Aussage") for e in q.evidence)


@pytest.mark.parametrize(("text", "pronoun", "name", "evidence"), [
    pytest.param("In einem Gespräch mit dem Anwalt der Familie – Max Roth – sagte dieser, dass der Junge krank sei.",
                 "dieser", "Max Roth", "Demonstrativpronomen „dieser“ → zuletzt genannt: Max Roth",
                 id="demonstrative_subject_after_the_verb_is_named_by_the_last_person_mentioned"),
    pytest.param("Der Abgeordnete bezweifelte die Vereinbarkeit des Vorhabens mit den Grundsätzen, denen zufolge "
                 "jeder als unschuldig gelte.",
                 "denen", "Grundsätzen", "Quelle: Relativpronomen „denen“ → den Grundsätzen",
                 id="denen_zufolge_content_belongs_to_the_principles"),
])
def test_a_pronoun_speaker_is_named_by_what_it_refers_to(text, pronoun, name, evidence):
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == pronoun and q.speaker.name == name
    assert evidence in q.evidence


def test_nach_denen_content_belongs_to_the_studies():
    text = "Der Geschäftsführer verwies auf Studien der Klinik, nach denen die Therapie oft wirksam sei."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "denen" and q.speaker.name == "Studien der Klinik"
    assert "Quelle: Relativpronomen „denen“ → Studien der Klinik" in q.evidence
    assert "Sprecher aus dem vorigen Satzteil (gemeinsames Subjekt)" not in q.evidence


@pytest.mark.parametrize(("text", "kind", "speaker"), [
    pytest.param("Der Trainer wies die Darstellung des Vereins zurück, er habe die Spieler beleidigt.",
                 "indirect", "die Darstellung des Vereins",
                 id="rejected_statement_with_genitive_owner_and_separable_verb"),
    pytest.param("Das Ministerium hat Berichte der Zeitung zurückgewiesen, wonach Inspektoren Zutritt verlangt "
                 "hätten.",
                 "indirect", "Berichte der Zeitung",
                 id="rejected_reports_before_a_perfect_participle_with_wonach"),
    pytest.param("Der Trainer wies zurück, dass er die Spieler beleidigt habe.",
                 "indirect", "Der Trainer",
                 id="denial_without_a_statement_noun_keeps_its_subject"),
    pytest.param("Der Minister vertrat die Ansicht, die Steuern seien zu hoch.",
                 "indirect", "Der Minister",
                 id="a_view_held_by_the_subject_is_the_subjects"),
    pytest.param("Das Gericht folgte der Einschätzung, das Logo verletze die Regeln.",
                 "indirect", "der Einschätzung",
                 id="a_court_following_an_assessment_does_not_speak_its_content"),
    pytest.param("Von der Regierung stammt die Aussage, die Steuern würden sinken.",
                 "indirect", "der Regierung",
                 id="von_phrase_before_a_statement_noun_frame"),
    pytest.param("Die Polizei fand einen Brief, in dem es heißt: „Wir kommen wieder.“",
                 "direct", "einen Brief",
                 id="in_dem_es_heisst_names_the_letter"),
    pytest.param("Die Worte des Ministers waren klar: „Nie wieder Krieg.“",
                 "direct", "des Ministers",
                 id="the_words_of_a_minister_are_the_ministers"),
    pytest.param("Der Trainer lobte den Spieler. Dieser sagte, er sei glücklich.",
                 "indirect", "Dieser",
                 id="demonstrative_in_the_vorfeld_is_left_alone"),
    pytest.param("Vor allem die Grünen, aber auch die SPD forderten, das Gesetz zu ändern.",
                 "indirect", "die Grünen, aber auch die SPD",
                 id="joined_subjects_after_vor_allem"),
    pytest.param("Die Sprecherin der Stadt, Maria Lang, sagte, die Lage sei ernst.",
                 "indirect", "Die Sprecherin der Stadt, Maria Lang",
                 id="apposition_with_a_name_is_unchanged"),
    # subject of a relative clause before the colon: „die“ of a thing cannot be the subject, the name after it is
    pytest.param("Damit fällt die Marke, die Gerhard Schröder zum Kriterium erklärt hatte: „Wir schaffen das.“",
                 "direct", "Gerhard Schröder", id="relative_clause_die_of_a_thing_before_a_name"),
    # „den“ cannot be the subject: the noun phrase after it is
    pytest.param("Das ist der Plan, den die Ministerin vorgestellt hatte: „Wir schaffen das.“",
                 "direct", "die Ministerin", id="relative_clause_den_before_a_noun_phrase"),
    # „die“ of a person stays the subject, before a name or another „die“
    pytest.param("Es sprach die Ministerin, die Merkel kritisiert hatte: „Wir schaffen das.“",
                 "direct", "die", id="relative_clause_die_of_a_person_before_a_name"),
    pytest.param("Es sprach die Ministerin, die die Reform kritisiert hatte: „Wir schaffen das.“",
                 "direct", "die", id="relative_clause_die_of_a_person_before_die"),
])
def test_speaker_of_the_one_quotation(text, kind, speaker):
    q = only(text, kind)
    assert q.speaker is not None and q.speaker.text == speaker


@pytest.mark.parametrize(("text", "kind", "speaker", "evidence"), [
    pytest.param("Auch die Ministerin äußerte Bedenken und wagte die Prognose, bei der Wahl würden nicht alle für den "
                 "Kandidaten stimmen: „Ich gehe davon aus, dass nicht alle zustimmen.“",
                 "direct", "die Ministerin",
                 "Nomen als Objekt eines angeschlossenen Verbs: Sprecher ist das gemeinsame Subjekt",
                 id="direct_quotation_after_a_coordinated_noun_frame_takes_the_shared_subject"),
    pytest.param("Der Minister sprach am Morgen. Von der Polizei kam die Information, bei den Toten handele es "
                 "sich um Diebe.",
                 "free_indirect", "der Polizei",
                 "Sprecher: Urheber der Aussage im Vorfeld („von …“): der Polizei",
                 id="von_phrase_before_a_message_noun_names_the_author"),
    pytest.param("Die Demonstranten trugen ein Plakat, auf dem geschrieben stand: „Nie wieder Krieg.“",
                 "direct", "ein Plakat",
                 "Quelle: worauf oder worin die Worte stehen („auf dem … stand“): ein Plakat",
                 id="words_written_on_a_sign_belong_to_the_sign"),
    pytest.param("Darauf waren die Worte zu lesen: „Nie wieder Krieg.“",
                 "direct", "Darauf",
                 "„die Worte“ sind die zitierten Worte selbst, kein Sprecher; Quelle: Darauf",
                 id="the_words_themselves_are_no_speaker_the_place_is"),
    pytest.param("Die Grünen, aber auch die SPD forderten, das Gesetz zu ändern.",
                 "indirect", "Die Grünen, aber auch die SPD",
                 "Subjekt im Vorfeld: zwei verbundene Nominalphrasen („X, aber auch Y“)",
                 id="subjects_joined_by_aber_auch_speak_together"),
    pytest.param("Das ist der Plan, den Gerhard Schröder vorgestellt hatte: „Wir schaffen das.“",
                 "direct", "Gerhard Schröder",
                 "Subjekt im Relativsatz: Name nach dem Relativpronomen im Objektkasus",
                 id="name_after_an_accusative_relative_pronoun_is_the_subject"),
])
def test_speaker_of_the_one_quotation_and_its_evidence(text, kind, speaker, evidence):
    q = only(text, kind)
    assert q.speaker is not None and q.speaker.text == speaker
    assert evidence in q.evidence
