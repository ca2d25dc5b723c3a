"""Audit of sports, entertainment, transfer, product and obituary reporting: faults a reader would see on new
articles, on our own sentences."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, sources_of


@pytest.mark.parametrize("text", [
    "Kapitän Christian Günter haderte. „Das Foul an Vincenzo Grifo war klar“, sagte der 31-Jährige.",
    "Kapitän Christian Günter haderte. Der Schiedsrichter habe ein Foul an Vincenzo Grifo übersehen, so der "
    "31-Jährige.",
    "Kapitän Christian Günter haderte. Der Schiedsrichter habe ein Foul an Vincenzo Grifo übersehen, sagte er.",
], ids=["direct-age", "so-age", "pronoun"])
def test_person_named_in_the_quotation_is_not_its_speaker(text):
    """„… ein Foul an Vincenzo Grifo übersehen, so der 31-Jährige“: Grifo is talked about, the captain named
    before speaks (was: Grifo, the nearest person before the description)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == "Christian Günter"


def test_person_named_only_as_a_show_title_is_no_antecedent():
    """„in der Talkshow „Markus Lanz““ names a show; „sagte sie“ is the presenter introduced before (was: Markus
    Lanz)."""
    text = ("Die Moderatorin Anna Roth war in der ZDF-Talkshow „Markus Lanz“ zu Gast. „Ich habe monatelang nicht "
            "geschlafen“, sagte sie.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Anna Roth"
    assert "Pronomen „sie“ → Anna Roth" in q.evidence


def test_person_named_before_the_title_still_takes_the_pronoun():
    """Positive counterpart: a person named outside quotation marks stays the antecedent of „er“."""
    text = "Trainer Markus Lanz war sauer. „Das war zu wenig“, sagte er."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Markus Lanz"


@pytest.mark.parametrize("text, name", [
    ("Der FC Bayern teilte am Montag mit, man äußere sich grundsätzlich nicht zu Spekulationen.", "FC Bayern"),
    ("Der VfL Wolfsburg erklärte, man sei mit dem Punkt zufrieden.", "VfL Wolfsburg"),
    ("Borussia Dortmund teilte mit, der Vertrag sei bis 2028 verlängert worden.", "Borussia Dortmund"),
    ("Der 1. FC Köln teilte mit, der Trainer bleibe im Amt.", "1. FC Köln"),
    ("Der FC Schalke 04 teilte mit, der Trainer sei beurlaubt.", "FC Schalke 04"),
    ("Bayer Leverkusen teilte mit, der Vertrag sei verlängert worden.", "Bayer Leverkusen"),
], ids=["fc", "vfl", "borussia", "1-fc", "noun-and-year", "company-club"])
def test_club_name_with_its_place_is_one_organisation(text, name):
    """„Der FC Bayern teilte mit“: club word and name are one organisation (was: the place „Bayern“, a person
    „VfL Wolfsburg“, the place „Dortmund“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name and q.speaker.kind == "organisation"


def test_company_word_after_a_club_word_is_no_club():
    """„Die Bayer AG“ is the company Bayer, not a club „Bayer AG“."""
    q = only("Die Bayer AG teilte mit, der Umsatz sei gestiegen.", "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("Bayer", "organisation")


def test_european_union_is_no_club():
    """„Union“ opens a club's name („Union Berlin“) but not after an adjective: „die Europäische Union“ keeps
    its listed name."""
    q = only("Die Europäische Union teilte mit, man prüfe den Fall.", "indirect")
    assert q.speaker is not None and q.speaker.name != "Europäische Union Berlin"
    assert only("Union Berlin teilte mit, man prüfe den Fall.", "indirect").speaker.name == "Union Berlin"


@pytest.mark.parametrize("text, name", [
    ("Kapitän Christian Günter haderte. „So ein Tor darfst du nicht bekommen“, sagte der Linksverteidiger.",
     "Christian Günter"),
    ("Franziska Preuß gewann in Hochfilzen. „Ich bin überglücklich“, sagte die Titelverteidigerin.", "Franziska Preuß"),
    ("Jonas Wind traf in der 89. Minute. „Ich habe einfach draufgehalten“, sagte der Torjäger.", "Jonas Wind"),
    ("Kulturstaatsminister Wolfram Weimer würdigte den Verstorbenen. Deutschland verliere einen großen Künstler, "
     "erklärte der Parteilose.", "Wolfram Weimer"),
], ids=["position", "title", "scorer", "no-party"])
def test_sports_and_public_epithets_name_the_person_before(text, name):
    """„sagte der Linksverteidiger“, „sagte die Titelverteidigerin“, „erklärte der Parteilose“: a position, title or
    „parteilos“ refers back to the person named before (was: an unnamed source „Linksverteidiger“)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert f"ohne Namen → zuletzt mit passendem Geschlecht: {name}" in " ".join(q.evidence)


def test_defence_lawyer_is_no_epithet_of_the_defendant():
    """„sagte der Verteidiger“ in court is the (unnamed) lawyer, not the defendant named before; only the football
    positions („Linksverteidiger“) are listed."""
    q = only("Der Angeklagte Max Müller schwieg. Sein Mandant sei unschuldig, sagte der Verteidiger.", "indirect")
    assert q.speaker is not None and q.speaker.name != "Max Müller"


@pytest.mark.parametrize("text, name, kind", [
    ("Die Moderatorin Annika Lohmann hatte ihre Pause auf Instagram angekündigt. „Ich brauche Zeit für mich“, "
     "schrieb sie damals.", "Annika Lohmann", "person"),
    ("Der Deutsche Fußball-Bund teilte mit, man prüfe den Vorfall.", "DFB", "organisation"),
], ids=["platform", "federation"])
def test_platforms_and_sports_bodies_are_organisations(text, name, kind):
    """„auf Instagram“ names a platform, so „schrieb sie“ is the presenter (was: a person „Instagram“); „Der
    Deutsche Fußball-Bund“ is the organisation DFB."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, kind)


@pytest.mark.parametrize("text, mention, name", [
    ("Laut dem Sportportal „The Athletic“ könnte der Transfer noch in dieser Woche abgeschlossen werden.",
     "dem Sportportal „The Athletic“", "The Athletic"),
    ("Wie die Zeitung „Bild“ berichtet, liegt die Ablöse bei 45 Millionen Euro.", "die Zeitung „Bild“", "Bild"),
    ("Das Fachmagazin „Kicker“ berichtet, der Wechsel sei perfekt.", "Das Fachmagazin „Kicker“", "Kicker"),
], ids=["laut", "wie", "subject"])
def test_medium_named_in_marks_after_its_noun_is_the_source(text, mention, name):
    """„Laut dem Sportportal „The Athletic““: the medium's name in marks is the source (was: an unnamed
    „Sportportal“, „Zeitung“ or „Fachmagazin „Kicker““)."""
    q = only(text, "indirect")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name, q.speaker.kind) == (mention, name, "organisation")
    assert f"Medium mit Namen in Anführungszeichen: {name}" in q.evidence


def test_person_role_before_marks_is_no_medium():
    """A person's role before a name in marks is no medium: „Die Sängerin „Lola““ is a person."""
    q = only("Die Sängerin „Lola“ sagte, sie sei müde.", "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("Lola", "person")


@pytest.mark.parametrize("text, mention, name", [
    ("Der Technologiekonzern Apple hat ein neues iPhone vorgestellt. Das Gerät soll nach Angaben des Unternehmens "
     "zwei Tage ohne Aufladen auskommen.", "des Unternehmens", "Apple"),
    ("Der Chipkonzern Infineon wächst. Laut dem Konzern steigen die Umsätze im vierten Quartal.", "dem Konzern",
     "Infineon"),
], ids=["genitive", "dative"])
def test_company_noun_after_a_source_marker_names_the_company_before(text, mention, name):
    """„nach Angaben des Unternehmens“, „Laut dem Konzern“ name the company introduced before, as „das
    Unternehmen“ does (was: an unnamed source „Unternehmen“/„Konzern“ beside Apple)."""
    q = only(text, "indirect")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == (mention, name)
    assert f"Bezeichnung „{mention}“ → zuvor genannt" in " ".join(q.evidence)


@pytest.mark.parametrize("text, marker", [
    ("Laut Medienberichten soll der Trainer noch heute entlassen werden.", "Laut Medienberichten"),
    ("Berichten zufolge ist der Vertrag bereits unterschrieben.", "Berichten zufolge"),
], ids=["laut", "zufolge"])
def test_reports_without_an_owner_name_no_source(text, marker):
    """„Laut Medienberichten“, „Berichten zufolge“ name nobody, like „Übereinstimmenden Medienberichten zufolge“
    (was: a group „Medienberichten“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("ungenannte Quelle", "anonymous")
    assert f"„{marker}“: die Quelle wird nicht genannt" in q.evidence


def test_reports_of_a_named_medium_keep_their_source():
    """„Nach Berichten der „Bild““ names the medium."""
    q = only("Nach Berichten der „Bild“ ist der Vertrag bereits unterschrieben.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Bild"


@pytest.mark.parametrize("text, name", [
    ("Der Technologiekonzern Apple hat ein neues iPhone vorgestellt. Das Gerät soll nach Angaben des Unternehmens "
     "zwei Tage halten.", "Apple"),
    ("Die Gewerkschaft Verdi ruft zum Streik auf. Nach Angaben der Gewerkschaft beteiligen sich 5000 Menschen.",
     "Verdi"),
], ids=["company", "union"])
def test_organisation_named_before_its_noun_is_a_named_source(text, name):
    """„Der Technologiekonzern Apple … nach Angaben des Unternehmens“: Apple is named in the text, so the
    inventory does not call it „nicht namentlich genannt“."""
    src = sources_of(text)[name]
    assert src.named and "nicht namentlich genannt" not in src.evidence


def test_organisation_noun_with_no_name_stays_unnamed():
    """„Der Sender teilte mit“ with no broadcaster named before names nobody."""
    src = sources_of("Der Sender teilte mit, man freue sich auf die Rückkehr der Moderatorin.")["Sender"]
    assert not src.named and "nicht namentlich genannt" in src.evidence


def test_nominalised_ordinal_after_the_verb_is_the_speaker():
    """„sagte der Weltranglistendritte“: a rank in „-dritte“ is a singular nominative, not the plural dative
    its lemma suggested (was: no speaker at all); it refers back to the player named before."""
    text = "Alexander Zverev ist ausgeschieden. „Ich bin einfach leer“, sagte der Weltranglistendritte nach dem Match."
    q = only(text, "direct")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("der Weltranglistendritte",
                                                                           "Alexander Zverev")


def test_dative_plural_after_the_verb_is_still_no_speaker():
    """„warf der Abgeordneten …“ stays a dative: the rank rule covers ordinals only (positive case above)."""
    q = only("Der Minister warf der Abgeordneten Lüge vor. Sie habe gelogen, sagte der Minister.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Minister"


def test_winner_of_a_title_names_the_person_before():
    """„Der dreimalige Wimbledonsieger schrieb“: a winner's title refers back to Boris Becker (was: an unnamed
    source „dreimalige Wimbledonsieger“)."""
    text = ("Kritik kam von Boris Becker. Der dreimalige Wimbledonsieger schrieb auf der Plattform X, Zverev brauche "
            "einen neuen Trainer.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Boris Becker"


@pytest.mark.parametrize("text, name", [
    ("Sein Torschütze Phillip Tietz, von den Fans nur »Tietzi« genannt, sprach von einem »ganz besonderen Abend«.",
     "Phillip Tietz"),
    ("Die Sängerin Lea Sommer, 1990 in Köln geboren, sagte, sie sei glücklich.", "Lea Sommer"),
], ids=["nickname", "born"])
def test_participle_clause_after_the_speaker_keeps_the_speaker(text, name):
    """„Phillip Tietz, von den Fans nur »Tietzi« genannt, sprach von …“: the participle clause between commas
    qualifies the name before it, which speaks (was: the quoted words „besonderen Abend“ as speaker)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == name


