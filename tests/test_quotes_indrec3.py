"""Whole indirect quotations found or rightly left out (frames.py), on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind


@pytest.mark.parametrize("text", [
    "Inzwischen wurde auch bekannt, dass der Bürgermeister zurückgetreten ist.",
    "Am Abend wurde dann schließlich bekannt, dass der Bürgermeister zurückgetreten ist.",
])
def test_bekannt_werden_with_adverbs_between_frames_the_dass_clause(text):
    found = of_kind(text, "indirect")
    assert [q.text for q in found] == ["dass der Bürgermeister zurückgetreten ist"]
    assert found[0].speaker is None
    assert "Redeverb: bekannt werden" in found[0].evidence


def test_wie_bekannt_wurde_is_an_impersonal_source_of_the_main_clause():
    found = of_kind("Wie gestern bekannt wurde, ist der Bürgermeister zurückgetreten.", "indirect")
    assert [q.text for q in found] == ["ist der Bürgermeister zurückgetreten"]
    assert "Quellenangabe im wie-Satz" in found[0].evidence


def test_wie_bekannt_without_werden_is_no_source():
    assert of_kind("Wie bekannt, ist der Bürgermeister zurückgetreten.", "indirect") == []


def test_passive_geraten_is_raten_with_its_infinitive():
    found = of_kind("Den Anwohnern wurde geraten, die Fenster geschlossen zu halten.", "indirect")
    assert [q.text for q in found] == ["die Fenster geschlossen zu halten"]
    assert "Redeverb: raten" in found[0].evidence


def test_geraten_in_the_perfect_is_no_speech():
    found = of_kind("Der Wagen ist auf der Brücke ins Schleudern geraten, sagte die Polizei.")
    assert [(q.kind, q.text, q.cue.lemma) for q in found] == [
        ("indirect", "Der Wagen ist auf der Brücke ins Schleudern geraten", "sagen")]


def test_gestanden_with_its_particle_is_eingestehen():
    found = of_kind("Die Veranstalter gestanden ein, dass der Termin zu knapp geplant gewesen war.", "indirect")
    assert [q.text for q in found] == ["dass der Termin zu knapp geplant gewesen war"]
    assert "Redeverb: eingestehen" in found[0].evidence


@pytest.mark.parametrize(("text", "content", "lemma"), [
    ("Dem Verein wird nachgesagt, enge Kontakte zur Industrie zu pflegen.", "enge Kontakte zur Industrie zu pflegen",
     "nachsagen"),
    ("Der Kommission wurde zugebilligt, sorgfältig gearbeitet zu haben.", "sorgfältig gearbeitet zu haben",
     "zubilligen"),
])
def test_dative_passive_of_saying_frames_its_infinitive(text, content, lemma):
    found = of_kind(text, "indirect")
    assert [q.text for q in found] == [content]
    assert f"Redeverb: {lemma}" in found[0].evidence


@pytest.mark.parametrize("text", [
    "Sollte der Antrag angenommen werden, könnte die Bibliothek wieder öffnen.",
    "Falls die Art als gefährdet eingestuft wird, wäre sie die erste in diesem Jahr.",
])
def test_a_speech_verb_in_a_condition_frames_nothing(text):
    assert of_kind(text) == []


@pytest.mark.parametrize("text", [
    "Ein Sprecher der Stadt wollte nicht bestätigen, dass die Brücke gesperrt wird.",
    "Die ersten Proben haben nicht bestätigt, dass das Wasser verunreinigt war.",
    "Die Polizei bestätigte nicht, dass es Verletzte gab.",
])
def test_a_negated_verb_of_stating_states_no_indicative_content(text):
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize(("text", "content"), [
    ("Die Ministerin schloss nicht aus, dass die Steuern steigen.", "dass die Steuern steigen"),
    ("Ein Sprecher bestätigte, dass die Brücke nicht gesperrt wird.", "dass die Brücke nicht gesperrt wird"),
])
def test_a_negated_rejection_or_a_negated_content_still_reports(text, content):
    assert [q.text for q in of_kind(text, "indirect")] == [content]


def test_a_colon_after_a_person_with_an_indefinite_genitive_still_frames_the_content():
    found = of_kind("Am Montag sagte ein Sprecher einer Baufirma: Die Straße bleibt gesperrt.", "indirect")
    assert [q.text for q in found] == ["Die Straße bleibt gesperrt"]


def test_a_colon_spelling_out_an_indefinite_noun_is_no_report():
    assert of_kind("Die Stadt fand am Ende eine Lösung: Die Brücke wird verlegt.", "indirect") == []


@pytest.mark.parametrize("text", [
    "Der Minister gab die Entscheidung bekannt: Die Steuern steigen im Herbst.",
    "Der Minister erklärte den Journalisten: Die Steuern steigen im Herbst.",
    "Der Minister nannte die Gründe: Die Steuern steigen im Herbst.",
])
def test_a_colon_after_a_noun_of_saying_or_a_person_still_frames_the_content(text):
    assert [q.text for q in of_kind(text, "indirect")] == ["Die Steuern steigen im Herbst"]


@pytest.mark.parametrize("text", [
    "Die Schäden sind nicht so schlimm, wie zunächst befürchtet wurde.",
    "Die Arbeiten gingen genauso schnell voran, wie die Stadt angekündigt hatte.",
])
def test_a_wie_clause_after_so_and_an_adjective_compares(text):
    assert of_kind(text, "indirect") == []


def test_a_wie_clause_without_comparison_is_still_a_source():
    found = of_kind("Die Schäden sind groß, wie die Polizei mitteilte.", "indirect")
    assert [q.text for q in found] == ["Die Schäden sind groß"]
    assert found[0].speaker.text == "die Polizei"


def test_an_indicative_main_clause_opened_by_an_adverb_after_a_speech_verb_is_its_content():
    found = of_kind("Als Grund gab die Polizei an, vermutlich halten sich noch Menschen im Gebäude auf.", "indirect")
    assert [q.text for q in found] == ["vermutlich halten sich noch Menschen im Gebäude auf"]
    assert found[0].speaker.text == "die Polizei"


@pytest.mark.parametrize("text", [
    "Die Gewerkschaft verlangte mehr Lohn, doch hat der Verband nicht zugestimmt.",
    "Die Polizei erklärte den Einsatz, dann fuhr sie zurück in die Stadt.",
])
def test_a_narrating_or_contrasting_adverb_after_the_comma_opens_no_content(text):
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Die Regierung plant, die Steuern zu senken.", "die Steuern zu senken", "Die Regierung"),
    ("Die Stadt hat sich entschlossen, die Brücke zu sanieren.", "die Brücke zu sanieren", "Die Stadt"),
    ("Die Regierung denkt darüber nach, die Steuern zu senken.", "die Steuern zu senken", "Die Regierung"),
])
def test_a_verb_of_intention_with_an_actor_gives_the_plan_as_content(text, content, speaker):
    found = of_kind(text, "indirect")
    assert [q.text for q in found] == [content]
    assert found[0].speaker.text == speaker


@pytest.mark.parametrize("text", [
    "Es ist geplant, dass die Brücke im Sommer eröffnet wird.",
    "Die Regierung plant eine Reform der Renten.",
])
def test_an_agentless_or_contentless_plan_is_no_quotation(text):
    assert of_kind(text) == []


@pytest.mark.parametrize("text", [
    "Die Minister haben sich am Montag nicht darauf geeinigt, mehr Geld bereitzustellen.",
    "Der Sprecher hat nicht angekündigt, die Preise zu erhöhen.",
])
def test_a_negated_verb_of_stating_has_no_infinitive_content(text):
    assert of_kind(text, "indirect") == []


def test_a_negated_demand_is_not_denied():
    found = of_kind("Die Gewerkschaft forderte die Firma auf, nicht länger zu warten.", "indirect")
    assert [q.text for q in found] == ["nicht länger zu warten"]


def test_an_infinitive_after_a_noun_of_aim_belongs_to_the_noun_not_to_a_verb_of_thinking():
    text = "Der Minister plant eine Änderung des Gesetzes mit dem Ziel, die Rechte der Mieter zu stärken."
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize("text", [
    "Die Partei jubelte, weil sie aus ihrer Sicht den zweiten Platz sicher hat.",
    "Während die Gespräche aus Sicht der Gewerkschaft gescheitert waren, hoffte der Verband auf eine Einigung.",
])
def test_aus_sicht_in_an_adverbial_clause_is_no_report(text):
    assert of_kind(text) == []


def test_aus_sicht_in_the_main_clause_still_reports():
    found = of_kind("Die Klage hat aus Sicht der Verbände keine Aussicht auf Erfolg.", "indirect")
    assert [q.text for q in found] == ["Die Klage hat … keine Aussicht auf Erfolg"]


@pytest.mark.parametrize("text", [
    "Der Minister sagte am Rande des Gipfels: Die Lage ist ernst.",
    "Der Minister sagte in der Debatte: Die Lage ist ernst.",
])
def test_a_noun_after_a_preposition_before_the_colon_is_no_announced_noun(text):
    assert [q.text for q in of_kind(text, "indirect")] == ["Die Lage ist ernst"]


def test_nicht_nur_is_no_negation_of_the_verb():
    found = of_kind("Die Ministerin erklärte nicht nur, dass die Kassen leer sind.", "indirect")
    assert [q.text for q in found] == ["dass die Kassen leer sind"]


@pytest.mark.parametrize(("text", "content"), [
    ("Die Lage ist so ernst wie nie, wie der Minister sagte.", "Die Lage ist so ernst wie nie"),
    ("Die so genannte Reform ist gescheitert, wie die Zeitung berichtet.", "Die so genannte Reform ist gescheitert"),
])
def test_a_completed_comparison_or_so_genannt_leaves_the_wie_source(text, content):
    assert [q.text for q in of_kind(text, "indirect")] == [content]


def test_a_temporal_adverb_after_the_comma_continues_the_writer():
    assert of_kind("Der Minister sagte das im Jahr 2005, inzwischen ist er zurückgetreten.", "indirect") == []
