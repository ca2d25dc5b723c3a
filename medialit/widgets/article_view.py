"""ArticleView: the article (or any text) with switchable highlight layers, a legend and the evidence.

Every highlight has a colour *and* a second cue — an underline/border style and a numbered label after it
(„[3 direkt]“) — plus a ``title`` tooltip with its evidence; the numbered list „Belege“ below and the
„Fundstelle“ dropdown give the same evidence by keyboard. All text is HTML-escaped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.article import Article, current_article_id, known_articles
from medialit.model import (
    CONNOTATION_LABELS,
    QUOTE_KIND_LABELS,
    Analysis,
    Cue,
    Quote,
    Speaker,
    VerbUse,
)
from medialit.widgets import style
from medialit.widgets.common import box_html, esc, message_for, message_on_error

LAYERS: tuple[str, ...] = ("quotes", "speakers", "verbs", "entities", "framing")
DEFAULT_LAYERS: tuple[str, ...] = ("quotes", "speakers", "verbs")

OI = style.OKABE_ITO
# Layer/category → (CSS, legend description of the non-colour cue). Backgrounds are light tints under #111.
QUOTE_STYLES = {
    "direct": (f"background:{style.tint(OI['orange'], 0.35)};border-bottom:3px solid #8A5A00", T.CUE_UNDERLINE.format(style=T.LINE_STYLES["solid"])),
    "indirect": (f"background:{style.tint(OI['skyblue'], 0.35)};border-bottom:3px dashed {OI['blue']}", T.CUE_UNDERLINE.format(style=T.LINE_STYLES["dashed"])),
    "free_indirect": (f"background:{style.tint(OI['purple'], 0.35)};border-bottom:3px dotted #8C3D6B", T.CUE_UNDERLINE.format(style=T.LINE_STYLES["dotted"])),
    "reported": (f"background:{style.tint(OI['yellow'], 0.45)};border-bottom:4px double #6B6400", T.CUE_UNDERLINE.format(style=T.LINE_STYLES["double"])),
}
SPEAKER_STYLE = (f"background:{style.tint(OI['green'], 0.25)};font-weight:700;"
                 f"text-decoration:underline double {OI['green']}", T.CUE_SPEAKER)
CONNOTATION_COLOURS = {
    "neutral": "#555555", "presupposing": OI["blue"], "distancing": "#3A7DAA", "evaluative": OI["vermillion"],
    "adversarial": "#A1447A", "demanding": "#8A5A00",
}
VERB_OUTLINE = {"neutral": "solid", "presupposing": "double", "distancing": "dashed", "evaluative": "solid",
                "adversarial": "dotted", "demanding": "dashed"}
ENTITY_STYLE = ("text-decoration:underline dotted 2px #333333", T.CUE_ENTITY)
FRAMING_STYLE = (f"text-decoration:underline wavy {OI['vermillion']}", T.CUE_FRAMING)

BACKGROUND_COLOURS = {
    **{k: style.tint({"direct": OI["orange"], "indirect": OI["skyblue"], "free_indirect": OI["purple"],
                      "reported": OI["yellow"]}[k], {"reported": 0.45}.get(k, 0.35)) for k in QUOTE_STYLES},
    "speaker": style.tint(OI["green"], 0.25),
}



@dataclass
class Highlight:
    """One highlighted span on one layer, with its label and German evidence."""

    start: int
    end: int
    layer: str
    category: str
    label: str
    evidence: list[str] = field(default_factory=list)
    number: int = 0

    def css(self) -> str:
        if self.layer == "quotes":
            return QUOTE_STYLES[self.category][0]
        if self.layer == "speakers":
            return SPEAKER_STYLE[0]
        if self.layer == "verbs":
            colour = CONNOTATION_COLOURS.get(self.category, "#555555")
            return f"outline:2px {VERB_OUTLINE.get(self.category, 'solid')} {colour};outline-offset:1px"
        if self.layer == "entities":
            return ENTITY_STYLE[0]
        return FRAMING_STYLE[0]


def highlights_of(analysis: Analysis, layers) -> list[Highlight]:
    """The highlights of the chosen layers, numbered in text order."""
    out: list[Highlight] = []
    if "quotes" in layers:
        for q in analysis.quotes:
            who = (q.speaker.name or q.speaker.text) if q.speaker else ""
            label = T.QUOTE_SHORT.get(q.kind, q.kind)
            ev = [(T.QUOTE_SPEAKER.format(kind=QUOTE_KIND_LABELS.get(q.kind, q.kind), name=who) if who
                                  else QUOTE_KIND_LABELS.get(q.kind, q.kind)), *q.evidence]
            for s, e in q.spans:
                out.append(Highlight(s, e, "quotes", q.kind, label, ev))
    if "speakers" in layers:
        seen = set()
        for q in analysis.quotes:
            if q.speaker is None:
                continue
            for s, e in q.speaker.spans:
                if (s, e) in seen:
                    continue
                seen.add((s, e))
                name = q.speaker.name or q.speaker.text
                out.append(Highlight(s, e, "speakers", q.speaker.kind, f"{T.SPEAKER}: {name}",
                                     [T.SPEAKER_IS.format(mention=q.speaker.text, name=name),
                                      T.SPEAKS_IN.format(kind=QUOTE_KIND_LABELS.get(q.kind, q.kind))]))
    if "verbs" in layers:
        for v in analysis.verbs:
            label = CONNOTATION_LABELS.get(v.connotation, v.connotation)
            out.append(Highlight(v.start, v.end, "verbs", v.connotation, label,
                                 [T.VERB_EVIDENCE.format(lemma=v.lemma, label=label), *([v.explanation] if v.explanation else [])]))
    if "entities" in layers:
        for en in analysis.entities:
            out.append(Highlight(en.start, en.end, "entities", en.label, T.ENTITY_SHORT.get(en.label, en.label),
                                 [f"{T.ENTITY_LABELS.get(en.label, en.label)}: {en.text}",
                                  *([en.evidence] if en.evidence else [])]))
    if "framing" in layers:
        for f in analysis.framing:
            out.append(Highlight(f.start, f.end, "framing", f.category, f.category, [f.explanation]))
    out = [h for h in out if 0 <= h.start < h.end <= len(analysis.text)]
    out.sort(key=lambda h: (h.start, -h.end, LAYERS.index(h.layer)))
    for n, h in enumerate(out, start=1):
        h.number = n
    return out


def label_html(h: Highlight) -> str:
    """The numbered label after a highlight; clicking or tabbing to it shows its evidence in place (CSS only)."""
    evidence = " · ".join(h.evidence)
    return (f'<span class="medialit-label" tabindex="0" title="{esc(evidence)}">'
            f"<sup>[{h.number} {esc(h.label)}]</sup>"
            f'<span class="medialit-evidence-inline">{esc(evidence)}</span></span>')


PART_TAGS = {
    "headline": ('<div role="heading" aria-level="3" style="font-size:1.3em;font-weight:700;line-height:1.6">',
                 "</div>"),
    "subheadline": ('<div style="font-size:1.1em;font-weight:600">', "</div>"),
    "byline": ('<div style="font-style:italic;margin-bottom:0.5em">', "</div>"),
    "paragraph": ('<p style="margin:0 0 0.7em 0">', "</p>"),
}


def render_article(text: str, highlights: list[Highlight], parts=None) -> str:
    """The text part by part (headline, subheadline, byline, paragraphs), each rendered by ``render_text``."""
    if not parts:
        return render_text(text, highlights)
    out = []
    for part in parts:
        if part.kind not in PART_TAGS:
            continue
        open_tag, close_tag = PART_TAGS[part.kind]
        out.append(open_tag + render_text(text, highlights, part.start, part.end) + close_tag)
    return "".join(out)


def render_text(text: str, highlights: list[Highlight], start: int = 0, end: int | None = None) -> str:
    """``text[start:end]`` as HTML: escaped segments in one span per active highlight, a label after each end."""
    end = len(text) if end is None else end
    highlights = [h for h in highlights if h.start < end and start < h.end]
    bounds = sorted({start, end, *(min(max(h.start, start), end) for h in highlights),
                     *(min(max(h.end, start), end) for h in highlights)})
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [h for h in highlights if h.start <= a and b <= h.end]
        active.sort(key=lambda h: LAYERS.index(h.layer))
        segment = esc(text[a:b]).replace("\n", "<br>")
        for h in reversed(active):
            title = esc(f"[{h.number}] {h.label}: " + " · ".join(h.evidence))
            segment = (f'<span class="medialit-hl medialit-{h.layer} medialit-{esc(h.category)}" '
                       f'style="{h.css()}" title="{title}">{segment}</span>')
        parts.append(segment)
        for h in highlights:
            if h.end == b:
                parts.append(label_html(h))
    return "".join(parts)


def legend_html(layers, highlights: list[Highlight]) -> str:
    """A legend of the shown layers: sample, name and the non-colour cue of each category."""
    rows = []
    present = {(h.layer, h.category) for h in highlights}
    for layer in layers:
        entries = []
        if layer == "quotes":
            entries = [(css, QUOTE_KIND_LABELS[k], cue) for k, (css, cue) in QUOTE_STYLES.items()]
        elif layer == "speakers":
            entries = [(SPEAKER_STYLE[0], T.SPEAKER_LABEL, SPEAKER_STYLE[1])]
        elif layer == "verbs":
            entries = [(f"outline:2px {VERB_OUTLINE[c]} {col};outline-offset:1px", CONNOTATION_LABELS[c],
                        T.CUE_FRAME.format(style=T.LINE_STYLES[VERB_OUTLINE[c]]))
                       for c, col in CONNOTATION_COLOURS.items() if ("verbs", c) in present or c == "neutral"]
        elif layer == "entities":
            entries = [(ENTITY_STYLE[0], T.ENTITY_LABELS[k], ENTITY_STYLE[1]) for k in T.ENTITY_SHORT]
        elif layer == "framing":
            entries = [(FRAMING_STYLE[0], T.FRAMING_LABEL, FRAMING_STYLE[1])]
        items = "".join(f'<li><span style="{css};color:{style.TEXT}">{esc(T.LEGEND_SAMPLE)}</span> {esc(name)} '
                        f"<small>({esc(cue)})</small></li>" for css, name, cue in entries)
        rows.append(f"<div><strong>{esc(T.LAYER_LABELS[layer])}</strong><ul style='margin:0.2em 0 0.5em 0'>"
                    f"{items}</ul></div>")
    return (f'<details open class="medialit-legend"><summary><strong>{esc(T.VIEW_LEGEND)}</strong></summary>'
            f"{''.join(rows)}<div><small>{esc(T.LEGEND_NUMBERS.format(evidence=T.VIEW_EVIDENCE))}</small></div></details>")


def evidence_list_html(text: str, highlights: list[Highlight]) -> str:
    if not highlights:
        return f"<p><em>{esc(T.VIEW_NO_FINDINGS)}</em></p>"
    items = "".join(
        f"<li value='{h.number}'><strong>{esc(T.LAYER_LABELS[h.layer])} – {esc(h.label)}:</strong> "
        f"„{esc(_short(text[h.start:h.end]))}“ — {esc(' · '.join(h.evidence))}</li>" for h in highlights)
    return (f'<details class="medialit-evidence"><summary><strong>{esc(T.VIEW_EVIDENCE)} '
            f"({len(highlights)})</strong></summary><ol>{items}</ol></details>")


def _short(s: str, n: int = 80) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def analysis_from_key(article_id: str) -> Analysis:
    """The hand-made key (annotations.json) as an ``Analysis``: quotes, speakers and verbs."""
    from importlib import import_module

    # not ``from medialit import annotations``: that name is the package's ``__future__`` feature
    key = import_module("medialit.annotations").load(article_id)
    text = Article.load(article_id).text
    quotes = []
    for q in key.quotes:
        speaker = (Speaker([tuple(s) for s in q.speaker.spans], q.speaker.text, q.speaker.name, q.speaker.kind)
                   if q.speaker else None)
        cue = Cue([tuple(s) for s in q.cue.spans], q.cue.text, q.cue.lemma) if q.cue else None
        quotes.append(Quote(q.kind, [tuple(s) for s in q.spans], q.text, speaker, cue,
                            evidence=[T.KEY_EVIDENCE.format(explanation=q.explanation)]))
    verbs = [VerbUse(s, e, text[s:e], v.lemma, v.connotation, T.KEY_VERB)
             for v in key.verbs for s, e in v.spans]
    return Analysis(text=text, quotes=quotes, verbs=verbs)


def _resolve(article_or_text) -> tuple[Article | None, str, Analysis | None]:
    if isinstance(article_or_text, Analysis):
        return None, article_or_text.text, article_or_text
    if article_or_text is None:
        article_or_text = current_article_id()
    if isinstance(article_or_text, Article):
        return article_or_text, article_or_text.text, None
    if isinstance(article_or_text, str) and article_or_text in known_articles():
        art = Article.load(article_or_text)
        return art, art.text, None
    art = Article.from_text(article_or_text)
    return art, art.text, None


class ArticleView(widgets.VBox):
    """``layer_toggles[layer].value`` switches a layer; ``text_html`` holds the highlighted text."""

    def __init__(self, article_or_text=None, layers=DEFAULT_LAYERS, *, analysis: Analysis | None = None,
                 source: str = "auto"):
        self.article, self.text, given = _resolve(article_or_text)
        self.parts = self.article.parts if self.article is not None else None
        self.notice = ""
        self.source_note = "" if (analysis or given) is None else T.VIEW_SOURCE_GIVEN
        self.analysis = analysis or given or self._analyse(source)
        if self.analysis is not None and self.analysis.text != self.text:
            self.notice = T.VIEW_NO_ANALYSIS.format(why=T.OTHER_TEXT)
            self.analysis = None
        if isinstance(layers, str):
            layers = [layers]
        unknown = [str(layer) for layer in (layers or ()) if layer not in LAYERS]
        if unknown:
            self.notice = " ".join(filter(None, [self.notice, T.VIEW_UNKNOWN_LAYER.format(
                layers=", ".join(unknown), allowed=", ".join(LAYERS))]))
        layers = [layer for layer in (layers or ()) if layer in LAYERS]
        self.layer_toggles: dict[str, widgets.ToggleButton] = {}
        for layer in LAYERS:
            count = len(highlights_of(self.analysis, [layer])) if self.analysis else 0
            tb = widgets.ToggleButton(value=layer in layers, description=f"{T.LAYER_LABELS[layer]} ({count})",
                                      tooltip=T.LAYER_TOOLTIP.format(layer=T.LAYER_LABELS[layer]),
                                      icon="eye" if layer in layers else "eye-slash",
                                      layout=widgets.Layout(width="auto"))
            tb.observe(self._on_toggle, names="value")
            self.layer_toggles[layer] = tb
        self.css_html = widgets.HTML(style.CSS)
        self.notice_html = widgets.HTML(box_html("info", self.notice, icon=T.ICON_INFO, live=False)
                                        if self.notice else "")
        self.text_html = widgets.HTML("")
        self.legend_html = widgets.HTML("")
        self.evidence_html = widgets.HTML("")
        self.finding_select = widgets.Dropdown(options=[("—", None)], value=None, description=T.VIEW_CHOOSE_FINDING,
                                               layout=widgets.Layout(width="auto"))
        self.finding_html = widgets.HTML("")
        self.finding_select.observe(lambda _c: self._show_finding(), names="value")
        toggles = widgets.Box(list(self.layer_toggles.values()),
                              layout=widgets.Layout(display="flex", flex_flow="row wrap"))
        super().__init__([self.css_html, widgets.HTML(f"<strong>{esc(T.VIEW_LAYERS)}</strong>"), toggles,
                          self.notice_html, widgets.HTML(f"<small>{esc(self.source_note)}</small>"),
                          self.legend_html, self.text_html, self.finding_select,
                          self.finding_html, self.evidence_html])
        self.add_class("medialit-ex")
        self.add_class("medialit-article-view")
        self.render()

    def _analyse(self, source: str) -> Analysis | None:
        errors = []
        if source in ("auto", "engine"):
            try:
                from medialit.analysis import analyze

                result = analyze(self.article)
                self.source_note = T.VIEW_SOURCE_ENGINE
                return result
            except Exception as exc:  # noqa: BLE001 — fall back to the key or plain text, with a note
                errors.append(message_for(exc) if not str(exc) else str(exc))
        if source in ("auto", "key") and self.article is not None and self.article.id in known_articles():
            try:
                result = analysis_from_key(self.article.id)
                self.source_note = T.VIEW_SOURCE_KEY
                return result
            except Exception as exc:  # noqa: BLE001
                errors.append(str(exc))
        self.notice = T.VIEW_NO_ANALYSIS.format(why="; ".join(errors) or source)
        return None

    @property
    def layers(self) -> list[str]:
        return [layer for layer, tb in self.layer_toggles.items() if tb.value]

    def _on_toggle(self, change) -> None:
        change["owner"].icon = "eye" if change["new"] else "eye-slash"
        try:
            self.render()
        except Exception as exc:  # noqa: BLE001 — never a traceback in a lesson
            self.notice_html.value = box_html("missed", T.ERROR_TITLE, [message_for(exc)], icon=T.ICON_MISSED)

    def render(self) -> None:
        layers = self.layers
        self.highlights = highlights_of(self.analysis, layers) if self.analysis else []
        self.text_html.value = (f'<div class="medialit-article" lang="de" style="line-height:2.1;'
                                f'color:{style.TEXT};max-width:50rem;font-size:1rem">'
                                f"{render_article(self.text, self.highlights, self.parts)}</div>")
        self.legend_html.value = legend_html(layers, self.highlights) if layers else ""
        self.evidence_html.value = evidence_list_html(self.text, self.highlights)
        self.finding_select.options = [("—", None)] + [
            (f"[{h.number}] {h.label}: {_short(self.text[h.start:h.end], 50)}", h.number) for h in self.highlights]
        self.finding_select.value = None
        self.finding_html.value = ""

    def _show_finding(self) -> None:
        number = self.finding_select.value
        h = next((h for h in self.highlights if h.number == number), None)
        if h is None:
            self.finding_html.value = ""
            return
        self.finding_html.value = box_html("info", f"[{h.number}] {T.LAYER_LABELS[h.layer]} – {h.label}",
                                           [f"„{self.text[h.start:h.end]}“", *h.evidence], icon=T.ICON_INFO)


@message_on_error
def article_view(article_or_text=None, layers=DEFAULT_LAYERS, *, analysis: Analysis | None = None,
                 source: str = "auto"):
    """The ArticleView of the lesson article (default), an ``Article``, an article id or any text."""
    return ArticleView(article_or_text, layers, analysis=analysis, source=source)