def test_nationality_before_a_name_opens_the_name():
    """„dem Italiener Lorenzo Sonego“: the nationality noun before a first name opens a person's full name, so
    „Sonego zeigte sich überwältigt“ is Lorenzo Sonego, a named source (was: „Sonego“, „nicht namentlich
    genannt“)."""
    text = ('Der Hamburger unterlag dem Italiener Lorenzo Sonego in fünf Sätzen. Sonego zeigte sich überwältigt: '
            '"Ich habe gegen einen der besten Spieler gewonnen."')
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Lorenzo Sonego"
    assert sources_of(text)["Lorenzo Sonego"].named


def test_nationality_adjective_before_an_organisation_is_no_name():
    """„der Deutsche Fußball-Bund“ stays the organisation: only a noun opens a person's name."""
    q = only("Der Deutsche Fußball-Bund teilte mit, man prüfe den Vorfall.", "indirect")
    assert q.speaker is not None and q.speaker.kind == "organisation"


def test_music_company_after_its_noun_is_an_organisation():
    """„wie ihr Label Universal Music mitteilte“: a company named with „Music“ (was: a person „Universal Music“);
    the noun „Label“ after „ihr“ is no part of its name."""
    text = "Das Album soll ihr persönlichstes Werk werden, wie ihr Label Universal Music mitteilte."
    q = only(text, "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == ("Universal Music", "organisation")


@pytest.mark.parametrize("text, name", [
    ("Der Weltmeister ist gestorben, wie der 1. FC Kaiserslautern mitteilte. Der Verein kündigte an, beim nächsten "
     "Heimspiel an ihn zu erinnern.", "1. FC Kaiserslautern"),
    ("Der FC Bayern gewann das Derby. Der Verein teilte mit, der Trainer bleibe im Amt.", "FC Bayern"),
], ids=["announce", "mitteilen"])
def test_der_verein_names_the_club_before(text, name):
    """„Der Verein kündigte an“ after „der 1. FC Kaiserslautern“ names the club (was: an unnamed „Verein“)."""
    q = of_kind(text, "indirect")[-1]
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "organisation")
    assert f"Bezeichnung „Der Verein“ → zuvor genannt als „{name}“" in q.evidence


