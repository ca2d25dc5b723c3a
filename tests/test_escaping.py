"""Hostile text (a <script>, an <img onerror>) is shown as text in every widget: nothing is injected."""

from __future__ import annotations

from html.parser import HTMLParser

import ipywidgets as widgets
import pytest

import medialit as ml
from medialit.exercises import load_bank
from medialit.model import Analysis, Entity, Quote, Speaker, VerbUse
from medialit.store import Store
from medialit.widgets import MessageWidget, widget_class
from medialit.widgets.article_view import ArticleView
from medialit.widgets.progress import ExportWidget, ImportWidget, ProgressOverview, upload_entry

SCRIPT = "<script>alert('x')</script>"
IMG = "<img src=x onerror=alert(1)>"
ALLOWED_TAGS = {"div", "span", "p", "strong", "em", "code", "br", "ul", "ol", "li", "sup", "small", "table",
                "caption", "thead", "tbody", "tr", "th", "td", "details", "summary", "h3", "h4", "a", "style"}


class _Tags(HTMLParser):
    """Every start tag and attribute as a browser would parse them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def parsed_tags(value: str):
    parser = _Tags()
    parser.feed(value)
    parser.close()
    return parser.tags


def html_values(node) -> list[str]:
    out = []
    if isinstance(node, widgets.HTML):
        out.append(node.value)
    for child in getattr(node, "children", ()):
        out += html_values(child)
    return out


def text_widgets(node) -> list[widgets.Widget]:
    out = [node]
    for child in getattr(node, "children", ()):
        out += text_widgets(child)
    return out


def assert_safe(w) -> str:
    """No raw tag or event handler in any HTML; labels of buttons/options are plain text, never HTML."""
    values = html_values(w)
    for value in values:
        for tag, attrs in parsed_tags(value):
            assert tag in ALLOWED_TAGS, (tag, value[:300])
            for name, attr in attrs:
                assert not name.startswith("on"), (tag, name, value[:300])
                if name == "href":
                    assert attr.startswith("data:application/json;base64,"), attr[:80]
    for node in text_widgets(w):
        if hasattr(node, "description_allow_html"):
            assert node.description_allow_html is False
    return "\n".join(values)


BANK = f"""
lesson: 3
title: "Böse {IMG}"
article: belarus-2020
exercises:
  - id: e-choice
    type: choice
    skill: quotes
    prompt: "Frage {IMG} **fett** {SCRIPT}"
    hints: ["Tipp {SCRIPT}"]
    explanation: "Erklärung {IMG}"
    options:
      - {{id: a, text: "A {IMG}", correct: true, explanation: "weil {SCRIPT}"}}
      - {{id: b, text: "B {SCRIPT}", correct: false, explanation: "nicht {IMG}"}}
  - id: e-mark
    type: mark
    skill: quotes
    prompt: "Markiere {SCRIPT}"
    key: [{{text: "Lukaschenko warnte auch", explanation: "Erklärung {IMG}"}}]
  - id: e-sort
    type: sort
    skill: quotes
    prompt: "Ordne {IMG}"
    categories: [{{id: x, label: "X {SCRIPT}"}}, {{id: y, label: "Y {IMG}"}}]
    items: [{{id: i, text: "Item {IMG}", category: x, explanation: "E {SCRIPT}"}}]
  - id: e-scale
    type: scale
    skill: framing
    prompt: "Skala {SCRIPT}"
    scale: {{min: 1, max: 3, labels: {{1: "niedrig {IMG}", 3: "hoch {SCRIPT}"}}}}
    dimensions: {{d: "Dim {IMG}"}}
    statements: [{{id: s, text: "Aussage {SCRIPT}", dimension: d}}]
  - id: e-reflect
    type: reflect
    skill: reading
    prompt: "Schreib {IMG}"
    min_words: 1
    model_answer: "Muster {SCRIPT}"
    checklist: ["Punkt {IMG}"]
  - id: e-compare
    type: compare
    skill: quotes
    prompt: "Vergleiche {IMG}"
    layer: quotes
    mark_exercise: e-mark
