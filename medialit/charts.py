"""Plotly charts for the lessons and the instructor dashboard, each with a table alternative.

Every chart has a German title and axis labels, uses the colour-blind-safe Okabe–Ito palette and adds a
second cue (pattern, marker symbol or text label) so colour never carries meaning alone. Each function takes
plain Python data (lists, dicts or ``medialit.model`` objects) and returns a :class:`Chart`: the figure plus
the same numbers as table rows. In a notebook a cell ending in a chart shows the chart and, below it, a
collapsible „Als Tabelle anzeigen“ table.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

import plotly.graph_objects as go

from medialit.errors import MedialitError
from medialit.model import CONNOTATION_LABELS, CONNOTATIONS, QUOTE_KIND_LABELS, QUOTE_KINDS

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
OKABE_ITO: tuple[str, ...] = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#F0E442",  # yellow (light: only as a fill with a dark outline)
    "#000000",  # black
)
# Bar fill patterns, one per series, so series differ in more than colour.
PATTERNS: tuple[str, ...] = ("", "/", ".", "x", "\\", "+", "-", "|")
_PATTERN_STYLE = {"solidity": 0.25, "size": 9}
# Marker symbols for scatter series, for the same reason.
SYMBOLS: tuple[str, ...] = ("circle", "square", "diamond", "triangle-up", "x", "star", "cross", "hexagon")

TABLE_SUMMARY = "Als Tabelle anzeigen"
NOT_RATED = "nicht bewertet"
UNKNOWN_SOURCE = "unbekannt"

TIMELINE_KINDS: dict[str, str] = {"article": "im Artikel", "missing": "fehlt im Artikel"}

_FONT = {"family": "Source Sans Pro, Arial, sans-serif", "size": 14, "color": "#222222"}


class ChartError(MedialitError):
    """Chart data that cannot be drawn; the message says which item and field is wrong."""


@dataclass
class Chart:
    """A plotly figure and the same data as a table (column names + rows), shown together in a notebook."""

    figure: go.Figure
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.figure.layout.title.text or ""

    def table_html(self) -> str:
        """The data as an HTML table with a caption; every cell is HTML-escaped."""
        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in self.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>" for row in self.rows
        )
        return (
            '<table class="medialit-table" style="border-collapse:collapse">'
            f"<caption>{html.escape(self.title)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        )

    def details_html(self) -> str:
        """The table folded into a ``<details>`` element labelled „Als Tabelle anzeigen“."""
        return (
            '<details class="medialit-chart-table">'
            f"<summary>{html.escape(TABLE_SUMMARY)}: {html.escape(self.title)}</summary>"
            f"{self.table_html()}</details>"
        )

    def table(self):
        """The table as an ipywidgets ``HTML`` widget (for dashboards built from widgets)."""
        import ipywidgets as widgets

        return widgets.HTML(value=self.details_html())

    def show(self) -> None:
        """Display the chart (plotly's JupyterLab mimetype, no embedded plotly.js) and the table below it."""
        from IPython.display import HTML, display

        self.figure.show(renderer="plotly_mimetype")
        display(HTML(self.details_html()))

    def _ipython_display_(self) -> None:
        self.show()


def show_with_table(chart: Chart) -> None:
    """Show a chart and its table alternative (the same as ending a cell with the chart)."""
    chart.show()


# ---------------------------------------------------------------------------------------------- sources


def tally_quotes(quotes: Iterable[Any], sentences: Sequence[Any] | None = None) -> list[dict[str, Any]]:
    """Sum quotations per speaker: counts by kind, words quoted, first/last sentence; ordered by first quotation.

    Takes ``model.Quote`` objects or dicts shaped like the analysis JSON / ``annotations.json`` quotes.
    Quotations without a speaker are counted under „unbekannt“. With ``sentences`` (as for
    :func:`quote_positions`) quotes without a ``sentence`` index are placed by their offsets.
    """
    table: dict[str, dict[str, Any]] = {}
    for i, quote in enumerate(quotes):
        kind = _kind(quote, i)
        speaker = _get(quote, "speaker")
        name = (_get(speaker, "name") or _get(speaker, "text") or UNKNOWN_SOURCE) if speaker else UNKNOWN_SOURCE
        sentence = _get(quote, "sentence") if sentences is None else _sentence_of(quote, i, sentences)
        text = _get(quote, "text") or ""
        entry = table.setdefault(
            name,
            {"name": name, "counts": dict.fromkeys(QUOTE_KINDS, 0), "words_quoted": 0,
             "named": _named(speaker), "first": sentence, "last": sentence},
        )
        entry["counts"][kind] += 1
        entry["words_quoted"] += len(str(text).split())
        if sentence is not None:
            entry["first"] = sentence if entry["first"] is None else min(entry["first"], sentence)
            entry["last"] = sentence if entry["last"] is None else max(entry["last"], sentence)
    return sorted(table.values(), key=lambda e: (e["first"] is None, e["first"] or 0))


def quotes_per_source(sources: Iterable[Any]) -> Chart:
    """Stacked bars: how many quotations each source gets, split by kind (direct, indirect, …)."""
    items = [(_name(s, i), _counts(s, i)) for i, s in enumerate(sources)]
    names = [name for name, _ in items]
    figure = go.Figure()
    for k, kind in enumerate(QUOTE_KINDS):
        values = [counts.get(kind, 0) for _, counts in items]
        figure.add_bar(
            name=QUOTE_KIND_LABELS[kind], x=names, y=values,
            marker={"color": OKABE_ITO[k], "pattern": {"shape": PATTERNS[k], **_PATTERN_STYLE}, "line": {"color": "#222222", "width": 1}},
            text=[v or "" for v in values], textposition="inside",
            hovertemplate="%{x}<br>" + QUOTE_KIND_LABELS[kind] + ": %{y}<extra></extra>",
        )
    _layout(figure, "Zitate pro Quelle nach Art der Wiedergabe", "Quelle", "Anzahl der Zitate",
            barmode="stack", legend_title="Art der Wiedergabe")
    columns = ["Quelle", *(QUOTE_KIND_LABELS[k] for k in QUOTE_KINDS), "gesamt"]
    rows = [[name, *(counts.get(k, 0) for k in QUOTE_KINDS), sum(counts.get(k, 0) for k in QUOTE_KINDS)]
            for name, counts in items]
    return Chart(figure, columns, rows)


def words_per_source(sources: Iterable[Any]) -> Chart:
    """Bars: how many words each source is quoted with (how much room the text gives each voice)."""
    items = [(_name(s, i), _int(_get(s, "words_quoted", 0), f"Quelle {i + 1}", "words_quoted"))
             for i, s in enumerate(sources)]
    figure = go.Figure(go.Bar(
        x=[n for n, _ in items], y=[w for _, w in items], text=[w for _, w in items], textposition="outside",
        marker={"color": OKABE_ITO[3], "line": {"color": "#222222", "width": 1}},
        hovertemplate="%{x}: %{y} Wörter<extra></extra>", showlegend=False,
    ))
    _layout(figure, "Zitierte Wörter pro Quelle", "Quelle", "Anzahl zitierter Wörter")
    return Chart(figure, ["Quelle", "zitierte Wörter"], [[n, w] for n, w in items])


def named_vs_unnamed(sources: Iterable[Any]) -> Chart:
    """Two bars: named sources vs. unnamed ones („US-Vertreter“); the names show on hover and in the table."""
    groups: dict[bool, list[str]] = {True: [], False: []}
    for i, s in enumerate(sources):
        groups[bool(_get(s, "named", True))].append(_name(s, i))
    labels = ["namentlich genannt", "ohne Namen"]
    values = [len(groups[True]), len(groups[False])]
    figure = go.Figure(go.Bar(
        x=labels, y=values,
        marker={"color": [OKABE_ITO[3], OKABE_ITO[4]], "pattern": {"shape": [PATTERNS[0], PATTERNS[1]], **_PATTERN_STYLE},
                "line": {"color": "#222222", "width": 1}},
        text=values, textposition="outside", cliponaxis=False,
        customdata=["<br>".join(groups[True]), "<br>".join(groups[False])],
        hovertemplate="%{x}: %{y}<br>%{customdata}<extra></extra>", showlegend=False,
    ))
    _layout(figure, "Namentlich genannte und ungenannte Quellen", "Art der Quelle", "Anzahl der Quellen")
    rows = [[labels[0], values[0], ", ".join(groups[True])], [labels[1], values[1], ", ".join(groups[False])]]
    return Chart(figure, ["Art der Quelle", "Anzahl", "Quellen"], rows)


def quote_positions(quotes: Iterable[Any], sentences: Sequence[Any] | None = None) -> Chart:
    """Strip chart: at which sentence each source is quoted — who speaks first, who gets the last word.

    A quote's position is its ``sentence`` index (analysis JSON); for quotes without one (``annotations.json``)
    pass the text's ``sentences`` (offset pairs or ``Article.sentences``) and the sentence holding the
    quote's first character is used.
    Sentences are counted from 1 in the chart.
    """
    points = []
    for i, quote in enumerate(quotes):
        speaker = _get(quote, "speaker")
        name = (_get(speaker, "name") or _get(speaker, "text") or UNKNOWN_SOURCE) if speaker else UNKNOWN_SOURCE
        points.append((_sentence_of(quote, i, sentences) + 1, name, _kind(quote, i), str(_get(quote, "text") or "")))
    points.sort(key=lambda p: p[0])
    order: list[str] = []
    for _, name, _, _ in points:
        if name not in order:
            order.append(name)
    # Several quotations of one source in one sentence sit side by side, not on top of each other.
    seen: dict[tuple[int, str], int] = {}
    offsets = []
    for sentence, name, _, _ in points:
        n = seen.get((sentence, name), 0)
        seen[(sentence, name)] = n + 1
        offsets.append(0.4 * n)
    figure = go.Figure()
    for k, kind in enumerate(QUOTE_KINDS):
        mine = [(p, off) for p, off in zip(points, offsets, strict=True) if p[2] == kind]
        if not mine:
            continue
        figure.add_scatter(
            name=QUOTE_KIND_LABELS[kind], x=[p[0] + off for p, off in mine], y=[p[1] for p, _ in mine],
            mode="markers",
            marker={"color": OKABE_ITO[k], "symbol": SYMBOLS[k], "size": 12, "line": {"color": "#222222", "width": 1}},
            customdata=[[p[0], _shorten(p[3], 80)] for p, _ in mine],
            hovertemplate="Satz %{customdata[0]}: %{y}<br>%{customdata[1]}<extra>" + QUOTE_KIND_LABELS[kind]
            + "</extra>",
        )
    if points:
        first, last = points[0], points[-1]
        figure.add_annotation(x=first[0], y=first[1], text="zuerst", showarrow=True, ay=-30)
        figure.add_annotation(x=last[0], y=last[1], text="zuletzt", showarrow=True, ay=-30)
    _layout(figure, "Wer spricht wann? Position der Zitate im Text", "Satz im Text", "Quelle",
            legend_title="Art der Wiedergabe")
    figure.update_yaxes(categoryorder="array", categoryarray=list(reversed(order)))
    figure.update_xaxes(dtick=1 if points and points[-1][0] <= 20 else None)
    rows = [[p[0], p[1], QUOTE_KIND_LABELS[p[2]], p[3]] for p in points]
    return Chart(figure, ["Satz", "Quelle", "Art der Wiedergabe", "Text"], rows)


# ------------------------------------------------------------------------------------------------ verbs


def verbs_by_connotation(verbs: Iterable[Any]) -> Chart:
    """Bars: reporting verbs by connotation (neutral „sagen“ vs. evaluative „warnen“ …), with the verbs named."""
    groups: dict[str, list[str]] = {c: [] for c in CONNOTATIONS}
    for i, verb in enumerate(verbs):
        connotation = _get(verb, "connotation")
        if connotation not in groups:
            raise ChartError(f"Verb {i + 1}: unbekannte Konnotation {connotation!r} (erlaubt: {', '.join(CONNOTATIONS)}).")
        groups[connotation].append(str(_get(verb, "lemma") or _get(verb, "text") or ""))
    used = [c for c in CONNOTATIONS if groups[c]]
    labels = [CONNOTATION_LABELS[c] for c in used]
    counts = [len(groups[c]) for c in used]
    lists = [", ".join(_unique(groups[c])) for c in used]
    index = [CONNOTATIONS.index(c) for c in used]
    figure = go.Figure(go.Bar(
        x=labels, y=counts, text=lists, textposition="outside", cliponaxis=False,
        marker={"color": [OKABE_ITO[i % len(OKABE_ITO)] for i in index],
                "pattern": {"shape": [PATTERNS[i % len(PATTERNS)] for i in index], **_PATTERN_STYLE},
                "line": {"color": "#222222", "width": 1}},
        hovertemplate="%{x}: %{y}<br>%{text}<extra></extra>", showlegend=False,
    ))
    _layout(figure, "Redeverben nach Konnotation", "Konnotation", "Anzahl der Redeverben")
    rows = [[label, n, words] for label, n, words in zip(labels, counts, lists, strict=True)]
    return Chart(figure, ["Konnotation", "Anzahl", "Verben"], rows)


# ---------------------------------------------------------------------------------------------- framing


def frame_profile(profile: Mapping[str, float | None], dimensions: Mapping[str, str] | None = None,
                  scale: tuple[int, int] = (1, 5)) -> Chart:
    """Horizontal bars: the mean rating per frame dimension (from a scale exercise); unrated ones marked."""
    dimensions = dict(dimensions or {d: d for d in profile})
    labels, values, texts = [], [], []
    for dim, label in dimensions.items():
        value = profile.get(dim)
        if value is not None and not (scale[0] <= float(value) <= scale[1]):
            raise ChartError(f"Frame-Profil, Dimension {dim!r}: Wert {value} liegt nicht zwischen {scale[0]} und {scale[1]}.")
        labels.append(label)
        values.append(None if value is None else round(float(value), 2))
        texts.append(NOT_RATED if value is None else _number(float(value)))
    figure = go.Figure(go.Bar(
        y=labels, x=[v if v is not None else 0 for v in values], orientation="h", text=texts,
        textposition="outside",
        marker={"color": OKABE_ITO[2], "line": {"color": "#222222", "width": 1}},
        hovertemplate="%{y}: %{text}<extra></extra>", showlegend=False,
    ))
    _layout(figure, "Frame-Profil des Artikels", f"Mittlere Bewertung ({scale[0]}–{scale[1]})", "Frame")
    figure.update_xaxes(range=[0, scale[1] + 0.5], dtick=1)
    figure.update_yaxes(categoryorder="array", categoryarray=list(reversed(labels)))
    rows = [[label, text] for label, text in zip(labels, texts, strict=True)]
    return Chart(figure, ["Frame", "Mittlere Bewertung"], rows)


# --------------------------------------------------------------------------------------------- timeline


def timeline(events: Iterable[Mapping[str, Any]], start: str = "2020-08-09", end: str = "2020-08-16") -> Chart:
    """Timeline of dated events in two lanes: what the article reports and what it leaves out.

    Each event is ``{"date": "2020-08-15", "text": "...", "kind": "article" | "missing"}`` (the German
    labels „im Artikel“ / „fehlt im Artikel“ are accepted as kinds too).
    """
    first, last = _date(start, "start"), _date(end, "end")
    parsed = []
    for i, event in enumerate(events):
        day = _date(_get(event, "date"), f"Ereignis {i + 1}, Feld 'date'")
        kind = _get(event, "kind", "article")
        kind = {v: k for k, v in TIMELINE_KINDS.items()}.get(kind, kind)
        if kind not in TIMELINE_KINDS:
            raise ChartError(f"Ereignis {i + 1}, Feld 'kind': {kind!r} ist weder 'article' noch 'missing'.")
        text = _get(event, "text") or _get(event, "label")
        if not text:
            raise ChartError(f"Ereignis {i + 1}: Feld 'text' fehlt.")
        parsed.append((day, str(text), kind))
    parsed.sort(key=lambda e: e[0])
    # Days run down the page; each lane is a column with the event text beside its marker. Events on the
    # same day in the same lane are spread a few hours apart so their labels do not overlap.
    seen: dict[tuple[date, str], int] = {}
    figure = go.Figure()
    for k, (kind, label) in enumerate(TIMELINE_KINDS.items()):
        xs, ys, texts, full = [], [], [], []
        for day, text, event_kind in parsed:
            if event_kind != kind:
                continue
            n = seen.get((day, kind), 0)
            seen[(day, kind)] = n + 1
            xs.append(k)
            ys.append((datetime.combine(day, datetime.min.time()) + timedelta(hours=7 * n)).isoformat())
            texts.append(_shorten(text, 40))
            full.append(f"{day:%d.%m.%Y}: {text}")
        colour = OKABE_ITO[3 if k == 0 else 4]
        figure.add_scatter(
            name=label, x=xs, y=ys, mode="markers+text", text=texts, textposition="middle right",
            customdata=full, cliponaxis=False,
            marker={"color": colour, "symbol": "circle" if k == 0 else "x-thin-open", "size": 14,
                    "line": {"color": colour, "width": 3}},
            hovertemplate="%{customdata}<extra>" + label + "</extra>",
        )
    _layout(figure, f"Zeitleiste {first:%d.%m.}–{last:%d.%m.%Y}: was der Artikel berichtet und was fehlt",
            "", "Datum", legend_title="")
    figure.update_xaxes(tickvals=[0, 1], ticktext=list(TIMELINE_KINDS.values()), range=[-0.15, 2.2],
                        side="top", showgrid=False)
    figure.update_yaxes(type="date", range=[(last + timedelta(hours=14)).isoformat(),
                                            (first - timedelta(hours=10)).isoformat()],
                        dtick=86400000, tickformat="%d.%m.", showgrid=True, gridcolor="#dddddd")
    figure.update_layout(height=120 + 60 * ((last - first).days + 1), showlegend=False,
                         margin={"l": 70, "r": 30, "t": 110, "b": 30})
    rows = [[f"{d:%d.%m.%Y}", text, TIMELINE_KINDS[kind]] for d, text, kind in parsed]
    return Chart(figure, ["Datum", "Ereignis", "Art"], rows)


# ------------------------------------------------------------------------------------------- instructor


def score_distribution(scores: Sequence[float], max_points: float | None = None, bins: int = 5) -> Chart:
    """Histogram of learners' total points in equal bins from 0 to the maximum (counted here, so the table matches)."""
    values = [float(s) for s in scores]
    top = float(max_points if max_points is not None else max(values, default=0.0)) or 1.0
    if bins < 1:
        raise ChartError("Punkteverteilung: 'bins' muss mindestens 1 sein.")
    width = top / bins
    counts = [0] * bins
    for s in values:
        if s < 0 or s > top:
            raise ChartError(f"Punkteverteilung: {s} liegt außerhalb von 0 bis {_number(top)} Punkten.")
        counts[min(int(s / width), bins - 1)] += 1
    labels = [f"{_number(b * width)}–{_number((b + 1) * width)}" for b in range(bins)]
    figure = go.Figure(go.Bar(
        x=labels, y=counts, text=counts, textposition="outside",
        marker={"color": OKABE_ITO[3], "line": {"color": "#222222", "width": 1}},
        hovertemplate="%{x} Punkte: %{y} Lernende<extra></extra>", showlegend=False,
    ))
    _layout(figure, "Verteilung der Punktzahlen", "Punkte", "Anzahl Lernende")
    figure.update_layout(bargap=0.02)
    return Chart(figure, ["Punkte", "Anzahl Lernende"], [[lab, n] for lab, n in zip(labels, counts, strict=True)])


def correct_rate(per_exercise: Mapping[str, float | tuple[int, int]]) -> Chart:
    """Bars: share of learners who answered each exercise right (``id -> rate`` or ``id -> (right, total)``)."""
    return _share_bars({str(ex): value for ex, value in per_exercise.items()}, "Aufgabe",
                       "Anteil richtiger Antworten pro Aufgabe", "richtig beantwortet (%)", OKABE_ITO[2],
                       ["Aufgabe", "richtig", "Anzahl"])


def wrong_options(items: Iterable[Mapping[str, Any]], top: int = 10) -> Chart:
    """Horizontal bars: the wrong options chosen most often, labelled with exercise id and option text.

    Each item is ``{"exercise": id, "option": option-id, "text": option text, "count": n}``.
    """
    parsed = []
    for i, item in enumerate(items):
        count = _int(_get(item, "count"), f"Antwort {i + 1}", "count")
        parsed.append((str(_get(item, "exercise", "")), str(_get(item, "option", "")),
                       str(_get(item, "text", "")), count))
    parsed.sort(key=lambda p: -p[3])
    parsed = parsed[:top]
    labels = [f"{ex}: {_shorten(text, 50)}" for ex, _, text, _ in parsed]
    figure = go.Figure(go.Bar(
        y=labels, x=[p[3] for p in parsed], orientation="h", text=[p[3] for p in parsed], textposition="outside",
        marker={"color": OKABE_ITO[4], "line": {"color": "#222222", "width": 1}},
        hovertemplate="%{y}<br>%{x}-mal gewählt<extra></extra>", showlegend=False,
    ))
    _layout(figure, "Häufigste falsche Antworten", "Anzahl der Wahlen", "Aufgabe und Antwort")
    figure.update_yaxes(categoryorder="array", categoryarray=list(reversed(labels)), automargin=True)
    rows = [[ex, opt, text, n] for ex, opt, text, n in parsed]
    return Chart(figure, ["Aufgabe", "Option", "Antworttext", "Anzahl"], rows)


def completion(per_lesson: Mapping[Any, float | tuple[int, int]], titles: Mapping[Any, str] | None = None) -> Chart:
    """Bars: share of exercises done per lesson (``lesson -> share`` or ``lesson -> (done, total)``)."""
    titles = titles or {}
    labelled = {f"Lektion {lesson}" + (f": {titles[lesson]}" if titles.get(lesson) else ""): value
                for lesson, value in per_lesson.items()}
    return _share_bars(labelled, "Lektion", "Bearbeitungsstand pro Lektion", "erledigt (%)", OKABE_ITO[0],
                       ["Lektion", "erledigt", "Anzahl"])


def _share_bars(values: Mapping[str, float | tuple[int, int]], what: str, title: str, y_title: str, colour: str,
                columns: list[str]) -> Chart:
    """Percentage bars from ``label -> share`` or ``label -> (count, total)``, with the counts in the table."""
    labels, shares, details = [], [], []
    for label, value in values.items():
        if isinstance(value, (tuple, list)):
            done, total = value
            share = done / total if total else 0.0
            details.append(f"{done} von {total}")
        else:
            share = float(value)
            details.append("")
        if not 0.0 <= share <= 1.0:
            raise ChartError(f"{what} {label!r}: Anteil {share} liegt nicht zwischen 0 und 1.")
        labels.append(label)
        shares.append(round(share * 100, 1))
    figure = go.Figure(go.Bar(
        x=labels, y=shares, text=[f"{_number(v)} %" for v in shares], textposition="outside",
        marker={"color": colour, "line": {"color": "#222222", "width": 1}},
        hovertemplate="%{x}: %{y} %<extra></extra>", showlegend=False,
    ))
    _layout(figure, title, what, y_title)
    figure.update_yaxes(range=[0, 110])
    rows = [[lab, f"{_number(v)} %", det] for lab, v, det in zip(labels, shares, details, strict=True)]
    return Chart(figure, columns, rows)


# -------------------------------------------------------------------------------------------- helpers


def _layout(figure: go.Figure, title: str, x_title: str, y_title: str, *, barmode: str | None = None,
            legend_title: str | None = None) -> None:
    figure.update_layout(
        title={"text": title, "x": 0.02, "xanchor": "left"},
        xaxis_title=x_title, yaxis_title=y_title,
        template="simple_white", font=_FONT, colorway=list(OKABE_ITO),
        separators=",.",  # German decimal comma
        margin={"l": 60, "r": 30, "t": 70, "b": 60}, height=420,
        hoverlabel={"font": {"size": 14}},
    )
    if barmode:
        figure.update_layout(barmode=barmode)
    if legend_title is not None:
        figure.update_layout(legend_title_text=legend_title, legend_traceorder="normal")


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _name(source: Any, index: int) -> str:
    name = _get(source, "name")
    if not name:
        raise ChartError(f"Quelle {index + 1}: Feld 'name' fehlt.")
    return str(name)


def _counts(source: Any, index: int) -> dict[str, int]:
    counts = _get(source, "counts") or {}
    unknown = set(counts) - set(QUOTE_KINDS)
    if unknown:
        raise ChartError(f"Quelle {index + 1} ({_get(source, 'name')}): unbekannte Zitatart(en) {sorted(unknown)} "
                         f"in 'counts' (erlaubt: {', '.join(QUOTE_KINDS)}).")
    return {k: _int(v, f"Quelle {index + 1}", f"counts.{k}") for k, v in counts.items()}


def _kind(quote: Any, index: int) -> str:
    kind = _get(quote, "kind")
    if kind not in QUOTE_KINDS:
        raise ChartError(f"Zitat {index + 1}: unbekannte Art {kind!r} (erlaubt: {', '.join(QUOTE_KINDS)}).")
    return kind


def _named(speaker: Any) -> bool:
    return bool(speaker) and _get(speaker, "kind") not in ("anonymous", "group") and bool(_get(speaker, "name"))


def _sentence_of(quote: Any, index: int, sentences: Sequence[Any] | None) -> int:
    sentence = _get(quote, "sentence")
    if sentence is not None and sentences is None:
        return int(sentence)
    spans = _get(quote, "spans") or []
    if sentences is not None and spans:
        start = spans[0][0]
        for n, sentence_span in enumerate(sentences):
            s, e = _bounds(sentence_span)
            if s <= start < e:
                return n
    if sentence is not None:
        return int(sentence)
    raise ChartError(f"Zitat {index + 1}: keine Satznummer ('sentence') und keine passenden Satzgrenzen "
                     "('sentences') — die Position im Text ist unbekannt.")


def _bounds(span: Any) -> tuple[int, int]:
    """(start, end) of a sentence given as a pair or as an object with ``start``/``end`` (``Article.sentences``)."""
    if hasattr(span, "start") and hasattr(span, "end"):
        return int(span.start), int(span.end)
    start, end = span
    return int(start), int(end)


def _int(value: Any, where: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ChartError(f"{where}, Feld '{name}': {value!r} ist keine ganze Zahl ≥ 0.")
    return value


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ChartError(f"{where}: {value!r} ist kein Datum der Form JJJJ-MM-TT.") from None


def _number(value: float) -> str:
    """German number format: decimal comma, no trailing zeros."""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return _number(value)
    return "" if value is None else str(value)
