"""Lesson data helpers: the tables, cards and charts the notebooks show, built from the article's data files
(`article.json`, `annotations.json`, `claims.json`, `timeline.json`) and the learner's stored answers.

Every helper shows a German note instead of a traceback when its data is missing, so a lesson never breaks.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any

from medialit.course import LESSON_ARTICLE, _display_html, _note, _note_html, article_id
from medialit.errors import MedialitError
from medialit.paths import articles_dir, data_dir

_TABLE_STYLE = ('style="border-collapse:collapse;margin:.5em 0;font-size:95%" '
                'class="medialit-table"')
_CELL = 'style="border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left"'


def _safe(func: Callable) -> Callable:
    """Show a German note instead of raising: a lesson cell must never end in a traceback."""
    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (MedialitError, OSError, ValueError, KeyError, TypeError) as exc:
            _note(f"Das kann gerade nicht angezeigt werden: {exc}", kind="warning")
            return None
    return wrapper


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def _table(columns: list[str], rows: Iterable[list[str]], caption: str = "", *, raw: bool = False) -> str:
    """An HTML table; cells are escaped unless ``raw`` (then the caller escaped them)."""
    head = "".join(f'<th scope="col" {_CELL}>{_e(c)}</th>' for c in columns)
    body = "".join("<tr>" + "".join(f"<td {_CELL}>{c if raw else _e(c)}</td>" for c in row) + "</tr>"
                   for row in rows)
    cap = f'<caption style="text-align:left;font-weight:bold">{_e(caption)}</caption>' if caption else ""
    return f"<table {_TABLE_STYLE}>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise MedialitError(f"{path.name} fehlt ({path}).")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise MedialitError(f"{path}: ist kein gültiges JSON ({exc}).") from None


def _article(article=None):
    from medialit.article import Article

    return Article.load(article_id(article or LESSON_ARTICLE))


def _annotations(article=None) -> dict[str, Any]:
    from medialit.exercises.generated import load_annotations

    return load_annotations(article_id(article or LESSON_ARTICLE))


# ---------------------------------------------------------------------------------------- lesson 0


@_safe
def course_overview() -> None:
    """The lessons as a table with links and time estimates."""
    from medialit.course import GLOSSARY, LESSONS

    rows = [[_e(item.number), f'<a href="{_e(item.notebook)}">{_e(item.title)}</a>', f"{item.minutes} Minuten"]
            for item in LESSONS]
    rows.append(["–", f'<a href="{_e(GLOSSARY)}">Glossar</a>', "zum Nachschlagen"])
    _display_html(_table(["Lektion", "Thema", "Zeit"], rows, "Der Kurs im Überblick", raw=True))


POLL_PAIRS = (("start-eindruck", "transfer-eindruck"), ("start-vertrauen", "transfer-vertrauen"))


@_safe
def poll_comparison() -> None:
    """Lesson 6: your first impression (lesson 0) beside your view now, statement by statement."""
    from medialit.exercises import get_exercise
    from medialit.store import default_store

    store = default_store()
    (text_before, text_after), (scale_before, scale_after) = POLL_PAIRS
    before = store.latest(text_before)
    after = store.latest(text_after)
    rows = [["Worum geht es, wer sind die Hauptakteure?",
             _e(before.answer.get("text") if before else "– noch nicht beantwortet (Lektion 0) –"),
             _e(after.answer.get("text") if after else "– noch nicht beantwortet (oben) –"), ""]]
    scale = get_exercise(scale_before)
    ratings_before = (store.latest(scale_before).answer.get("ratings", {})
                      if store.latest(scale_before) else {})
    ratings_after = (store.latest(scale_after).answer.get("ratings", {})
                     if store.latest(scale_after) else {})
    for statement in scale.statements:
        b, a = ratings_before.get(statement.id), ratings_after.get(statement.id)
        change = ""
        if isinstance(b, int) and isinstance(a, int):
            change = "gleich" if a == b else (f"+{a - b}" if a > b else str(a - b))
        rows.append([_e(statement.text), _e(b if b is not None else "–"), _e(a if a is not None else "–"),
                     _e(change)])
    _display_html(_table(["Frage", "Lektion 0", "Jetzt", "Veränderung"], rows,
                         "Dein erster Eindruck und dein Blick heute", raw=True))
    if not (before or ratings_before):
        _note("Du hast die Umfrage in Lektion 0 noch nicht beantwortet – dann gibt es nichts zu vergleichen. "
              "Du kannst sie dort jederzeit nachholen.")


# ---------------------------------------------------------------------------------------- lesson 1


_PART_LABELS = {"headline": "Schlagzeile", "subheadline": "Unterzeile", "byline": "Autorenzeile"}


@_safe
def anatomy(article=None) -> None:
    """The article's parts labelled: headline, subheadline, byline, lead and the paragraphs."""
    art = _article(article)
    blocks = []
    for part in art.parts:
        if part.kind in _PART_LABELS:
            blocks.append((_PART_LABELS[part.kind], part.text, "#E69F00"))
    sentences = art.sentences
    lead = sentences[0] if sentences else None
    for para in art.paragraphs:
        text = para.text
        if lead is not None and para.start <= lead.start < para.end:
            blocks.append(("Lead (erster Satz)", lead.text, "#0072B2"))
            text = art.text[lead.end:para.end].strip()
            if not text:
                continue
        blocks.append((f"Absatz {para.index + 1}", text, "#999999"))
    out = []
    for label, text, colour in blocks:
        out.append(f'<div style="border-left:5px solid {colour};margin:.3em 0;padding:.2em .6em">'
                   f'<small style="color:#444"><strong>{_e(label)}</strong></small><br>{_e(text)}</div>')
    _display_html("".join(out))