def test_der_verein_with_no_club_before_names_no_other_body():
    """„Die Vereinten Nationen … Der Verein teilte mit“: the UN is no club, so „Verein“ stays unnamed."""
    q = of_kind("Die Vereinten Nationen tagten. Der Verein teilte mit, der Trainer bleibe im Amt.", "indirect")[-1]
    assert q.speaker is not None and q.speaker.name == "Verein"


@pytest.mark.parametrize("text, mention", [
    ("Der Fußball trauert um Heinrich „Heinz“ Kramer. Kramer selbst hatte einmal gesagt, das Finale sei der "
     "schönste Tag gewesen.", "Kramer"),
    ("Franz „Kaiser“ Beckenbauer sagte, man werde schon sehen.", "Franz „Kaiser“ Beckenbauer"),
], ids=["surname-later", "whole-name"])
def test_nickname_in_marks_inside_a_name_is_part_of_it(text, mention):
    """„Heinrich „Heinz“ Kramer“: first name, nickname in marks and surname are one person, so „Kramer“ later is
    that person (was: „Kramer“ alone; „Franz „Kaiser“ Beckenbauer“ was only „Beckenbauer“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == mention
    assert q.speaker.name in ("Heinrich „Heinz“ Kramer", "Franz „Kaiser“ Beckenbauer")


@pytest.mark.parametrize("text, name", [
    ("Der FC Bayern hat den Vertrag verlängert. „Wir sind stolz“, hieß es in einer Mitteilung des Vereins.",
     "FC Bayern"),
    ("Der Softwarekonzern SAP streicht Stellen. In einer Erklärung des Unternehmens hieß es, man wolle effizienter "
     "werden.", "SAP"),
], ids=["club", "company"])
def test_statement_of_the_body_named_before_speaks_for_it(text, name):
    """„in einer Mitteilung des Vereins“ after „Der FC Bayern …“: the statement's author is the club named before
    (was: an unnamed source „Verein“)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "organisation")
    assert f"„{q.speaker.text.split()[1]}“ stammt von: {name}" in q.evidence


