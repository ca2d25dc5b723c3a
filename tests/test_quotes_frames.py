"""Indirect speech frames: reporting verbs, source markers and noun frames, on sentences written here."""

from __future__ import annotations

from medialit import nlp
from medialit.quotes import extract


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, quoted text, speaker mention) of every quotation in ``text``."""
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in extract(nlp.parse(text))]


def test_a_preposed_content_reaches_over_several_clauses():
    text = "Die Lage sei ernst, die Regierung werde aber handeln, sagte der Minister am Abend."
    assert quotes(text) == [("indirect", "Die Lage sei ernst, die Regierung werde aber handeln", "der Minister")]


def test_a_preposed_content_stops_at_an_earlier_frame():
    text = "Der Sprecher erklärte, man prüfe den Fall, die Ergebnisse kämen bald, sagte er."
    assert all(not q[1].startswith("Der Sprecher") for q in quotes(text))


def test_a_source_marker_inside_the_sentence_is_left_out_of_the_content():
    text = "Am Abend wurde laut einer Sprecherin der Polizei ein Verdächtiger festgenommen."
    found = quotes(text)
    assert [(k, t) for k, t, _ in found] == [("indirect", "Am Abend wurde … ein Verdächtiger festgenommen")]


def test_an_interposed_so_marker_has_content_on_both_sides():
    text = "Die Regierung sei, so der Sprecher der Opposition, für das Scheitern der Gespräche verantwortlich."
    assert quotes(text) == [("indirect", "Die Regierung sei … für das Scheitern der Gespräche verantwortlich",
                             "der Sprecher der Opposition")]


def test_an_apposition_after_so_is_not_content():
    text = "Die Zahlen seien gestiegen, so Anna Berg, die Leiterin der Beratungsstelle."
    assert [t for _, t, _ in quotes(text)] == ["Die Zahlen seien gestiegen"]


def test_a_source_marker_inside_the_clause_outweighs_a_speech_act_without_content():
    text = "Der Minister bestritt nach Angaben der Agentur Reuters jede Beteiligung an dem Geschäft."
    assert quotes(text) == [("indirect", "Der Minister bestritt … jede Beteiligung an dem Geschäft",
                             "der Agentur Reuters")]


def test_a_source_marker_outweighs_a_thing_that_only_seems_to_speak():
    text = "Laut einem Bericht der Polizei hat der Sturm am Montag zwei Todesopfer gefordert."
    assert [(k, s) for k, _, s in quotes(text)] == [("indirect", "einem Bericht der Polizei")]


def test_nach_with_a_genitive_name_or_a_demonstrative_is_a_source_marker():
    assert quotes("Nach Meyers Einschätzung werden dort schwere Fehler gemacht.") == [
        ("indirect", "werden dort schwere Fehler gemacht", "Meyers")]
    assert [k for k, _, _ in quotes("Nach dieser Analyse gäbe es im Parlament keine Mehrheit.")] == ["indirect"]


def test_a_postposed_nach_marks_the_source_before_it():
    assert quotes("Die Lage an der Grenze ist ihrer Meinung nach ernst.") == [
        ("indirect", "Die Lage an der Grenze ist … ernst", "ihrer Meinung")]
    assert [k for k, _, _ in quotes("Dort treffen sich dem Vernehmen nach viele Jugendliche.")] == ["indirect"]


def test_a_search_after_something_is_no_source():
    assert quotes("Die Suche nach dem Vermissten dauerte die ganze Nacht.") == []


def test_the_whole_source_before_zufolge_is_left_out_of_the_content():
    assert quotes("Einer Mitteilung des Verbandes Deutscher Bäcker (VDB) zufolge nahmen Tausende teil.") == [
        ("indirect", "nahmen Tausende teil", "Einer Mitteilung des Verbandes Deutscher Bäcker (VDB)")]
    assert quotes("Ihnen zufolge hat der Kandidat die Mehrheit erhalten.") == [
        ("indirect", "hat der Kandidat die Mehrheit erhalten", "Ihnen")]


def test_the_whole_source_after_nach_angaben_is_left_out_of_the_content():
    text = "Nach Angaben des Magazins „Der Bote“ hat der Verein seine Schulden beglichen."
    assert [t for _, t, _ in quotes(text)] == ["hat der Verein seine Schulden beglichen"]
    text = "Nach Angaben der Sprecherin, Anna Berg, fehle es an einem Konzept."
    assert [t for _, t, _ in quotes(text)] == ["fehle es an einem Konzept"]


def test_befinden_with_sich_is_a_place_not_a_judgement():
    assert quotes("Der Verdächtige soll sich seit Montag in Untersuchungshaft befinden.") == []
    assert [k for k, _, _ in quotes("Der Richter befand, dass sich der Angeklagte strafbar gemacht habe.")] == [
        "indirect"]


def test_aus_sicht_names_a_source():
    assert quotes("Die Klage hat aus Sicht der Verbände keine aufschiebende Wirkung.") == [
        ("indirect", "Die Klage hat … keine aufschiebende Wirkung", "der Verbände")]
    assert [k for k, _, _ in quotes("Aus seiner Sicht ist das Verfahren gescheitert.")] == ["indirect"]


def test_more_information_nouns_after_nach_name_a_source():
    assert [k for k, _, _ in quotes("Nach einem Plan der Regierung müssen alle Länder Konzepte vorlegen.")] == [
        "indirect"]
    assert [k for k, _, _ in quotes("Er war nach eigenem Bekunden seit langem eingeweiht.")] == ["indirect"]


def test_a_time_after_a_publication_is_no_source():
    assert quotes("Nach der Veröffentlichung des Buches kam es zu Protesten.") == []


def test_a_relative_clause_on_the_source_is_left_out_of_the_content():
    text = "Nach einem Bericht der Zeitung, die sich auf Insider beruft, plant der Konzern einen Umbau."
    assert [t for _, t, _ in quotes(text)] == ["plant der Konzern einen Umbau"]


def test_wie_clauses_with_bekannt_geben_or_after_a_conjunction():
    assert quotes("Wie das Präsidium bekannt gab, wird es künftig mehr Kontrollen geben.") == [
        ("indirect", "wird es künftig mehr Kontrollen geben", "das Präsidium")]
    assert quotes("Denn wie die Zeitung berichtete, leidet der Schauspieler an einer Krankheit.") == [
        ("indirect", "leidet der Schauspieler an einer Krankheit", "die Zeitung")]


def test_a_wie_content_may_hold_a_quoted_phrase():
    text = "Wie die Zeitung berichtete, sei die Lage „sehr ernst“."
    assert ("indirect", "sei die Lage „sehr ernst“", "die Zeitung") in quotes(text)


def test_es_fuer_x_halten_and_es_als_x_ansehen_introduce_content():
    assert quotes("Die Behörde hält es für unwahrscheinlich, dass sich Menschen anstecken.") == [
        ("indirect", "dass sich Menschen anstecken", "Die Behörde")]
    assert quotes("Das Gericht sah es als erwiesen an, dass die Männer Anschläge planten.") == [
        ("indirect", "dass die Männer Anschläge planten", "Das Gericht")]


def test_a_content_inside_a_subordinate_clause_ends_before_the_main_clause():
    text = "Da die Crew es für sinnvoll hielt, die Passagiere zu evakuieren, öffnete sie die Türen."
    assert quotes(text) == [("indirect", "die Passagiere zu evakuieren", "die Crew")]


def test_holding_something_without_a_clause_is_no_frame():
    assert quotes("Die Polizei hält den Mann für den Täter.") == []


def test_noun_frames_introduce_content():
    assert quotes("Einige Forscher vertreten die Auffassung, dass das Klima kippt.") == [
        ("indirect", "dass das Klima kippt", "Einige Forscher")]
    assert quotes("Die Ärzte sind der Meinung, die Behandlung sei zu teuer.") == [
        ("indirect", "die Behandlung sei zu teuer", "Die Ärzte")]


def test_a_noun_frame_takes_its_speaker_from_a_genitive():
    text = "Es besteht der Vorwurf der Regierung, die Zeitung habe Lügen verbreitet."
    assert quotes(text) == [("indirect", "die Zeitung habe Lügen verbreitet", "der Regierung")]


def test_a_noun_frame_content_ends_where_the_sentence_goes_on():
    text = "Die Hoffnung, die Lage werde sich bessern, erfüllte sich nicht."
    assert [t for _, t, _ in quotes(text)] == ["die Lage werde sich bessern"]


def test_a_noun_before_a_relative_clause_is_no_frame():
    assert quotes("Die Meinung, die er vertrat, war umstritten.") == []


def test_hervorgehen_names_the_source_after_aus():
    assert quotes("Die Firma will ihr Werk schließen. Dies geht aus einer Mitteilung des Konzerns hervor.") == [
        ("indirect", "Die Firma will ihr Werk schließen", "einer Mitteilung des Konzerns")]
    assert quotes("Aus dem Bericht geht hervor, dass die Zahl gestiegen ist.") == [
        ("indirect", "dass die Zahl gestiegen ist", "dem Bericht")]


def test_das_after_a_comma_points_back_to_the_clauses_before():
    assert quotes("Seit Juni ist die Kamera ausgefallen, das teilte das Institut mit.") == [
        ("indirect", "Seit Juni ist die Kamera ausgefallen", "das Institut")]


def test_bekannt_werden_introduces_content_without_a_speaker():
    assert quotes("Im Mai wurde bekannt, dass die Firma verkauft wird.") == [
        ("indirect", "dass die Firma verkauft wird", None)]
    assert [t for _, t, _ in quotes("Er trat zurück, nachdem bekannt geworden war, dass er abgeschrieben hatte.")] \
        == ["dass er abgeschrieben hatte"]
    assert quotes("Es ist bekannt, dass er gerne singt.") == []


def test_an_indicative_main_clause_after_a_speech_verb_is_reported_content():
    assert quotes("Die Zeitung hatte berichtet, 200 Stellen sollen wegfallen.") == [
        ("indirect", "200 Stellen sollen wegfallen", "Die Zeitung")]


def test_an_indicative_main_clause_after_a_passive_or_a_new_speech_verb_is_no_content():
    assert [k for k, _, _ in quotes("Die Zahlen wurden veröffentlicht, die Regierung ist zufrieden.")] == []
    found = quotes("Der Stürmer sagte, der Trainer lobte die Mannschaft.")
    assert ("indirect", "der Trainer lobte die Mannschaft", "Der Stürmer") not in found


def test_a_colon_after_an_infinitive_is_no_frame():
    assert quotes("Die Firma will den Kunden ab Montag etwas Neues anbieten: Das Angebot gilt bis Mai.") == []


def test_a_purpose_clause_is_no_content():
    found = quotes("Die Gewerkschaft forderte höhere Löhne, um die Inflation auszugleichen.")
    assert all(not t.startswith("um ") for _, t, _ in found)


def test_a_prohibition_without_a_speaker_introduces_no_content():
    assert quotes("In Niedersachsen ist es verboten, im Wald zu rauchen.") == []


def test_a_content_ends_at_a_semicolon():
    found = quotes("Die Regierung warf ihm vor, Geld veruntreut zu haben; er selbst schwieg dazu.")
    assert ("indirect", "Geld veruntreut zu haben", "Die Regierung") in found


def test_wie_warum_wobei_clauses_are_content_only_in_konjunktiv():
    assert [k for k, _, _ in quotes("Die Ärztin erklärte, warum die Impfung wirkt.")] != ["indirect"]
    assert ("indirect", "wie wichtig es sei, früh zu impfen", "Die Ärztin") in quotes(
        "Die Ärztin betonte, wie wichtig es sei, früh zu impfen.")


def test_times_and_legal_references_are_no_sources():
    assert quotes("Erst nach umfangreichen Ermittlungen war genug Material beisammen.") == []
    assert quotes("Gemäß Artikel 68 wurde das Parlament aufgelöst.") == []


def test_das_read_as_relative_pronoun_before_the_verb_points_back():
    assert quotes("Die Raumfähre bleibt einen Tag länger im All, das entschied die Behörde.") == [
        ("indirect", "Die Raumfähre bleibt einen Tag länger im All", "die Behörde")]


def test_so_with_a_verb_is_one_source_marker_also_when_interposed():
    assert quotes("Der Grund sei die Krise gewesen, so vermutet die Zeitung.") == [
        ("indirect", "Der Grund sei die Krise gewesen", "die Zeitung")]
    assert quotes("Das Risiko liegt, so zeigen Studien aus Afrika, deutlich niedriger.") == [
        ("indirect", "Das Risiko liegt … deutlich niedriger", "Studien")]


def test_an_interposed_so_with_a_long_source_keeps_the_content_after_it():
    text = "Doch sei es, so der Autor in einem Blog der Zeitung, ein Haufen mächtiger Leute gewesen."
    assert quotes(text) == [("indirect", "Doch sei es … ein Haufen mächtiger Leute gewesen", "der Autor")]


def test_danach_after_a_named_study_is_a_source_reference():
    text = "Das Institut veröffentlichte eine Studie. Danach leiden viele Kinder unter Gewalt."
    assert [(k, t) for k, t, _ in quotes(text)] == [("indirect", "leiden viele Kinder unter Gewalt")]
    assert quotes("Das Spiel endete am Abend. Danach feierten die Fans.") == []


def test_demnach_is_left_out_of_the_content():
    text = "Die Behörde legte Zahlen vor. Die Zahl der Fälle ist demnach gestiegen."
    assert [t for _, t, _ in quotes(text)] == ["Die Zahl der Fälle ist … gestiegen"]


def test_a_noun_frame_without_a_holder_names_the_request_itself():
    assert quotes("Die Bitte, ihm Geld zu leihen, blieb unbeantwortet.") == [
        ("indirect", "ihm Geld zu leihen", "Die Bitte")]


def test_results_and_agreements_with_a_content_clause():
    assert quotes("Die Studie ergab, dass viele Kinder Alkohol trinken.") == [
        ("indirect", "dass viele Kinder Alkohol trinken", "Die Studie")]
    assert [t for _, t, _ in quotes("Ein Umstand kam hinzu: Wie eine Prüfung ergab, fehlte der Pilot.")] == [
        "fehlte der Pilot"]
    assert quotes("Die Zählung ergab ein anderes Bild.") == []


def test_a_quoted_medium_in_a_wie_clause_is_the_speaker():
    found = quotes("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.")
    assert ("indirect", "sperrten die Behörden den Zugang", "„heise online“") in found


def test_a_content_ends_before_a_direct_quotation_after_a_colon():
    text = "Er sagte, das Team sei stärker geworden: „Wir haben viel gelernt.“"
    assert ("indirect", "das Team sei stärker geworden", "Er") in quotes(text)


def test_a_dass_clause_ends_before_a_coordinated_main_clause():
    text = "Der Soldat sagte, dass die Software eingesetzt werden würde und weigerte sich zu arbeiten."
    assert ("indirect", "dass die Software eingesetzt werden würde", "Der Soldat") in quotes(text)


def test_a_subject_with_a_prepositional_relative_clause_is_no_preposed_content():
    text = "Auch offizielle Statistiken, auf die der Bericht verweist, belegen diese Zahl."
    assert all(k != "indirect" or not t.startswith("Auch offizielle") for k, t, _ in quotes(text))


def test_an_apposition_of_the_speaker_is_not_content():
    text = "Gestern sagte der Direktor der Behörde, Anna Berg, das Land besitze vier Waffen."
    assert [t for _, t, _ in quotes(text)] == ["das Land besitze vier Waffen"]


def test_the_source_after_laut_ends_before_a_second_noun():
    found = quotes("Bisher liegen laut Airbus Bestellungen für 184 Flugzeuge vor.")
    assert [(t, sp) for _, t, sp in found] == [("Bisher liegen … Bestellungen für 184 Flugzeuge vor", "Airbus")]


def test_a_speech_verb_in_a_relative_clause_does_not_turn_the_marker_into_a_relay():
    text = "Laut Polizei ist die Demonstration, zu der ein Bündnis aufgerufen hatte, friedlich verlaufen."
    assert quotes(text) == [("indirect", "ist die Demonstration, zu der ein Bündnis aufgerufen hatte, friedlich "
                                         "verlaufen", "Polizei")]


def test_the_source_tail_covers_indefinite_genitives_and_gegenueber():
    text = "Nach Angaben eines Mitarbeiters einer Hilfsorganisation gegenüber dem Sender wurden zwei Helfer verletzt."
    assert [t for _, t, _ in quotes(text)] == ["wurden zwei Helfer verletzt"]


def test_je_nach_is_part_of_the_marker():
    text = "Je nach Quellenlage sollen etwa 4.000 Menschen verurteilt worden sein."
    assert quotes(text) == [("indirect", "sollen etwa 4.000 Menschen verurteilt worden sein", "Quellenlage")]


def test_a_marker_beside_another_frame_speaks_for_its_own_clause():
    text = "In Hamburg demonstrierten nach Angaben der Veranstalter 7.000 Menschen, die Polizei spricht von 4.000."
    found = quotes(text)
    assert ("indirect", "In Hamburg demonstrierten … 7.000 Menschen", "der Veranstalter") in found


def test_a_marker_covers_a_coordinated_speech_act_with_the_same_subject():
    text = "Nach Angaben der Armee seien Soldaten beschossen worden und erwiderten das Feuer."
    assert quotes(text) == [("indirect", "seien Soldaten beschossen worden und erwiderten das Feuer", "der Armee")]


def test_a_content_before_heisst_es():
    assert quotes("Drei Viertel der Fälle entfallen auf Südasien, heißt es.") == [
        ("indirect", "Drei Viertel der Fälle entfallen auf Südasien", None)]


def test_more_noun_frames():
    text = "Mit der Begründung, dass die Räume vermietet werden sollen, wurde die Redaktion verlegt."
    assert [(k, t) for k, t, _ in quotes(text)] == [("indirect", "dass die Räume vermietet werden sollen")]


def test_a_zu_infinitive_after_a_noun_ends_at_its_comma():
    text = "Unterstützung erhält der Vorschlag, die Flaggen zu wechseln, nun auch aus der Politik."
    assert [t for _, t, _ in quotes(text)] == ["die Flaggen zu wechseln"]


def test_naming_and_the_writers_aside_in_a_wie_clause_are_no_source():
    assert quotes("Der Sänger, wie er genannt wird, erreichte Kultstatus.") == []
    assert quotes("Das Verfahren ist, wie ich finde, zu teuer.") == []


def test_a_wie_content_starts_after_a_semicolon():
    text = "Die Polizei schwieg; die Täter seien, wie ein Zeuge sagte, geflohen."
    assert ("indirect", "die Täter seien … geflohen", "ein Zeuge") in quotes(text)


def test_a_complement_ends_before_a_postposed_so_source():
    text = "Die Regierung forderte, die Grenze zu öffnen, so der Sprecher im Fernsehen."
    assert all("so der Sprecher" not in t for _, t, _ in quotes(text))


def test_a_postposed_so_source_names_the_speaker_of_an_agentless_passive():
    found = extract(nlp.parse("Ägypten wird aufgefordert, die Grenze zu öffnen, so der Sprecher im Fernsehen."))
    q = next(q for q in found if q.text == "die Grenze zu öffnen")
    assert q.speaker.text == "der Sprecher"
    assert any(e.startswith("Sprecher aus der nachgestellten Quellenangabe") for e in q.evidence)


def test_a_noun_frame_takes_its_speaker_from_a_von_attribute_before_it():
    text = "Die von Arnold geäußerte Hoffnung, sein Leben werde sich wenden, erfüllte sich nicht."
    assert quotes(text) == [("indirect", "sein Leben werde sich wenden", "Arnold")]
