"""ArticleView: layers switch, legend and evidence are shown, labels as well as colours, contrast ≥ 4.5:1."""

from __future__ import annotations

import re

import pytest

import medialit as ml
from medialit.article import Article
from medialit.model import Analysis, Cue, Entity, FramingCue, Quote, Speaker, VerbUse
from medialit.widgets import MessageWidget, style
from medialit.widgets.article_view import (
    BACKGROUND_COLOURS,
    ArticleView,
    analysis_from_key,
    highlights_of,
    render_text,
)

TEXT = "Der Minister sagte, es gebe keine Gefahr. „Wir sind bereit“, warnte die Sprecherin."


def _at(snippet):
    s = TEXT.index(snippet)
    return (s, s + len(snippet))


def hand_analysis() -> Analysis:
    minister = _at("Der Minister")
    return Analysis(
        text=TEXT,
        quotes=[
            Quote("indirect", [_at("es gebe keine Gefahr")], "es gebe keine Gefahr",
                  Speaker([minister], "Der Minister", "Minister", "person"),
                  Cue([_at("sagte")], "sagte", "sagen", "neutral"), evidence=["Konjunktiv I: gebe"]),
            Quote("direct", [_at("„Wir sind bereit“")], "„Wir sind bereit“",
                  Speaker([_at("die Sprecherin")], "die Sprecherin", "Sprecherin", "person"),
                  evidence=["Anführungszeichen"]),
        ],
        verbs=[VerbUse(*_at("sagte"), "sagte", "sagen", "neutral", "Neutrales Redeverb."),
               VerbUse(*_at("warnte"), "warnte", "warnen", "evaluative", "Dramatisiert.")],
        entities=[Entity(*_at("Minister"), "PER", "Minister", "Rollenwort")],
        framing=[FramingCue(*_at("Gefahr"), "Gefahr", "Bedrohung", "Wort aus dem Bedrohungs-Frame")],
    )


def test_layers_labels_evidence_and_toggles():
    v = ml.article_view(TEXT, analysis=hand_analysis())
    assert isinstance(v, ArticleView)
    html = v.text_html.value
    n_ind = next(h.number for h in v.highlights if h.category == "indirect")
    n_dir = next(h.number for h in v.highlights if h.category == "direct")
    assert f"[{n_ind} indirekt]" in html and f"[{n_dir} direkt]" in html  # labels, not colour alone
    assert f'title="[{n_ind}] indirekt: indirekte Rede, spricht: Minister · Konjunktiv I: gebe"' in html
    assert "border-bottom:3px dashed" in html and "border-bottom:3px solid" in html  # line styles differ
    assert "wertend/dramatisierend" in html  # verb connotation label
    assert "Zitate nach Art" in v.legend_html.value and "gestrichelt unterstrichen" in v.legend_html.value
    assert "Konjunktiv I: gebe" in v.evidence_html.value
    assert {h.layer for h in v.highlights} == {"quotes", "speakers", "verbs"}
    # switching layers
    v.layer_toggles["quotes"].value = False
    assert "indirekt]" not in v.text_html.value and v.layer_toggles["quotes"].icon == "eye-slash"
    v.layer_toggles["entities"].value = True
    v.layer_toggles["framing"].value = True
    assert "[" in v.text_html.value and "Person]" in v.text_html.value and "Bedrohung]" in v.text_html.value
    assert "underline wavy" in v.text_html.value
    assert v.layer_toggles["entities"].description == "Namen (Personen, Orte, Organisationen) (1)"
    # the evidence by keyboard: choose a finding in the dropdown
    number = next(h.number for h in v.highlights if h.layer == "framing")
    v.finding_select.value = number
    assert "Wort aus dem Bedrohungs-Frame" in v.finding_html.value and "„Gefahr“" in v.finding_html.value


def test_text_round_trips_through_the_rendering():
    a = hand_analysis()
    found = highlights_of(a, ["quotes", "speakers", "verbs", "entities", "framing"])
    assert len(found) == 8  # 2 quotes, 2 speakers, 2 verbs, 1 entity, 1 framing cue
    html = render_text(TEXT, found)
    assert html.count('class="medialit-label" tabindex="0"') == 8  # one focusable label per highlight
    plain = re.sub(r'<span class="medialit-label".*?</span></span>', "", html)
    plain = re.sub(r"<[^>]+>", "", plain)
    import html as h

    assert h.unescape(plain) == TEXT


def test_contrast_of_text_on_every_highlight_and_verdict_colour():
    colours = {**BACKGROUND_COLOURS, **style.BACKGROUNDS}
    for name, bg in colours.items():
        ratio = style.contrast(style.TEXT, bg)
        assert ratio >= 4.5, (name, bg, ratio)
    # the formula itself: black on white is 21:1, equal colours 1:1, and a known pair
    assert style.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert style.contrast("#777777", "#777777") == pytest.approx(1.0)
    assert style.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # WCAG's borderline grey


def test_full_colour_is_not_used_under_text():
    # Okabe–Ito blue under black text would fail 4.5:1; that is why only tints are used.
    assert style.contrast("#111111", style.OKABE_ITO["blue"]) < 4.5
    assert all(bg not in style.OKABE_ITO.values() for bg in BACKGROUND_COLOURS.values())


def test_lesson_article_with_the_key():
    v = ArticleView("belarus-2020", source="key")
    assert v.text == Article.load("belarus-2020").text
    assert sum(h.layer == "quotes" for h in v.highlights) >= 10
    assert "Schlüssel:" in v.evidence_html.value
    assert v.source_note == "Quelle der Markierungen: die Handannotation (Schlüssel) des Artikels."
    key = analysis_from_key("belarus-2020")
    assert all(key.text[s:e] for q in key.quotes for s, e in q.spans)


def test_lesson_article_with_the_engine():
    v = ml.article_view(layers=("quotes", "verbs", "entities"))
    assert isinstance(v, ArticleView) and v.analysis is not None
    assert any(h.layer == "entities" for h in v.highlights)
    assert "Redeverb:" in v.evidence_html.value
    assert "automatische Analyse (Maschine)" in v.source_note


def test_plain_text_and_bad_input():
    v = ml.article_view("Ein kurzer Text ohne Zitate.", source="none")
    assert isinstance(v, ArticleView) and v.highlights == [] and "nicht verfügbar" in v.notice_html.value
    bad = ml.article_view("   ")
    assert isinstance(bad, MessageWidget) and "leer" in bad.message


def test_analysis_of_another_text_is_refused():
    v = ArticleView("Ganz anderer Text.", analysis=hand_analysis())
    assert v.analysis is None and "anderen Text" in v.notice_html.value


def test_layers_by_name_and_unknown_layers_are_named():
    v = ArticleView(TEXT, "verbs", analysis=hand_analysis())
    assert v.layers == ["verbs"]
    bad = ArticleView(TEXT, ["quotes", "zitate"], analysis=hand_analysis())
    assert bad.layers == ["quotes"]
    assert "Unbekannte Ebene(n) zitate – erlaubt sind: quotes, speakers" in bad.notice_html.value
