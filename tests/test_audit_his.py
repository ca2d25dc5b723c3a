"""Audit of history, anniversaries and travel reports: faults a reader would see on new articles, on our own
sentences."""

from __future__ import annotations

from _quotes_support import only


def test_age_noun_after_a_dating_adverb_names_the_witness():
    """„erinnerte sich die heute 72-Jährige“: „heute“ between article and age noun keeps the description whole,
    so it refers back to the witness named before (was: the bare „72-Jährige“ as an unnamed source)."""
    text = ("Die Zeitzeugin Gerda Hansen war damals zwölf Jahre alt. „Das Wasser kam in der Nacht“, erinnerte "
            "sich die heute 72-Jährige.")
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.text == "die heute 72-Jährige"
    assert q.speaker.name == "Gerda Hansen"
    text = "Uwe Lehmann stand am Grenzübergang. „Keiner wusste, was passiert“, erzählt der damals 26-Jährige."
    q = only(text, "direct")
    assert q.speaker is not None and q.speaker.name == "Uwe Lehmann"

