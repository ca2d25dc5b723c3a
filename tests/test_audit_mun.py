"""Faults found by auditing the engine on municipal and migration reports we wrote (council meetings, citizens'
meetings, refugee housing, minutes and letters to the editor)."""

from __future__ import annotations

import pytest

from tests._quotes_support import of_kind, only, sources_of


def test_so_dass_after_a_loud_verb_is_a_result_not_words():
    text = ("Eine Anwohnerin meldete sich zu Wort. Sie wohne direkt an der Kreuzung, erzählte sie. "
            "Nachts donnerten die Lastwagen so laut, dass die Gläser im Schrank klirrten. "
            "„Ich kann seit Monaten nicht mehr durchschlafen.“")
    assert [(q.kind, q.speaker.name) for q in of_kind(text)] == [("indirect", "Anwohnerin"), ("direct", "Anwohnerin")]
    assert of_kind("Der Redner sprach so leise, dass ihn kaum jemand im Saal verstand.") == []


def test_dass_clause_after_so_deutlich_wie_nie_is_still_content():
    q = only("Die Kämmerin betonte so deutlich wie nie, dass die Stadt sparen müsse.", "indirect")
    assert q.text == "dass die Stadt sparen müsse"
    assert "dass-Satz nach dem Redeverb" in q.evidence


def test_surname_that_is_also_a_season_opens_a_frame():
    text = ("Landrat Peter Sommer verteidigte die Pläne. Eine Frau entgegnete, das sei zu viel. "
            "Sommer sagte zu, die Zahl noch einmal zu prüfen.")
    assert [q.speaker.name for q in of_kind(text, "indirect")] == ["Eine Frau", "Peter Sommer"]
    assert "Subjekt im Vorfeld" in of_kind(text, "indirect")[1].evidence


def test_season_without_a_person_stays_a_time():
    q = only("Im Frühjahr hatte der Landrat Peter Sommer noch gewarnt. Ende Mai sagte er, die Halle werde frei.",
             "indirect")
    assert q.speaker.name == "Peter Sommer"


def test_place_after_aus_is_no_speaker_a_pronoun_could_take():
    text = ("Werner Gruber aus Unterau meint, die Gemeinde habe jahrelang nichts investiert. "
            "„Das ist schlechte Politik“, findet er.")
    q = only(text, "direct")
    assert q.speaker.name == "Werner Gruber"
    assert "Pronomen „er“ → Werner Gruber" in q.evidence
    assert "Unterau" not in sources_of(text)


def test_refugee_described_without_name_takes_up_er():
    text = ("Bürgermeister Klaus Wendler räumte ein, die Gemeinde habe nichts gewusst. "
            "Ein Geflüchteter aus Syrien, der anonym bleiben möchte, lebt seit vier Jahren im Nachbarort. "
            "Er sagte unserer Zeitung, er verstehe die Sorgen.")
    q = of_kind(text, "indirect")[1]
    assert q.speaker.name == "Geflüchteter"
    assert q.speaker.kind == "anonymous"
    assert "Pronomen „Er“ → Geflüchteter" in q.evidence


def test_municipal_offices_are_roles_in_the_source_inventory():
    text = ("Landrätin Claudia Meißner sagte, der Kreis sei verpflichtet. "
            "Ortsvorsteher Jürgen Hahn klagte, sein Ortsteil gehe leer aus. "
            "Kreiskämmerer Stefan Pohl erläuterte, der Bund erstatte nur einen Teil. "
            "Grünen-Rätin Lena Vogt hielt dagegen, die Fläche sei wertlos. "
            "Sozialdezernentin Petra Albers räumte ein, die Halle sei keine Dauerlösung.")
    found = sources_of(text)
    assert {n: (s.kind, s.role) for n, s in found.items()} == {
        "Claudia Meißner": ("person", "Landrätin"), "Jürgen Hahn": ("person", "Ortsvorsteher"),
        "Stefan Pohl": ("person", "Kreiskämmerer"), "Lena Vogt": ("person", "Grünen-Rätin"),
        "Petra Albers": ("person", "Sozialdezernentin")}
    assert found["Lena Vogt"].affiliation == "Grüne"


