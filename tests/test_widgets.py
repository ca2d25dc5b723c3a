"""Every exercise widget driven through its real API: set values, click „Antwort prüfen“, read feedback/store."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import ipywidgets as widgets
import pytest

import medialit as ml
from medialit.article import Article
from medialit.exercises import get_exercise
from medialit.model import Analysis, Quote, Speaker
from medialit.store import Store
from medialit.widgets import MessageWidget, widget_class

VALID = Path(__file__).parent / "fixtures" / "exercises" / "valid"
BROKEN = Path(__file__).parent / "fixtures" / "exercises" / "broken"
TEXT = Article.load("belarus-2020").text


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "progress.sqlite3")


def make(exercise_id, store, **options):
    ex = get_exercise(exercise_id, folder=VALID)
    return widget_class(ex.type)(ex, store, **options)


def html_of(w) -> str:
    """All HTML shown by a widget tree (to check feedback texts)."""
    out = []

    def walk(node):
        if isinstance(node, widgets.HTML):
            out.append(node.value)
        for child in getattr(node, "children", ()):
            walk(child)

    walk(w)
    return "\n".join(out)


# --- choice -----------------------------------------------------------------------------------------------
def test_choice_wrong_then_right_with_feedback_and_storage(store):
    w = make("t-choice", store)
    assert w.submit_button.description == "Antwort prüfen" and w.submit_button.tooltip
    assert "Welches Verb leitet" in w.prompt_html.value
    w.submit_button.click()  # nothing chosen: a hint, nothing stored
    assert "Bitte wähle zuerst" in w.feedback_html.value and store.tries("t-choice") == 0
    w.options_widget.value = "b"
    w.submit_button.click()
    assert "Noch nicht richtig" in w.feedback_html.value
    assert "„warnte“ gehört zu Lukaschenko" in w.feedback_html.value
    assert "✘" in w.feedback_html.value and "0 / 1" in w.points_html.value
    assert not w.submit_button.disabled and not w.options_widget.disabled  # retry allowed
    w.options_widget.value = "a"
    w.submit_button.click()
    assert "Richtig!" in w.feedback_html.value and "1 / 1" in w.points_html.value
    assert w.submit_button.disabled and w.options_widget.disabled
    assert "Lösung" in w.solution_html.value
    history = store.history("t-choice")
    assert [(s.answer, s.score, s.tries) for s in history] == [({"selected": ["b"]}, 0.0, 1),
                                                               ({"selected": ["a"]}, 1.0, 2)]


def test_choice_solution_after_max_tries(store):
    w = make("t-choice", store)
    for wrong in ("b", "c"):
        w.options_widget.value = wrong
        w.submit_button.click()
    assert "Nach 2 Versuchen siehst du jetzt die Lösung" in w.feedback_html.value
    assert "⚠ „sagte“ wäre richtig gewesen" in w.feedback_html.value
    assert w.submit_button.disabled
    assert "✔ „sagte“" in w.solution_html.value


def test_multiple_choice_partial_credit(store):
    w = make("t-multi", store)
    w.options_widget.value = ("luk", "opp")
    assert [cb.value for cb in w.options_widget.checkboxes] == [True, False, True, False]
    w.submit_button.click()
    assert store.latest("t-multi").score == 0.0
    w.options_widget.checkboxes[2].value = False  # untick „Opposition“ like a learner would
    w.options_widget.checkboxes[1].value = True
    w.submit_button.click()
    latest = store.latest("t-multi")
    assert latest.answer == {"selected": ["luk", "nato"]} and latest.score == 2.0 and latest.correct


def test_restore_after_kernel_restart(store):
    w = make("t-choice", store)
    w.options_widget.value = "b"
    w.submit_button.click()
    again = make("t-choice", Store(store.path))  # a new kernel: new objects, same file
    assert again.restored and again.options_widget.value == "b"
    assert "wiederhergestellt" in again.feedback_html.value
    assert "„warnte“ gehört zu Lukaschenko" in again.feedback_html.value
    again.options_widget.value = "c"
    again.submit_button.click()  # second try: solution now
    assert store.latest("t-choice").tries == 2 and again.submit_button.disabled


def test_restore_in_a_new_process(store):
    w = make("t-sort", store)
    for item, cat in {"sagte": "neutral", "warnte": "neutral", "meinte": "neutral"}.items():
        w.item_dropdowns[item].value = cat
    w.submit_button.click()
    code = ("import sys; from medialit.exercises import get_exercise; from medialit.store import Store; "
            "from medialit.widgets import widget_class; ex = get_exercise('t-sort', folder=sys.argv[2]); "
            "w = widget_class('sort')(ex, Store(sys.argv[1])); "
            "print(w.item_dropdowns['warnte'].value, w.result.score, w.item_feedback['warnte'].value)")
    out = subprocess.run([sys.executable, "-c", code, str(store.path), str(VALID)], capture_output=True,
                         text=True, check=True).stdout
    assert out.startswith("neutral 2.0 ") and "falsch – richtig: wertend" in out


# --- mark -------------------------------------------------------------------------------------------------
def test_mark_sentences_partial_credit_and_labels_in_text(store):
    w = make("t-mark", store)
    assert len(w.unit_buttons) == len(w.units) and w.units[0].text.startswith("Spannungen schwelen")
    w.submit_button.click()
    assert "noch nichts markiert" in w.feedback_html.value
    assert w.mark_text("umfassende Hilfe leisten wird") == 1
    assert w.mark_text("Belarus grenzt im Westen") == 1
    i_quote = next(i for i, u in enumerate(w.units) if "als Nation sterben" in u.text)
    w.unit_buttons[i_quote].value = True  # a click
    assert w.unit_buttons[i_quote].icon == "check"
    w.submit_button.click()
    latest = store.latest("t-mark")
    assert latest.score == pytest.approx(1.0)  # (2 hits − 1 false) / 3 × 3 points
    assert len(latest.answer["marked"]) == 3
    assert "2 von 3 richtigen Stellen" in w.feedback_html.value
    labels = {b.description.split(" ")[0] for b in w.unit_buttons if b.description[0] in "✔✘⚠"}
    assert labels == {"✔", "✘", "⚠"}
    missed = next(b for b in w.unit_buttons if "keine Nato-Aufstockung" in b.description)
    assert missed.description.startswith("⚠ übersehen:") and "medialit-missed" in missed._dom_classes
    false = next(b for b in w.unit_buttons if "Belarus grenzt" in b.description)
    assert false.description.startswith("✘") and "falsch markiert" in false.tooltip
    assert all(b.disabled for b in w.unit_buttons) and w.submit_button.disabled


def test_mark_restores_marks(store):
    w = make("t-mark-words", store)
    w.mark_text("warnte")
    w.mark_text("bestätigte")
    w.submit_button.click()
    assert store.latest("t-mark-words").correct
    again = make("t-mark-words", store)
    assert sum(b.value for b in again.unit_buttons) == 2 and again.result.score == 2.0


# --- sort -------------------------------------------------------------------------------------------------
def test_sort_requires_all_items_then_gives_per_item_feedback(store):
    w = make("t-sort", store)
    w.item_dropdowns["sagte"].value = "neutral"
    w.submit_button.click()
    assert "2 fehlen noch" in w.feedback_html.value and store.tries("t-sort") == 0
    w.item_dropdowns["warnte"].value = "neutral"
    w.item_dropdowns["meinte"].value = "neutral"
    w.submit_button.click()
    assert store.latest("t-sort").score == pytest.approx(2.0)
    assert "✔ richtig" in w.item_feedback["sagte"].value
    assert "✘ falsch – richtig: wertend" in w.item_feedback["warnte"].value
    assert "„warnen“ dramatisiert" in w.feedback_html.value


# --- scale ------------------------------------------------------------------------------------------------
def test_scale_profile_table_and_chart(store):
    w = make("t-scale", store)
    assert w.rating_widgets["s1"].tooltips[0] == "1 = trifft nicht zu"
    w.rating_widgets["s1"].value = 2
    w.submit_button.click()
    assert "Bitte bewerte noch 2 Aussage(n)" in w.feedback_html.value
    w.rating_widgets["s2"].value = 5
    w.rating_widgets["s3"].value = 4
    w.submit_button.click()
    assert store.latest("t-scale").answer == {"ratings": {"s1": 2, "s2": 5, "s3": 4}}
    assert "Konflikt" in w.profile_html.value and "3,5" in w.profile_html.value
    assert w.chart is not None and w.chart.rows == [["Konflikt", "3,5"], ["Bedrohung", "4"]]
    assert w.chart_output in w.children
    w.rating_widgets["s1"].value = 4  # ratings can be revised
    w.submit_button.click()
    assert store.tries("t-scale") == 2 and "4,5" in w.profile_html.value


# --- reflect ----------------------------------------------------------------------------------------------
def test_reflect_saves_text_and_shows_model_answer(store):
    w = make("t-reflect", store)
    w.text_widget.value = "Die Opposition"
    assert "2 Wörter (mindestens 5)" in w.counter_html.value
    w.submit_button.click()
    assert "noch zu kurz" in w.feedback_html.value
    assert "Die Opposition und die Demonstrierenden" in w.solution_html.value
    assert "☐ Opposition genannt" in w.solution_html.value
    w.text_widget.value = "Die Opposition und die Protestierenden fehlen."
    w.submit_button.click()
    latest = store.latest("t-reflect")
    assert latest.answer == {"text": "Die Opposition und die Protestierenden fehlen."} and latest.score == 2.0
    assert make("t-reflect", store).text_widget.value == latest.answer["text"]


# --- compare ----------------------------------------------------------------------------------------------
def _span(snippet):
    s = TEXT.index(snippet)
    return (s, s + len(snippet))


def _engine():
    s1 = _span("Es gibt in der Region keine Nato-Aufstockung")
    extra = _span("Der Kreml bestätigte")
    lung = _span("Oana Lungescu")
    return Analysis(text=TEXT, quotes=[
        Quote("direct", [s1], TEXT[s1[0]:s1[1]], Speaker([lung], "Oana Lungescu", "Oana Lungescu"),
              evidence=["Anführungszeichen", "Redeverb: sagen"]),
        Quote("reported", [extra], TEXT[extra[0]:extra[1]], evidence=["Redeverb: bestätigen"]),
    ])


def test_compare_learner_engine_and_key_side_by_side(store):
    mark = make("t-mark", store)
    mark.mark_text("umfassende Hilfe leisten wird")
    mark.mark_text("Belarus grenzt im Westen")
    mark.submit_button.click()
    w = make("t-compare", store, analysis=_engine())
    assert w.submit_button.description == "Vergleich abschließen"
    assert w.counts == {"you": 1, "machine": 1, "key": 3}
    rows = {r[0][:25]: r for r in w.rows}
    assert rows["umfassende Hilfe leisten "][1].startswith("✔") and rows["umfassende Hilfe leisten "][2].startswith("✘")
    lung = rows["Es gibt in der Region kei"]
    assert lung[1].startswith("✘") and lung[2] == "✔ direkte Rede (Oana Lungescu)"
    assert lung[4] == "Anführungszeichen; Redeverb: sagen"
    assert rows["Der Kreml bestätigte"][3].startswith("✘ nicht im Schlüssel")  # only the machine
    assert any(r[0].startswith("Belarus grenzt") and r[1].startswith("✔") for r in w.rows)  # only you
    assert "du 1 von 3, die Maschine 1 von 3" in w.table_html.value
    w.submit_button.click()
    assert store.latest("t-compare").answer == {"viewed": True}


def test_compare_without_marks_or_engine_explains(store, monkeypatch):
    import medialit.widgets.compare as compare

    monkeypatch.setattr(compare.CompareWidget, "_engine", lambda self, text: (None, "Testausfall"))
    w = make("t-compare", store)
    assert "noch nicht bearbeitet" in w.note_html.value and "Testausfall" in w.note_html.value
    assert w.counts["you"] == 0 and all(r[2] == "–" for r in w.rows)


# --- friendly errors --------------------------------------------------------------------------------------
def test_unknown_id_gives_a_message_widget_not_a_traceback():
    w = ml.show("gibt-es-nicht")
    assert isinstance(w, MessageWidget)
    assert "Unbekannte Übung 'gibt-es-nicht'" in w.message and "Unbekannte Übung" in w.html.value
    assert isinstance(ml.show(None), MessageWidget)


def test_broken_bank_gives_a_message_naming_the_problem(monkeypatch):
    from medialit.exercises import loading

    monkeypatch.setattr(loading, "exercises_dir", lambda: BROKEN)
    w = ml.show("sort-kategorie")
    assert isinstance(w, MessageWidget)
    assert "Feld 'items[1].category': unbekannte Kategorie 'z'" in w.message


def test_show_uses_the_default_store(tmp_path):
    from medialit.exercises import load_bank

    bank = load_bank()
    ex_id = next(e.id for e in bank.exercises.values() if e.type == "choice")
    w = ml.show(ex_id)
    assert type(w).__name__ == "ChoiceWidget"
    w.options_widget.value = bank.exercises[ex_id].options[0].id
    w.submit_button.click()
    assert Store(tmp_path / "medialit-home" / "progress.sqlite3").tries(ex_id) == 1


def test_every_bank_exercise_renders():
    from medialit.exercises import load_bank

    for ex_id in load_bank().exercises:
        w = ml.show(ex_id)
        assert not isinstance(w, MessageWidget), (ex_id, getattr(w, "message", ""))


def test_corrupt_store_message_is_shown_in_the_widget(tmp_path):
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    w = make("t-choice", Store(path))
    assert "beschädigt" in w.status_html.value
    w.options_widget.value = "a"
    w.submit_button.click()
    assert "Richtig!" in w.feedback_html.value


def test_a_failing_checker_shows_a_message(store, monkeypatch):
    import medialit.widgets.common as common

    def boom(*_a, **_k):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(common, "check", boom)
    w = make("t-choice", store)
    w.options_widget.value = "a"
    w.submit_button.click()
    assert "Das hat leider nicht geklappt" in w.feedback_html.value and "RuntimeError" in w.feedback_html.value
    assert "Traceback" not in html_of(w)


def test_hints_are_revealed_one_by_one(store):
    w = make("t-choice", store)
    w.hint_button.click()
    assert "Suche den Satz mit „Oana Lungescu“." in w.hint_html.value and w.hint_button.disabled


def test_generated_exercise_is_stored_per_article(store):
    w = ml.show("auto-quellen-markieren", article=Article.load("belarus-2020"), store=store)
    assert type(w).__name__ == "MarkWidget" and w.key == "auto-quellen-markieren@belarus-2020"
    w.unit_buttons[5].value = True
    w.submit_button.click()
    latest = store.latest("auto-quellen-markieren@belarus-2020")
    assert latest is not None and latest.article == "belarus-2020"
    again = ml.show("auto-quellen-markieren@belarus-2020", store=store)
    assert again.restored and again.unit_buttons[5].value


def test_word_labels_keep_the_punctuation_but_not_twice():
    from medialit.exercises.checkers import Unit
    from medialit.widgets.mark import word_labels

    text = 'Er sagte: "als Nation sterben". Und/oder (so) A-B!'
    units = [Unit(m.start(), m.end(), m.group()) for m in re.finditer(r"\w+(?:-\w+)*", text)]
    assert word_labels(text, units) == ["Er", "sagte:", '"als', "Nation", 'sterben".', "Und/", "oder", "(so)",
                                        "A-B!"]


def test_word_mark_buttons_read_like_the_text(store):
    w = make("t-mark-words", store)
    assert "sterben\"." in [b.description for b in w.unit_buttons]
    assert "".join(b.description for b in w.unit_buttons).replace(" ", "") == w.text.replace(" ", "")
