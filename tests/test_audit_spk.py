"""Audit of spoken voices in sport and pop culture: press conferences, transfer news, streamers and posts, church
and ethics — faults a reader would see on new articles, on our own sentences."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind, only, sources_of


@pytest.mark.parametrize("text, name", [
    ("Die Ratsvorsitzende der Evangelischen Kirche in Deutschland (EKD), Kirsten Fehrs, sagte, man müsse "
     "Geflüchteten helfen.", "Kirsten Fehrs"),
    ("Der Präsident des Deutschen Fußball-Bundes (DFB), Bernd Neuendorf, sagte, die Regeln würden geändert.",
     "Bernd Neuendorf"),
    ("Jens Kleinert (SPD) sagte, die Regeln würden geändert.", "Jens Kleinert"),
])
def test_name_in_apposition_after_a_bracketed_abbreviation(text, name):
    """„Die Ratsvorsitzende der EKD in Deutschland (EKD), Kirsten Fehrs, sagte …“: the bracket after the body's
    name is no party of a person; the name in apposition after it speaks (was: „Deutschland“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, name, owner", [
    ("Der Stürmer Lukas Hinterseer bleibt in Hamburg. Hinterseers Agent widersprach: Sein Klient habe nie "
     "überzogene Forderungen gestellt.", "Agent von Lukas Hinterseer", "Lukas Hinterseer"),
    ("Ministerin Vera Lindqvist fehlte. Lindqvists Sprecher sagte, sie sei erkrankt.", "Sprecher von Vera Lindqvist",
     "Vera Lindqvist"),
])
def test_name_in_the_genitive_before_a_role_owns_the_speaker(text, name, owner):
    """„Hinterseers Agent widersprach: …“: the agent speaks for the player, he is not the player (was: Lukas
    Hinterseer as the speaker of his agent's words)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert f"„{q.speaker.text}“: spricht für {owner}, ist aber nicht {owner} selbst" in q.evidence


def test_name_in_the_genitive_before_a_role_with_own_name():
    """Positive counterpart: „Hinterseers Agent Max Roth“ is named; Max Roth speaks."""
    q = only("Hinterseers Agent Max Roth sagte, sein Klient sei gesund.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Max Roth"


@pytest.mark.parametrize("text, name", [
    ("Auch der Gaming-YouTuber Paluten schickte Grüße. Auf X schrieb er: „Pass auf dich auf, wir warten auf dich!“",
     "Paluten"),
    ("Die Streamerin Lenxi meldete sich am Abend. „Ich brauche eine Pause“, schrieb sie auf Instagram.", "Lenxi"),
])
def test_creator_known_by_one_name(text, name):
    """„der Gaming-YouTuber Paluten … schrieb er“: a streamer or YouTuber named by one handle is a person who
    can be referred back to (was: the person named before him)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name