@_safe
def numbered_sentences(article=None) -> None:
    """The body sentences with numbers, so you can talk about „Satz 8“."""
    art = _article(article)
    rows = [[str(s.index + 1), s.text] for s in art.sentences]
    _display_html(_table(["Satz", "Text"], rows, f"Die Sätze von „{art.title}“"))


@_safe
def outlet_card(article=None) -> None:
    """Who published the article, who wrote it, and that it is a translation (from ``article.json``)."""
    meta = _article(article).meta
    outlet = meta.get("outlet") or {}
    original = meta.get("original") or {}
    translation = meta.get("translation") or {}
    rows = [
        ["Medium (deutsche Fassung)", _e(outlet.get("name")) + (f" – {_e(outlet.get('description'))}"
                                                                  if outlet.get("description") else "")],
        ["erschienen", _e(_german_date(meta.get("published")))],
        ["Adresse", _link(outlet.get("url"))],
        ["Autor", _e(original.get("author") or meta.get("byline"))
         + (f" ({_e(original.get('author_role'))})" if original.get("author_role") else "")],
        ["Original", _e(original.get("title")) + (f" – {_e(original.get('outlet'))}" if original.get("outlet")
                                                   else "")],
        ["Original erschienen", _e(_german_date(original.get("published")))],
        ["Adresse des Originals", _link(original.get("url"))],
        ["Übersetzung", _e(translation.get("note") or "keine Angabe")],
    ]
    rows = [r for r in rows if r[1]]
    _display_html(_table(["", ""], rows, "Steckbrief: Wer steht hinter dem Text?", raw=True))


@_safe
def relative_dates(article=None) -> None:
    """Relative dates („am Samstag“) and the calendar day they mean, from the hand-made annotations."""
    ann = _annotations(article)
    dates = ann.get("dates") or []
    if not dates:
        _note("Für diesen Artikel sind keine Datumsangaben annotiert.")
        return
    rows = [[d.get("text", ""), _german_date(d.get("date")) or "unklar"] for d in dates]
    _display_html(_table(["Im Text", "gemeint ist"], rows, "Zeitangaben aufgelöst"))


def _german_date(iso: str | None) -> str:
    if not iso:
        return ""
    from datetime import date

    try:
        day = date.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    weekdays = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    return f"{weekdays[day.weekday()]}, {day:%d.%m.%Y}"


def _link(url: str | None, text: str | None = None) -> str:
    if not url:
        return _e(text or "")
    return f'<a href="{_e(url)}" target="_blank" rel="noopener">{_e(text or url)}</a>'


