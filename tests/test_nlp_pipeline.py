"""The pipeline's core components on sentences written for these tests."""

from __future__ import annotations

import pytest

from medialit import nlp as mnlp


@pytest.fixture(scope="module")
def nlp():
    return mnlp.load()


def sents(nlp, text):
    return [s.text for s in nlp(text).sents]


def test_load_is_cached_and_has_components(nlp):
    assert mnlp.load() is nlp
    for name in mnlp.PIPELINE:
        assert name in nlp.pipe_names


def test_ordinals_numbers_and_abbreviations_do_not_end_sentences(nlp):
    text = "Am 3. Mai kamen ca. 4.200 Menschen zu Dr. Berger. Die Polizei zählte sie z.B. am Eingang."
    assert sents(nlp, text) == [
        "Am 3. Mai kamen ca. 4.200 Menschen zu Dr. Berger.",
        "Die Polizei zählte sie z.B. am Eingang.",
    ]


def test_number_with_glued_period_before_sentence_opener_ends_sentence(nlp):
    text = "Verletzt wurden am Ende 12. Die Feuerwehr blieb bis zum 2. Tag."
    assert sents(nlp, text) == ["Verletzt wurden am Ende 12.", "Die Feuerwehr blieb bis zum 2. Tag."]


def test_sentence_ending_inside_and_after_quotation_marks(nlp):
    text = ("Sie sagte: „Wir bleiben hier.“ Dann ging sie. Er meinte, man werde „alles prüfen“. "
            "»Warum nicht?«, fragte der Bürgermeister.")
    assert sents(nlp, text) == [
        "Sie sagte: „Wir bleiben hier.“",
        "Dann ging sie.",
        "Er meinte, man werde „alles prüfen“.",
        "»Warum nicht?«, fragte der Bürgermeister.",
    ]


def test_colon_intro_stays_one_sentence_and_newlines_split(nlp):
    text = "Schulz: „Das ist ein guter Tag“\nZweite Zeile ohne Punkt"
    assert sents(nlp, text) == ["Schulz: „Das ist ein guter Tag“\n", "Zweite Zeile ohne Punkt"]


def test_preset_sentence_starts(nlp):
    text = "Streit um Radwege im Stadtrat Anna Weber Die Stadt plant neue Wege."
    start_byline = text.index("Anna")
    start_body = text.index("Die Stadt")
    doc = mnlp.parse(text, sent_starts=[start_byline, start_body])
    assert [s.text.strip() for s in doc.sents] == ["Streit um Radwege im Stadtrat", "Anna Weber",
                                                   "Die Stadt plant neue Wege."]


@pytest.mark.parametrize("text", [
    "Merkel:„Wir schaffen das“.", "Er sagte »Nein« und «Ja».", "Ein \"Test\" und ‚so‘ weiter.",
    "„Gut“, sagte er.",
])
def test_every_quotation_mark_is_its_own_token(nlp, text):
    doc = nlp(text)
    marks = [c for c in text if c in "„“»«\"‚‘"]
    assert [t.text for t in doc if mnlp.is_quote_mark(t)] == marks


def test_quote_roles_and_pairs(nlp):
    text = "Er sagte: „Wir kommen“, und sie rief »Nein!« und \"ja\"."
    doc = nlp(text)
    pairs = mnlp.quote_pairs(doc)
    assert [text[p.inner_start:p.inner_end] for p in pairs] == ["Wir kommen", "Nein!", "ja"]
    for p in pairs:
        assert doc[p.open_i]._.quote_role == "opening"
        assert doc[p.close_i]._.quote_role == "closing"
        assert doc[p.open_i]._.quote_partner == p.close_i


def test_unbalanced_quote_and_apostrophe(nlp):
    doc = nlp("Hans' Auto ist rot. Sie rief: „Halt! Dann lief sie weiter. ")
    assert [t._.quote_role for t in doc if t.text == "'"] == [None]
    pairs = mnlp.quote_pairs(doc)
    assert len(pairs) == 1 and pairs[0].close_i is None
    assert pairs[0].end == len(doc.text) - 1