def test_listed_epithet_after_an_article_is_no_name():
    """„Der Schlussmann sagte, …“: the epithet is a common noun referring back to the goalkeeper, not a new
    person called „Schlussmann“ (HanTa guessed a proper noun)."""
    text = ("Auch Torhüter Michael Zetterer haderte. Der Schlussmann sagte, er hätte den zweiten Treffer "
            "verhindern müssen.")
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Michael Zetterer"
    assert "Bezeichnung „Der Schlussmann“ ohne Namen → zuletzt mit passendem Geschlecht: Michael Zetterer" \
        in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Es gebe sehr konkrete Gespräche, hatte der Spielervermittler der portugiesischen Zeitung „Record“ gesagt.",
     "Spielervermittler"),
    ("Es gebe keinen Streit in der Kabine, sagte der Trainer der „Bild“-Zeitung.", "Trainer"),
])
def test_newspaper_after_a_non_media_role_is_spoken_to(text, name):
    """„hatte der Spielervermittler der portugiesischen Zeitung „Record“ gesagt“, „sagte der Trainer der
    „Bild“-Zeitung“: a newspaper after the role of somebody who does not work for it is the one spoken to (dative),
    also with an adjective, a perfect tense or a title joined to „-Zeitung“ (was: „Trainer der „ Bild ““)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert any(e.endswith("Medium als Empfänger der Aussage (Dativ), nicht als Sprecher") for e in q.evidence)


def test_newspaper_after_a_media_role_stays_a_genitive():
    """Positive counterpart: „der Chefredakteur der Zeitung“ works for it; the genitive is kept."""
    q = only("Man habe sauber recherchiert, sagte der Chefredakteur der Zeitung.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Chefredakteur der Zeitung"


@pytest.mark.parametrize("text, name, mention", [
    ("Benfica-Präsident Rui Costa bedauerte den Abgang. „Wir verlieren einen großartigen Jungen“, schrieb der "
     "Klubchef auf X.", "Rui Costa", "der Klubchef"),
    ("Sein Berater Jorge Mendes hatte den Wechsel angedeutet. Es gebe Gespräche, hatte der Spielervermittler "
     "gesagt.", "Jorge Mendes", "der Spielervermittler"),
    ("Die Ratsvorsitzende der EKD, Kirsten Fehrs, forderte mehr Engagement. „Nächstenliebe kennt keine "
     "Obergrenze“, sagte die Bischöfin.", "Kirsten Fehrs", "die Bischöfin"),
])
def test_job_epithets_of_sport_and_church_refer_back(text, name, mention):
    """„schrieb der Klubchef auf X“, „sagte die Bischöfin“: the title refers back to the person named before
    (was: an unnamed „Klubchef“, „Bischöfin“)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert any(e.startswith(f"Bezeichnung „{mention}“ ohne Namen → zuletzt") for e in q.evidence)