def test_the_council_itself_stays_an_organisation():
    q = only("Der Gemeinderat beschloss am Dienstag, das Hallenbad zu schließen.", "indirect")
    assert q.speaker.kind == "organisation"


def test_planned_passive_after_a_pointer_is_the_narrators():
    text = ("Die Bürgermeisterin bat um Ruhe und verwies auf die Bürgerfragestunde. "
            "Der Bebauungsplan soll im Frühjahr öffentlich ausgelegt werden.")
    assert [q.kind for q in of_kind(text)] == ["reported"]


def test_soll_passive_after_a_demand_goes_on_with_the_demand():
    text = "Die Staatsanwältin forderte harte Strafen. Auch andere Beteiligte sollen bestraft werden."
    q = only(text, "free_indirect")
    assert q.speaker.text == "Die Staatsanwältin"


def test_darin_points_past_an_infinitive_with_zu():
    text = ("Der Ortschaftsrat beschloss einstimmig, eine Resolution an das Verkehrsministerium zu schicken. "
            "Darin heißt es, die Sicherheit der Kinder müsse Vorrang haben.")
    q = of_kind(text, "indirect")[1]
    assert q.speaker.name == "Ortschaftsrat"  # the council that sends the resolution speaks in it
    assert "„Darin“ zeigt zurück auf: eine Resolution" in q.evidence
    assert "Verfasser: Handelnder des Satzes mit „eine Resolution“ → Ortschaftsrat" in q.evidence


def test_reason_noun_before_a_colon_goes_on_with_the_speaker_before():
    text = ("Ortsvorsteherin Elke Brandt berichtete, das Regierungspräsidium habe den Antrag erneut abgelehnt. "
            "Begründung: Die Hauptstraße sei eine Landesstraße.")
    q = of_kind(text, "indirect")[1]
    assert (q.text, q.speaker.name, q.cue.lemma) == ("Die Hauptstraße sei eine Landesstraße", "Elke Brandt",
                                                     "Begründung")
    assert "Sprecher aus dem vorigen Zitat übernommen" in q.evidence


def test_accusation_before_a_colon_is_not_the_accused_s():
    q = only("Die Polizei ermittelt gegen den Bürgermeister. Der Vorwurf: Er habe Geld angenommen.", "indirect")
    assert q.speaker.text == "Der Vorwurf"


def test_a_council_paper_after_laut_is_a_document_not_a_person():
    found = sources_of("Laut Sitzungsvorlage sollen auf dem Gelände rund 80 Wohnungen entstehen.")
    assert (found["Sitzungsvorlage"].kind, found["Sitzungsvorlage"].named) == ("anonymous", False)
    found = sources_of("Der Ortschaftsrat beschloss, eine Resolution zu schicken. "
                       "Darin heißt es, die Sicherheit der Kinder müsse Vorrang haben.")
    assert found["Ortschaftsrat"].kind == "organisation" and "Resolution" not in found  # the council's paper
    assert sources_of("Lagarde: „Wir handeln.“")["Lagarde"].kind == "person"


def test_a_council_of_a_place_is_an_organisation():
    found = sources_of("Der Flüchtlingsrat Bayern hatte in einer Stellungnahme vor „Diskriminierung“ gewarnt.")
    assert found["Flüchtlingsrat Bayern"].kind == "organisation"
    assert sources_of("Landrat Thomas Bold sagte, die Karte komme im März.")["Thomas Bold"].kind == "person"


@pytest.mark.parametrize(("text", "name"), [
    ("Der Landkreis Rosenheim teilte mit, die Halle bleibe bis Ostern belegt.", "Landkreis Rosenheim"),
    ("Der Integrationsbeirat Weilheim kritisierte, die Stadt handle zu spät.", "Integrationsbeirat Weilheim"),
    ("Der Helferkreis Rothenbach kritisierte, die Stadt handle zu spät.", "Helferkreis Rothenbach"),
])
def test_a_local_body_named_with_its_place_is_no_person(text, name):
    found = sources_of(text)
    assert list(found) == [name]
    assert found[name].kind == "organisation"


def test_a_role_before_an_unknown_surname_still_names_a_person():
    assert sources_of("Landrätin Meißner kritisierte, der Bund zahle zu wenig.")["Meißner"].kind == "person"


