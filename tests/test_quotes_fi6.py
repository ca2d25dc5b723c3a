"""Free indirect speech: nested reports inside a passage (fi6), on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import quotes_of


def test_konjunktiv_speech_verb_with_its_own_subject_is_a_quotation_of_that_subject():
    text = ("Die Staatsanwältin sagte, der Angeklagte sei am Abend im Haus gewesen. "
            "Dieser behaupte jedoch, er habe das Haus nie betreten.")
    qs = quotes_of(text)
    outer = [q for q in qs if q.kind == "free_indirect"]
    inner = [q for q in qs if q.text == "er habe das Haus nie betreten"]
    assert len(outer) == 1 and outer[0].text.startswith("Dieser behaupte jedoch")
    assert "Staatsanwältin" in outer[0].speaker.text  # the passage still reports the prosecutor
    assert len(inner) == 1 and inner[0].kind == "indirect"
    assert inner[0].speaker.text == "Dieser" and inner[0].cue.text == "behaupte"
    assert any("eigene Redeeinleitung in freier indirekter Rede" in e for e in inner[0].evidence)


def test_nested_accusation_keeps_the_passage_going_in_the_next_sentence():
    text = ("Der Minister erklärte, der Plan sei gescheitert. "
            "Die Opposition werfe ihm vor, er habe die Kosten verschwiegen. "
            "Das sei aber falsch.")
    qs = quotes_of(text)
    inner = [q for q in qs if q.text == "er habe die Kosten verschwiegen"]
    assert len(inner) == 1 and inner[0].speaker.text == "Die Opposition"
    outer = [q for q in qs if q.kind == "free_indirect"]
    assert len(outer) == 1 and "Das sei aber falsch" in outer[0].text
    assert "Minister" in outer[0].speaker.text


def test_speech_verb_in_a_conditional_or_passive_clause_is_no_nested_quotation():
    for condition in ("Wenn der Verein damals geklagt hätte, dass die Straße zu laut sei,",
                      "Hätte der Verein damals geklagt, dass die Straße zu laut sei,"):
        text = f"Der Bürgermeister sagte, die Stadt habe lange gewartet. {condition} gebe es heute keinen Streit."
        assert [q.kind for q in quotes_of(text)] == ["indirect", "free_indirect"]
    text = ("Die Sprecherin erklärte, die Lage sei ruhig. "
            "Den Reisenden sei lediglich abgeraten worden, in die Berge zu fahren.")
    assert [q.kind for q in quotes_of(text)] == ["indirect", "free_indirect"]


def test_subordinate_first_clause_introduces_nothing():
    text = ("Die Polizei teilte mit, der Mann sei gefasst. "
            "Nachdem er seine Opfer verfolgt hat, habe er versucht, sie festzuhalten.")
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect", "free_indirect"]
    assert qs[1].text.startswith("Nachdem er") and "Polizei" in qs[1].speaker.text


def test_konjunktiv_ii_with_a_wenn_clause_between_konjunktiv_sentences_continues_the_report():
    text = ("Die Hilfsorganisation berichtete, die Lage in den Lagern sei dramatisch. "
            "Die Kinder würden oft krank, wenn sie verschmutztes Wasser tränken. "
            "Viele Familien hätten keine Decken mehr.")
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect", "free_indirect"]
    assert qs[1].text.startswith("Die Kinder würden oft krank") and "Decken" in qs[1].text
    assert "Hilfsorganisation" in qs[1].speaker.text
    assert any("mitten im Bericht" in e for e in qs[1].evidence)
    alone = "Die Kinder würden oft krank, wenn sie verschmutztes Wasser tränken."
    assert quotes_of(alone) == []


def test_hearsay_claim_takes_the_source_named_in_the_next_sentence():
    text = ("Die Bande soll mehrere Juweliere überfallen haben. "
            "Dabei sollen laut der Staatsanwaltschaft auch Schüsse gefallen sein.")
    qs = quotes_of(text)
    first = [q for q in qs if q.text.startswith("Die Bande soll")]
    assert len(first) == 1 and first[0].kind == "free_indirect"
    assert "Staatsanwaltschaft" in first[0].speaker.text
    assert any("Quelle im nächsten Satz" in e for e in first[0].evidence)
    hedge = "Die Bande soll mehrere Juweliere überfallen haben. Die Polizei fahndet nach drei Männern."
    assert quotes_of(hedge) == []


def test_verb_final_hearsay_modal_in_a_relative_clause_continues_the_report():
    text = ("Ein Sprecher der Polizei sagte, die Ermittlungen liefen. "
            "Gesucht wird ein Mann, der nach der Tat in einem Auto geflohen sein soll.")
    qs = quotes_of(text)
    fi = [q for q in qs if q.kind == "free_indirect"]
    assert len(fi) == 1 and fi[0].text.startswith("der nach der Tat")
    assert "Sprecher der Polizei" in fi[0].speaker.text



def test_hearsay_about_the_actor_of_the_sentence_before_is_not_his_speech():
    text = "Der Unternehmer Karl Brandt galt als großzügig. Er soll jahrelang Steuern hinterzogen haben."
    assert quotes_of(text) == []  # the narrator's hedge about Brandt, nobody's speech
    text = ("Die Behörden haben einen neuen Erreger entdeckt. "
            "Er soll gegen alle bekannten Mittel resistent geworden sein.")
    qs = quotes_of(text)
    assert len(qs) == 1 and "Behörden" in qs[0].speaker.text


def test_plural_sollten_right_after_a_report_stands_in_for_the_konjunktiv():
    text = ("Die Verkehrszentrale empfahl eine Umleitung über die Landstraße. "
            "Die Autofahrer sollten die Innenstadt am Wochenende meiden.")
    qs = quotes_of(text)
    fi = [q for q in qs if q.kind == "free_indirect"]
    assert len(fi) == 1 and fi[0].text.startswith("Die Autofahrer sollten")
    assert "Verkehrszentrale" in fi[0].speaker.text
    narrator = "Die Autofahrer sollten die Innenstadt am Wochenende meiden."
    assert quotes_of(narrator) == []
