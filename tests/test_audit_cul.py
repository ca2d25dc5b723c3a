"""Audit of science, sports and culture reporting: faults a reader would see on new articles, on our own sentences."""

from __future__ import annotations

from tests._quotes_support import of_kind, only


def test_actor_with_prepositional_phrase_and_relative_clause_speaks_the_next_konjunktiv():
    """„Ein Arzt aus …, der anonym bleiben möchte, schilderte …“: the verb of the relative clause is not the
    sentence's; its actor, not the speaker before, goes on in the Konjunktiv I sentence after it."""
    text = ("Der Kinderarzt Peter Lang warnte vor vollen Praxen. Ein Arzt aus einer Berliner Notaufnahme, der "
            "seinen Namen nicht nennen möchte, schilderte die Lage. Man arbeite seit Tagen am Limit.")
    q = only(text, "free_indirect")
    assert q.speaker is not None and q.speaker.text == "Ein Arzt aus einer Berliner Notaufnahme"
    assert "Sprecher: Handelnder des vorigen Satzes" in q.evidence


def test_lower_case_judgement_after_nennen_is_a_quotation_not_a_title():
    """„nannte den Film „eine Zumutung …““: a title opens with a capital letter; the lower-case words are the
    critic's."""
    q = only("Der Kritiker Georg Seeßlen nannte den Film „eine Zumutung für jeden, der im Kino noch etwas "
             "erleben möchte“.", "direct")
    assert q.speaker is not None and q.speaker.text == "Der Kritiker Georg Seeßlen"
    assert "Urteil nach „nennen“: klein geschriebener Wortlaut, kein Titel" in q.evidence
    q = only("Die Zeitung nannte das Buch „ein kluges und mutiges Werk“.", "direct")
    assert q.text == "„ein kluges und mutiges Werk“"


def test_capitalised_title_after_nennen_stays_no_quotation():
    """„nannte seinen Film „Die Vergessenen““ gives the title, not anybody's words."""
    assert not of_kind("Der Regisseur nannte seinen neuen Film „Die Vergessenen“.", "direct")


def test_title_after_in_beside_a_verb_of_appearing_is_no_quotation():
    """„die zuletzt in „Alle reden übers Wetter“ zu sehen war“: a film title, not the actress's words."""
    text = ("Die Hauptrolle spielt Corinna Harfouch, die zuletzt in „Alle reden übers Wetter“ zu sehen war. "
            "Sie sagte: „Ich musste nichts spielen, ich musste mich nur erinnern.“")
    q = only(text, "direct")
    assert q.text == "„Ich musste nichts spielen, ich musste mich nur erinnern.“"
    assert q.speaker is not None and q.speaker.name == "Corinna Harfouch"
    assert not of_kind("Der Schauspieler Jonas Brandt spielte zuletzt in „Wir sind die Neuen“ mit.", "direct")
