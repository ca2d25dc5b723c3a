"""Charts: German titles and axis labels, Okabe–Ito colours plus a second cue, tables equal to the chart data."""

from __future__ import annotations

import html

import ipywidgets
import pytest

from medialit import charts
from medialit.charts import OKABE_ITO, Chart, ChartError
from medialit.model import Quote, Source, Speaker, VerbUse

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'

SOURCES = [
    Source(name="Alexander Lukaschenko", kind="person", counts={"direct": 1, "indirect": 3}, words_quoted=61),
    Source(name="Kreml", kind="organisation", counts={"reported": 2}, words_quoted=20),
    Source(name="US-Vertreter", kind="group", named=False, counts={"indirect": 1}, words_quoted=14),
]

QUOTES = [
    Quote(kind="indirect", spans=[(100, 150)], text="er sei bereit zu helfen", sentence=6,
          speaker=Speaker(spans=[(90, 98)], text="Putin", name="Wladimir Putin", kind="person")),
    {"kind": "direct", "spans": [[10, 40]], "text": "„Wir werden nicht zulassen“", "sentence": 2,
     "speaker": {"text": "Lukaschenko", "name": "Alexander Lukaschenko", "kind": "person"}},
    {"kind": "reported", "spans": [[300, 340]], "text": "wies die Vorwürfe zurück", "sentence": 12,
     "speaker": {"text": "die NATO-Sprecherin", "name": "NATO-Sprecherin", "kind": "person"}},
    {"kind": "indirect", "spans": [[200, 260]], "text": "die NATO habe Truppen", "sentence": 9,
     "speaker": {"text": "Lukaschenko", "name": "Alexander Lukaschenko", "kind": "person"}},
    {"kind": "indirect", "spans": [[400, 420]], "text": "es gebe keine Pläne", "sentence": 14,
     "speaker": {"text": "US-Vertreter", "name": "", "kind": "group"}},
]


def _colours(trace) -> list[str]:
    colour = trace.marker.color
    return list(colour) if isinstance(colour, (list, tuple)) else [colour]


def _assert_german_frame(chart: Chart, title: str, x: str, y: str) -> None:
    fig = chart.figure
    assert fig.layout.title.text == title
    assert fig.layout.xaxis.title.text == x
    assert fig.layout.yaxis.title.text == y
    assert fig.layout.separators == ",."  # German decimal comma
    for trace in fig.data:
        assert set(_colours(trace)) <= set(OKABE_ITO), trace.name


def test_quotes_per_source_stacks_kinds_with_patterns_and_matching_table():
    chart = charts.quotes_per_source(SOURCES)
    _assert_german_frame(chart, "Zitate pro Quelle nach Art der Wiedergabe", "Quelle", "Anzahl der Zitate")
    fig = chart.figure
    assert fig.layout.barmode == "stack"
    assert [t.name for t in fig.data] == ["direkte Rede", "indirekte Rede", "freie indirekte Rede",
                                          "berichtete Sprechhandlung"]
    shapes = [t.marker.pattern.shape for t in fig.data]
    assert len(set(shapes)) == 4 and len({t.marker.color for t in fig.data}) == 4  # colour is not the only cue
    by_kind = {t.name: list(t.y) for t in fig.data}
    assert by_kind["indirekte Rede"] == [3, 0, 1]
    assert by_kind["berichtete Sprechhandlung"] == [0, 2, 0]
    assert list(fig.data[0].x) == ["Alexander Lukaschenko", "Kreml", "US-Vertreter"]
    assert chart.columns == ["Quelle", "direkte Rede", "indirekte Rede", "freie indirekte Rede",
                             "berichtete Sprechhandlung", "gesamt"]
    assert chart.rows == [["Alexander Lukaschenko", 1, 3, 0, 0, 4], ["Kreml", 0, 0, 0, 2, 2],
                          ["US-Vertreter", 0, 1, 0, 0, 1]]
    # table rows equal the chart data, column by column
    for k, trace in enumerate(fig.data, start=1):
        assert [row[k] for row in chart.rows] == list(trace.y)


def test_quotes_per_source_accepts_dicts_and_names_bad_kind():
    chart = charts.quotes_per_source([{"name": "Kreml", "counts": {"direct": 2}}])
    assert chart.rows == [["Kreml", 2, 0, 0, 0, 2]]
    with pytest.raises(ChartError, match=r"Quelle 1 \(Kreml\).*'quote'"):
        charts.quotes_per_source([{"name": "Kreml", "counts": {"quote": 2}}])
    with pytest.raises(ChartError, match="Quelle 2: Feld 'name' fehlt"):
        charts.quotes_per_source([{"name": "Kreml", "counts": {}}, {"counts": {}}])


