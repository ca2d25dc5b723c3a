"""Faults found by auditing the engine on Austrian and Swiss agency reports and German regional papers we wrote."""

from __future__ import annotations

import pytest

from medialit import nlp
from tests._quotes_support import only, quotes_of, sources_of


@pytest.mark.parametrize(("text", "name", "field", "value"), [
    pytest.param("Landeshauptmann Franz Gruber kündigte an, die Lage genau zu beobachten.",
                 "Franz Gruber", "role", "Landeshauptmann", id="landeshauptmann"),
    pytest.param("„Wir haben die Passstraße gesperrt“, bestätigte Bezirkshauptmann Josef Lechner.",
                 "Josef Lechner", "role", "Bezirkshauptmann", id="bezirkshauptmann"),
    pytest.param("Klubobfrau Sandra Hofer erklärte, die Regierung spare am falschen Ort.",
                 "Sandra Hofer", "role", "Klubobfrau", id="klubobfrau"),
    pytest.param("Regierungsrat Urs Widmer sagte, der Kanton sei vorbereitet.",
                 "Urs Widmer", "role", "Regierungsrat", id="regierungsrat"),
    pytest.param("Stadträtin Petra Keller versprach, niemand müsse auf der Strasse schlafen.",
                 "Petra Keller", "role", "Stadträtin", id="stadtraetin"),
    pytest.param("Ständerätin Vera Bachmann (SP/BS) sagte, viele Rentnerinnen kämen kaum über die Runden.",
                 "Vera Bachmann", "affiliation", "SP", id="party_and_canton_after_a_slash"),
    pytest.param("Nationalrat Kurt Imhof (SVP) sagte, das sei eine Mogelpackung.",
                 "Kurt Imhof", "affiliation", "SVP", id="party_alone"),
    pytest.param("Nationalrätin Lea Frei (GLP) sagte, der Entscheid sei mutig.",
                 "Lea Frei", "affiliation", "GLP", id="green_liberals"),
])
def test_austrian_and_swiss_offices_and_swiss_parties_are_read(text, name, field, value):
    """An Austrian or Swiss office before a name is the role; a Swiss party in brackets after it the affiliation."""
    assert getattr(sources_of(text)[name], field) == value


def test_a_chamber_before_a_name_is_the_members_title():
    src = sources_of("Ständerat Beat Kälin (SVP/SZ) sprach von einer «Mogelpackung». Bundesrat Ignazio Cassis sagte, "
                     "man sei zufrieden.")
    assert src["Beat Kälin"].role == "Ständerat"
    assert src["Ignazio Cassis"].role == "Bundesrat"


def test_a_chamber_alone_is_an_organisation():
    src = sources_of("Die Vorlage sei zu teuer, teilte der Nationalrat mit.")
    assert src["Nationalrat"].kind == "organisation" and src["Nationalrat"].role is None


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Ständerätin Vera Bachmann sprach im Rat. «Viele Rentnerinnen kommen kaum über die Runden», sagte "
                 "die Baslerin.", "Vera Bachmann", id="die_baslerin"),
    pytest.param("Bergretter Florian Egger aus Neustift warnte die Gäste. „Bleibt’s auf den Pisten“, sagte der "
                 "Tiroler.", "Florian Egger", id="der_tiroler"),
    pytest.param("Ein Nachbar, Heinz Brunner, lief sofort hinaus. «Es hat furchtbar gestunken», sagte der "
                 "Zürcher.", "Heinz Brunner", id="der_zuercher"),
])
def test_a_demonym_refers_back_to_the_person_named_before(text, name):
    q = only(text, "direct")
    assert q.speaker.name == name


def test_an_indefinite_demonym_is_somebody_new():
    text = "Ständerätin Vera Bachmann sprach im Rat. «Es hat furchtbar gestunken», sagte eine Zürcherin."
    assert only(text, "direct").speaker.name != "Vera Bachmann"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Nach den Schneefällen warnt der Lawinenwarndienst Tirol vor großer Gefahr.",
                 "Lawinenwarndienst Tirol", id="warndienst_before_a_region"),
    pytest.param("Laut Landespolizeidirektion Tirol wurde niemand verschüttet.",
                 "Landespolizeidirektion Tirol", id="polizeidirektion_before_a_region"),
])
def test_an_austrian_body_before_a_region_is_named_with_it(text, name):
    src = sources_of(text)
    assert src[name].kind == "organisation"
    assert "Tirol" not in src


def test_austrian_and_swiss_regions_are_places():
    doc = nlp.parse("In Vorarlberg, Kärnten, Graubünden und im Tessin schneite es.")
    assert {"Vorarlberg", "Kärnten", "Graubünden", "Tessin"} <= {e.text for e in doc.ents if e.label_ == "LOC"}


def test_a_headline_quotation_repeated_in_the_text_quotes_its_speaker():
    text = ("Lawinengefahr in Tirol: „Bitte bleibt's auf den Pisten“\n\nInnsbruck – Bergretter Florian Egger warnte "
            "die Gäste. „Bitte bleibt’s auf den Pisten, des is ka Spaß heuer“, sagte der Tiroler.")
    head = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert head.text == "„Bitte bleibt's auf den Pisten“"
    assert head.speaker.name == "Florian Egger"
    assert "Überschrift wiederholt ein Zitat aus dem Text („der Tiroler“)" in head.evidence


def test_a_headline_quotation_with_other_words_keeps_no_speaker():
    text = "„Das ist ein Anschlag“\n\nWien – „Das ist eine Frechheit“, sagte Herbert Kickl."
    head = [q for q in quotes_of(text) if q.kind == "direct"][0]
    assert head.speaker is None


