"""Entities, role nouns and embedded names: own sentences plus the lesson article's people and places."""

from __future__ import annotations

import pytest

from medialit import nlp as mnlp
from medialit.article import Article


@pytest.fixture(scope="module")
def nlp():
    return mnlp.load()


def ents(doc):
    return {(e.text, e.label_) for e in doc.ents}


def test_role_noun_before_name_gives_person_without_the_role(nlp):
    doc = nlp("Die WHO-Sprecherin Tarik Jašarević sagte, die Lage sei ernst. Bürgermeister Klaus Zander lehnte ab.")
    people = [e for e in doc.ents if e.label_ == "PER"]
    assert [e.text for e in people] == ["Tarik Jašarević", "Klaus Zander"]
    assert people[0]._.evidence == "Rollenbezeichnung davor: WHO-Sprecherin"
    role = next(t for t in doc if t.text == "WHO-Sprecherin")
    assert (role._.role, role._.role_kind, role._.affiliation) == ("Sprecherin", "person", "WHO")
    assert role._.speaker_like


def test_first_name_title_and_surname_again(nlp):
    doc = nlp("Heike Brandl kritisierte den Plan. Später sagte Brandl, sie bleibe dabei. Dr. Kowalczyk schwieg.")
    assert ("Heike Brandl", "PER") in ents(doc)
    again = [e for e in doc.ents if e.text == "Brandl"]
    assert len(again) == 1 and again[0]._.canonical == "Heike Brandl"
    assert "bereits erkannten Person" in again[0]._.evidence
    assert ("Kowalczyk", "PER") in ents(doc)


def test_organisations_places_and_adjectives(nlp):
    doc = nlp("Die Bundesregierung und die Vereinten Nationen berieten in Genf über die ukrainische Ernte "
              "und deutschen Weizen.")
    got = ents(doc)
    assert {("Bundesregierung", "ORG"), ("Vereinten Nationen", "ORG"), ("Genf", "LOC"), ("ukrainische", "MISC"),
            ("deutschen", "MISC")} <= got
    adj = next(e for e in doc.ents if e.text == "ukrainische")
    assert adj._.canonical == "Ukraine" and adj._.evidence == "Herkunftsadjektiv zu Ukraine"


def test_hyphenated_compound_is_not_an_entity_but_its_name_part_is_recorded(nlp):
    text = "Die EU-Staaten schickten OSZE-Beobachter."
    doc = nlp(text)
    assert not any(e.text in ("EU-Staaten", "OSZE-Beobachter") for e in doc.ents)
    embedded = {(text[s:e], label) for s, e, label, _, _ in doc._.embedded_ents}
    assert embedded == {("EU", "ORG"), ("OSZE", "ORG")}
    beobachter = next(t for t in doc if t.text == "OSZE-Beobachter")
    assert beobachter._.affiliation == "OSZE" and beobachter._.role_kind == "group"


def test_proper_noun_next_to_reporting_verb_and_acronym(nlp):
    doc = nlp("„Das reicht nicht“, sagte Hinrichsen am Abend. Die GEW widersprach.")
    assert ("Hinrichsen", "PER") in ents(doc)
    assert ("GEW", "ORG") in ents(doc)


def test_common_nouns_are_not_people(nlp):
    doc = nlp("Die Flugzeuge und Panzer standen bereit. Zeugen berichteten von Lärm.")
    assert not [e for e in doc.ents if e.label_ == "PER"]
    flugzeuge = next(t for t in doc if t.text == "Flugzeuge")
    assert flugzeuge._.role is None


def test_every_entity_has_german_evidence_and_exact_offsets(nlp):
    text = "Präsident Emmanuel Macron traf in Paris Vertreter der NATO und von Reuters."
    doc = nlp(text)
    assert len(doc.ents) >= 4
    for e in doc.ents:
        assert e._.evidence and text[e.start_char:e.end_char] == e.text


@pytest.fixture(scope="module")
def lesson_doc():
    article = Article.load("belarus-2020")
    return mnlp.parse(article.text, sent_starts=[p.start for p in article.parts], published=article.published)


@pytest.mark.parametrize("text, label", [
    ("Alexander Lukaschenko", "PER"), ("Lukaschenko", "PER"), ("Wladimir Putin", "PER"), ("Putin", "PER"),
    ("Oana Lungescu", "PER"), ("Dave DeCamp", "PER"), ("NATO", "ORG"), ("Kreml", "ORG"), ("EU", "ORG"),
    ("Belarus", "LOC"), ("Russland", "LOC"), ("Polen", "LOC"), ("Litauen", "LOC"), ("Lettland", "LOC"),
    ("Washington", "LOC"), ("Vereinigten Staaten von Amerika", "LOC"),
])
def test_lesson_article_entities(lesson_doc, text, label):
    assert (text, label) in ents(lesson_doc)


def test_lesson_article_no_common_noun_as_person(lesson_doc):
    people = {e.text for e in lesson_doc.ents if e.label_ == "PER"}
    assert people == {"Dave DeCamp", "Alexander Lukaschenko", "Lukaschenko", "Lukaschenkos", "Wladimir Putin",
                      "Putin", "Oana Lungescu"}


def test_lesson_article_speaker_like_tokens(lesson_doc):
    roles = {(t.text, t._.role_kind, t._.affiliation) for t in lesson_doc if t._.role}
    assert ("NATO-Sprecherin", "person", "NATO") in roles
    assert ("US-Vertreter", "group", "USA") in roles
    assert ("EU-Vertreter", "group", "EU") in roles
    assert ("Demonstranten", "group", None) in roles


@pytest.mark.parametrize("word, kind", [
    ("Regierungssprecherin", "person"), ("Gewerkschaftsvertreter", "group"), ("Landgericht", "organisation"),
    ("Polizeiangaben", "source"), ("ai-Bericht", "source"), ("Staatsanwaltschaft", "organisation"),
])
def test_role_kinds(nlp, word, kind):
    tok = next(t for t in nlp(f"Das sagte die {word} am Montag.") if t.text == word)
    assert tok._.role_kind == kind and tok._.speaker_like


def test_genitive_place_and_company_or_place_words_in_proper_noun_runs(nlp):
    doc = nlp("Die Regierung Polens lobte am Lake Tahoe die Delta Airlines.")
    got = {(e.text, e.label_) for e in doc.ents}
    assert {("Polens", "LOC"), ("Lake Tahoe", "LOC"), ("Delta Airlines", "ORG")} <= got
    polens = next(e for e in doc.ents if e.text == "Polens")
    assert polens._.canonical == "Polen"


def test_plural_feminine_roles_are_groups(nlp):
    doc = nlp("Die Ministerinnen und die Regierungssprecherinnen schwiegen; der Sprecher des Ministers nicht.")
    kinds = {t.text: t._.role_kind for t in doc if t._.role}
    assert kinds == {"Ministerinnen": "group", "Regierungssprecherinnen": "group", "Sprecher": "person",
                     "Ministers": "person"}
