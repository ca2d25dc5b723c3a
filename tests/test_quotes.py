"""One test per hard case of quotation detection, on sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import only, quotes_of


def test_interrupted_quote_is_one_quotation_with_two_spans():
    text = "„Wir werden die Steuern nicht erhöhen“, sagte Finanzministerin Petra Albrecht, „auch nicht nächstes Jahr.“"
    q = only(text)
    assert q.kind == "direct"
    assert [text[s:e] for s, e in q.spans] == ["„Wir werden die Steuern nicht erhöhen“", "„auch nicht nächstes Jahr.“"]
    assert q.speaker.name == "Petra Albrecht"
    assert q.cue.lemma == "sagen"
    assert "unterbrochenes Zitat: Redeeinleitung zwischen zwei Teilen" in q.evidence


def test_follow_on_quote_without_attribution_keeps_the_speaker():
    text = ("„Das ist ein großer Tag“, sagte die Richterin Anna Vogel. „Wir haben lange gewartet. "
            "Jetzt beginnt die Arbeit.“")
    first, second = quotes_of(text)
    assert second.kind == "direct" and second.cue is None
    assert second.speaker.name == first.speaker.name == "Anna Vogel"
    assert any("Anschlusszitat" in e for e in second.evidence)


def test_speaker_named_in_an_earlier_sentence_and_pronoun_resolved():
    text = "Bürgermeister Jonas Keller eröffnete am Montag die Brücke. „Das ist ein großer Tag“, sagte er."
    q = only(text)
    assert q.speaker.text == "er"
    assert q.speaker.name == "Jonas Keller"
    assert any("Pronomen" in e for e in q.evidence)


def test_feminine_pronoun_goes_to_the_last_female_speaker():
    text = ("Finanzminister Tom Berg sprach zuerst. Die Umweltministerin Clara Weiß besuchte danach das Gebiet. "
            "Sie sagte, die Hilfe komme schnell.")
    q = [q for q in quotes_of(text) if q.kind == "indirect"][0]
    assert q.speaker.text == "Sie" and q.speaker.name == "Clara Weiß"
    assert q.text == "die Hilfe komme schnell"


def test_direct_fragment_inside_indirect_speech():
    text = "Der Kanzler erklärte, die Regierung werde „alles Nötige tun“, um die Firmen zu retten."
    kinds = {q.kind: q for q in quotes_of(text)}
    assert set(kinds) == {"indirect", "direct"}
    assert kinds["direct"].text == "„alles Nötige tun“"
    assert kinds["direct"].speaker.name == kinds["indirect"].speaker.name == "Kanzler"
    assert "wörtliches Teilzitat in indirekter Rede" in kinds["direct"].evidence


def test_dass_clause_that_is_only_a_quotation_counts_once_as_direct():
    text = "Laut der Agentur sagte der Minister zu, dass „die Schulen offen bleiben“."
    q = only(text)
    assert q.kind == "direct" and q.speaker.name == "Minister"
    assert q.relay is not None and q.relay.text == "der Agentur"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Die Gewerkschaft teilte mit, die Beschäftigten würden ab Montag streiken.",
         "die Beschäftigten würden ab Montag streiken"),
        ("Die Mieter sagten, sie hätten keine Heizung.", "sie hätten keine Heizung"),
        ("Der Trainer sagte, die Spieler haben gut gekämpft.", None),
    ],
)
def test_konjunktiv_ii_substitute_and_forms_identical_to_the_indicative(text, content):
    if content is None:
        # „haben“ is indicative and Konjunktiv alike: still indirect speech (main clause after the verb),
        # but the evidence must not claim a Konjunktiv
        q = only(text, "indirect")
        assert q.text == "die Spieler haben gut gekämpft"
        assert not any("Konjunktiv" in e for e in q.evidence)
        assert any("Indikativ" in e for e in q.evidence)
    else:
        q = only(text, "indirect")
        assert q.text == content


def test_free_indirect_continues_the_speaker():
    text = "Die Gewerkschaft teilte mit, die Beschäftigten würden streiken. Sie hätten lange genug gewartet."
    q = only(text, "free_indirect")
    assert q.speaker.name == "Gewerkschaft"
    assert q.text == "Sie hätten lange genug gewartet."


def test_so_after_a_quote():
    text = "„Die Preise steigen weiter“, so Ökonom Karl Brandt."
    q = only(text)
    assert q.kind == "direct" and q.speaker.name == "Karl Brandt" and q.cue.lemma == "so"


def test_so_after_indirect_content():
    text = "Die Preise würden weiter steigen, so der Ökonom Karl Brandt."
    q = only(text)
    assert q.kind == "indirect" and q.text == "Die Preise würden weiter steigen"


def test_colon_introduction():
    text = "Merkel: „Wir schaffen das.“"
    q = only(text)
    assert q.kind == "direct" and q.speaker.text == "Merkel"
    assert any("Doppelpunkt" in e for e in q.evidence)


@pytest.mark.parametrize("marks", ["„“", '""', "»«", "«»", "‚‘", "“”"])
def test_every_quotation_mark_style(marks):
    o, c = marks
    text = f"{o}Das Urteil ist falsch und wir gehen in Berufung{c}, sagte der Anwalt Paul Stein."
    q = only(text)
    assert q.kind == "direct"
    assert q.text == f"{o}Das Urteil ist falsch und wir gehen in Berufung{c}"
    assert q.speaker.name == "Paul Stein"


def test_unbalanced_quotation_mark_stops_at_the_frame():
    text = "„Das Gesetz kommt zu spät, sagte die Sprecherin des Verbandes."
    q = only(text)
    assert q.kind == "direct"
    assert q.text == "„Das Gesetz kommt zu spät"
    assert "Anführungszeichen (nicht geschlossen)" in q.evidence
    assert q.speaker.text == "die Sprecherin des Verbandes"


@pytest.mark.parametrize(
    "text",
    [
        "Viele Nutzer haben inzwischen von „Firefox“ auf andere Browser gewechselt.",
        "Der Film „Das Boot“ lief gestern im Fernsehen.",
        "Die Zeitung „Süddeutsche Zeitung“ erscheint täglich.",
        "Die sogenannte „Reform“ kostet viel Geld.",
    ],
)
def test_words_in_quotation_marks_that_are_not_quotations(text):
    assert [q for q in quotes_of(text) if q.kind == "direct"] == []


def test_relay_laut_x_sagte_y():
    text = "Laut der Polizei sagte der Fahrer, er habe das Signal nicht gesehen."
    q = only(text)
    assert q.kind == "indirect"
    assert q.speaker.text == "der Fahrer"
    assert q.relay.text == "der Polizei"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Der Polizei zufolge war der Fahrer zu schnell.", "Der Polizei"),
        ("Nach Angaben des Ministeriums sind 300 Menschen betroffen.", "des Ministeriums"),
        ("Laut Feuerwehr brannte das Haus vollständig ab.", "Feuerwehr"),
    ],
)
def test_source_markers_make_indirect_speech(text, source):
    q = only(text)
    assert q.kind == "indirect" and q.speaker.text.endswith(source.split()[-1])
    assert q.cue is not None and q.cue.connotation == "neutral"


def test_reported_speech_act_with_adversarial_and_demanding_verbs():
    found = quotes_of("Die Regierung wies die Vorwürfe zurück. Die Opposition forderte den Rücktritt des Ministers.")
    assert [(q.kind, q.cue.lemma, q.cue.connotation) for q in found] == [
        ("reported", "zurückweisen", "adversarial"), ("reported", "fordern", "demanding")]
    assert found[0].cue.text == "wies … zurück"


def test_thinking_verb_alone_is_no_speech_act():
    assert quotes_of("Der Minister glaubt an den Erfolg.") == []
