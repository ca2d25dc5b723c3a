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