def test_neuter_epithet_refers_back_to_the_pope():
    """„sagte das Kirchenoberhaupt“: a neuter epithet refers back to the person named before, of either gender;
    „Papst Leo XIV.“ keeps his number in the name (was: „Kirchenoberhaupt“; the name „Leo“)."""
    text = ("Auch Papst Leo XIV. rief zum Frieden auf. „Möge das Licht von Bethlehem die Mächtigen erreichen“, "
            "sagte das Kirchenoberhaupt.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Leo XIV."
    assert "Bezeichnung „das Kirchenoberhaupt“ ohne Namen → zuletzt genannte Person: Leo XIV." in q.evidence


def test_regnal_number_is_part_of_the_name():
    """„sagte Papst Leo XIV. auf dem Petersplatz“: the Roman numeral belongs to the name (was: „Leo“)."""
    q = only("„Friede sei mit euch allen“, sagte Papst Leo XIV. auf dem Petersplatz.", "direct")
    assert q.speaker is not None and q.speaker.name == "Leo XIV."


@pytest.mark.parametrize("text, name", [
    ("Für Aufsehen sorgte ein Post von Leverkusens Jeremie Frimpong. Auf Instagram schrieb der Niederländer: "
     "»Nie aufgeben!«", "Jeremie Frimpong"),
    ("Trainer Niko Kovač war sauer. Leverkusens Granit Xhaka sah das anders. Der Schiedsrichter habe richtig "
     "entschieden, meinte der Schweizer am DAZN-Mikrofon.", "Granit Xhaka"),
])
def test_club_in_the_genitive_before_a_player_is_no_part_of_the_name(text, name):
    """„Leverkusens Jeremie Frimpong“: the club in the genitive says whose player he is; the name is „Jeremie
    Frimpong“ (was: „Leverkusens Jeremie Frimpong“; „Granit Xhaka“ was no name, so „der Schweizer“ was Kovač)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == name


def test_three_part_name_keeps_its_first_part():
    """Positive counterpart: a first name in -s is no genitive owner („Andreas Peter Krause“)."""
    q = only("Andreas Peter Krause sagte, man sei enttäuscht.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Andreas Peter Krause"


def test_quoted_words_after_a_thing_verb_inside_a_report_are_the_reporters():
    """„Die Veranstaltung habe gezeigt, „dass …“, sagte sie“: the event shows nothing in words; the marked words
    are a partial quotation of the woman who reports (was: a direct quotation of „Veranstaltung“ by „zeigen“, and the
    next Konjunktiv sentence carried over to it)."""
    text = ("Kirchentagspräsidentin Anja Siegesmund zog eine positive Bilanz. Die Veranstaltung habe gezeigt, „dass "
            "Glaube und Engagement zusammengehören“, sagte sie. Mehr als 100.000 Menschen hätten teilgenommen.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Anja Siegesmund"
    assert "wörtliches Teilzitat in indirekter Rede" in q.evidence
    free = only(text, "free_indirect")
    assert free.speaker is not None and free.speaker.name == "Anja Siegesmund"


def test_quoted_words_after_a_person_inside_a_report_stay_that_persons():
    """Positive counterpart: „Der Bischof habe gesagt, „…““ — a person's speech verb keeps its own quotation."""
    text = ("Kirchentagspräsidentin Anja Siegesmund zog Bilanz. Der Bischof habe gesagt, „dass Glaube und Engagement "
            "zusammengehören“, sagte sie.")
    q = only(text, "direct")
    assert q.cue is not None and q.cue.lemma == "sagen" and q.speaker is not None and q.speaker.text == "Der Bischof"


@pytest.mark.parametrize("text, speaker, content", [
    ("Die Jüdische Gemeinde äußerte sich zurückhaltend: Ein Sprecher sagte lediglich, man habe gute Gespräche "
     "geführt.", "Ein Sprecher", "man habe gute Gespräche geführt"),
    ("Die Gemeinde äußerte sich zurückhaltend: Man habe gute Gespräche geführt.", "Die Gemeinde",
     "Man habe gute Gespräche geführt"),
])
def test_frame_after_a_colon_reports_its_own_content(text, speaker, content):
    """„äußerte sich zurückhaltend: Ein Sprecher sagte lediglich, man habe …“: the frame after the colon reports the
    content; the narrator's „Ein Sprecher sagte lediglich“ is no part of it (was: the body's indirect quotation of
    the whole clause). Without a frame of its own, the clause after the colon stays the body's."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == speaker and q.text == content


@pytest.mark.parametrize("text", [
    "Der Theologe Prof. Dr. Markus Leonhardt sagte, Christen dürften nicht schweigen.",
    "Prof. Dr. Markus Leonhardt sagte, Christen dürften nicht schweigen.",
    "Der Theologe Dr. Markus Leonhardt sagte, Christen dürften nicht schweigen.",
])
def test_second_title_is_no_part_of_the_name(text):
    """„Prof. Dr. Markus Leonhardt“: both titles stand before the name (was: „Dr. Markus Leonhardt“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Markus Leonhardt"


@pytest.mark.parametrize("text, name", [
    ("Die Jüdische Gemeinde Hannover sagte, man habe gute Gespräche geführt.", "Jüdische Gemeinde Hannover"),
    ("Auch die Evangelische Kirche Köln teilte mit, man begrüße den Dialog.", "Evangelische Kirche Köln"),
    ("Die Polizei Hannover sagte, es sei friedlich geblieben.", "Polizei Hannover"),
])
def test_religious_body_at_a_place_keeps_its_name(text, name):
    """„Die Jüdische Gemeinde Hannover sagte, …“: a church or congregation with its adjective and place is one body
    (was: the city „Hannover“ as the speaker)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, content", [
    ("Über die Ablöse vereinbarten die Klubs Stillschweigen, laut Medienberichten soll sie bei 45 Millionen Euro "
     "liegen.", "soll sie bei 45 Millionen Euro liegen"),
    ("Im Stadion waren 40.000 Zuschauer, laut Polizei kam es zu keinen Zwischenfällen.",
     "kam es zu keinen Zwischenfällen"),
])
def test_marker_opening_a_second_main_clause_vouches_for_it_alone(text, content):
    """„Die Klubs vereinbarten Stillschweigen, laut Medienberichten soll sie …“: the writer's own indicative clause
    before the comma is no part of what the media report (was: both clauses as the content)."""
    q = only(text, "indirect")
    assert q.text == content
    assert "Quellenangabe im zweiten Hauptsatz: nur dieser Satzteil" in q.evidence


def test_marker_after_a_reported_clause_keeps_both():
    """Positive counterpart: after a Konjunktiv clause the marker vouches for the whole sentence."""
    q = only("Die Lage sei ernst, laut Polizei gebe es Verletzte.", "indirect")
    assert q.text == "Die Lage sei ernst … gebe es Verletzte"


@pytest.mark.parametrize("text, name, evidence", [
    ("Der Deutsche Ethikrat hat sich gegen Gentests ausgesprochen. In einer am Donnerstag veröffentlichten "
     "Stellungnahme heißt es, eine Liberalisierung berge Risiken.", "Deutscher Ethikrat",
     "„einer am Donnerstag veröffentlichten Stellungnahme“ ohne Verfasser: Handelnder des vorigen Satzes → "
     "Deutscher Ethikrat"),
    ("Der Deutsche Ethikrat hat sich gegen Gentests ausgesprochen. In seiner neuen Stellungnahme heißt es, eine "
     "Liberalisierung berge Risiken.", "Deutscher Ethikrat", "Possessivpronomen „seiner“ → Deutscher Ethikrat"),
    ("Die Ministerin Anna Roth war verärgert. In ihrer Erklärung hieß es, die Vorwürfe seien falsch.", "Anna Roth",
     "Possessivpronomen „ihrer“ → Anna Roth"),
])
def test_statement_with_participle_or_possessive_has_an_author(text, name, evidence):
    """„In einer am Donnerstag veröffentlichten Stellungnahme heißt es“, „In seiner neuen Stellungnahme heißt es“:
    the statement is the body's before (was: the whole phrase, or „Stellungnahme“, as the source)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert evidence in q.evidence


@pytest.mark.parametrize("text, name, owner", [
    ("Zurückhaltender äußerte sich die EKD. Deren Ratsvorsitzende sagte, man müsse auch die Not der Eltern sehen.",
     "Ratsvorsitzende von EKD", "EKD"),
    ("Der Verein Werder Bremen reagierte. Dessen Sportdirektor sagte, man plane keinen Transfer.",
     "Sportdirektor von Werder Bremen", "Werder Bremen"),
])
def test_deren_role_is_the_officer_of_the_body_before(text, name, owner):
    """„Deren Ratsvorsitzende sagte, …“: the officer of the body named in the sentence before (was: „Deren
    Ratsvorsitzende“ as the name)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert f"„{q.speaker.text}“: spricht für {owner}, ist aber nicht {owner} selbst" in q.evidence


def test_deren_role_with_a_name_is_that_person():
    """Positive counterpart: „Deren Sprecher Matthias Kopp“ is named."""
    q = only("Die Bischofskonferenz begrüßte das. Deren Sprecher Matthias Kopp sagte, das sei gut.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Matthias Kopp"


@pytest.mark.parametrize("text, name", [
    ("Eris kündigte eine Pause an. Seine Fans schrieben in den Chat: „Wir stehen hinter dir!“", "Fans von Eris"),
    ("Eris kündigte eine Pause an. Sein Manager schrieb auf X: „Er braucht Ruhe.“", "Manager von Eris"),
])
def test_possessed_people_keep_their_number(text, name):
    """„Seine Fans schrieben“: several fans, named in the plural (was: „Fan von Eris“)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Auch Twitch äußerte sich. Man verurteile jede Form von Sexismus, teilte die Plattform mit.", "Twitch"),
    ("Auch YouTube äußerte sich. Man verurteile jede Form von Sexismus, teilte die Plattform mit.", "YouTube"),
])
def test_the_platform_is_the_platform_named_before(text, name):
    """„teilte die Plattform mit“: the streaming platform named before speaks (was: an unnamed „Plattform“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name


def test_question_after_a_passive_of_asking_is_no_ones_carried_speech():
    """„Kessler wurde auf seine Zukunft angesprochen. Ob er um seinen Job fürchte?“: the unnamed reporters ask; the
    question is not carried over to the player quoted before (was: the player's words)."""
    text = ("Der Mittelfeldspieler blieb bescheiden: „Ich stand einfach richtig.“ Auf der Pressekonferenz wurde "
            "Kessler auf seine Zukunft angesprochen. Ob er um seinen Job fürchte? „Darüber mache ich mir keine "
            "Gedanken“, antwortete Kessler knapp.")
    q = only(text, "free_indirect")
    assert q.speaker is None or not q.speaker.name
    assert "Frage an die im Satz davor Gefragten: wer fragt, wird nicht genannt" in q.evidence


def test_question_after_an_active_report_goes_on():
    """Positive counterpart: after „sprach Kessler über seine Zukunft“ the Konjunktiv passage is his."""
    text = ("Der Mittelfeldspieler blieb bescheiden: „Ich stand einfach richtig.“ Auf der Pressekonferenz sprach "
            "Kessler über seine Zukunft. Ob er um seinen Job fürchte? Das sei kein Thema.")
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.name == "Kessler"


@pytest.mark.parametrize("text, name", [
    ("Rückendeckung bekam Podolski dagegen von Lothar Matthäus. Der Rekordnationalspieler sagte in seiner "
     "Sky-Kolumne, Podolski spreche vielen Fans aus der Seele.", "Lothar Matthäus"),
    ("In der Sportschau wurde Kapitän Joshua Kimmich mit den Aussagen konfrontiert. „Jeder hat eine Meinung“, "
     "sagte der Bayern-Profi.", "Joshua Kimmich"),
])
def test_epithet_skips_the_person_talked_about(text, name):
    """„Der Rekordnationalspieler sagte, Podolski spreche …“: Podolski is talked about in the words, so the
    description is the other man named before (was: Podolski); „der Bayern-Profi“ refers back too (was: unnamed)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == name


def test_epithet_keeps_the_only_candidate_even_if_talked_about():
    """Positive counterpart: with nobody else before, the one person named stays the candidate."""
    q = only("Lothar Matthäus war zu Gast. Der Rekordnationalspieler sagte, Matthäus sei nicht mehr jung.", "indirect")
    assert q.speaker is not None and q.speaker.name == "Lothar Matthäus"


def test_body_noun_in_the_genitive_takes_up_the_body():
    """„hieß es in einer Mitteilung des Verbandes“: the association named before speaks (was: „Verband“)."""
    text = "Der DFB reagierte prompt. „Wir schätzen Lukas sehr“, hieß es in einer Mitteilung des Verbandes."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "DFB"
    assert "Bezeichnung „des Verbandes“ → zuvor genannt als „DFB“" in q.evidence


def test_nickname_with_wie_ihn_nennen_is_the_person():
    """„Poldi, wie ihn die Fans nennen, sagte …“: the nickname is the person named before (was: a source „Poldi“
    of its own beside Lukas Podolski)."""
    text = "Lukas Podolski hat das Team kritisiert. Poldi, wie ihn alle nennen, sagte, es gebe zu wenige Typen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Lukas Podolski"
    assert "Spitzname „Poldi“ („wie … nennen“) → Lukas Podolski" in q.evidence


def test_name_with_another_wie_clause_stays_itself():
    """Positive counterpart: „Kroos, wie ihn Podolski lobte, sagte …“ names no nickname; Kroos speaks."""
    text = "Lukas Podolski hat das Team kritisiert. Kroos, wie ihn Podolski lobte, sagte, es gebe genug Typen."
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Kroos"


@pytest.mark.parametrize("line, name", [
    ("• Robert Lewandowski via X: „Congratulations, Harry!“", "Robert Lewandowski"),
    ("• Anna Roth auf X: „Glückwunsch!“", "Anna Roth"),
    ("• Anna Roth auf Instagram: „Glückwunsch!“", "Anna Roth"),
])
def test_list_of_voices_with_a_platform_before_the_colon(line, name):
    """„• Robert Lewandowski via X: „…““: a voice in a list with the platform it wrote on (was: no quotation, or
    the words given to the voice in the line before)."""
    text = f"Die Reaktionen:\n\n• Max Eberl (Sportvorstand): „Solche Spieler gibt es selten.“\n{line}"
    found = [q for q in of_kind(text, "direct") if q.speaker is not None and q.speaker.name == name]
    assert len(found) == 1 and "Doppelpunkt-Einleitung: Sprecher vor dem Doppelpunkt" in found[0].evidence
    assert len(of_kind(text, "direct")) == 2


@pytest.mark.parametrize("text, name", [
    ("„Das tut weh“, sagte Leverkusens Trainer Xabi Alonso.", "Xabi Alonso"),
    ("„Das tut weh“, sagte Freiburgs Kapitän Christian Günter nach dem Abpfiff.", "Christian Günter"),
])
def test_club_genitive_after_the_verb_is_no_speaker(text, name):
    """„sagte Leverkusens Trainer Xabi Alonso“: the club in the genitive says whose coach speaks; it is no person
    of its own next to the verb (was: the speaker „Leverkusens“)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name


def test_single_name_after_the_verb_still_speaks():
    """Positive counterpart: a single name next to the verb with no role after it speaks („sagte Klemm“)."""
    q = only("„Das tut weh“, sagte Klemm nach dem Spiel.", "direct")
    assert q.speaker is not None and q.speaker.name == "Klemm"


@pytest.mark.parametrize("text", [
    "Der Imam der Moschee, Ahmet Yilmaz, sagte, man sei erschüttert.",
    "Der Imam der Kölner Zentralmoschee, Ahmet Yilmaz, sagte, man sei erschüttert.",
])
def test_first_name_read_as_an_imperative_is_a_name(text):
    """„Der Imam der Moschee, Ahmet Yilmaz, sagte …“: the tagger read „Ahmet“ as an imperative, so the sentence had
    no subject (was: a quotation of nobody)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == "Ahmet Yilmaz"


def test_inventory_lists_a_body_noun_in_the_nominative():
    """„in einer Mitteilung des Verbandes“: the inventory gives the DFB the role „Verband“ (was: „Verbandes“)."""
    sources = sources_of("Der DFB reagierte prompt. „Wir schätzen Lukas sehr“, hieß es in einer Mitteilung des "
                         "Verbandes.")
    assert len(sources) == 1 and sources["DFB"].kind == "organisation" and sources["DFB"].role == "Verband"


@pytest.mark.parametrize("text, name, kind", [
    ("Eris kündigte eine Pause an. Seine Fans schrieben in den Chat: „Wir stehen hinter dir!“", "Fans von Eris",
     "group"),
    ("Ministerin Anna Roth fehlte. Ihr Sprecher sagte, sie sei krank.", "Sprecher von Anna Roth", "anonymous"),
])
def test_inventory_counts_possessed_people(text, name, kind):
    """„Seine Fans“ are a group in the inventory, „Ihr Sprecher“ one unnamed person (was: „Fans“ anonymous)."""
    sources = sources_of(text)
    assert sources[name].kind == kind


@pytest.mark.parametrize("text, name", [
    ("Beim Hamburger SV dagegen platzte ein Wechsel. Ein Sprecher des Vereins bestätigte, dass die Gespräche "
     "abgebrochen wurden.", "Hamburger SV"),
    ("Der Karlsruher SC teilte mit, man sei mit dem Trainer zufrieden.", "Karlsruher SC"),
])
def test_club_named_by_town_adjective_and_abbreviation(text, name):
    """„Beim Hamburger SV … Ein Sprecher des Vereins bestätigte“: „Hamburger SV“ is a club, whose spokesman speaks
    for it (was: no club found; the source „Ein Sprecher des Vereins“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Gestern überzeugte Thomas Berger. „Ich bin zufrieden“, sagte der Routinier.", "Thomas Berger"),
    ("Gestern überzeugte Thomas Berger. „Ich bin angekommen“, sagte der Neuzugang.", "Thomas Berger"),
    ("Taylor Swift gab ein Konzert in Gelsenkirchen. „Ich liebe euch“, sagte der Superstar.", "Taylor Swift"),
    ("Pfarrer Jonas Weil feierte die Messe. „Gott ist nahe“, sagte der Geistliche.", "Jonas Weil"),
])
def test_sport_and_stage_epithets_refer_back(text, name):
    """„sagte der Routinier“, „sagte der Superstar“: epithets of sport, pop and church refer back to the person
    named before; „der Star“ and „der Neuzugang“ are said of women too (was: unnamed „Routinier“, „Superstar“)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Taylor Swift stand auf der Bühne. „Ich liebe euch“, rief der Superstar den Fans zu.", "Taylor Swift"),
    ("„Ich liebe euch“, rief Swift den Fans in Gelsenkirchen zu.", "Swift"),
])
def test_zurufen_is_a_reporting_verb(text, name):
    """„„…“, rief Swift den Fans zu“: „zurufen“ introduces the words (evidence „Redeverb: zurufen“; was: a quotation
    of nobody without a cue)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name
    assert "Redeverb: zurufen" in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Die Sängerin Lea Roth meldete sich. Ihr Post: „Danke für alles.“", "Lea Roth"),
    ("Der Rapper Max Kern meldete sich. Sein Tweet: „Wir sind zurück.“", "Max Kern"),
])
def test_a_post_is_its_authors_words(text, name):
    """„Ihr Post: „Danke für alles.““: a post or tweet holds its author's own words (was: „Post von Lea Roth“ with
    the evidence that it speaks for her but is not her)."""
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text", [
    "Die Sängerin Lea Roth postete ein Foto mit dem Text „Danke für alles“.",
    "Die Sängerin Lea Roth postete ein Foto mit den Worten „Danke für alles“.",
])
def test_speech_act_with_its_wording_is_one_quotation(text):
    """„postete ein Foto mit dem Text „…““: the quotation is the post's wording; no second, overlapping report of
    the whole sentence (was: a reported speech act around the direct quotation)."""
    q = only(text)
    assert q.kind == "direct" and q.speaker is not None and q.speaker.name == "Lea Roth"