def test_tally_quotes_sums_per_speaker_in_order_of_first_quote():
    tally = charts.tally_quotes(QUOTES)
    assert [t["name"] for t in tally] == ["Alexander Lukaschenko", "Wladimir Putin", "NATO-Sprecherin",
                                          "US-Vertreter"]
    luka = tally[0]
    assert luka["counts"] == {"direct": 1, "indirect": 1, "free_indirect": 0, "reported": 0}
    assert luka["words_quoted"] == 4 + 4
    assert (luka["first"], luka["last"]) == (2, 9)
    assert luka["named"] is True and tally[3]["named"] is False
    chart = charts.quotes_per_source(tally)
    assert chart.rows[0] == ["Alexander Lukaschenko", 1, 1, 0, 0, 2]


def test_words_per_source():
    chart = charts.words_per_source(SOURCES)
    _assert_german_frame(chart, "Zitierte Wörter pro Quelle", "Quelle", "Anzahl zitierter Wörter")
    assert list(chart.figure.data[0].y) == [61, 20, 14]
    assert chart.rows == [["Alexander Lukaschenko", 61], ["Kreml", 20], ["US-Vertreter", 14]]
    assert [r[1] for r in chart.rows] == list(chart.figure.data[0].y)
    with pytest.raises(ChartError, match="Quelle 1, Feld 'words_quoted'"):
        charts.words_per_source([{"name": "X", "words_quoted": -3}])


def test_named_vs_unnamed_labels_bars_with_names():
    chart = charts.named_vs_unnamed(SOURCES)
    _assert_german_frame(chart, "Namentlich genannte und ungenannte Quellen", "Art der Quelle",
                         "Anzahl der Quellen")
    bar = chart.figure.data[0]
    assert list(bar.x) == ["namentlich genannt", "ohne Namen"]
    assert list(bar.y) == [2, 1]
    assert list(bar.text) == ["2", "1"]
    assert list(bar.customdata) == ["Alexander Lukaschenko<br>Kreml", "US-Vertreter"]  # names on hover
    assert len(set(bar.marker.pattern.shape)) == 2
    assert chart.rows == [["namentlich genannt", 2, "Alexander Lukaschenko, Kreml"], ["ohne Namen", 1, "US-Vertreter"]]


def test_quote_positions_orders_by_sentence_and_marks_first_and_last():
    chart = charts.quote_positions(QUOTES)
    _assert_german_frame(chart, "Wer spricht wann? Position der Zitate im Text", "Satz im Text", "Quelle")
    assert [r[0] for r in chart.rows] == [3, 7, 10, 13, 15]  # sentences counted from 1
    assert [r[1] for r in chart.rows] == ["Alexander Lukaschenko", "Wladimir Putin", "Alexander Lukaschenko",
                                          "NATO-Sprecherin", "US-Vertreter"]
    assert chart.rows[0][2] == "direkte Rede"
    symbols = {t.name: t.marker.symbol for t in chart.figure.data}
    assert len(set(symbols.values())) == len(symbols) == 3  # each kind its own marker shape
    points = sorted((x, y) for t in chart.figure.data for x, y in zip(t.x, t.y, strict=True))
    assert points == sorted((r[0], r[1]) for r in chart.rows)
    notes = {a.text: (a.x, a.y) for a in chart.figure.layout.annotations}
    assert notes == {"zuerst": (3, "Alexander Lukaschenko"), "zuletzt": (15, "US-Vertreter")}


def test_quote_positions_keeps_two_quotes_in_one_sentence_apart():
    quotes = [{"kind": "indirect", "sentence": 6, "text": "a", "speaker": {"name": "L"}},
              {"kind": "direct", "sentence": 6, "text": "b", "speaker": {"name": "L"}}]
    chart = charts.quote_positions(quotes)
    xs = sorted(x for t in chart.figure.data for x in t.x)
    assert xs == [7, 7.4]
    assert [r[0] for r in chart.rows] == [7, 7]
    assert sorted(c[0] for t in chart.figure.data for c in t.customdata) == [7, 7]  # hover shows the sentence


