"""Free indirect speech that continues an earlier speaker: when a Konjunktiv sentence without a frame is
reported speech and whom it is carried over to (sentences written for these tests)."""

from __future__ import annotations

from _quotes_support import of_kind


def _free(text: str):
    return of_kind(text, "free_indirect")


def test_singular_modal_konjunktiv_two_is_the_narrators_guess():
    text = ("Die Bürgermeisterin Anna Roth sagte, die Brücke werde im Mai gesperrt. "
            "Das könnte den Verkehr in der Innenstadt stark belasten.")
    assert _free(text) == []


def test_plain_wish_with_moechte_is_no_reported_speech():
    text = ("Der Landrat Peter Kühn sagte, die Kreisstraße werde im Sommer erneuert. "
            "Diesen Ärger möchte er den Anwohnern ersparen.")
    assert _free(text) == []


def test_plural_konjunktiv_two_replaces_the_konjunktiv_one():
    text = ("Der Landrat Peter Kühn sagte, die Kreisstraße werde im Sommer erneuert. "
            "Die Arbeiten würden etwa drei Monate dauern.")
    free = _free(text)
    assert len(free) == 1 and free[0].text.startswith("Die Arbeiten würden")
    assert "Peter Kühn" in free[0].speaker.text


def test_passive_report_without_speaker_hands_over_to_the_actor_of_its_sentence():
    text = ("Die Staatsanwaltschaft Köln hat Anklage gegen einen Bauunternehmer erhoben: Ihm wird vorgeworfen, "
            "Steuern hinterzogen zu haben. Außerdem soll er jahrelang Arbeiter schwarz beschäftigt haben.")
    free = _free(text)
    assert len(free) == 1 and free[0].text.startswith("Außerdem soll er")
    assert free[0].speaker is not None and "Staatsanwaltschaft Köln" in free[0].speaker.text
    assert any("Handelnder oder Quelle des vorigen Satzes" in e for e in free[0].evidence)


def test_a_name_in_the_genitive_does_not_move_the_speaker_to_that_person():
    text = ("Der Prozess gegen den Bauunternehmer Klaus Ritter geht weiter. Ritters Verteidigerin Julia Brandt vertritt "
            "die Ansicht, das Gutachten sei fehlerhaft. Die Polizei habe Ritter vorverurteilt. "
            "Auch die Zeugen seien nicht glaubwürdig.")
    free = _free(text)
    assert free and all("Verteidigerin Julia Brandt" in q.speaker.text for q in free)


def test_introducing_clause_reaches_past_clauses_without_a_finite_verb():
    text = ("Der Vorsitzende Max Huber hat die Kritik zurückgewiesen. Die Abgeordnete Petra Lang hatte am Montag, "
            "den 3. Mai, in einer Talkshow die These vertreten, die Partei verliere ihre Wähler.")
    found = of_kind(text, "indirect")
    assert [q.text for q in found] == ["die Partei verliere ihre Wähler"]
    assert "Petra Lang" in found[0].speaker.text


def test_agent_of_a_passive_report_speaks_for_the_following_hearsay():
    text = ("Gegen den Betriebsrat Lenz wird von der Staatsanwaltschaft Braunschweig wegen des Verdachts auf Untreue "
            "ermittelt. Prostituierte waren auf Konzernkosten zu Feiern eingeladen worden. "
            "Daran soll Lenz beteiligt gewesen sein.")
    free = _free(text)
    assert len(free) == 1 and "Staatsanwaltschaft Braunschweig" in free[0].speaker.text


def test_document_named_in_a_prepositional_phrase_speaks_for_the_konjunktiv_sentence():
    text = ("Die Bahn hat den Betrieb eingestellt. Im weiteren Verlauf der Pressemitteilung des Unternehmens wird "
            "deutlich, dass der Sturm nicht der einzige Grund war. Auch die Wartung der Oberleitungen sei mangelhaft gewesen.")
    free = _free(text)
    assert len(free) == 1 and free[0].speaker.text == "der Pressemitteilung des Unternehmens"
    assert any("Quelle im vorigen Satz" in e for e in free[0].evidence)


def test_document_before_a_speakerless_report_speaks_for_the_continuation():
    text = ("Nach der Veröffentlichung des Jahresberichts wurde bemängelt, dass viele Verfahren liegen bleiben. "
            "Jedoch sei es nur selten zu einer Anklage gekommen.")
    free = _free(text)
    assert len(free) == 1 and "Jahresberichts" in free[0].speaker.text