def test_die_mitteilung_names_the_source_that_issued_it_before():
    text = ("Zwei Personen wurden leicht verletzt, wie die Stadtpolizei Winterthur am Mittwoch mitteilte. Das Feuer "
            "brach kurz nach 21 Uhr aus. Ein technischer Defekt könne nicht ausgeschlossen werden, heisst es in der "
            "Mitteilung.")
    q = [q for q in quotes_of(text) if q.text.startswith("Ein technischer Defekt")][0]
    assert q.kind == "indirect"
    assert q.speaker.name == "Stadtpolizei Winterthur"
    assert "„der Mitteilung“ stammt von Stadtpolizei Winterthur (zuvor: „mitteilte“)" in q.evidence


def test_die_mitteilung_with_no_source_before_stays_the_notice():
    q = only("Ein technischer Defekt könne nicht ausgeschlossen werden, heisst es in der Mitteilung.", "indirect")
    assert q.speaker.name == "Mitteilung"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Ein Sprecher des Bund Naturschutz sagte, man halte die Trasse für falsch geplant.",
                 "Bund Naturschutz", id="bund_naturschutz"),
    pytest.param("Die Beschwerde sei unbegründet, entschied der Verfassungsgerichtshof.", "VfGH", id="vfgh"),
    pytest.param("Der Rücktritt sei beschlossen, berichtet die Neue Zürcher Zeitung.", "NZZ", id="nzz"),
])
def test_austrian_swiss_and_regional_bodies_are_known(text, name):
    assert name in sources_of(text)


def test_a_closing_wie_clause_of_an_agency_relays_the_report():
    q = only("Die Gewerkschaft sagte, die Löhne seien zu tief, wie die APA meldet.", "indirect")
    assert q.text == "die Löhne seien zu tief"
    assert q.speaker.text == "Die Gewerkschaft"
    assert q.relay is not None and q.relay.text == "die APA"
    assert "Weitergegeben über: wie die APA meldet" in q.evidence


def test_a_closing_wie_clause_of_comparison_stays_content():
    q = only("Der Minister sagte, die Lage sei so, wie er sie erwartet habe.", "indirect")
    assert q.text == "die Lage sei so, wie er sie erwartet habe"
    assert q.relay is None


def test_a_cantonal_directorate_is_an_organisation():
    src = sources_of("Die Baudirektion weist den Vorwurf zurück. Man habe die Gemeinde bereits im Frühling "
                     "informiert, teilte sie mit.")
    assert src["Baudirektion"].kind == "organisation"


@pytest.mark.parametrize(("text", "mention", "name"), [
    pytest.param("„Die Lage ist heikel“, sagte Mair der APA.", "Mair", "Mair", id="surname_and_agency"),
    pytest.param("Die Lage sei heikel, sagte Franz Mair dem ORF.", "Franz Mair", "Franz Mair", id="broadcaster"),
    pytest.param("„Die Lage ist heikel“, sagte Anna Gruber der Kleinen Zeitung.", "Anna Gruber", "Anna Gruber",
                 id="paper"),
])
def test_a_medium_after_the_speakers_name_is_the_addressee(text, mention, name):
    q = [q for q in quotes_of(text) if q.kind in ("direct", "indirect")][0]
    assert q.speaker.text == mention
    assert q.speaker.name == name


def test_a_spokesman_of_the_agency_keeps_the_genitive():
    q = only("„Die Lage ist heikel“, sagte ein Sprecher der APA.", "direct")
    assert q.speaker.text == "ein Sprecher der APA"


@pytest.mark.parametrize(("text", "name"), [
    pytest.param("Die Lage sei heikel, sagte Rudi Mair.", "Rudi Mair", id="rudi"),
    pytest.param("Die Vorlage sei zu teuer, sagte Regula Wald.", "Regula Wald", id="regula"),
])
def test_swiss_and_austrian_first_names_open_a_name(text, name):
    assert only(text, "indirect").speaker.name == name


@pytest.mark.parametrize(("text", "content", "speaker", "relay"), [
    pytest.param("Wie die APA aus Verhandlerkreisen erfuhr, sind noch Änderungen möglich.",
                 "sind noch Änderungen möglich", "Verhandlerkreisen", "die APA", id="opening"),
    pytest.param("Der Plan ist gescheitert, wie die NZZ erfuhr.", "Der Plan ist gescheitert", "die NZZ", None,
                 id="closing"),
])
def test_what_an_agency_or_paper_learnt_is_its_report(text, content, speaker, relay):
    """The informants named after „aus“ speak and the agency passes it on (as in test_audit_tab)."""
    q = only(text, "indirect")
    assert q.text == content
    assert q.speaker.text == speaker
    assert (q.relay.text if q.relay else None) == relay
    assert q.cue.lemma == "erfahren"


def test_what_a_person_learnt_is_no_report():
    assert quotes_of("Wie er erfuhr, war das Haus verkauft.") == []


def test_the_office_of_a_titled_person_speaks_for_that_person():
    text = ("Landeshauptmann Anton Mattle reiste ab. Man sei mit den Gemeinden in engem Kontakt, hieß es aus dem "
            "Büro des Landeshauptmannes.")
    q = only(text, "indirect")
    assert q.speaker.name == "Büro von Anton Mattle" and q.speaker.kind == "anonymous"
    assert "„Büro des Landeshauptmannes“: spricht für Anton Mattle, ist aber nicht Anton Mattle selbst" in q.evidence


def test_the_office_of_a_role_nobody_held_before_stays_as_written():
    q = only("Man warte ab, hieß es aus dem Büro des Bürgermeisters.", "indirect")
    assert q.speaker.name == "Büro des Bürgermeisters"