"""


@pytest.fixture
def hostile(tmp_path):
    folder = tmp_path / "bank"
    folder.mkdir()
    (folder / "03_boese.yml").write_text(BANK, encoding="utf-8")
    bank = load_bank(folder)
    assert bank.errors == []
    return bank, Store(tmp_path / "p.sqlite3")


def test_every_exercise_widget_escapes_prompt_options_feedback_and_answers(hostile):
    bank, store = hostile
    ex = bank.exercises
    w = widget_class("choice")(ex["e-choice"], store)
    w.hint_button.click()
    w.options_widget.value = "b"
    w.submit_button.click()
    w.options_widget.value = "a"
    w.submit_button.click()
    shown = assert_safe(w)
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown and "<strong>fett</strong>" in shown
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in shown

    m = widget_class("mark")(ex["e-mark"], store)
    m.mark_text("Lukaschenko warnte auch")
    m.submit_button.click()
    assert "Erklärung &lt;img" in assert_safe(m)

    s = widget_class("sort")(ex["e-sort"], store)
    s.item_dropdowns["i"].value = "y"
    s.submit_button.click()
    assert "Item &lt;img" in assert_safe(s)

    sc = widget_class("scale")(ex["e-scale"], store)
    sc.rating_widgets["s"].value = 2
    sc.submit_button.click()
    assert "Dim &lt;img" in assert_safe(sc)

    r = widget_class("reflect")(ex["e-reflect"], store)
    r.text_widget.value = f"Meine Antwort {SCRIPT} {IMG}"
    r.submit_button.click()
    assert "Muster &lt;script&gt;" in assert_safe(r)
    assert store.latest("e-reflect").answer["text"] == f"Meine Antwort {SCRIPT} {IMG}"  # stored verbatim
    again = widget_class("reflect")(ex["e-reflect"], store)  # restored answer is text in a Textarea
    assert again.text_widget.value == f"Meine Antwort {SCRIPT} {IMG}"
    assert_safe(again)

    text = m.text
    pos = text.index("Lukaschenko warnte")
    engine = Analysis(text=text, quotes=[Quote("reported", [(pos, pos + 18)], text[pos:pos + 18],
                                               Speaker([(pos, pos + 11)], "Lukaschenko", f"L {IMG}"),
                                               evidence=[f"Beleg {SCRIPT}"])])
    c = widget_class("compare")(ex["e-compare"], store, analysis=engine)
    c.submit_button.click()
    assert "Beleg &lt;script&gt;" in assert_safe(c)

    overview = ProgressOverview(store, bank)
    assert "Böse &lt;img" in assert_safe(overview)


def test_article_view_renders_hostile_text_as_text():
    text = f"Er sagte: „{SCRIPT}“ und dann {IMG} – Ende."
    s = text.index("„")
    e = text.index("“") + 1
    v = sagte = text.index("sagte")
    analysis = Analysis(text=text, quotes=[Quote("direct", [(s, e)], text[s:e],
                                                 Speaker([(0, 2)], "Er", f"Name {IMG}"),
                                                 evidence=[f"Beleg {SCRIPT}"])],
                        verbs=[VerbUse(v, v + 5, "sagte", "sagen", "neutral", f"Erkl {IMG}")],
                        entities=[Entity(sagte, sagte + 5, "PER", "sagte", f"\" onmouseover=alert(1) x=\"{IMG}")])
    view = ArticleView(text, ("quotes", "speakers", "verbs", "entities"), analysis=analysis)
    view.finding_select.value = 1
    shown = assert_safe(view)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in view.text_html.value
    assert "&lt;img src=x onerror=alert(1)&gt;" in view.text_html.value
    assert "&quot; onmouseover=alert(1)" in shown  # an attribute cannot be broken out of


def test_messages_exports_and_imports_escape_names(tmp_path):
    w = ml.show(f"x{IMG}")
    assert isinstance(w, MessageWidget)
    assert_safe(w)
    store = Store(tmp_path / "p.sqlite3")
    ex = ExportWidget(store, folder=tmp_path, learner=f"Kim {IMG}")
    ex.export_button.click()
    assert ex.last_path is not None and ex.last_path.parent == tmp_path
    assert "<img" not in ex.last_path.name
    assert_safe(ex)
    imp = ImportWidget(store)
    imp.upload_widget.value = (upload_entry(f"{IMG}.json", b"{kaputt"),)
    imp.import_button.click()
    assert "keine gültige JSON-Datei" in imp.message_html.value
    assert_safe(imp)
