"""Who a speaker mention names: descriptions that refer back to a named person („der CDU-Politiker“, „der
Schwede“, „die Premierministerin“), indefinite mentions that name somebody new, and a possessor in the genitive.
All sentences are written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, quotes_of, sources_of

from medialit import nlp
from medialit.sources import inventory


def _named(text: str, said: str):
    """The quotation whose text contains ``said``."""
    found = [q for q in quotes_of(text) if said in q.text]
    assert len(found) == 1, [(q.kind, q.text) for q in quotes_of(text)]
    return found[0]


def test_party_politician_refers_back_to_the_person_named_with_that_party():
    text = ("Die Bürgermeisterin Petra Lange hielt an dem Plan fest. CDU-Fraktionschef Markus Weber lehnte ihn ab. "
            "Die Sitzung dauerte bis Mitternacht. „Das letzte Wort haben die Bürger“, so der CDU-Politiker.")
    q = _named(text, "Das letzte Wort")
    assert q.speaker.text == "der CDU-Politiker"
    assert q.speaker.name == "Markus Weber"
    assert "Bezeichnung „der CDU-Politiker“ ohne Namen → zuletzt mit „CDU“ genannt: Markus Weber" in q.evidence


def test_party_politician_without_the_party_named_before_takes_the_nearest_person_of_that_gender():
    text = ("Außenministerin Julia Brandt reiste am Montag nach Genf. Sie habe auf mehr gehofft, sagte die "
            "Grünen-Politikerin im Radio.")
    q = _named(text, "Sie habe auf mehr gehofft")
    assert q.speaker.text == "die Grünen-Politikerin"
    assert q.speaker.name == "Julia Brandt"


def test_nationality_and_age_refer_back_by_gender():
    text = ("Der UN-Gesandte Lars Nyberg und die Ärztin Anna Roth trafen sich in Genf. "
            "„Wir sind näher beieinander als je zuvor“, sagte der Schwede. "
            "Die Lage sei ernst, sagte die 54-Jährige.")
    assert _named(text, "näher beieinander").speaker.name == "Lars Nyberg"
    assert _named(text, "Die Lage sei ernst").speaker.name == "Anna Roth"


@pytest.mark.parametrize(("text", "said", "description", "not_named"), [
    pytest.param("Markus Weber (CDU) kritisierte den Haushalt. Die Stadt müsse sparen, sagte der SPD-Politiker.",
                 "Die Stadt müsse sparen", "der SPD-Politiker", "Markus Weber",
                 id="party_politician_is_not_a_person_named_with_another_party"),
    pytest.param("Die Ärztin Anna Roth sprach zuerst. Die Lage sei ernst, sagte der 60-Jährige.",
                 "Die Lage sei ernst", "der 60-Jährige", "Anna Roth",
                 id="description_of_the_other_gender_names_nobody_before"),
])
def test_description_that_does_not_fit_names_nobody_before(text, said, description, not_named):
    q = _named(text, said)
    assert q.speaker.text == description
    assert q.speaker.name != not_named


def test_role_alone_names_the_person_introduced_with_it_who_has_not_spoken_yet():
    text = ("Premierministerin Theresa May traf am Montag die Gewerkschaften. Die Gespräche dauerten Stunden. "
            "Danach sagte die Premierministerin, eine Einigung sei nahe.")
    q = _named(text, "eine Einigung sei nahe")
    assert q.speaker.text == "die Premierministerin"
    assert q.speaker.name == "Theresa May"
    assert any(e.startswith("Rolle „die Premierministerin“ → zuvor genannt als „Premierministerin Theresa May“")
               for e in q.evidence)


def test_indefinite_mention_is_somebody_new():
    text = ("Ein Sprecher des Innenministeriums bestätigte, dass ein Antrag vorliege. Die Stadt dementierte einen "
            "Auftrag. Man habe lediglich Angebote eingeholt, teilte ein Sprecher mit.")
    first = _named(text, "ein Antrag vorliege")
    second = _named(text, "Angebote eingeholt")
    assert first.speaker.text == "Ein Sprecher des Innenministeriums"
    assert second.speaker.text == "ein Sprecher"
    assert second.speaker.name != first.speaker.name
    assert not any(e.startswith("Rolle") for e in second.evidence)


def test_definite_role_still_names_the_speaker_with_that_role():
    text = ("Regierungssprecher Daniel Kerr wies die Vorwürfe zurück. Die Regierung spiele nicht auf Zeit, "
            "sagte der Sprecher.")
    assert _named(text, "nicht auf Zeit").speaker.name == "Daniel Kerr"


def test_sources_count_the_description_as_the_person():
    text = ("CDU-Fraktionschef Markus Weber lehnte den Plan ab. „Wir können uns das nicht leisten“, sagte Weber. "
            "„Das letzte Wort haben die Bürger“, so der CDU-Politiker.")
    sources = inventory(quotes_of(text), nlp.parse(text))
    weber = [s for s in sources if s.name == "Markus Weber"]
    assert len(weber) == 1 and sum(weber[0].counts.values()) == 2
    assert not any(s.name == "CDU-Politiker" for s in sources)


def test_possessor_in_the_genitive_is_not_the_speaker():
    text = ("Der Politiker Karl Maier geriet in die Kritik. Der Anwalt Maiers, Peter Roth, erklärte, sein Mandant "
            "sei unschuldig.")
    q = _named(text, "sein Mandant")
    assert q.speaker.name == "Peter Roth"


def test_passage_goes_on_past_the_name_inserted_in_it():
    text = ("Bundespräsident Horst Köhler löste den Bundestag auf. Der Bundespräsident begründete seine "
            "Entscheidung mit der Lage des Landes. Dazu sehe er, Köhler, keine Alternative. Eine handlungsfähige "
            "Regierung sei notwendig.")
    passages = of_kind(text, "free_indirect")
    assert len(passages) == 1, [q.text for q in passages]
    assert passages[0].text.startswith("Dazu sehe er") and passages[0].text.endswith("sei notwendig.")
    assert passages[0].speaker.name == "Horst Köhler"


@pytest.mark.parametrize("text, name", [
    ("Kommissionschefin Ursula von der Leyen sagte am Abend nichts.", "Ursula von der Leyen"),
    ("Innenminister Thomas de Maizière (CDU) plant ein Gesetz.", "Thomas de Maizière"),
    ("Am Ende gewann Pedro de la Rosa das Rennen.", "Pedro de la Rosa"),
    ("Das sagte Anna Müller von Greenpeace.", "Anna Müller"),
    ("Dann machte Kanzlerin Angela Merkel von der Möglichkeit Gebrauch.", "Angela Merkel"),
    ("Das erklärte Finanzminister Peer Steinbrück zu Beginn der Debatte.", "Peer Steinbrück"),
])
def test_name_particles_belong_to_the_name_only_before_a_surname(text, name):
    persons = [e.text for e in nlp.parse(text).ents if e.label_ == "PER"]
    assert persons == [name]


@pytest.mark.parametrize(("text", "owner"), [
    ("Die Firma Solartec hat nach eigenen Angaben 200 Stellen geschaffen.", "Solartec"),
    ("Nach eigenen Angaben hat die Polizei 40 Personen festgenommen.", "Polizei"),
    ("Anna Weber war nach eigenen Angaben nicht informiert.", "Anna Weber"),
])
def test_own_statements_name_the_subject_of_the_sentence(text, owner):
    q = only(text, "indirect")
    assert q.speaker.text.lower() == "eigenen angaben"  # the mention stays the words of the text
    assert q.speaker.name == owner
    assert f"„eigenen Angaben“: Angaben des Satzsubjekts → {owner}" in q.evidence
    assert owner in sources_of(text)


def test_own_statements_without_a_named_subject_keep_the_words():
    q = only("Er habe nach eigener Aussage nichts gewusst.", "indirect")
    assert q.speaker.name == "eigener Aussage"
    assert not any("Satzsubjekts" in e for e in q.evidence)


@pytest.mark.parametrize(("text", "owner"), [
    ("Die Polizei teilte am Sonntag mit, ein Radfahrer sei schwer verletzt worden. "
     "Den Angaben zufolge war er ohne Helm unterwegs.", "Polizei"),
    ("„Wir sind am Limit“, sagte Klinikchefin Maria Kunz. Nach diesen Angaben fehlen 40 Pflegekräfte.", "Maria Kunz"),
])
def test_the_statements_taken_up_are_those_of_the_source_quoted_before(text, owner):
    q = [q for q in quotes_of(text) if q.speaker is not None and q.speaker.text.lower().endswith("angaben")][-1]
    assert q.speaker.name == owner
    assert any(e.endswith(f"Angaben der zuvor zitierten Quelle → {owner}") for e in q.evidence)


def test_statements_taken_up_without_a_source_quoted_before_name_nobody_new():
    text = "Der Landrat Peter Haas hat die Schließung verteidigt. Den Angaben zufolge fehlen 40 Pflegekräfte."
    q = only(text, "indirect")
    assert q.speaker.name != "Peter Haas"
    assert not any("zuvor zitierten Quelle" in e for e in q.evidence)


@pytest.mark.parametrize(("text", "name"), [
    ("Die Gewerkschaft GDL streikt. Eine Pendlerin aus Bonn, die ihren Namen nicht nennen wollte, zeigte sich "
     "verärgert. „Ich verliere heute einen halben Arbeitstag“, sagte sie.", "Pendlerin"),
    ("Die Firma Solartec baut ab. Ein Anwohner stand am Zaun. „Das war ein Knall wie nie“, sagte er.", "Anwohner"),
])
def test_pronoun_after_a_quotation_takes_up_the_unnamed_person_of_the_sentence_before(text, name):
    q = only(text, "direct")
    assert q.speaker.text in ("sie", "er")
    assert q.speaker.name == name
    assert f"Pronomen „{q.speaker.text}“ → {name}" in q.evidence


def test_pronoun_after_a_quotation_still_takes_up_a_named_person():
    text = "Bürgermeisterin Petra Lange stand am Zaun. „Das war ein Knall wie nie“, sagte sie."
    assert only(text, "direct").speaker.name == "Petra Lange"


def test_trade_unionist_refers_back_to_the_union_leader():
    text = ("GDL-Chef Claus Weselsky verteidigte den Ausstand. Die Bahn habe kein Angebot vorgelegt, sagte der "
            "Gewerkschafter in Frankfurt.")
    q = only(text, "indirect")
    assert q.speaker.name == "Claus Weselsky"
    assert "Bezeichnung „der Gewerkschafter“ ohne Namen → zuletzt mit passendem Geschlecht: Claus Weselsky" in q.evidence


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Bundesverkehrsminister Volker Wissing (FDP) rief die Tarifparteien auf. Ein Eingriff komme aber nicht "
     "infrage, hieß es aus seinem Ministerium.", "Ministerium von Volker Wissing", "organisation"),
    ("Kanzlerin Angela Merkel schwieg. Ihr Sprecher sagte, sie sei verärgert.", "Sprecher von Angela Merkel",
     "anonymous"),
])
def test_a_possessive_names_whose_people_speak(text, name, kind):
    q = only(text, "indirect")
    assert q.speaker.name == name
    assert any(e.startswith("Possessivpronomen") and e.endswith(name.split(" von ")[1]) for e in q.evidence)
    assert sources_of(text)[name].kind == kind


def test_a_possessive_view_is_the_owners_own():
    q = only("Der Minister Peter Roth schwieg. Seiner Ansicht nach sei das falsch.", "indirect")
    assert q.speaker.name == "Peter Roth"


@pytest.mark.parametrize(("text", "name"), [
    ("Maike Finnern traf am Montag Jochen Wendt. „Wir brauchen mehr Zeit“, sagte sie.", "Maike Finnern"),
    ("Maike Finnern traf am Montag Jochen Wendt. „Wir brauchen mehr Zeit“, sagte er.", "Jochen Wendt"),
])
def test_the_first_name_tells_the_gender_a_pronoun_needs(text, name):
    q = only(text, "direct")
    assert q.speaker.name == name
    assert f"Pronomen „{q.speaker.text}“ → {name}" in q.evidence


def test_a_surname_read_as_a_common_noun_after_a_first_name_is_a_name():
    doc = nlp.parse("Es brauche verbindliche Standards, forderte Maike Finnern.")
    assert [t.tag_ for t in doc if t.text in ("Maike", "Finnern")] == ["NE", "NE"]
    assert only("Es brauche verbindliche Standards, forderte Maike Finnern.", "indirect").speaker.name == "Maike Finnern"


def test_a_surname_read_as_an_imperative_after_the_verb_is_a_name():
    text = "Die Prognosen seien „viel zu optimistisch“, sagte Klemm dem Sender."
    assert next(t for t in nlp.parse(text) if t.text == "Klemm").tag_ == "NE"
    q = only(text, "indirect")
    assert (q.text, q.speaker.text) == ("Die Prognosen seien „viel zu optimistisch“", "Klemm")


def test_aus_seiner_sicht_is_the_owners_own_view():
    text = "Generalsekretär Ban Ki Moon reiste nach Genf. Aus seiner Sicht sei die Lage ernst."
    q = only(text, "indirect")
    assert q.speaker.name == "Ban Ki Moon"