def test_quotation_continued_in_next_paragraph_ends_at_the_break(nlp):
    text = "„Wir bleiben.\n\n„Und wir kämpfen“, sagte sie. Der »Plan« gilt."
    pairs = mnlp.quote_pairs(nlp(text))
    assert [text[p.inner_start:p.inner_end] for p in pairs] == ["Wir bleiben.", "Und wir kämpfen", "Plan"]
    assert pairs[0].close_i is None and pairs[1].close_i is not None


def test_nested_and_other_styles(nlp):
    text = "Er sagte: „Sie nannte es ‚absurd‘.“ »Das ist ›unerhört‹«, rief er. He said “We win.” « Oui », sagte sie."
    pairs = mnlp.quote_pairs(nlp(text))
    assert [text[p.inner_start:p.inner_end].strip() for p in pairs] == [
        "Sie nannte es ‚absurd‘.", "absurd", "Das ist ›unerhört‹", "unerhört", "We win.", "Oui"]


def test_tags_pos_lemmas(nlp):
    doc = nlp("Die Ministerin besuchte gestern die Kliniken in Bremen.")
    got = {t.text: (t.tag_, t.pos_, t.lemma_) for t in doc}
    assert got["Ministerin"] == ("NN", "NOUN", "Ministerin")
    assert got["besuchte"][:2] == ("VVFIN", "VERB") and got["besuchte"][2] == "besuchen"
    assert got["Kliniken"][2] == "Klinik"
    assert got["Bremen"][1] == "PROPN"
    assert got["."] == ("$.", "PUNCT", ".")


@pytest.mark.parametrize("text, verb, lemma", [
    ("Der Konzern wies alle Vorwürfe der Gewerkschaft entschieden zurück.", "wies", "zurückweisen"),
    ("Die Bürgermeisterin sagte den Vereinen schnelle Hilfe zu.", "sagte", "zusagen"),
    ("Die Polizei forderte die Fans zur Ruhe auf.", "forderte", "auffordern"),
    ("Der Verband lehnte den Vorschlag, den die Stadt machte, ab.", "lehnte", "ablehnen"),
    ("Die Trainerin stellte klar, dass sie bleibe.", "stellte", "klarstellen"),
    ("Das Amt stellte die Zahlen am Montag richtig.", "stellte", "richtigstellen"),
    ("Der Konzern legte seine Verträge offen.", "legte", "offenlegen"),
])
def test_separable_verbs_are_joined_and_linked(nlp, text, verb, lemma):
    doc = nlp(text)
    v = next(t for t in doc if t.text == verb)
    assert v.lemma_ == lemma
    particle = doc[v._.particle]
    assert particle.tag_ == "PTKVZ" and particle._.particle_of == v.i
    assert lemma in v._.lemma_evidence


@pytest.mark.parametrize("text, word", [
    ("Das Wasser im See ist klar.", "klar"),
    ("Er stellte die Gläser klar sichtbar auf den Tisch.", "klar"),
    ("Die Antwort der Schülerin war richtig.", "richtig"),
])
def test_adjectives_stay_adjectives_outside_their_separable_verbs(nlp, text, word):
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.tag_ == "ADJD" and tok._.particle_of is None