def test_a_body_in_a_prepositional_phrase_does_not_stop_verbless_words():
    q = only("Ein großer Erfolg für den Verein, sagte der Trainer am Montag.", "indirect")
    assert q.text == "Ein großer Erfolg für den Verein"
    assert "nachgestellte Redeeinleitung nach Worten ohne Verb" in q.evidence
    assert of_kind("Die Politikerin, Anja Hajduk, kritisierte den Plan.") == []


def test_darin_does_not_overwrite_why_the_body_spoke_in_its_own_sentence():
    text = ("Der Flüchtlingsrat hatte in einer Stellungnahme vor Diskriminierung gewarnt. "
            "Die Karte erschwere den Alltag, heißt es darin.")
    first, second = of_kind(text)
    assert "Subjekt im Vorfeld" in first.evidence
    assert not any("„dort“/„darin“" in e for e in first.evidence)
    assert "Quelle: „dort“/„darin“ verweist auf den Handelnden des vorigen Satzes" in second.evidence


@pytest.mark.parametrize(("text", "kind", "count", "index", "name", "evidence"), [
    pytest.param("Eine Rentnerin sagte, sie habe eigentlich keine Angst. Ein junger Altenpfleger aus Eritrea, der seit "
                 "drei Jahren in der Stadt lebt, hörte still zu. Er wolle nicht mit Namen in der Zeitung stehen, "
                 "sagte er.", "indirect", 2, 1, "junger Altenpfleger",
                 ("Pronomen „er“ → junger Altenpfleger",),
                 id="er_after_an_unnamed_man_with_an_occupation_is_not_the_woman_before"),
    pytest.param("Jan Meyer kontrollierte am Abend den Eingang. „Alles ruhig“, sagte der Rentner.", "direct", 1, 0,
                 "Jan Meyer",
                 ("Bezeichnung „der Rentner“ ohne Namen → zuletzt mit passendem Geschlecht: Jan Meyer",),
                 id="description_without_an_unnamed_introduction_still_takes_the_named_person"),
    # the chamber that warned in the letter speaks in it
    pytest.param("Die Kammer warnte in einem Schreiben an die Landrätin, dass Betriebe wegen der Wartezeiten "
                 "Fachkräfte verlören. Darin heißt es: «Jeder Monat Wartezeit kostet uns Mitarbeiter.»", "direct", 1, 0,
                 "Kammer",
                 ("„Darin“ zeigt zurück auf: einem Schreiben",
                  "Verfasser: Handelnder des Satzes mit „einem Schreiben“ → Kammer"),
                 id="darin_points_into_the_letter_not_to_the_last_noun"),
])
def test_the_speaker_taken_up_and_the_evidence_for_it(text, kind, count, index, name, evidence):
    found = of_kind(text, kind)
    assert len(found) == count, [(q.kind, q.text) for q in found]
    q = found[index]
    assert q.speaker.name == name
    missing = [e for e in evidence if e not in q.evidence]
    assert evidence and not missing, (missing, q.evidence)


def test_er_never_takes_up_a_woman_introduced_with_eine():
    q = of_kind("Eine Rentnerin sagte, sie habe keine Angst. Danach sagte er, er wolle gehen.", "indirect")[1]
    assert q.speaker.name != "Eine Rentnerin"
    q = of_kind("Eine Rentnerin sagte, sie habe keine Angst. Danach sagte sie, sie wolle gehen.", "indirect")[1]
    assert q.speaker.name == "Eine Rentnerin"


def test_description_takes_up_the_unnamed_person_introduced_with_ein():
    text = ("Polizist Jan Meyer kontrollierte am Abend einen Rentner. „Ich habe nichts getan“, sagte der Rentner.")
    q = only(text, "direct")
    assert (q.speaker.name, q.speaker.kind) == ("Rentner", "anonymous")
    assert not any(e.startswith("Bezeichnung") for e in q.evidence)


def test_a_noun_after_fuer_in_a_body_s_name_is_no_role():
    found = sources_of("Das Bundesamt für Migration und Flüchtlinge (BAMF) verweist auf die Zuständigkeit der Länder.")
    assert found["BAMF"].role is None
    found = sources_of("Ein Asylbewerber aus Afghanistan sagte: „Ich will arbeiten.“")
    assert next(iter(found.values())).role == "Asylbewerber"


