"""Precision of free indirect speech: where a Konjunktiv passage without a frame starts."""

import pytest

from medialit import nlp as mnlp
from medialit.quotes import extract


@pytest.fixture(scope="module")
def nlp():
    return mnlp.load()


def test_konjunktiv_only_after_indicative_clause_starts_the_content(nlp):
    doc = nlp("Die Ministerin sagte, man werde helfen. Einigkeit besteht darüber, dass die Hilfe schnell kommen müsse.")
    free = [q for q in extract(doc) if q.kind == "free_indirect"]
    assert [q.text for q in free] == ["dass die Hilfe schnell kommen müsse."]
    assert any("Nebensatz nach indikativischem Hauptsatz" in e for e in free[0].evidence)


def test_konjunktiv_main_clause_keeps_the_whole_sentence(nlp):
    doc = nlp("Die Ministerin sagte, man werde helfen. Die Hilfe komme schnell, wenn das Wetter hält.")
    free = [q for q in extract(doc) if q.kind == "free_indirect"]
    assert [q.text for q in free] == ["Die Hilfe komme schnell, wenn das Wetter hält."]


def test_capitalised_word_in_mid_sentence_is_no_konjunktiv(nlp):
    from medialit.quotes.free_indirect import _verb_shaped

    doc = nlp("„Gebe es Streit, so werde man reden“, sagte sie. Doch alle Versuche sind gescheitert.")
    by_text = {t.text: t for t in doc}
    assert _verb_shaped(by_text["Gebe"])  # opens the sentence after the quotation mark
    assert _verb_shaped(by_text["werde"])
    assert not _verb_shaped(by_text["Versuche"])


def test_hearsay_modal_without_any_source_is_no_quotation(nlp):
    doc = nlp("Am Bahnhof kam es am Abend zu einem Streit. Ein Mann soll dabei zwei Reisende geschlagen haben.")
    assert [q for q in extract(doc) if q.kind == "free_indirect"] == []


def test_hearsay_modal_after_a_source_continues_it(nlp):
    doc = nlp("Die Polizei teilte mit, es habe einen Streit gegeben. Ein Mann soll dabei zwei Reisende geschlagen haben.")
    free = [q for q in extract(doc) if q.kind == "free_indirect"]
    assert [q.text for q in free] == ["Ein Mann soll dabei zwei Reisende geschlagen haben."]


def test_hearsay_soll_in_first_clause_keeps_the_whole_sentence(nlp):
    doc = nlp("Der Staatsanwalt sagte, der Mann sei gefährlich. "
              "Mehrere Nachbarn soll er bedroht haben, was Zeugen bestätigen könnten.")
    free = [q for q in extract(doc) if q.kind == "free_indirect"]
    assert free and free[0].text.startswith("Mehrere Nachbarn soll er")
    assert free[0].speaker is not None and free[0].speaker.text == "Der Staatsanwalt"  # not „er“ of the claim
