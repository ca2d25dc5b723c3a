"""Words around a quotation that are not its content: a relative clause on the source after „laut X“, and the
question put to a speaker before the answer. Sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind, only


def test_relative_clause_on_the_source_after_laut_is_not_content():
    q = only("Laut einem internen Papier, aus dem die „Neustädter Rundschau“ zitiert, soll die Verwaltung bereits "
             "einen Architekten beauftragt haben.", "indirect")
    assert q.text == "soll die Verwaltung bereits einen Architekten beauftragt haben"
    assert q.speaker is not None and q.speaker.text == "einem internen Papier"
    assert "Relativsatz zur Quelle gehört nicht zum Inhalt" in q.evidence


def test_relative_clause_on_the_source_with_a_plain_relative_pronoun():
    q = only("Laut dem Gutachten, das am Montag vorgestellt wurde, sei die Brücke marode.", "indirect")
    assert q.text == "sei die Brücke marode"


def test_question_put_to_the_speaker_is_not_her_indirect_speech():
    text = ("Auf die Frage, ob Deutschland die Sanktionen verschärfen wolle, antwortete die Ministerin ausweichend: "
            "„Alle Optionen liegen auf dem Tisch.“")
    assert of_kind(text, "indirect", "free_indirect") == []
    answer = only(text, "direct")
    assert answer.speaker is not None and answer.speaker.text == "die Ministerin"


def test_answer_after_the_question_is_still_her_indirect_speech():
    q = only("Auf die Frage, ob sie zurücktrete, sagte die Ministerin, sie denke nicht daran.", "indirect")
    assert q.text == "sie denke nicht daran"
    assert q.speaker is not None and q.speaker.text == "die Ministerin"


def test_pronoun_of_the_passage_speaker_is_no_second_voice_inside_the_passage():
    text = ("„Das war meine Altersvorsorge“, sagte die Rentnerin. Sie hoffe, wenigstens einen Teil des Geldes "
            "zurückzubekommen.")
    passage = only(text, "free_indirect", "indirect")
    assert passage.kind == "free_indirect"
    assert passage.text == "Sie hoffe, wenigstens einen Teil des Geldes zurückzubekommen."
    assert passage.speaker is not None and passage.speaker.text == "die Rentnerin"


def test_named_other_voice_inside_the_passage_still_speaks():
    text = ("Der Anwalt sagte, sein Mandant sei unschuldig. Die Staatsanwaltschaft werfe ihm aber vor, das Geld "
            "behalten zu haben.")
    inner = [q for q in of_kind(text, "indirect") if q.text == "das Geld behalten zu haben"]
    assert len(inner) == 1 and inner[0].speaker.text == "Die Staatsanwaltschaft"