def test_a_truncated_compound_is_one_body_speaking():
    q = only("Die Industrie- und Handelskammer warnte, dass Betriebe Fachkräfte verlören.", "indirect")
    assert q.speaker.text == "Die Industrie- und Handelskammer"
    assert q.speaker.kind == "organisation"
    assert sources_of("Bund und Länder kritisierten, das Gesetz sei zu teuer.")["Bund und Länder"].kind == "group"


def test_a_role_in_the_headline_names_the_person_introduced_with_it():
    text = ("Landrätin: «Wir brauchen mehr Personal»\n\nKreis Ravensburg. Die Wartezeiten sind lang. "
            "Landrätin Elisabeth Wagner (CDU) sagte, die Behörde habe 14 unbesetzte Stellen.")
    q = of_kind(text, "direct")[0]
    assert q.speaker.name == "Elisabeth Wagner"
    assert "Überschrift: Rolle „Landrätin“ → im Text genannt als „Landrätin Elisabeth Wagner“" in q.evidence
    text = "Landrätin: «Wir brauchen mehr Personal»\n\nKreis Ravensburg. Die Wartezeiten sind lang."
    assert of_kind(text, "direct")[0].speaker.name == "Landrätin"


@pytest.mark.parametrize("frame", ["entgegnete ihm der Bürgermeister", "hielt ihnen der Bürgermeister entgegen"])
def test_a_dative_pronoun_after_a_closing_frame_s_verb_is_the_addressee(frame):
    q = only(f"Das sei Unsinn, {frame}.", "indirect")
    assert (q.text, q.speaker.text) == ("Das sei Unsinn", "der Bürgermeister")
    assert "nachgestellte Redeeinleitung" in q.evidence


def test_an_apposition_before_an_infinitive_with_zu_belongs_to_the_speaker():
    text = ("Unter Applaus forderte der Vorsitzende des Elternbeirats, Martin Kraus, die Halle bis zum Sommer "
            "freizugeben.")
    q = only(text, "indirect")
    assert q.text == "die Halle bis zum Sommer freizugeben"
    assert q.speaker.name == "Martin Kraus"
    assert "Infinitiv mit zu nach Forderungsverb" in q.evidence


@pytest.mark.parametrize(("text", "content"), [
    ("Sie wisse nicht, wie es weitergehe, sagt die 34-Jährige.", "Sie wisse nicht, wie es weitergehe"),
    ("Er frage sich, ob das reiche, sagte der Landrat.", "Er frage sich, ob das reiche"),
])
def test_a_konjunktiv_frame_inside_preposed_words_is_part_of_them(text, content):
    q = only(text, "indirect")
    assert q.text == content
    assert q.cue.lemma == "sagen"


def test_a_konjunktiv_frame_on_its_own_still_reports():
    q = only("Sie wisse nicht, wie es weitergehe.", "indirect", "free_indirect")
    assert q.text == "wie es weitergehe"


def test_a_question_with_sollen_after_a_letter_is_the_writers_not_hearsay():
    text = ("Familie Schäfer aus Oberau schreibt, ihre Kinder hätten im Hallenbad schwimmen gelernt. "
            "Wo sollen das künftig die Grundschüler lernen?")
    q = only(text, "free_indirect")
    assert q.speaker.name == "Schäfer"
    assert "Frage mit „sollen“ direkt nach der Redewiedergabe: gehört zu denselben Worten" in q.evidence
    assert not any("Hörensagen" in e for e in q.evidence)


def test_er_after_an_unnamed_young_man_is_that_man():
    text = ("Kämmerer Hans Roth erläuterte die Kosten. Eine Rentnerin sagte, sie habe keine Angst. Ein junger Mann "
            "aus Eritrea, der seit drei Jahren hier lebt, hörte still zu. Er wolle nicht mit Namen in der Zeitung "
            "stehen, sagte er.")
    q = of_kind(text, "indirect")[1]
    assert q.speaker.name == "junger Mann"
    assert "Pronomen „er“ → junger Mann" in q.evidence