# ---------------------------------------------------------------------------------------- lesson 2


def _sentence_bounds(article) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in _article(article).sentences]


def source_tally(article=None) -> list[dict[str, Any]]:
    """Per speaker: quotations by kind, words quoted, first/last sentence (from the hand-made annotations)."""
    from medialit.charts import tally_quotes

    ann = _annotations(article)
    bounds = _sentence_bounds(article)
    quotes = []
    for q in ann.get("quotes") or []:
        start = (q.get("spans") or [[0, 0]])[0][0]
        sentence = next((n for n, (s, e) in enumerate(bounds) if s <= start < e), None)
        quotes.append({**q, "sentence": sentence})
    return tally_quotes(quotes)


def _annotation_note(article) -> None:
    ann = _annotations(article)
    if ann.get("draft"):
        _note("Achtung: Diese Zahlen beruhen auf einem automatisch erstellten Entwurf der Annotationen, den noch "
              "niemand geprüft hat.", kind="warning")


@_safe
def sources_chart(article=None):
    """Bars: quotations per source, split by kind (from the hand-made key of the article)."""
    from medialit.charts import quotes_per_source

    _annotation_note(article)
    return quotes_per_source(source_tally(article))


@_safe
def words_chart(article=None):
    """Bars: how many words each source is quoted with."""
    from medialit.charts import words_per_source

    return words_per_source(source_tally(article))


@_safe
def named_chart(article=None):
    """Named vs. unnamed sources."""
    from medialit.charts import named_vs_unnamed

    ann = _annotations(article)
    sources = [{"name": s.get("name"), "named": bool(s.get("named", True))} for s in ann.get("sources") or []
               if s.get("name")]
    if not sources:
        sources = source_tally(article)
    return named_vs_unnamed(sources)


@_safe
def positions_chart(article=None):
    """Who speaks first and who gets the last word: quotations by sentence."""
    from medialit.charts import quote_positions

    ann = _annotations(article)
    return quote_positions(ann.get("quotes") or [], _sentence_bounds(article))


@_safe
def sides_table(article=None) -> None:
    """Each source with role, side, named or not, and whether it is heard only second-hand."""
    ann = _annotations(article)
    rows = []
    for s in ann.get("sources") or []:
        rows.append([s.get("name", ""), s.get("role") or "–", s.get("side") or "–",
                     "ja" if s.get("named", True) else "nein", "ja" if s.get("second_hand") else "nein",
                     str(len(s.get("mentions") or []))])
    if not rows:
        _note("In den Annotationen dieses Artikels sind keine Quellen verzeichnet.")
        return
    _display_html(_table(["Quelle", "Rolle", "Seite", "mit Namen", "nur aus zweiter Hand", "Erwähnungen"],
                         rows, "Die Quellen des Textes"))


@_safe
def missing_voices(article=None) -> None:
    """The voices the text never lets speak, with the reason they matter."""
    ann = _annotations(article)
    voices = ann.get("missing_voices") or []
    if not voices:
        _note("Für diesen Artikel sind keine fehlenden Stimmen verzeichnet – überleg selbst, wer fehlt.")
        return
    items = "".join(f"<li><strong>{_e(v.get('name'))}</strong>: {_e(v.get('why'))}</li>" for v in voices)
    _display_html(f"<p><strong>Wer im Text nicht zu Wort kommt:</strong></p><ul>{items}</ul>")


# ---------------------------------------------------------------------------------------- lesson 3


@_safe
def quotes_table(article=None) -> None:
    """The hand-made key: every speech report with kind, speaker, reporting word and the explanation."""
    from medialit.model import QUOTE_KIND_LABELS

    ann = _annotations(article)
    rows = []
    for n, q in enumerate(sorted(ann.get("quotes") or [], key=lambda q: (q.get("spans") or [[0]])[0][0]), 1):
        speaker = q.get("speaker") or {}
        relay = q.get("relay") or {}
        who = speaker.get("name") or speaker.get("text") or "unbekannt"
        if relay:
            who += f" (laut {relay.get('name') or relay.get('text')})"
        rows.append([str(n), QUOTE_KIND_LABELS.get(q.get("kind"), q.get("kind", "")), who,
                     (q.get("cue") or {}).get("text") or "–", q.get("text", ""), q.get("explanation") or ""])
    _display_html(_table(["Nr.", "Art", "Wer spricht", "Redeeinleitung", "Text", "Warum"], rows,
                         "Alle Redewiedergaben (Musterlösung)"))


