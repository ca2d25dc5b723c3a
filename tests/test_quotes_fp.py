"""False indirect quotations: phrases that look like frames or source markers but report nobody's words."""

from __future__ import annotations

import pytest
from _quotes_support import kinds, of_kind


@pytest.mark.parametrize("text", [
    "Der Vertrag könnte aus juristischer Sicht die Rechte der Mieter einschränken.",
    "Aus heutiger Sicht war der Bau des Tunnels ein Fehler.",
])
def test_a_field_or_time_of_view_is_no_source(text):
    assert of_kind(text, "indirect") == []


def test_a_named_view_is_still_a_source():
    assert ("indirect", "aus Sicht") in kinds("Aus Sicht der Gewerkschaft ist der Vertrag ein Erfolg.")


@pytest.mark.parametrize("text", [
    "Das Spiel ging torlos in die Pause, nach der die Gäste deutlich stärker wurden.",
    "Die Sitzung dauerte bis zum Abend, nach dem die Abgeordneten nach Hause fuhren.",
])
def test_nach_after_an_event_or_time_is_temporal(text):
    assert of_kind(text, "indirect") == []


def test_nach_after_a_report_is_still_a_source():
    assert "indirect" in [k for k, _ in kinds("Es gibt neue Studien, nach denen das Mittel kaum wirkt.")]


@pytest.mark.parametrize("text", [
    "Die Forscher haben eine einfache Lösung gefunden: Die Tiere wechseln sich ab.",
    "Der Streit fand ein vorläufiges Ende: Der Angeklagte wurde freigesprochen.",
])
def test_a_colon_that_spells_out_an_indefinite_noun_is_no_report(text):
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize("text", [
    "Ein Sprecher der Polizei sagte: Die Lage ist ruhig.",
    "Ein Gericht entschied: Die Stadt muss zahlen.",
    "Am Montag sagte ein Sprecher der Stadt: Die Straße bleibt gesperrt.",
])
def test_a_colon_after_an_indefinite_speaker_still_reports(text):
    assert [k for k, _ in kinds(text)] == ["indirect"]


@pytest.mark.parametrize("text", [
    "Später stellte sich heraus, dass der Brand nie ausgebrochen war.",
    "Im Herbst bestätigte sich, dass der Fluss über die Ufer tritt.",
])
def test_turning_out_is_no_report(text):
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize("text", [
    "Die Ministerin stellte heraus, dass die Schulen sicher seien.",
    "Der Sprecher wollte sich nicht äußern und bestätigte nur, dass die Filiale schließe.",
])
def test_emphasising_or_confirming_still_reports(text):
    assert "indirect" in [k for k, _ in kinds(text)]


@pytest.mark.parametrize("text", [
    "Der Trainer, der genau wusste, dass die Mannschaft müde war, wechselte dreimal aus.",
    "Zu spät erkannte die Bank, dass der Kunde ein Betrüger war.",
])
def test_indicative_knowledge_is_no_report(text):
    assert of_kind(text, "indirect") == []


def test_knowledge_in_konjunktiv_is_still_reported():
    assert "indirect" in [k for k, _ in kinds("Der Trainer sagte, er wisse, dass die Mannschaft müde sei.")]


@pytest.mark.parametrize("text", [
    "Findest du, dass der Verein zu wenig für die Jugend tut?",
    "Glauben Sie, dass die Preise weiter steigen?",
])
def test_a_question_states_no_content(text):
    assert of_kind(text, "indirect") == []


def test_a_statement_with_the_same_frame_still_reports():
    assert "indirect" in [k for k, _ in kinds("Die Ökonomin glaubt, dass die Preise weiter steigen.")]


def test_wo_after_a_place_is_a_relative_clause():
    text = "Viele Familien wichen auf die Nachbarstadt aus, wo es keine Sperrstunde gibt."
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize("text", [
    "Die Ministerin verwies auf andere Länder, wo das Verfahren gescheitert sei.",
    "Der Reporter fragte den Polizisten, wo der Täter ist.",
])
def test_wo_with_konjunktiv_or_after_asking_is_still_reported(text):
    assert "indirect" in [k for k, _ in kinds(text)]


@pytest.mark.parametrize("text", [
    "Die Mieter, die gemäß der alten Regelung zu viel gezahlt haben, bekommen Geld zurück.",
    "Laut Vorschrift müssen alle Fenster geschlossen bleiben.",
])
def test_a_rule_after_laut_or_gemaess_is_no_source(text):
    assert of_kind(text, "indirect") == []


@pytest.mark.parametrize("text", [
    "Laut Standard will der Kanzler zurücktreten.",
    "Gemäß der Zeitung kostete der Unfall zehn Menschen das Leben.",
])
def test_a_newspaper_after_laut_or_gemaess_is_still_a_source(text):
    assert "indirect" in [k for k, _ in kinds(text)]
