"""Audit of history, anniversaries and travel reports: faults a reader would see on new articles, on our own
sentences."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, quotes_of


@pytest.mark.parametrize(("text", "kind", "speaker_text", "name"), [
    # „erinnerte sich die heute 72-Jährige“: „heute“ between article and age noun keeps the description whole, so it
    # refers back to the witness named before (was: the bare „72-Jährige“ as an unnamed source)
    pytest.param("Die Zeitzeugin Gerda Hansen war damals zwölf Jahre alt. „Das Wasser kam in der Nacht“, erinnerte "
                 "sich die heute 72-Jährige.", "direct", "die heute 72-Jährige", "Gerda Hansen",
                 id="age_noun_after_heute"),
    pytest.param("Uwe Lehmann stand am Grenzübergang. „Keiner wusste, was passiert“, erzählt der damals 26-Jährige.",
                 "direct", "der damals 26-Jährige", "Uwe Lehmann", id="age_noun_after_damals"),
    # „In einem Brief seiner Frau Eva heißt es, …“: the letter is by his wife, so the words are Eva's (was: the
    # letter counted as having no writer and went to Klemperer, the actor of the sentence before)
    pytest.param("Victor Klemperer überlebte die Nacht. In einem Brief seiner Frau Eva heißt es, er habe kaum "
                 "sprechen können.", "indirect", "einem Brief seiner Frau Eva", "Eva",
                 id="letter_of_a_named_relative_is_hers_not_the_man_before"),
    # a letter without a writer named still goes to the one who wrote it in the sentence before
    pytest.param("Klemperer schrieb an seinen Verleger. In einem Brief heißt es, er habe kaum sprechen können.",
                 "indirect", "einem Brief", "Klemperer", id="letter_without_a_writer_named"),
    # „sagt die Bürgermeisterin von Bitterfeld, Petra Wust“: the name after the role and its town is the speaker
    # (was: the bare „Bürgermeisterin“ as an unnamed source)
    pytest.param("Der damalige Kanzler Helmut Kohl versprach 1990 blühende Landschaften. Davon sei wenig geblieben, "
                 "sagt die Bürgermeisterin von Bitterfeld, Petra Wust.", "indirect",
                 "die Bürgermeisterin von Bitterfeld, Petra Wust", "Petra Wust",
                 id="name_in_apposition_after_role_of_a_place_is_the_speaker"),
    # a relative clause after the town names nobody
    pytest.param("Davon sei wenig geblieben, sagt die Bürgermeisterin von Bitterfeld, die seit 2001 im Amt ist.",
                 "indirect", "die Bürgermeisterin", "Bürgermeisterin", id="relative_clause_after_the_town"),
])
def test_the_description_that_speaks_and_whom_it_names(text, kind, speaker_text, name):
    q = only(text, kind)
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.name) == (speaker_text, name)


def test_double_first_name_takes_the_gender_of_its_listed_part():
    """„der Historiker Ilko-Sascha Kowalczuk … sagte er“: the double first name is a man's (its part „Sascha“),
    so „er“ takes him up (was: the „-a“ ending made him a woman and „er“ went to the witness named before)."""
    text = ("Der Passkontrolleur Harald Jäger erinnerte sich später an die Nacht. Kritischer äußerte sich der "
            "Historiker Ilko-Sascha Kowalczuk. Der Westen habe nach 1990 vieles falsch gemacht, sagte er.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Ilko-Sascha Kowalczuk"
    assert "Pronomen „er“ → Ilko-Sascha Kowalczuk" in q.evidence


def test_travel_and_witness_nouns_refer_back_to_the_person_named():
    """„sagt die Urlauberin“ after „Annelies de Vries aus Utrecht“: a tourist, witness or guide named before is
    taken up by the bare noun (was: „Urlauberin“ as an unnamed source; „Annelies“ was no known first name)."""
    text = ("Eine davon ist Annelies de Vries aus Utrecht. „Wir lieben die Ruhe hier und den Riesling“, sagt die "
            "Urlauberin.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Annelies de Vries"
    assert "Bezeichnung „die Urlauberin“ ohne Namen → zuletzt mit passendem Geschlecht: Annelies de Vries" \
        in q.evidence
    text = ("Der Zeitzeuge Uwe Lehmann stand am Grenzübergang. Das Tor ging auf. „Keiner wusste, was passiert“, "
            "erzählt der heute 80-jährige Zeitzeuge.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Uwe Lehmann"
    # a tourist introduced without a name after the last named person is not that person
    text = ("Hotelier Markus Reinhardt ist zufrieden. Auch eine Urlauberin aus Köln lobt die Radwege. „Hier ist "
            "es ruhig“, sagt die Urlauberin.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name != "Markus Reinhardt"


def test_state_statistics_office_is_named_in_the_nominative():
    """„Nach Angaben des Statistischen Landesamtes“: the source inventory names the office „Statistisches
    Landesamt“ (was: the genitive „Statistischen Landesamtes“ as its name)."""
    text = "Nach Angaben des Statistischen Landesamtes stieg die Zahl der Übernachtungen im Juli um neun Prozent."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Statistisches Landesamt"
    assert q.speaker.kind == "organisation"


def test_a_thing_that_shows_inside_free_indirect_speech_is_no_speaker():
    """„Die Katastrophe habe gezeigt, wie …“ after the president's words: the passage continues his speech; the
    catastrophe is no second speaker (was: an extra indirect quotation by „Katastrophe“)."""
    text = ("„Wir verneigen uns vor den Toten“, sagte Steinmeier. Die Katastrophe habe gezeigt, wie verletzlich "
            "eine Stadt am Wasser sei.")
    q = only(text, "free_indirect", "indirect")
    assert q.kind == "free_indirect" and q.speaker is not None and q.speaker.name == "Steinmeier"
    # a body that speaks inside the passage still reports words of its own
    text = "„Wir verneigen uns“, sagte Steinmeier. Die Opposition habe behauptet, die Stadt sei sicher."
    inner = only(text, "indirect")
    assert inner.speaker is not None and inner.speaker.text == "Die Opposition"


def test_swiss_statistics_office_is_named_whole():
    """„Laut Bundesamt für Statistik stiegen die Hotelpreise“: the office is „Bundesamt für Statistik“ (was: the
    speaker „Bundesamt“ alone, which says nothing about who counted)."""
    q = only("Laut Bundesamt für Statistik stiegen die Hotelpreise um 3,2 Prozent.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Bundesamt für Statistik"
    assert q.text == "stiegen die Hotelpreise um 3,2 Prozent"


def test_genre_label_over_a_headline_quotation_is_no_speaker():
    """„Interview: „Die Schweiz war nie ein billiges Reiseland““: the label names the genre, not a speaker; the
    words repeated in the text go to the person who says them there (was: speaker „Interview“)."""
    text = ("Interview: „Die Schweiz war nie ein billiges Reiseland“\n\nDie Tourismusdirektorin Martina Caduff "
            "spricht über Preise. „Die Schweiz war nie ein billiges Reiseland“, sagt Caduff.")
    heads = [q for q in quotes_of(text) if q.kind == "direct" and q.sentence == 0]
    assert len(heads) == 1 and heads[0].speaker is not None and heads[0].speaker.name == "Martina Caduff"
    # a name before the colon still speaks
    q = only("Caduff: „Die Schweiz war nie ein billiges Reiseland.“", "direct")
    assert q.speaker is not None and q.speaker.name == "Caduff"


def test_konjunktiv_clause_after_a_mid_frame_goes_on_with_the_words():
    """„…, erklärte er, und daran gebe es keinen Zweifel mehr“: „und“ with a Konjunktiv I clause after the frame
    continues the historian's words (was: the content stopped at the frame)."""
    text = ("Der Historiker Matthias Neutzner hat die Akten untersucht. Eine Kommission habe die Zahl auf höchstens "
            "25.000 festgelegt, erklärte er, und daran gebe es keinen ernsthaften Zweifel mehr.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Matthias Neutzner"
    assert q.text.endswith("daran gebe es keinen ernsthaften Zweifel mehr")
    assert "Fortsetzung nach der Redeeinleitung mit „und“, Konjunktiv I: gebe" in q.evidence
    # a second predicate of the speaker („und fügte hinzu“) or the narrator's indicative is not part of it
    q = only("Die Lage sei ernst, sagte sie, und die Zuhörer klatschten.", "indirect")
    assert q.text == "Die Lage sei ernst"


def test_tourism_board_is_named_whole():
    """„aus Zahlen der Tirol Werbung“, „Laut Österreich Werbung“: the tourism board's listed name is the source
    (was: „Tirol“ and „Österreich“, the places, as organisations)."""
    text = "Noch nie kamen so viele Gäste nach Tirol. Das geht aus Zahlen der Tirol Werbung hervor."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Tirol Werbung"
    q = only("Laut Österreich Werbung kamen im Winter mehr Gäste aus Deutschland.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Österreich Werbung"
    assert q.text == "kamen im Winter mehr Gäste aus Deutschland"


def test_polish_first_name_lets_sie_take_up_the_survivor():
    """„Die 96-jährige Wanda Traczyk-Stawska … Sie habe lange gewartet, sagte sie“: „Wanda“ is a first name, so the
    survivor is a person „sie“ refers to (was: „sie“ unresolved)."""
    text = ("Die 96-jährige Wanda Traczyk-Stawska, die als Mädchen im Aufstand kämpfte, hörte die Rede. Sie habe "
            "lange auf diesen Moment gewartet, sagte sie später.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Wanda Traczyk-Stawska"
    assert "Pronomen „sie“ → Wanda Traczyk-Stawska" in q.evidence


def test_colon_frame_at_paragraph_end_introduces_the_speech_below():
    """„In seiner Rede sagte er:⏎⏎„Ich stehe heute vor Ihnen …““: the frame closing its paragraph with a colon
    introduces the quotation opening the next one (was: a direct quotation of nobody)."""
    text = ("Bundespräsident Frank-Walter Steinmeier hat um Vergebung gebeten. In seiner Rede im Museum sagte er:\n\n"
            "„Ich stehe heute vor Ihnen und bitte um Vergebung. Die Verbrechen von damals sind nicht vergessen.“\n\n"
            "Danach legte er einen Kranz nieder.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Frank-Walter Steinmeier"
    assert "Redeeinleitung mit Doppelpunkt vor dem Zitat im nächsten Absatz" in q.evidence
    # a heading ending in a colon that speaks of nobody introduces nobody
    text = "Die wichtigsten Sätze der Rede im Überblick:\n\n„Ich stehe heute vor Ihnen und bitte um Vergebung.“"
    q = only(text, "direct")
    assert q.speaker is None


def test_a_plaque_that_reminds_is_no_speaker():
    """„Heute, 35 Jahre später, erinnert eine Tafel am Ring daran.“: a time phrase before a frame whose subject is a
    thing is not a quotation (was: „Heute, 35 Jahre später“ as the plaque's words)."""
    text = "„Wir sind das Volk!“, riefen die Demonstranten damals. Heute, 35 Jahre später, erinnert eine Tafel am Ring daran."
    assert of_kind(text, "indirect") == []
    # a person named by a noun without a role still says words without a verb
    q = only("Eigentlich ein schöner Beruf, sagt die Stadtführerin.", "indirect")
    assert q.text == "Eigentlich ein schöner Beruf" and q.speaker is not None