@_safe
def verbs_chart(article=None):
    """Reporting verbs of the article by connotation (hand-made key)."""
    from medialit.charts import verbs_by_connotation

    ann = _annotations(article)
    return verbs_by_connotation(ann.get("verbs") or [])


# ---------------------------------------------------------------------------------------- lesson 4


CODEBOOK_ID = "framing-codebuch"


@_safe
def frame_profile(exercise_id: str = CODEBOOK_ID):
    """Your frame profile: the mean of your codebook ratings per frame, as a chart with a table."""
    from medialit.charts import frame_profile as chart
    from medialit.exercises import get_exercise, scale_profile
    from medialit.store import default_store

    exercise = get_exercise(exercise_id)
    latest = default_store().latest(exercise.store_key)
    if latest is None:
        _note("Du hast die Codebuch-Fragen noch nicht beantwortet. Bewerte sie oben, klicke auf „Antwort prüfen“ "
              "und führe diese Zelle dann noch einmal aus.")
        return None
    profile = scale_profile(exercise, latest.answer.get("ratings") or {})
    return chart(profile, exercise.dimensions, (exercise.scale.min, exercise.scale.max))


# ---------------------------------------------------------------------------------------- lesson 5


def claims(article=None) -> dict[str, Any]:
    """``claims.json`` of the article: verdict vocabulary, the checked claims and what the text leaves out."""
    return _read_json(articles_dir() / article_id(article or LESSON_ARTICLE) / "claims.json")


def claim(number: int, article=None) -> dict[str, Any]:
    for item in claims(article)["claims"]:
        if item["number"] == number:
            return item
    raise MedialitError(f"Behauptung Nr. {number} gibt es in claims.json nicht.")


@_safe
def claims_table(article=None) -> None:
    """The checkable claims: who makes them, what evidence the text gives, how you could check them."""
    rows = [[str(c["number"]), c["claim"], c["claimant"], c["evidence_in_text"], c["how_to_check"]]
            for c in claims(article)["claims"]]
    _display_html(_table(["Nr.", "Behauptung", "Wer behauptet es?", "Beleg im Text", "So kannst du prüfen"],
                         rows, "Die prüfbaren Behauptungen des Artikels"))


@_safe
def claim_card(number: int, article=None) -> None:
    """One claim with the sources to open before you judge it (no verdict yet)."""
    c = claim(number, article)
    sources = "".join(f"<li>{_link(s.get('url'), s.get('label'))}</li>" for s in c.get("sources") or [])
    sources = f"<ul>{sources}</ul>" if sources else "<p><em>Keine Quelle nötig – prüfe selbst.</em></p>"
    _display_html(
        '<div style="border:1px solid #0072B2;border-radius:6px;padding:.5em .8em;margin:.4em 0">'
        f"<strong>Behauptung {c['number']}:</strong> {_e(c['claim'])}<br>"
        f"<small>Im Text: „{_e(c['snippet'])} …“ · Wer: {_e(c['claimant'])} · Beleg im Text: "
        f"{_e(c['evidence_in_text'])}</small>"
        f"<p><strong>So kannst du prüfen:</strong> {_e(c['how_to_check'])}</p>"
        f"<strong>Quellen zum Öffnen:</strong>{sources}</div>")


