"""Direct quotations: names of media and works in marks are not quotations (round 4, dirfp)."""

import pytest

from medialit import nlp as mnlp
from medialit.quotes import extract


@pytest.fixture(scope="module")
def nlp():
    return mnlp.load()


def _direct(nlp, text):
    return [q.text for q in extract(nlp(text)) if q.kind == "direct"]


def test_source_after_laut_is_no_quotation(nlp):
    assert _direct(nlp, "Außerdem hatte er laut „Morgenpost“ kritisiert, dass sein Dorf benachteiligt werde.") == []


def test_magazine_name_is_no_quotation(nlp):
    text = "Der Minister erklärte in einem Gespräch mit dem Magazin „Weltblick“, er werde zurücktreten."
    assert _direct(nlp, text) == []
    assert _direct(nlp, "Die Ministerin hat gegenüber der Zeitung „Morgenpost“ bestätigt, dass sie kandidiert.") == []


def test_wording_after_speech_verb_stays(nlp):
    assert _direct(nlp, "Die Ministerin nannte den Plan einen „gefährlichen Irrweg“.") == ["„gefährlichen Irrweg“"]


def test_medium_after_preposition_of_company_is_no_quotation(nlp):
    assert _direct(nlp, "Die Ministerin sprach mit der „Zeit“ über die Pläne.") == []
    assert _direct(nlp, "Er sprach von einer „Gefahr“ für alle.") == ["„Gefahr“"]


def test_genitive_name_in_marks_is_no_quotation(nlp):
    text = ("„Wir sind enttäuscht“, sagte die Sprecherin. Auch der Träger des „Preises für geistige Freiheit“ Li Wen "
            "sitzt noch im Gefängnis (wir berichteten).")
    assert _direct(nlp, text) == ["„Wir sind enttäuscht“"]


def test_self_designation_is_no_quotation(nlp):
    assert _direct(nlp, "„Big Jim“, wie der Senator genannt wurde, war bekannt für seine Reden.") == []
    assert _direct(nlp, "Das Bündnis, das sich selbst „Allianz für Europäische Einheit“ nennt, kam auf 40 Prozent.") == []
    assert _direct(nlp, "Der Minister nannte den Vorschlag einen „Skandal“.") == ["„Skandal“"]


def test_presented_or_celebrated_thing_is_no_quotation(nlp):
    text = "Der Verband feiert in diesem Jahr die „Woche der offenen Bibliotheken“ mit vielen Lesungen."
    assert _direct(nlp, text) == []
    assert _direct(nlp, "Der Minister stellte seine Pläne vor: „Wir werden sparen.“") == ["„Wir werden sparen.“"]