def test_statement_of_a_body_never_named_keeps_its_noun():
    """„In einer Mitteilung des Vereins“ with no club before: the author stays „Verein“."""
    q = only("Der Minister trat zurück. In einer Mitteilung des Vereins hieß es, man bedauere das.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Verein"


@pytest.mark.parametrize("text", [
    "Stürmer Jonas Wind (25) traf doppelt. Trainer Ralph Hasenhüttl (57) lobte die Mannschaft. „Ich bin einfach "
    "glücklich“, sagte der 25-Jährige.",
    "Der 25 Jahre alte Jonas Wind traf doppelt. Trainer Ralph Hasenhüttl lobte die Mannschaft. „Ich bin einfach "
    "glücklich“, sagte der 25-Jährige.",
    "Stürmer Jonas Wind, 25, traf doppelt. Trainer Ralph Hasenhüttl lobte die Mannschaft. „Ich bin einfach "
    "glücklich“, sagte der 25-Jährige.",
], ids=["brackets", "jahre-alt", "commas"])
def test_age_description_names_the_person_of_that_age(text):
    """„sagte der 25-Jährige“ after „Jonas Wind (25)“ and the coach named later: the person the text gives that
    age (was: the nearest man, the coach)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Jonas Wind"
    assert "Bezeichnung „der 25-Jährige“ ohne Namen → zuletzt mit dem Alter 25 genannt: Jonas Wind" in q.evidence


def test_age_description_without_stated_ages_takes_the_nearest_person():
    """With no age given anywhere, „der 25-Jährige“ still names the nearest man before it."""
    text = "Jonas Wind traf doppelt. Trainer Ralph Hasenhüttl lobte die Mannschaft. „Ich bin glücklich“, sagte der 57-Jährige."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Ralph Hasenhüttl"


@pytest.mark.parametrize("text, name", [
    ("Laut „People“-Magazin hat das Paar im Sommer geheiratet.", "People"),
    ("Einem „Spiegel“-Bericht zufolge ist der Vertrag bereits unterschrieben.", "Spiegel"),
], ids=["laut", "zufolge"])
def test_medium_in_marks_joined_to_its_noun_is_the_source(text, name):
    """„Laut „People“-Magazin“: the name in marks before the hyphenated noun is the medium (was: a person
    „-Magazin“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "organisation")
    assert f"Medium mit Namen in Anführungszeichen: {name}" in q.evidence


@pytest.mark.parametrize("text", [
    "Ihr Sprecher sagte, sie bitte um Privatsphäre.",
    "Der Verein teilte mit, man bitte um Verständnis.",
], ids=["sie", "man"])
def test_bitte_after_a_subject_pronoun_is_konjunktiv_of_bitten(text):
    """„…, sie bitte um Privatsphäre“: „bitte“ is the Konjunktiv I of „bitten“ (was the particle, so the report
    was not found at all)."""
    q = only(text, "indirect")
    assert "Konjunktiv I: bitte" in q.evidence


def test_polite_bitte_stays_a_particle():
    """„Können Sie bitte …“: after the polite „Sie“ „bitte“ is the particle."""
    from medialit import nlp

    tok = next(t for t in nlp.parse("Können Sie bitte leiser sein?") if t.text == "bitte")
    assert tok.tag_ != "VVFIN"


@pytest.mark.parametrize("text, name", [
    ("Die Sängerin Lea Sommer trennt sich von ihrem Partner. Ihr Sprecher sagte, sie bitte um Privatsphäre.",
     "Sprecher von Lea Sommer"),
    ("Der Stürmer Jonas Wind wechselt nach England. Sein Berater bestätigte, der Vertrag sei unterschrieben.",
     "Berater von Jonas Wind"),
], ids=["ihr", "sein"])
def test_possessed_spokesperson_speaks_for_the_person_before(text, name):
    """„Sein Berater bestätigte“: an unnamed agent of the player named before (was: a source „Sein Berater“ with
    no link to Jonas Wind)."""
    q = only(text, "indirect")
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "anonymous")
    owner = name.split(" von ")[1]
    assert f"„{q.speaker.text}“: spricht für {owner}, ist aber nicht {owner} selbst" in q.evidence