@_safe
def verdict_table(article=None) -> None:
    """The solution: every claim with verdict, the precise fact, the missing context and the sources (folded)."""
    data = claims(article)
    labels = {k: v["label"] for k, v in data["verdicts"].items()}
    rows = []
    for c in data["claims"]:
        links = "<br>".join(_link(s.get("url"), s.get("label")) for s in c.get("sources") or [])
        rows.append([_e(c["number"]), _e(c["claim"]), f"<strong>{_e(labels.get(c['verdict'], c['verdict']))}"
                     "</strong>", _e(c["fact"]), _e(c.get("missing_context") or "–"), links or "–"])
    absent = "".join(f"<li>{_e(a)}</li>" for a in data.get("absent") or [])
    _display_html(
        "<details><summary><strong>Auflösung anzeigen: alle Behauptungen mit Urteil</strong></summary>"
        + _table(["Nr.", "Behauptung", "Urteil", "Was belegt ist", "Was fehlt", "Quellen"], rows, raw=True)
        + (f"<p><strong>Außerdem fehlt im Artikel:</strong></p><ul>{absent}</ul>" if absent else "")
        + "</details>")


def timeline_data(article=None) -> dict[str, Any]:
    return _read_json(articles_dir() / article_id(article or LESSON_ARTICLE) / "timeline.json")


@_safe
def timeline(article=None):
    """Timeline 9–16 August 2020: what the article reports and what it leaves out (chart + table)."""
    from medialit.charts import timeline as chart

    data = timeline_data(article)
    return chart(sorted(data["events"], key=lambda e: e["date"]), data["start"], data["end"])


@_safe
def timeline_before(article=None) -> None:
    """Events before the timeline that the article needs as context but leaves out."""
    data = timeline_data(article)
    rows = [[_german_date(e["date"]), e["text"]] for e in data.get("before") or []]
    if rows:
        _display_html(_table(["Datum", "Ereignis"], rows, "Vorgeschichte, die der Artikel weglässt"))


# ---------------------------------------------------------------------------------------- lesson 6


def samples() -> list[dict[str, Any]]:
    """The sample texts for lesson 6 (German Wikinews articles, CC BY 2.5) with title, date and URL."""
    folder = data_dir() / "samples"
    meta = _read_json(folder / "samples.json")
    out = []
    for s in meta["samples"]:
        out.append({**s, "text": (folder / s["file"]).read_text(encoding="utf-8"),
                    "credit": f"„{s['title']}“, Wikinews, {_german_date(s['date'])}, {s['url']} – "
                              f"{meta['license']} ({meta['license_url']})"})
    return out


class _Transfer:
    """The text chosen in lesson 6 and the views that follow it.

    Views are plain widgets whose value is set directly (no captured output areas), so they update when the
    picker changes and never depend on the front end echoing output back.
    """

    def __init__(self) -> None:
        self.label = ""
        self.text = ""
        self.credit = ""
        self._analysis = None
        self._views: dict[str, Callable[[], None]] = {}

    def set(self, label: str, text: str, credit: str = "") -> None:
        if text != self.text:
            self._analysis = None
        self.label, self.text, self.credit = label, text, credit
        for refresh in list(self._views.values()):
            refresh()

    def analysis(self):
        if self._analysis is None:
            import medialit

            self._analysis = medialit.analyze(self.text)
        return self._analysis

    def view(self, key: str, refresh: Callable[[], None]) -> None:
        """Register ``refresh`` (run now and whenever the text changes); re-running a cell replaces its view."""
        self._views[key] = refresh
        refresh()


def _guarded(render: Callable[[], str]) -> str:
    """``render()``, or a German note when the analysis of the chosen text fails."""
    try:
        return render()
    except MedialitError as exc:
        return _note_html(f"Das kann gerade nicht angezeigt werden: {exc}", kind="warning")
    except Exception as exc:  # noqa: BLE001 — the engine must never leave a traceback in a lesson
        return _note_html(f"Die Analyse dieses Textes ist fehlgeschlagen ({type(exc).__name__}: {exc}). "
                          "Versuch einen anderen Text.", kind="warning")


def _html_view(key: str, render: Callable[[], str]) -> None:
    """Display an HTML widget showing ``render()`` for the chosen text, kept up to date."""
    import ipywidgets as widgets
    from IPython.display import display

    box = widgets.HTML()

    def refresh() -> None:
        box.value = _guarded(render)

    _TRANSFER.view(key, refresh)
    display(box)