def test_quote_positions_from_offsets_and_missing_position():
    quotes = [{"kind": "direct", "spans": [[55, 70]], "text": "a", "speaker": {"name": "A"}},
              {"kind": "indirect", "spans": [[5, 9]], "text": "b", "speaker": {"name": "B"}}]
    chart = charts.quote_positions(quotes, sentences=[(0, 50), (50, 100)])
    assert [(r[0], r[1]) for r in chart.rows] == [(1, "B"), (2, "A")]
    parts = [type("Part", (), {"start": 0, "end": 50})(), type("Part", (), {"start": 50, "end": 100})()]
    assert charts.quote_positions(quotes, sentences=parts).rows == chart.rows  # Article.sentences work too
    tally = charts.tally_quotes(quotes, sentences=parts)
    assert [(t["name"], t["first"], t["last"]) for t in tally] == [("B", 0, 0), ("A", 1, 1)]
    with pytest.raises(ChartError, match="Zitat 1: keine Satznummer"):
        charts.quote_positions(quotes)


def test_verbs_by_connotation_names_the_verbs():
    verbs = [VerbUse(0, 5, "sagte", "sagen", "neutral", ""), VerbUse(9, 15, "warnte", "warnen", "evaluative", ""),
             {"lemma": "sagen", "connotation": "neutral"}, {"lemma": "zurückweisen", "connotation": "adversarial"},
             {"lemma": "bestätigen", "connotation": "presupposing"}]
    chart = charts.verbs_by_connotation(verbs)
    _assert_german_frame(chart, "Redeverben nach Konnotation", "Konnotation", "Anzahl der Redeverben")
    bar = chart.figure.data[0]
    assert list(bar.x) == ["neutral", "setzt Wahrheit voraus", "wertend/dramatisierend", "gegnerisch"]
    assert list(bar.y) == [2, 1, 1, 1]
    assert list(bar.text) == ["sagen", "bestätigen", "warnen", "zurückweisen"]
    assert len(set(bar.marker.pattern.shape)) == 4
    assert chart.rows == [[x, y, t] for x, y, t in zip(bar.x, bar.y, bar.text, strict=True)]
    with pytest.raises(ChartError, match="Verb 1: unbekannte Konnotation 'scary'"):
        charts.verbs_by_connotation([{"lemma": "x", "connotation": "scary"}])


def test_frame_profile_marks_unrated_dimensions():
    dims = {"conflict": "Konflikt", "responsibility": "Verantwortung", "economic": "Wirtschaftliche Folgen"}
    chart = charts.frame_profile({"conflict": 4.5, "responsibility": 2, "economic": None}, dims)
    _assert_german_frame(chart, "Frame-Profil des Artikels", "Mittlere Bewertung (1–5)", "Frame")
    bar = chart.figure.data[0]
    assert bar.orientation == "h"
    assert list(bar.y) == ["Konflikt", "Verantwortung", "Wirtschaftliche Folgen"]
    assert list(bar.x) == [4.5, 2.0, 0]
    assert chart.rows == [["Konflikt", "4,5"], ["Verantwortung", "2"], ["Wirtschaftliche Folgen", "nicht bewertet"]]
    with pytest.raises(ChartError, match="Dimension 'conflict': Wert 7"):
        charts.frame_profile({"conflict": 7}, dims)


def test_timeline_two_lanes_dates_in_german():
    events = [
        {"date": "2020-08-15", "text": "Telefonat Lukaschenko–Putin", "kind": "article"},
        {"date": "2020-08-09", "text": "Präsidentschaftswahl", "kind": "missing"},
        {"date": "2020-08-16", "text": "Großdemonstration in Minsk", "kind": "fehlt im Artikel"},
    ]
    chart = charts.timeline(events)
    _assert_german_frame(chart, "Zeitleiste 09.08.–16.08.2020: was der Artikel berichtet und was fehlt", "", "Datum")
    fig = chart.figure
    assert [t.name for t in fig.data] == ["im Artikel", "fehlt im Artikel"]
    assert list(fig.layout.xaxis.ticktext) == ["im Artikel", "fehlt im Artikel"]  # lanes are labelled
    assert list(fig.data[1].y) == ["2020-08-09T00:00:00", "2020-08-16T00:00:00"]
    assert list(fig.data[1].x) == [1, 1] and list(fig.data[0].x) == [0]
    assert list(fig.data[1].text) == ["Präsidentschaftswahl", "Großdemonstration in Minsk"]
    assert fig.data[0].marker.symbol != fig.data[1].marker.symbol
    assert fig.layout.yaxis.tickformat == "%d.%m."
    assert chart.rows == [["09.08.2020", "Präsidentschaftswahl", "fehlt im Artikel"],
                          ["15.08.2020", "Telefonat Lukaschenko–Putin", "im Artikel"],
                          ["16.08.2020", "Großdemonstration in Minsk", "fehlt im Artikel"]]
    with pytest.raises(ChartError, match="Ereignis 1, Feld 'date'.*'15.8.2020'"):
        charts.timeline([{"date": "15.8.2020", "text": "x"}])
    with pytest.raises(ChartError, match="Ereignis 1, Feld 'kind'"):
        charts.timeline([{"date": "2020-08-15", "text": "x", "kind": "other"}])