def mood(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return tok.morph.get("Mood"), tok._.mood_evidence, tok._.mood_ambiguous


@pytest.mark.parametrize("text, word", [
    ("Der Sprecher sagte, es gebe keine Pläne.", "gebe"),
    ("Sie erklärte, der Vorstand habe davon nichts gewusst.", "habe"),
    ("Er betonte, die Lage sei ernst.", "sei"),
    ("Die Forscher meinten, die Ergebnisse seien eindeutig.", "seien"),
    ("Er sagte, die Firma werde die Preise senken.", "werde"),
    ("Sie sagte, der Rat könne das nicht entscheiden.", "könne"),
    ("Sie fragte, ob er dem Plan zustimme.", "zustimme"),
    ("Der Anwalt sagte, sein Mandant handle aus Not.", "handle"),
])
def test_konjunktiv_one(nlp, text, word):
    m, evidence, ambiguous = mood(nlp, text, word)
    assert m == ["Sub"] and evidence == f"Konjunktiv I: {word}" and not ambiguous


@pytest.mark.parametrize("text, word", [
    ("Die Gewerkschaft sagte, die Beschäftigten würden streiken.", "würden"),
    ("Er meinte, sie hätten keine Wahl.", "hätten"),
    ("Ohne Regen wäre die Ernte besser.", "wäre"),
    ("Sie sagte, dann käme es zum Streit.", "käme"),
    ("Wenn es mehr Geld gäbe, würde die Stadt bauen.", "gäbe"),
    ("Sie meinte, das hieße gar nichts.", "hieße"),
    ("Er sagte, sie ginge bald.", "ginge"),
])
def test_konjunktiv_two(nlp, text, word):
    m, evidence, _ = mood(nlp, text, word)
    assert m == ["Sub"] and evidence == f"Konjunktiv II: {word}"


@pytest.mark.parametrize("text, word", [
    ("Die Bauern sagten, sie haben keine Vorräte mehr.", "haben"),
    ("Die Parteien erklärten, sie werden verhandeln.", "werden"),
    ("Er sagte, sie gingen bald.", "gingen"),
])
def test_plural_forms_identical_to_indicative_are_flagged(nlp, text, word):
    m, evidence, ambiguous = mood(nlp, text, word)
    assert m == [] and ambiguous and "gleiche Form" in evidence


@pytest.mark.parametrize("text, word", [
    ("Ich gebe dir das Buch.", "gebe"),
    ("Der Minister gibt zu, dass er irrte.", "gibt"),
    ("Sie ist heute in Berlin.", "ist"),
    ("Er kam gestern an.", "kam"),
])
def test_indicative(nlp, text, word):
    m, _, _ = mood(nlp, text, word)
    assert m == ["Ind"]


def test_roman_numerals_after_names_do_not_end_sentences(nlp):
    text = "Papst Johannes XXIII. (der Konzilspapst) starb 1963. König Karl III. sagte wenig. Es war Band II. Die Reihe endet."
    assert sents(nlp, text) == ["Papst Johannes XXIII. (der Konzilspapst) starb 1963.", "König Karl III. sagte wenig.",
                                "Es war Band II.", "Die Reihe endet."]


def test_sentence_bounds_leave_whitespace_out(nlp):
    text = "  Erster Satz.\n\nZweiter Satz. "
    assert [text[s:e] for s, e in mnlp.sentence_bounds(nlp(text))] == ["Erster Satz.", "Zweiter Satz."]


def test_innehaben_joins_with_auxiliary(nlp):
    doc = nlp("Den Vorsitz hatte die Ministerin bis 2019 inne.")
    assert next(t for t in doc if t.text == "hatte").lemma_ == "innehaben"


def test_unknown_compounds_and_numbers_get_clean_lemmas(nlp):
    doc = nlp("Die Siemensaffären, die Nato-Aufstockungen und 250.000 US-Soldaten im Jahr 2020.")
    got = {t.text: (t.tag_, t.lemma_) for t in doc}
    assert got["Siemensaffären"] == ("NN", "Siemensaffäre")
    assert got["Nato-Aufstockungen"] == ("NN", "Nato-Aufstockung")
    assert got["US-Soldaten"] == ("NN", "US-Soldat")
    assert got["250.000"] == ("CARD", "250.000")
    assert got["2020"][0] == "CARD"


def test_preset_start_inside_whitespace_or_token_moves_to_next_token():
    text = "Titel ohne Punkt  Text beginnt hier."
    doc = mnlp.parse(text, sent_starts=[16, 999, -3])
    assert [s.text for s in doc.sents] == ["Titel ohne Punkt  ", "Text beginnt hier."]


@pytest.mark.parametrize("text, word, lemma", [
    ("Den Anwohnern wurde geraten, die Fenster zu schließen.", "geraten", "raten"),
    ("Die Spieler gestanden ihre Fehler am Montag ein.", "gestanden", "eingestehen"),
])
def test_participles_the_tagger_confuses_get_the_lemma_of_their_context(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.text == word)
    assert tok.lemma_ == lemma
    assert tok._.lemma_evidence.endswith(f"→ {lemma}")


def test_a_participle_of_geraten_without_passive_keeps_its_lemma(nlp):
    tok = next(t for t in nlp("Der Wagen ist ins Schleudern geraten.") if t.text == "geraten")
    assert tok.lemma_ == "geraten"