def _chart_view(key: str, make_chart: Callable[[], Any]) -> None:
    """Show a chart of the chosen text; when the text changes later, a note asks to run the cell again."""
    import ipywidgets as widgets
    from IPython.display import display

    shown_for = _TRANSFER.text
    stale = widgets.HTML()
    try:
        chart = make_chart()
    except MedialitError as exc:
        chart, message = None, _note_html(f"Das kann gerade nicht angezeigt werden: {exc}", kind="warning")
    except Exception as exc:  # noqa: BLE001
        chart, message = None, _note_html(f"Die Analyse dieses Textes ist fehlgeschlagen ({type(exc).__name__}: "
                                          f"{exc}). Versuch einen anderen Text.", kind="warning")
    if chart is None:
        display(widgets.HTML(message))
    elif isinstance(chart, str):
        display(widgets.HTML(chart))
    else:
        chart.show()

    def refresh() -> None:
        stale.value = ("" if _TRANSFER.text == shown_for else _note_html(
            "Du hast oben einen anderen Text gewählt. Führe diese Zelle noch einmal aus, um das Diagramm zu "
            "aktualisieren."))

    _TRANSFER.view(key, refresh)
    display(stale)


_TRANSFER = _Transfer()
OWN_TEXT = "Eigenen Text einfügen …"


def _transfer_choices(article) -> list[tuple[str, str, str]]:
    """(label, text, credit) for the picker: the instructor's article (if not the course one) and the samples."""
    choices = []
    if article is not None and article_id(article) != LESSON_ARTICLE:
        art = _article(article)
        choices.append((f"Artikel deiner Lehrkraft: {art.title}", art.text, ""))
    for s in samples():
        choices.append((f"Beispiel: {s['title']} ({_german_date(s['date'])})", s["text"], s["credit"]))
    return choices


def _ensure_transfer(article=None) -> None:
    if not _TRANSFER.text:
        label, text, credit = _transfer_choices(article)[0]
        _TRANSFER.set(label, text, credit)


@_safe
def transfer_picker(article=None) -> None:
    """Pick a sample text (or your teacher's article), or paste your own; the views below follow your choice."""
    from IPython.display import display

    display(picker(article))


def picker(article=None):
    """The picker widget (dropdown, text area, button, status line) bound to the lesson's chosen text."""
    import ipywidgets as widgets

    from medialit.article import check_text

    choices = _transfer_choices(article)
    _ensure_transfer(article)
    labels = [c[0] for c in choices] + [OWN_TEXT]
    current = _TRANSFER.label if _TRANSFER.label in labels else labels[0]
    dropdown = widgets.Dropdown(options=labels, value=current, description="Text:",
                                layout=widgets.Layout(width="95%"))
    area = widgets.Textarea(placeholder="Füge hier einen deutschen Nachrichtentext ein (mindestens zwei Sätze).",
                            layout=widgets.Layout(width="95%", height="10em",
                                                  display="" if current == OWN_TEXT else "none"))
    button = widgets.Button(description="Diesen Text analysieren", button_style="primary",
                            layout=widgets.Layout(display="" if current == OWN_TEXT else "none"))
    status = widgets.HTML(value=_credit_html())

    def on_choice(change) -> None:
        own = change["new"] == OWN_TEXT
        area.layout.display = "" if own else "none"
        button.layout.display = "" if own else "none"
        if not own:
            label, text, credit = next(c for c in choices if c[0] == change["new"])
            _TRANSFER.set(label, text, credit)
            status.value = _credit_html()

    def on_click(_button) -> None:
        try:
            text = check_text(area.value, where="Dein Text")
        except MedialitError as exc:
            status.value = f'<span style="color:#D55E00">⚠ {_e(exc)}</span>'
            return
        if len(text.split()) < 10:
            status.value = ('<span style="color:#D55E00">⚠ Der Text ist zu kurz – füge einen ganzen Artikel ein '
                            "(mindestens zehn Wörter).</span>")
            return
        _TRANSFER.set(OWN_TEXT, text, "")
        status.value = _credit_html()

    dropdown.observe(on_choice, names="value")
    button.on_click(on_click)
    return widgets.VBox([dropdown, area, button, status])


