"""Speakers of disputed statements and other speaker repairs of spk6, on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import only


def test_denied_report_speaks_its_content_not_the_denier():
    q = only("Die Regierung dementierte die Meldung, der Minister sei zurückgetreten.", "indirect")
    assert q.text == "der Minister sei zurückgetreten"
    assert q.speaker is not None and q.speaker.text == "die Meldung"
    assert any(e.startswith("Sprecher: die Aussage „die Meldung“, auf die „dementieren“ antwortet") for e in q.evidence)


def test_rejected_statement_with_genitive_owner_and_separable_verb():
    q = only("Der Trainer wies die Darstellung des Vereins zurück, er habe die Spieler beleidigt.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die Darstellung des Vereins"


def test_rejected_reports_before_a_perfect_participle_with_wonach():
    q = only("Das Ministerium hat Berichte der Zeitung zurückgewiesen, wonach Inspektoren Zutritt verlangt hätten.",
             "indirect")
    assert q.speaker is not None and q.speaker.text == "Berichte der Zeitung"


def test_denial_without_a_statement_noun_keeps_its_subject():
    q = only("Der Trainer wies zurück, dass er die Spieler beleidigt habe.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Der Trainer"


def test_a_view_held_by_the_subject_is_the_subjects():
    q = only("Der Minister vertrat die Ansicht, die Steuern seien zu hoch.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Der Minister"


def test_direct_quotation_after_a_coordinated_noun_frame_takes_the_shared_subject():
    doc_text = ("Auch die Ministerin äußerte Bedenken und wagte die Prognose, bei der Wahl würden nicht alle für den "
                "Kandidaten stimmen: „Ich gehe davon aus, dass nicht alle zustimmen.“")
    q = only(doc_text, "direct")
    assert q.speaker is not None and q.speaker.text == "die Ministerin"
    assert "Nomen als Objekt eines angeschlossenen Verbs: Sprecher ist das gemeinsame Subjekt" in q.evidence


def test_a_court_following_an_assessment_does_not_speak_its_content():
    q = only("Das Gericht folgte der Einschätzung, das Logo verletze die Regeln.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Einschätzung"


def test_a_reason_given_with_mit_stays_the_subjects_own():
    q = only("Die Regierung lehnte den Plan mit der Begründung ab, er sei zu teuer.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Regierung"
    assert not any(e.startswith("Sprecher: die Aussage") for e in q.evidence)


def test_von_phrase_before_a_message_noun_names_the_author():
    text = "Der Minister sprach am Morgen. Von der Polizei kam die Information, bei den Toten handele es sich um Diebe."
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.text == "der Polizei"
    assert "Sprecher: Urheber der Aussage im Vorfeld („von …“): der Polizei" in q.evidence


def test_von_phrase_before_a_statement_noun_frame():
    q = only("Von der Regierung stammt die Aussage, die Steuern würden sinken.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Regierung"


def test_von_place_phrase_is_no_author():
    q = only("Von der Brücke aus sah man die Warnung, die Lage sei ernst.", "indirect")
    assert q.speaker is None or q.speaker.text != "der Brücke"
    assert not any(e.startswith("Sprecher: Urheber der Aussage") for e in q.evidence)


def test_words_written_on_a_sign_belong_to_the_sign():
    q = only("Die Demonstranten trugen ein Plakat, auf dem geschrieben stand: „Nie wieder Krieg.“", "direct")
    assert q.speaker is not None and q.speaker.text == "ein Plakat"
    assert "Quelle: worauf oder worin die Worte stehen („auf dem … stand“): ein Plakat" in q.evidence


def test_in_dem_es_heisst_names_the_letter():
    q = only("Die Polizei fand einen Brief, in dem es heißt: „Wir kommen wieder.“", "direct")
    assert q.speaker is not None and q.speaker.text == "einen Brief"


def test_the_words_themselves_are_no_speaker_the_place_is():
    q = only("Darauf waren die Worte zu lesen: „Nie wieder Krieg.“", "direct")
    assert q.speaker is not None and q.speaker.text == "Darauf"
    assert "„die Worte“ sind die zitierten Worte selbst, kein Sprecher; Quelle: Darauf" in q.evidence


def test_the_words_of_a_minister_are_the_ministers():
    q = only("Die Worte des Ministers waren klar: „Nie wieder Krieg.“", "direct")
    assert q.speaker is not None and q.speaker.text == "des Ministers"


def test_demonstrative_subject_after_the_verb_is_named_by_the_last_person_mentioned():
    text = "In einem Gespräch mit dem Anwalt der Familie – Max Roth – sagte dieser, dass der Junge krank sei."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "dieser" and q.speaker.name == "Max Roth"
    assert "Demonstrativpronomen „dieser“ → zuletzt genannt: Max Roth" in q.evidence


def test_demonstrative_in_the_vorfeld_is_left_alone():
    q = only("Der Trainer lobte den Spieler. Dieser sagte, er sei glücklich.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Dieser"


def test_subjects_joined_by_aber_auch_speak_together():
    q = only("Die Grünen, aber auch die SPD forderten, das Gesetz zu ändern.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Grünen, aber auch die SPD"
    assert "Subjekt im Vorfeld: zwei verbundene Nominalphrasen („X, aber auch Y“)" in q.evidence


def test_joined_subjects_after_vor_allem():
    q = only("Vor allem die Grünen, aber auch die SPD forderten, das Gesetz zu ändern.", "indirect")
    assert q.speaker is not None and q.speaker.text == "die Grünen, aber auch die SPD"


def test_apposition_with_a_name_is_unchanged():
    q = only("Die Sprecherin der Stadt, Maria Lang, sagte, die Lage sei ernst.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Die Sprecherin der Stadt, Maria Lang"


def test_name_after_an_accusative_relative_pronoun_is_the_subject():
    q = only("Das ist der Plan, den Gerhard Schröder vorgestellt hatte: „Wir schaffen das.“", "direct")
    assert q.speaker is not None and q.speaker.text == "Gerhard Schröder"
    assert "Subjekt im Relativsatz: Name nach dem Relativpronomen im Objektkasus" in q.evidence


@pytest.mark.parametrize(("text", "speaker"), [
    # „die“ of a thing cannot be the subject: the name after it is
    ("Damit fällt die Marke, die Gerhard Schröder zum Kriterium erklärt hatte: „Wir schaffen das.“", "Gerhard Schröder"),
    # „den“ cannot be the subject: the noun phrase after it is
    ("Das ist der Plan, den die Ministerin vorgestellt hatte: „Wir schaffen das.“", "die Ministerin"),
    # „die“ of a person stays the subject, before a name or another „die“
    ("Es sprach die Ministerin, die Merkel kritisiert hatte: „Wir schaffen das.“", "die"),
    ("Es sprach die Ministerin, die die Reform kritisiert hatte: „Wir schaffen das.“", "die"),
])
def test_subject_of_a_relative_clause_before_the_colon(text, speaker):
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == speaker


def test_nach_denen_content_belongs_to_the_studies():
    text = "Der Geschäftsführer verwies auf Studien der Klinik, nach denen die Therapie oft wirksam sei."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "denen" and q.speaker.name == "Studien der Klinik"
    assert "Quelle: Relativpronomen „denen“ → Studien der Klinik" in q.evidence
    assert "Sprecher aus dem vorigen Satzteil (gemeinsames Subjekt)" not in q.evidence


def test_denen_zufolge_content_belongs_to_the_principles():
    text = ("Der Abgeordnete bezweifelte die Vereinbarkeit des Vorhabens mit den Grundsätzen, denen zufolge jeder "
            "als unschuldig gelte.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == "denen" and q.speaker.name == "Grundsätzen"
    assert "Quelle: Relativpronomen „denen“ → den Grundsätzen" in q.evidence
