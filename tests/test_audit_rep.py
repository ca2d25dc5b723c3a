"""Audit of reportage, features and portraits (present-tense narration, people referred back to by epithet or
pronoun, letters and diaries, scenes between quotations), on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, quotes_of


def test_pronoun_after_an_epithet_subject_names_the_person_it_refers_to():
    text = ("Als Petra Lindner die Kiste öffnete, fand sie alte Briefe. Die 67-Jährige nimmt einen in die Hand. "
            "„Ich wollte ihn endlich kennenlernen“, erzählt sie.")
    q = of_kind(text, "direct")[0]
    assert q.speaker.text == "sie" and q.speaker.name == "Petra Lindner" and q.speaker.kind == "person"


def test_station_in_life_is_an_epithet_of_the_person_named_before():
    text = ("Theresia Haggenmüller lebt seit 52 Jahren auf der Alpe. Die Rentnerin melkt jeden Morgen acht Kühe. "
            "„Die Tiere warten nicht auf mich“, sagt sie. „Die haben ihren eigenen Kopf“, sagt die Bäuerin.")
    names = [q.speaker.name for q in of_kind(text, "direct")]
    assert names == ["Theresia Haggenmüller", "Theresia Haggenmüller"]


def test_unnamed_subject_without_epithet_stays_as_written():
    text = "Die Frau nimmt einen Brief in die Hand. „Ich wollte ihn endlich kennenlernen“, erzählt sie."
    assert of_kind(text, "direct")[0].speaker.name == "Frau"


def test_quotation_with_its_own_konjunktiv_frame_is_that_speakers():
    text = ("Lindner erinnert sich an die Erzählungen ihrer Großmutter. Der Großvater habe kaum gesprochen. "
            "„Er war da und doch nicht da“, habe die Großmutter gesagt.")
    qs = quotes_of(text)
    direct = [q for q in qs if q.kind == "direct"]
    assert [(q.text, q.speaker.text, q.cue.lemma) for q in direct] == [
        ("„Er war da und doch nicht da“", "die Großmutter", "sagen")]
    assert [q.text for q in qs if q.kind == "free_indirect"] == ["Der Großvater habe kaum gesprochen."]


def test_quoted_fragment_inside_a_konjunktiv_sentence_stays_with_the_continued_speaker():
    text = "Die Ärztin sagte, die Lage sei ernst. Es drohe „eine Katastrophe“."
    q = of_kind(text, "direct")[0]
    assert q.speaker.text == "Die Ärztin" and "wörtliches Teilzitat in freier indirekter Rede" in q.evidence


def test_darauf_points_to_the_card_named_in_the_sentence_before():
    text = "Sabine Reiter schrieb ihm später eine Karte. Darauf steht nur ein Satz: „Danke, dass mein Sohn noch lebt.“"
    q = of_kind(text, "direct")[0]
    assert q.speaker.text == "Darauf" and q.speaker.name == "Karte"
    assert "„Darauf“ zeigt zurück auf: eine Karte" in q.evidence


@pytest.mark.parametrize(("text", "kind", "speaker", "name"), [
    pytest.param("Maurer hat den Brief gerahmt. Darin stehen die Worte: „Danke für alles.“", "direct",
                 "Darin", "Brief", id="darin_names_the_letter_of_the_sentence_before"),
    pytest.param("Jonas Kretschmer erinnert sich an seinen Vater. Der sagte immer, Arbeit sei alles.", "indirect",
                 "Der", "Vater von Jonas Kretschmer", id="opening_demonstrative_masculine"),
])
def test_a_word_pointing_back_is_named_by_the_sentence_before(text, kind, speaker, name):
    q = of_kind(text, kind)[0]
    assert q.speaker.text == speaker and q.speaker.name == name


def test_opening_demonstrative_takes_up_the_person_of_the_sentence_before():
    text = ("Miriam Okafor arbeitet seit fünf Jahren auf der Intensivstation. Die Klinikleitung sucht Personal. "
            "Okafor denkt an ihre Mutter in Lagos, die auch Krankenschwester war. "
            "Die habe immer gesagt, man dürfe die Menschen nie als Nummern sehen.")
    q = next(q for q in quotes_of(text) if q.text == "man dürfe die Menschen nie als Nummern sehen")
    assert q.speaker.text == "Die" and q.speaker.name == "Mutter von Miriam Okafor"
    assert "Demonstrativpronomen „Die“ → zuletzt genannt: ihre Mutter" in q.evidence
    assert "„ihre Mutter“: gehört zur Familie von Miriam Okafor, ist aber nicht Miriam Okafor selbst" in q.evidence


def test_demonstrative_without_a_person_before_is_not_a_role_of_an_earlier_speaker():
    text = ("Die Klinikleitung teilte mit, man suche Personal. Um vier wird es ruhig. "
            "Die habe immer gesagt, man dürfe nie aufgeben.")
    q = next(q for q in quotes_of(text) if q.text == "man dürfe nie aufgeben")
    assert q.speaker.name != "Klinikleitung"


def test_question_before_fragen_is_the_askers_words():
    q = of_kind("Wer das bezahlen soll, fragt der Bürgermeister.", "indirect")[0]
    assert q.text == "Wer das bezahlen soll" and q.speaker.text == "der Bürgermeister" and q.cue.lemma == "fragen"
    assert "nachgestellte Redeeinleitung" in q.evidence


def test_w_clause_before_a_verb_of_saying_stays_no_content():
    assert not [q for q in quotes_of("Was er sagte, bestätigte die Polizei.") if q.cue and q.cue.lemma == "bestätigen"]


def test_a_dass_clause_after_the_same_verb_of_saying_is_content():
    """Positive counterpart: „bestätigen“ itself frames content, so the test above is not empty by default."""
    assert [(q.kind, q.text, q.cue.lemma) for q in quotes_of("Die Polizei bestätigte, dass er gelogen habe.")] == [
        ("indirect", "dass er gelogen habe", "bestätigen")]


def test_lone_first_name_tells_the_gender_for_a_feminine_epithet():
    text = ("Theresia Haggenmüller lebt seit 52 Jahren auf der Alpe. Ihr Sohn Martin, 54, kommt jeden Samstag herauf. "
            "„Ich sage ihr jedes Jahr, dass es das letzte Mal sein soll“, erzählt er. Die Bäuerin schüttelt den Kopf. "
            "Was soll sie denn unten im Dorf, fragt sie.")
    q = next(q for q in quotes_of(text) if q.cue and q.cue.lemma == "fragen")
    assert q.text == "Was soll sie denn unten im Dorf" and q.speaker.name == "Theresia Haggenmüller"


DIALOGUE = ("Jonas Kretschmer klopft gegen den Beton. Seine Kollegin Aylin Demir notiert jeden Riss.\n\n"
            "Kretschmer fragt: „Wie breit?“\n„Zwei Millimeter“, sagt Demir.\n„Dann Note drei.“\n„Eher zweieinhalb.“\n\n"
            "So geht das stundenlang.")


def test_short_lines_of_dialogue_are_quotations():
    texts = [q.text for q in of_kind(DIALOGUE, "direct")]
    assert texts == ["„Wie breit?“", "„Zwei Millimeter“", "„Dann Note drei.“", "„Eher zweieinhalb.“"]


def test_short_title_in_marks_inside_a_sentence_stays_no_quotation():
    assert of_kind("Die Sendung heißt „Wer wird Millionär?“ und läuft seit Jahren.", "direct") == []


def test_lines_of_dialogue_without_reporting_verb_alternate_between_the_two_speakers():
    qs = of_kind(DIALOGUE, "direct")
    assert [q.speaker.text for q in qs] == ["Kretschmer", "Demir", "Kretschmer", "Demir"]
    assert "Dialog: jede neue Zeile spricht die andere Person (wie zwei Zeilen davor)" in qs[2].evidence


def test_follow_on_quotation_on_the_next_line_after_one_speaker_keeps_that_speaker():
    qs = of_kind("„Das hier klingt gesund“, sagt Kretschmer.\n„Und das hier nicht.“", "direct")
    assert [q.speaker.text for q in qs] == ["Kretschmer", "Kretschmer"]


def test_darin_heisst_es_names_the_letter_of_the_sentence_before():
    text = ("Berger hat einen Brief an die Klinikleitung geschrieben. "
            "Darin heißt es, die Belastung gefährde die Patienten.")
    q = of_kind(text, "indirect")[0]
    assert q.text == "die Belastung gefährde die Patienten"
    assert q.speaker.text == "Darin" and q.speaker.name == "Berger"  # who wrote the letter speaks in it
    assert "„Darin“ zeigt zurück auf: einen Brief" in q.evidence
    assert "Verfasser: Handelnder des Satzes mit „einen Brief“ → Berger" in q.evidence


def test_in_dem_brief_heisst_es_keeps_its_prepositional_source():
    q = of_kind("Berger hat einen Brief geschrieben. In dem Brief heißt es, die Lage sei ernst.", "indirect")[0]
    assert q.speaker.text == "dem Brief"


def test_words_without_a_verb_before_a_closing_frame_are_the_speakers():
    q = of_kind("Ein großer Erfolg für die Stadt, sagte die Bürgermeisterin am Montag in Köln.", "indirect")[0]
    assert q.text == "Ein großer Erfolg für die Stadt" and q.speaker.text == "die Bürgermeisterin"
    assert "nachgestellte Redeeinleitung nach Worten ohne Verb" in q.evidence
    q = of_kind("Keine Chance, meint der Trainer.", "indirect")[0]
    assert q.text == "Keine Chance" and q.cue.lemma == "meinen"


def test_subject_with_apposition_before_the_verb_is_no_content():
    text = "Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte den Entwurf."
    assert [q for q in quotes_of(text) if "nachgestellte Redeeinleitung nach Worten ohne Verb" in q.evidence] == []
    assert of_kind("Am Montag, sagte er.", "indirect") == []


def test_quotation_over_two_paragraphs_explains_the_open_mark():
    text = ("Haggenmüller setzt sich und erzählt. „Als ich angefangen habe, gab es hier oben keinen Strom.\n\n"
            "„Heute kommen die Wanderer mit ihren Handys. Das ist auch recht.“")
    qs = of_kind(text, "direct")
    assert [q.speaker.name for q in qs] == ["Haggenmüller", "Haggenmüller"]
    assert qs[0].evidence[0].startswith("Anführungszeichen: das Zitat geht im nächsten Absatz weiter")
    assert qs[1].evidence[0] == "Anführungszeichen"


def test_unclosed_mark_in_one_paragraph_stays_not_closed():
    q = of_kind("„Das Gesetz kommt zu spät, sagte die Sprecherin des Verbandes.", "direct")[0]
    assert q.evidence[0] == "Anführungszeichen (nicht geschlossen)"


def test_thought_before_denkt_sie_is_reported_as_her_thinking():
    text = "Aylin Demir schaut auf die Autobahn. Eigentlich ein schöner Beruf, denkt sie."
    q = of_kind(text, "indirect")[0]
    assert q.text == "Eigentlich ein schöner Beruf" and q.cue.lemma == "denken"
    assert q.speaker.text == "sie" and q.speaker.name == "Aylin Demir"
    assert "nicht laut gesagt" in q.cue.explanation


def test_denken_an_somebody_is_no_report():
    assert quotes_of("Er denkt an seine Mutter.") == []