def test_speech_act_without_wording_stays_reported():
    """Positive counterpart: „postete ein Foto“ alone is a reported speech act."""
    q = only("Die Sängerin Lea Roth postete ein Foto.")
    assert q.kind == "reported"


@pytest.mark.parametrize("text, name", [
    ("Trainer Kessler und Sportdirektor Baumann waren sich einig: „Wir müssen jetzt liefern.“",
     "Kessler und Baumann"),
    ("Anna Roth und Max Kern sagten, man sei mit der Saison zufrieden.", "Anna Roth und Max Kern"),
])
def test_two_people_joined_by_und_speak_together(text, name):
    """„Trainer Kessler und Sportdirektor Baumann waren sich einig: „…““: both speak, a group of two (was: only
    „Kessler“)."""
    q = only(text, "direct", "indirect")
    assert q.speaker is not None and q.speaker.name == name and q.speaker.kind == "group"
    assert f"mehrere Personen gemeinsam: {name}" in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Der Trainer von Anna Roth, Max Kern, sagte, man sei zufrieden.", "Max Kern"),
    ("Der Anwalt des Sängers Tom Weber, Max Kern, sagte, man sei zufrieden.", "Max Kern"),
    ("Der Anwalt des Sängers Tom Weber sagte, man sei zufrieden.", "Anwalt von Tom Weber"),
])
def test_bearer_named_after_the_owner_speaks(text, name):
    """„Der Anwalt des Sängers Tom Weber, Max Kern, sagte“: the lawyer is named after the comma and speaks (was:
    „Anwalt von Tom Weber“); without his own name he stays the singer's lawyer."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, name", [
    ("Die Jüdische Gemeinde Hannover äußerte sich zurückhaltend: Ein Sprecher sagte lediglich, man habe gute "
     "Gespräche geführt.", "Jüdische Gemeinde Hannover"),
    ("Die Polizei äußerte sich knapp: Eine Sprecherin sagte, man ermittle in alle Richtungen.", "Polizei"),
])
def test_spokesperson_after_a_colon_speaks_for_the_body_before_it(text, name):
    """„Die Gemeinde äußerte sich zurückhaltend: Ein Sprecher sagte …“: the spokesman speaks for the body named
    before the colon (was: „Ein Sprecher“)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
    assert f"„{q.speaker.text}“ spricht für {name} (vor dem Doppelpunkt genannt)" in q.evidence


@pytest.mark.parametrize("text, name", [
    ("Es gebe keinen Streit, sagte der Sänger der „Toten Hosen“.", "Sänger der „Toten Hosen“"),
    ("Der ukrainische Generalstab teilte mit, man habe die Stadt gehalten.", "ukrainischer Generalstab"),
])
def test_description_name_keeps_the_texts_spacing(text, name):
    """„der Sänger der „Toten Hosen““: the inventory name keeps the text's spacing around quotation marks (was:
    „Sänger der „ Toten Hosen ““)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.name == name