def test_possessive_of_a_party_is_no_person_agent():
    """„Die Grünen … Ihr Vorsitzender sagte“: „ihr“ points to a group, so the mention stays as written."""
    q = only("Die Grünen legen zu. Ihr Vorsitzender sagte, man sei zufrieden.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Ihr Vorsitzender"


def test_possessive_source_of_the_speakers_gender_is_the_speakers_own():
    """„Der Trainer sagte, seiner Einschätzung nach sei die Mannschaft bereit“: „seiner Einschätzung nach“ is the
    coach's own view, not another source he passes on (was: the source „seiner Einschätzung“, relayed by him)."""
    q = only("Der Trainer sagte, seiner Einschätzung nach sei die Mannschaft bereit.", "indirect")
    assert q.speaker is not None and q.speaker.text == "Der Trainer" and q.relay is None
    assert "Quellenangabe im Inhalt verweist auf den Sprecher selbst: seiner Einschätzung nach" in q.evidence


def test_possessive_source_of_another_gender_is_passed_on():
    """„Der Anwalt sagte, ihren Angaben nach sei sie unschuldig“: „ihren“ is not the lawyer, so the content
    keeps its own source and the lawyer passes it on."""
    q = only("Der Anwalt sagte, ihren Angaben nach sei sie unschuldig.", "indirect")
    assert q.relay is not None and q.relay.text == "Der Anwalt"


@pytest.mark.parametrize("text, name", [
    ("Der Schauspieler Werner Haas ist tot. Auch Bundeskanzler Friedrich Merz würdigte Haas. Er sei ein Stück "
     "deutscher Geschichte gewesen, schrieb der CDU-Politiker auf X.", "Friedrich Merz"),
    ("Der Schauspieler Werner Haas ist tot. Auch Trainer Max Kruse würdigte Haas. Er sei ein großer Mann gewesen, "
     "sagte der 60-Jährige.", "Max Kruse"),
], ids=["party", "age"])
def test_description_names_the_subject_not_the_object_of_the_sentence_before(text, name):
    """„Merz würdigte Haas. …, schrieb der CDU-Politiker“: the description takes up who acted (the subject), not
    the person acted upon, who was nearer (was: Werner Haas)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name


def test_description_after_a_sentence_without_a_person_subject_takes_the_nearest():
    """„Die Polizei befragte die Zeugin Anna Roth.“: no person is the subject, so „die 45-Jährige“ is Anna Roth."""
    text = "Die Polizei befragte die Zeugin Anna Roth. „Ich habe nichts gesehen“, sagte die 45-Jährige."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Anna Roth"


@pytest.mark.parametrize("text, name", [
    ("Der Schauspieler Werner Haas ist tot. Auch Bundeskanzler Friedrich Merz würdigte Haas. Deutschland verliere "
     "einen großen Künstler, schrieb er auf X.", "Friedrich Merz"),
    ("Trainer Max Kruse lobte Jonas Wind. Er habe eine starke Saison gespielt, sagte er.", "Max Kruse"),
], ids=["tribute", "praise"])
def test_pronoun_takes_up_the_subject_not_the_object_of_the_sentence_before(text, name):
    """„Trainer Max Kruse lobte Jonas Wind. …, sagte er“: „er“ is the coach who acted, not the nearer player he
    praised (was: Jonas Wind)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert f"Pronomen „er“ → {name}" in q.evidence


def test_pronoun_after_a_sentence_with_one_person_takes_that_person():
    """„Jonas Wind traf doppelt. …, sagte er“: with one person before, „er“ is that person."""
    q = only("Jonas Wind traf doppelt. Er sei sehr glücklich, sagte er.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Jonas Wind"


VOICES = ("Die Stimmen zum Spiel:\n\n- Joshua Kimmich: „Wir haben es uns selbst schwer gemacht.“\n"
          "- Harry Kane: „Ein Punkt ist zu wenig.“\n- Trainer Vincent Kompany: „Ich bin stolz auf die Mannschaft.“\n")


def test_list_of_voices_names_each_speaker_before_the_colon():
    """„- Joshua Kimmich: „…““: a bulleted list of voices after the match names each speaker before the colon
    (was: three quotations without a speaker)."""
    found = [(q.speaker.name if q.speaker else None) for q in of_kind(VOICES, "direct")]
    assert found == ["Joshua Kimmich", "Harry Kane", "Vincent Kompany"]


def test_headline_colon_quotation_without_bullet_still_names_the_speaker():
    """„Kompany: „…““ without a bullet keeps its speaker."""
    q = only("Kompany: „Wir müssen jetzt zusammenhalten“", "direct")
    assert q.speaker is not None and q.speaker.text == "Kompany"


FLASH = ("Sky: Herr Kimmich, wie erklären Sie sich die Niederlage?\n\nJoshua Kimmich: Wir waren nicht wach.\n\n"
         "Sky: Was sagt der Trainer?\n\nKimmich: Der ist sauer, zu Recht.\n")


def test_interview_answer_under_the_full_name_once_is_an_answer():
    """„Joshua Kimmich:“ for the first answer, „Kimmich:“ after: the first answer is his too (was: dropped as a
    heading, since the full label was used once)."""
    found = [(q.speaker.name if q.speaker else None, q.text) for q in of_kind(FLASH, "direct")]
    assert ("Joshua Kimmich", "Wir waren nicht wach.") in found
    assert sum(1 for name, _ in found if name == "Joshua Kimmich") == 2


def test_score_at_a_sentence_end_ends_the_sentence():
    """„Die Gladbacher verloren 0:2. Trainer Gerardo Seoane sagte, …“: the full stop after a score ends the
    sentence (was: „0:2.“ one token, the two sentences one, and the report without a speaker)."""
    q = only("Die Gladbacher verloren 0:2. Trainer Gerardo Seoane sagte, man müsse nun zusammenhalten.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Gerardo Seoane"


def test_ordinal_day_stays_inside_its_sentence():
    """„Am 3. Oktober“: an ordinal keeps its full stop; only scores and times end the sentence."""
    from medialit import nlp

    sents = [s.text for s in nlp.parse("Anpfiff ist um 18:30. Am 3. Oktober ist Feiertag.").sents]
    assert sents == ["Anpfiff ist um 18:30.", "Am 3. Oktober ist Feiertag."]


@pytest.mark.parametrize("text, name", [
    ("Alexander Zverev ist ausgeschieden. „Mein Körper hat nicht mitgemacht“, sagte der Hamburger.",
     "Alexander Zverev"),
    ("Thomas Müller verlor mit seinem Team. „Das tut weh“, sagte der Münchner.", "Thomas Müller"),
    ("Laura Siegemund gewann in drei Sätzen. „Ich bin stolz“, sagte die Kölnerin.", "Laura Siegemund"),
], ids=["hamburger", "muenchner", "koelnerin"])
def test_person_from_a_listed_place_names_the_person_before(text, name):
    """„sagte der Hamburger“: somebody from a place refers back to the person named before (was: an unnamed
    source „Hamburger“)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name


def test_people_from_a_place_in_the_plural_are_no_single_person():
    """„sagten die Berliner“ is several people, not the woman named before."""
    q = only("Laura Siegemund gewann. „Wir sind stolz auf sie“, sagten die Berliner.", "direct")
    assert q.speaker is not None and q.speaker.name != "Laura Siegemund"


def test_demonym_of_an_unlisted_place_is_one_person():
    """„sagte der gebürtige Weilheimer“: the lemma „Weilheim“ made the noun look like a plural, so „der“ read as a
    dative and the quotation had no speaker; now it is the person named before."""
    q = only("Thomas Müller verlor. „Das tut weh“, sagte der gebürtige Weilheimer.", "direct")
    assert q.speaker is not None and (q.speaker.text, q.speaker.name) == ("der gebürtige Weilheimer", "Thomas Müller")


def test_plural_in_er_of_a_common_noun_stays_plural():
    """„sagten die Kinder“: a known noun with a plural in „-er“ stays a group."""
    q = only("Die Kinder spielten im Hof. „Das macht Spaß“, sagten die Kinder.", "direct")
    assert q.speaker is not None and q.speaker.kind == "group"


@pytest.mark.parametrize("text, spoken", [
    ("In der ARD-Show „Wer weiß denn sowas?“ verriet Moderator Kai Pflaume: „Ich bin ein großer Fan.“",
     "„Ich bin ein großer Fan.“"),
    ("In ihrem Podcast „Wir sind doch alle müde“ erzählte die Moderatorin Anna Roth: „Ich mache eine Pause.“",
     "„Ich mache eine Pause.“"),
], ids=["show", "podcast"])
def test_title_of_a_show_or_podcast_is_no_quotation(text, spoken):
    """„in der ARD-Show „Wer weiß denn sowas?““: a show's or podcast's title after its noun is no quotation (was:
    the moderator's direct speech); his words after the colon are."""
    assert [q.text for q in of_kind(text, "direct")] == [spoken]
