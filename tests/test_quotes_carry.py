"""Carried-over speakers and free indirect passages, on sentences written for these tests."""

from __future__ import annotations

from _quotes_support import of_kind, quotes_of


def test_a_run_of_free_indirect_sentences_is_one_passage():
    text = ("Die Bürgermeisterin Jana Roth sagte, der Haushalt sei ausgeglichen. Die Schulden seien gesunken. "
            "Man habe zudem neue Lehrer eingestellt.")
    free = of_kind(text, "free_indirect")
    assert len(free) == 1
    q = free[0]
    assert q.text == "Die Schulden seien gesunken. Man habe zudem neue Lehrer eingestellt."
    assert q.speaker.name == "Jana Roth"
    assert "Fortsetzung der freien indirekten Rede im nächsten Satz" in q.evidence


def test_free_indirect_after_a_follow_on_quote_keeps_the_speaker_of_that_quote():
    text = ("„Wir bleiben hier“, sagte der Sprecher Tom Berg. „Das steht fest.“ "
            "Die Verhandlungen seien aber noch nicht abgeschlossen.")
    q = of_kind(text, "free_indirect")
    assert len(q) == 1 and q[0].speaker is not None and q[0].speaker.name == "Tom Berg"
    assert any(e.startswith("Sprecher aus dem vorigen") and e.endswith("übernommen") for e in q[0].evidence)


def test_konjunktiv_ii_right_after_a_direct_quotation_continues_its_speaker():
    text = ("„Wir haben alles versucht“, sagte die Trainerin Eva Lang. "
            "Mit etwas mehr Glück hätten die Spielerinnen das Finale erreicht.")
    q = of_kind(text, "free_indirect")
    assert len(q) == 1 and q[0].speaker.name == "Eva Lang"
    assert any(e.startswith("Konjunktiv II als Ersatzform") for e in q[0].evidence)


def test_konjunktiv_ii_two_sentences_after_a_direct_quotation_is_the_narrators():
    text = ("„Wir haben alles versucht“, sagte die Trainerin Eva Lang. Das Spiel endete 0:1. "
            "Mit etwas mehr Glück hätten die Spielerinnen das Finale erreicht.")
    assert [q.kind for q in quotes_of(text)] == ["direct"]


def test_soll_with_a_perfect_infinitive_is_hearsay_even_when_haben_is_tagged_finite():
    text = ("Die Staatsanwaltschaft ermittelt gegen einen Bankangestellten. "
            "Beträchtliche Summen soll er veruntreut haben.")
    q = of_kind(text, "free_indirect")
    assert len(q) == 1 and q[0].text == "Beträchtliche Summen soll er veruntreut haben."
    assert any("Hörensagen" in e for e in q[0].evidence)


def test_quoted_words_inside_free_indirect_speech_belong_to_the_continued_speaker():
    text = ("Die Umweltministerin Clara Weiß sagte, der Bericht sei alarmierend. "
            "Es drohe „eine Dürre von nie gekanntem Ausmaß“.")
    qs = quotes_of(text)
    free = [q for q in qs if q.kind == "free_indirect"]
    direct = [q for q in qs if q.kind == "direct"]
    assert len(free) == 1 and free[0].text == "Es drohe „eine Dürre von nie gekanntem Ausmaß“."
    assert len(direct) == 1 and direct[0].speaker.name == "Clara Weiß"
    assert direct[0].speaker.spans == free[0].speaker.spans
    assert direct[0].cue is None
    assert "wörtliches Teilzitat in freier indirekter Rede" in direct[0].evidence


def test_a_study_in_a_konjunktiv_sentence_is_not_the_speaker_of_the_quoted_words():
    text = ("Der Minister Paul Kern verteidigte die Reform. "
            "Die Studie zeige in Wahrheit, „dass die Kosten kaum steigen“.")
    direct = of_kind(text, "direct")
    assert len(direct) == 1 and direct[0].speaker.name == "Paul Kern"


def test_a_quotation_with_an_indicative_speech_verb_keeps_its_own_speaker():
    text = ("Die Umweltministerin Clara Weiß sagte, der Bericht sei alarmierend. "
            "„Wir handeln jetzt“, sagte der Kanzler Otto Brand.")
    direct = of_kind(text, "direct")
    assert len(direct) == 1 and direct[0].speaker.name == "Otto Brand"


def test_things_as_subject_of_the_sentence_before_do_not_speak():
    text = ("Der Stadtanzeiger berichtete, viele Polizisten seien im Einsatz gewesen. "
            "Einige Räumfahrzeuge standen bereit. Es soll zu Zusammenstößen gekommen sein.")
    free = of_kind(text, "free_indirect")
    assert len(free) == 1 and free[0].speaker.text == "Der Stadtanzeiger"


def test_the_actor_of_the_sentence_before_speaks_when_named():
    text = ("Der Stadtanzeiger berichtete, viele Polizisten seien im Einsatz gewesen. "
            "Die Gewerkschaft der Polizei sieht die Lage gelassen. Es gebe keinen Grund zur Sorge.")
    free = of_kind(text, "free_indirect")
    assert len(free) == 1 and free[0].speaker.text == "Die Gewerkschaft der Polizei"
    assert "Sprecher: Handelnder des vorigen Satzes" in free[0].evidence


def test_a_speech_act_in_the_konjunktiv_is_part_of_the_continued_report():
    text = ("Die Staatsanwältin Eva Kühn erklärte, der Fall sei aufgeklärt. "
            "Der Angeklagte gebe die Tat zu, bestreite aber einen Plan.")
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect", "free_indirect"]
    assert qs[1].text == "Der Angeklagte gebe die Tat zu, bestreite aber einen Plan."
    assert qs[1].speaker.name == "Eva Kühn"
    assert "Redehandlung im Konjunktiv: gebe" in qs[1].evidence


def test_a_speech_act_in_the_konjunktiv_without_an_earlier_speaker_stays_a_report():
    text = "Das Wetter war schön. Der Angeklagte gebe die Tat zu, bestreite aber einen Plan."
    qs = quotes_of(text)
    assert [q.kind for q in qs] == ["indirect"] and qs[0].speaker.text == "Der Angeklagte"


def test_an_indicative_verb_after_konjunktiv_content_frames_it_even_outside_the_lexicon():
    text = "Die Ursache des Brandes sei noch unklar, verlautbarte der Feuerwehrchef Jan Ott am Abend."
    qs = quotes_of(text)
    assert [(q.kind, q.text) for q in qs] == [("indirect", "Die Ursache des Brandes sei noch unklar")]
    assert qs[0].speaker.name == "Jan Ott"
    assert "Redeeinleitung nach dem Inhalt: verlautbarte" in qs[0].evidence


def test_a_main_clause_after_a_konjunktiv_reason_is_no_frame():
    text = "Weil die Lage ernst sei, kam der Krisenstab am Abend zusammen."
    assert all(q.kind != "indirect" or q.speaker is None or "Krisenstab" not in q.speaker.text
               for q in quotes_of(text))


def test_heisst_es_after_konjunktiv_content_names_the_source_in_its_prepositional_phrase():
    text = "Die Lage sei ernst, hieß es in einer Mitteilung der Feuerwehr."
    qs = quotes_of(text)
    assert [(q.kind, q.text) for q in qs] == [("indirect", "Die Lage sei ernst")]
    assert qs[0].speaker.text == "einer Mitteilung der Feuerwehr"


def test_heisst_es_without_a_source_names_no_speaker():
    text = "Die Lage sei ernst, hieß es."
    assert all(q.speaker is None or q.speaker.text.lower() != "es" for q in quotes_of(text))