def test_timeline_spreads_events_of_the_same_day():
    chart = charts.timeline([{"date": "2020-08-15", "text": "a"}, {"date": "2020-08-15", "text": "b"}])
    assert list(chart.figure.data[0].y) == ["2020-08-15T00:00:00", "2020-08-15T07:00:00"]
    assert [r[:2] for r in chart.rows] == [["15.08.2020", "a"], ["15.08.2020", "b"]]


def test_score_distribution_counts_bins_like_the_table():
    chart = charts.score_distribution([0, 1, 4.9, 5, 9, 10, 10], max_points=10, bins=2)
    _assert_german_frame(chart, "Verteilung der Punktzahlen", "Punkte", "Anzahl Lernende")
    assert list(chart.figure.data[0].x) == ["0–5", "5–10"]
    assert list(chart.figure.data[0].y) == [3, 4]
    assert chart.rows == [["0–5", 3], ["5–10", 4]]
    with pytest.raises(ChartError, match="11.0 liegt außerhalb"):
        charts.score_distribution([11], max_points=10)


def test_correct_rate_and_completion():
    chart = charts.correct_rate({"zitate-art": (3, 4), "quellen-wer": 0.5})
    _assert_german_frame(chart, "Anteil richtiger Antworten pro Aufgabe", "Aufgabe", "richtig beantwortet (%)")
    assert list(chart.figure.data[0].y) == [75.0, 50.0]
    assert chart.rows == [["zitate-art", "75 %", "3 von 4"], ["quellen-wer", "50 %", ""]]
    done = charts.completion({0: (2, 3), 3: 1.0}, titles={3: "Zitate"})
    _assert_german_frame(done, "Bearbeitungsstand pro Lektion", "Lektion", "erledigt (%)")
    assert list(done.figure.data[0].x) == ["Lektion 0", "Lektion 3: Zitate"]
    assert list(done.figure.data[0].y) == [66.7, 100.0]
    assert done.rows == [["Lektion 0", "66,7 %", "2 von 3"], ["Lektion 3: Zitate", "100 %", ""]]
    with pytest.raises(ChartError, match="Aufgabe 'x': Anteil 1.5"):
        charts.correct_rate({"x": 1.5})


def test_wrong_options_sorted_and_limited():
    items = [{"exercise": "a", "option": "b", "text": "Die NATO", "count": 2},
             {"exercise": "a", "option": "c", "text": "Der Kreml", "count": 7},
             {"exercise": "z", "option": "d", "text": "Niemand", "count": 4}]
    chart = charts.wrong_options(items, top=2)
    _assert_german_frame(chart, "Häufigste falsche Antworten", "Anzahl der Wahlen", "Aufgabe und Antwort")
    bar = chart.figure.data[0]
    assert list(bar.y) == ["a: Der Kreml", "z: Niemand"]
    assert list(bar.x) == [7, 4]
    assert chart.rows == [["a", "c", "Der Kreml", 7], ["z", "d", "Niemand", 4]]


def test_table_escapes_hostile_text_everywhere():
    chart = charts.words_per_source([{"name": HOSTILE, "words_quoted": 3}])
    for text in (chart.table_html(), chart.details_html(), chart.table().value):
        assert "<script>" not in text and "<img" not in text
        assert html.escape(HOSTILE) in text
    assert "Als Tabelle anzeigen" in chart.details_html()
    assert "<caption>Zitierte Wörter pro Quelle</caption>" in chart.table_html()
    assert '<th scope="col">zitierte Wörter</th>' in chart.table_html()
    assert isinstance(chart.table(), ipywidgets.HTML)


def test_show_displays_plotly_mimetype_and_table(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: shown.extend(objs))
    chart = charts.named_vs_unnamed(SOURCES)
    chart.show()
    bundles = [o for o in shown if isinstance(o, dict)]
    assert any("application/vnd.plotly.v1+json" in b for b in bundles)
    assert not any("text/html" in b for b in bundles)  # no embedded plotly.js
    tables = [o for o in shown if hasattr(o, "data") and "Als Tabelle anzeigen" in str(o.data)]
    assert len(tables) == 1