def _credit_html() -> str:
    words = len(_TRANSFER.text.split())
    credit = f"<br><small>Quelle: {_e(_TRANSFER.credit)}</small>" if _TRANSFER.credit else ""
    return f"<strong>Gewählt:</strong> {_e(_TRANSFER.label)} ({words} Wörter){credit}"


@_safe
def transfer_text(article=None) -> None:
    """The chosen text itself (follows the picker)."""
    _ensure_transfer(article)

    def render() -> str:
        paragraphs = "".join(f"<p>{_e(p)}</p>" for p in _TRANSFER.text.split("\n") if p.strip())
        return (f'<div style="max-height:22em;overflow:auto;border:1px solid #ccc;padding:.3em .8em">'
                f"{paragraphs}</div>")
    _html_view("transfer_text", render)


@_safe
def transfer_quotes(article=None) -> None:
    """The engine's quotation table for the chosen text, with its evidence (follows the picker)."""
    _ensure_transfer(article)

    def render() -> str:
        from medialit.model import QUOTE_KIND_LABELS

        quotes = _TRANSFER.analysis().quotes
        if not quotes:
            return _note_html("Die Maschine hat in diesem Text keine Redewiedergabe gefunden.")
        rows = []
        for n, q in enumerate(quotes, 1):
            who = (q.speaker.name or q.speaker.text) if q.speaker else "unbekannt"
            if q.relay:
                who += f" (laut {q.relay.name or q.relay.text})"
            rows.append([str(n), QUOTE_KIND_LABELS.get(q.kind, q.kind), who, q.cue.text if q.cue else "–",
                         q.text, "; ".join(q.evidence)])
        return _table(["Nr.", "Art", "Wer spricht", "Redeeinleitung", "Text", "Begründung der Maschine"], rows,
                      "Redewiedergaben, die die Maschine gefunden hat")
    _html_view("transfer_quotes", render)


def _transfer_chart(article, field: str, chart: str, nothing: str) -> None:
    """A chart of one kind of finding (``Analysis.<field>``) for the chosen text; a note when there is none."""
    _ensure_transfer(article)

    def make():
        from medialit import charts

        found = getattr(_TRANSFER.analysis(), field)
        if not found:
            return _note_html(f"Die Maschine hat in diesem Text {nothing} gefunden.")
        return getattr(charts, chart)(found)
    _chart_view(f"transfer_{field}", make)


@_safe
def transfer_sources(article=None) -> None:
    """The engine's source chart for the chosen text (with its table)."""
    _transfer_chart(article, "sources", "quotes_per_source", "keine Quellen")


@_safe
def transfer_verbs(article=None) -> None:
    """The engine's reporting verbs of the chosen text, by connotation."""
    _transfer_chart(article, "verbs", "verbs_by_connotation", "keine Redeverben")


@_safe
def transfer_framing(article=None) -> None:
    """Framing cues and loaded words the engine found, each with its reason (follows the picker)."""
    _ensure_transfer(article)

    def render() -> str:
        cues = _TRANSFER.analysis().framing
        if not cues:
            return _note_html("Die Maschine hat keine auffälligen Framing-Signale gefunden. Das heißt nicht, dass "
                              "es keine gibt – lies selbst nach.")
        rows = [[c.text, c.category, c.explanation] for c in cues]
        return _table(["Wort/Wendung", "Art", "Begründung"], rows, "Framing-Signale im Text")
    _html_view("transfer_framing", render)


__all__ = [
    "anatomy", "claim", "claim_card", "claims", "claims_table", "course_overview", "frame_profile",
    "missing_voices", "named_chart", "numbered_sentences", "outlet_card", "poll_comparison", "positions_chart",
    "quotes_table", "relative_dates", "samples", "sides_table", "source_tally", "sources_chart",
    "timeline", "timeline_before", "timeline_data", "transfer_framing", "transfer_picker", "transfer_quotes",
    "transfer_sources", "transfer_text", "transfer_verbs", "picker", "verbs_chart", "verdict_table", "words_chart",
]
