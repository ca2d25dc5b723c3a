"""Audit of spoken voices in sport and pop culture: press conferences, transfer news, streamers and posts, church
and ethics — faults a reader would see on new articles, on our own sentences."""

from __future__ import annotations

import pytest
from _quotes_support import only


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


@pytest.mark.parametrize("text, mention", [
    ("Es gebe sehr konkrete Gespräche, hatte der Spielervermittler der portugiesischen Zeitung „Record“ gesagt.",
     "der Spielervermittler"),
    ("Es gebe keinen Streit in der Kabine, sagte der Trainer der „Bild“-Zeitung.", "der Trainer"),
])
def test_newspaper_after_a_non_media_role_is_spoken_to(text, mention):
    """„sagte der Trainer der „Bild“-Zeitung“: a newspaper after the role of somebody who does not work for it is
    the dative of the one spoken to, not part of the speaker (was: „Trainer der „ Bild ““)."""
    q = only(text, "indirect")
    assert q.speaker is not None and q.speaker.text == mention


def test_newspaper_after_a_media_role_stays_a_genitive():
    """Positive counterpart: „der Chefredakteur der Zeitung“ works for it; the genitive is kept."""
    q = only("Man habe sauber recherchiert, sagte der Chefredakteur der Zeitung.", "indirect")
    assert q.speaker is not None and q.speaker.text == "der Chefredakteur der Zeitung"


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
