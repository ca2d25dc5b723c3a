"""Speaker rules within one sentence (source markers inside the content, relative clauses, speech nouns), on
sentences written for these tests."""

from __future__ import annotations

from _quotes_support import only, quotes_of


def test_source_marker_inside_the_content_names_the_source_and_the_subject_relays():
    q = only("Die Sprecherin der Stadt sagte am Montag, nach Angaben der Feuerwehr sei niemand verletzt worden.",
             "indirect")
    assert q.speaker.text == "der Feuerwehr"
    assert q.relay is not None and q.relay.text == "Die Sprecherin der Stadt"
    assert any(e.startswith("Quellenangabe im Inhalt: nach Angaben der Feuerwehr") for e in q.evidence)


def test_laut_before_the_verb_still_only_relays():
    q = only("Laut dem Bericht der Zeitung sagte der Bürgermeister, die Schule werde im Herbst eröffnet.", "indirect")
    assert q.speaker.text == "der Bürgermeister"
    assert q.relay is not None and "Bericht" in q.relay.text


def test_source_marker_in_brackets_is_an_aside_not_the_source():
    q = only("Die Gemeinden erwarten hohe Kosten, die durch den Umbau entstünden (Zahlen laut Landesamt).",
             "indirect")
    assert q.speaker.text == "Die Gemeinden"


def test_wonach_clause_after_a_noun_names_that_noun_as_source():
    q = only("Im Rathaus kursiert eine Schätzung, wonach der Neubau doppelt so teuer werde.", "indirect")
    assert q.speaker.text == "eine Schätzung"
    assert any(e.startswith("wonach-Satz") for e in q.evidence)


def test_wonach_clause_after_a_verbs_object_is_the_objects_content():
    q = only("Das Ministerium bestätigte die Berichte der Lokalzeitung, wonach die Fabrik schließen werde.",
             "indirect")
    assert q.speaker.text == "die Berichte der Lokalzeitung"
    assert q.cue.lemma == "bestätigen"


def test_text_in_a_passive_sentence_is_the_source_not_its_subject():
    q = only("Im Jahresbericht wurde die Lage der Kliniken als angespannt bezeichnet.", "reported")
    assert q.speaker is not None and q.speaker.text == "Jahresbericht"
    assert "Passiv ohne genannten Sprecher" not in q.evidence


def test_active_perfect_is_no_passive_source():
    q = only("Der Verband, der 1990 gegründet wurde, hat in einer Stellungnahme bekannt gegeben, dass er klagen werde.",
             "indirect")
    assert q.speaker.text.startswith("Der Verband")


def test_a_new_main_clause_with_its_own_speaker_ends_the_content():
    qs = [q for q in quotes_of("Der Bürgermeister sagte, die Brücke sei sicher, doch ein Sprecher der Bahn erklärte, "
                               "die Prüfung noch nicht abschließen zu können.") if q.kind == "indirect"]
    assert [(q.text, q.speaker.text) for q in qs] == [
        ("die Brücke sei sicher", "Der Bürgermeister"),
        ("die Prüfung noch nicht abschließen zu können", "ein Sprecher der Bahn")]


def test_source_marker_before_a_passive_speaks_itself():
    q = only("Nach dem Urteil des Gerichts sind die Verträge für ungültig erklärt worden, die Stadt müsse neu verhandeln.",
             "indirect")
    assert q.speaker.text == "dem Urteil des Gerichts"
    assert q.relay is None


def test_bare_noun_in_the_vorfeld_is_the_object_before_der_noun():
    q = only("Breite Zustimmung findet der Plan, die alte Brücke abzureißen.", "indirect")
    assert q.speaker.text == "der Plan"


def test_nach_with_a_proposal_noun_names_the_source():
    q = only("Nach dem Vorschlag der Kommission sollen die Gebühren im Herbst sinken.", "indirect")
    assert q.speaker.text == "der Kommission"
    q = only("Nach Meyers Idee soll die Stadt einen zweiten Bahnhof bekommen.", "indirect")
    assert q.speaker.text == "Meyers"
