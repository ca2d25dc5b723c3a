"""Lesson helpers (medialit.course, medialit.lessons): article choice, navigation, data tables, the frame
profile and poll from stored answers, the lesson-6 picker driven through its widgets, and German notes
instead of tracebacks when data is missing.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from medialit import course, lessons
from medialit.exercises import check, get_exercise
from medialit.store import default_store

REPO = Path(__file__).resolve().parents[1]
CLAIMS = json.loads((REPO / "data/articles/belarus-2020/claims.json").read_text(encoding="utf-8"))
TIMELINE = json.loads((REPO / "data/articles/belarus-2020/timeline.json").read_text(encoding="utf-8"))
ANNOTATIONS = json.loads((REPO / "data/articles/belarus-2020/annotations.json").read_text(encoding="utf-8"))


@pytest.fixture
def shown(monkeypatch):
    """Everything the helpers display as HTML (tables, notes, navigation bars), in order."""
    out: list[str] = []
    monkeypatch.setattr(course, "_display_html", out.append)
    monkeypatch.setattr(lessons, "_display_html", out.append)
    return out


@pytest.fixture
def other_root(tmp_path, monkeypatch):
    """A data root with the lesson article and a second article („zweiter-artikel“) without annotations."""
    root = tmp_path / "root"
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "exercises", root / "exercises")
    second = root / "data/articles/zweiter-artikel"
    second.mkdir()
    (second / "raw.txt").write_text("Der Rat tagte am Montag. Die Ministerin sagte, es gebe keine Einigung.",
                                    encoding="utf-8")
    meta = {"id": "zweiter-artikel", "headline": "", "paragraphs": [
        "Der Rat tagte am Montag. Die Ministerin sagte, es gebe keine Einigung."], "published": "2024-03-04"}
    (second / "article.json").write_text(json.dumps(meta), encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_ROOT", str(root))
    return root


def submit(exercise_id: str, answer: dict) -> None:
    ex = get_exercise(exercise_id)
    default_store().submit(ex.store_key, answer, check(ex, answer), article=ex.article)


# --- choosing the article ----------------------------------------------------------------------------------


def test_choose_article_defaults_and_follows_the_environment(other_root, monkeypatch, shown):
    assert course.choose_article("belarus-2020") == "belarus-2020"
    monkeypatch.setenv("MEDIALIT_ARTICLE", "zweiter-artikel")
    assert course.choose_article("belarus-2020") == "zweiter-artikel"
    assert shown == []


def test_unknown_article_in_the_environment_falls_back_with_a_german_note(monkeypatch, shown):
    monkeypatch.setenv("MEDIALIT_ARTICLE", "gibt-es-nicht")
    assert course.choose_article("belarus-2020") == "belarus-2020"
    assert len(shown) == 1 and "kann nicht geladen werden" in shown[0] and "gibt-es-nicht" in shown[0]


def test_article_specific_exercise_is_replaced_by_a_note_for_another_article(other_root, shown, monkeypatch):
    displayed = []
    monkeypatch.setattr("IPython.display.display", displayed.append)
    course.show_if_lesson_article("zitate-konjunktiv", "zweiter-artikel")
    assert displayed == [] and "Kursartikel" in shown[0] and "fällt sie hier weg" in shown[0]
    course.show_if_lesson_article("zitate-konjunktiv", "belarus-2020")
    assert len(displayed) == 1 and type(displayed[0]).__name__ == "ChoiceWidget"


def test_show_for_article_picks_hand_made_or_generated(monkeypatch, shown):
    displayed = []
    monkeypatch.setattr("IPython.display.display", displayed.append)
    course.show_for_article("zitate-arten", "auto-zitatart", "belarus-2020")
    assert displayed[-1].exercise.id == "zitate-arten"
    course.show_if_other_article("auto-zitatart", course.LESSON_ARTICLE)
    assert len(displayed) == 1 and "MEDIALIT_ARTICLE" in shown[0]  # a note, not the generated repeat


# --- navigation ----------------------------------------------------------------------------------------


def test_header_and_footer_link_neighbours_and_glossary(shown):
    course.header(3)
    course.footer(3)
    header, footer = shown
    assert 'href="02_quellen.ipynb"' in header and 'href="04_framing.ipynb"' in header
    assert 'href="Glossar.ipynb"' in header and "etwa 40 Minuten" in header
    assert 'href="04_framing.ipynb"' in footer and 'href="Glossar.ipynb"' in footer
    shown.clear()
    course.footer(6)
    assert "letzte Lektion" in shown[0] and 'href="00_start.ipynb"' in shown[0]


def test_every_lesson_notebook_exists():
    for item in course.LESSONS:
        assert (REPO / "notebooks" / item.notebook).is_file()
    assert (REPO / "notebooks" / course.GLOSSARY).is_file()
    with pytest.raises(Exception, match="Lektion 9"):
        course.lesson(9)


def test_footer_counts_answered_exercises_of_the_lesson(shown):
    total = len([e for e in get_exercise.__globals__["bank"]().exercises.values() if e.lesson == 1])
    assert course.lesson_progress(1) == f"Du hast 0 von {total} Übungen dieser Lektion bearbeitet."
    submit("aufbau-lead", {"selected": ["satz1"]})
    submit("aufbau-lead", {"selected": ["satz2"]})
    assert course.lesson_progress(1) == f"Du hast 1 von {total} Übungen dieser Lektion bearbeitet."


# --- lesson data ----------------------------------------------------------------------------------------


def test_claims_table_lists_every_claim_without_giving_verdicts_away(shown):
    lessons.claims_table()
    (table,) = shown
    assert table.count("<tr>") == len(CLAIMS["claims"]) + 1
    for label in ("weitgehend zutreffend", "Deutung, kein belegter Fakt"):
        assert label not in table


def test_claim_card_offers_the_sources_and_verdict_table_resolves(shown):
    lessons.claim_card(6)
    card = shown[-1]
    for src in CLAIMS["claims"][5]["sources"]:
        assert src["url"] in card
    assert "überzogen" not in card
    lessons.verdict_table()
    assert "weitgehend zutreffend, aber überzogen" in shown[-1] and "<details>" in shown[-1]


def test_unknown_claim_number_is_a_german_note(shown):
    assert lessons.claim_card(99) is None
    assert "Behauptung Nr. 99" in shown[0]


def test_timeline_chart_has_every_event_in_two_lanes():
    chart = lessons.timeline()
    assert len(chart.rows) == len(TIMELINE["events"])
    missing = sum(1 for e in TIMELINE["events"] if e["kind"] == "missing")
    assert sum(1 for row in chart.rows if row[2] == "fehlt im Artikel") == missing
    assert [r[0] for r in chart.rows] == sorted((r[0] for r in chart.rows), key=lambda d: d[3:5] + d[:2])


def test_source_tally_follows_the_annotations():
    tally = {row["name"]: row for row in lessons.source_tally()}
    speakers = [q["speaker"]["name"] for q in ANNOTATIONS["quotes"]]
    assert {name: row["counts"] for name, row in tally.items()} == {
        name: {k: sum(1 for q in ANNOTATIONS["quotes"] if q["speaker"]["name"] == name and q["kind"] == k)
               for k in ("direct", "indirect", "free_indirect", "reported")} for name in set(speakers)}
    assert max(tally.values(), key=lambda r: sum(r["counts"].values()))["name"] == "Alexander Lukaschenko"
    assert lessons.positions_chart().rows[0][1] == "US-Vertreter und EU-Vertreter"


def test_sides_table_and_missing_voices_escape_and_list_everything(shown):
    lessons.sides_table()
    lessons.missing_voices()
    table, voices = shown
    assert table.count("<tr>") == len(ANNOTATIONS["sources"]) + 1
    assert all(v["name"] in voices for v in ANNOTATIONS["missing_voices"])


def test_relative_dates_resolve_saturday(shown):
    lessons.relative_dates()
    assert "am Samstag" in shown[0] and "Samstag, 15.08.2020" in shown[0]


def test_helpers_on_an_article_without_annotations_show_notes(other_root, shown):
    assert lessons.sources_chart("zweiter-artikel") is None
    lessons.relative_dates("zweiter-artikel")
    assert len(shown) == 2 and all("annotations.json" in s and "⚠" in s for s in shown)


def test_anatomy_and_outlet_card(shown):
    lessons.anatomy()
    lessons.outlet_card()
    anatomy, card = shown
    assert "Schlagzeile" in anatomy and "Lead (erster Satz)" in anatomy and "Absatz 5" in anatomy
    assert "Randolph Bourne Institute" in card and "Montag, 17.08.2020" in card


# --- answers feed the lesson: frame profile and poll -------------------------------------------------


def test_frame_profile_needs_the_codebook_answer_then_draws_your_means(shown):
    assert lessons.frame_profile() is None and "noch nicht beantwortet" in shown[0]
    ex = get_exercise("framing-codebuch")
    ratings = {s.id: (5 if s.dimension == "konflikt" else 1) for s in ex.statements}
    ratings[next(s.id for s in ex.statements if s.dimension == "verantwortung")] = 3
    submit("framing-codebuch", {"ratings": ratings})
    rows = dict(lessons.frame_profile().rows)
    n = sum(1 for s in ex.statements if s.dimension == "verantwortung")
    assert rows["Konflikt"] == "5" and rows["Moral"] == "1"
    assert rows["Verantwortung"] == f"{(3 + (n - 1)) / n:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def test_poll_comparison_shows_before_and_after(shown):
    lessons.poll_comparison()
    assert "noch nicht beantwortet" in shown[0] and "Lektion 0 noch nicht beantwortet" in shown[1]
    shown.clear()
    submit("start-eindruck", {"text": "Es geht um Russland gegen die NATO <b>fett</b>"})
    submit("start-vertrauen", {"ratings": {"vertrauen-1": 4, "vollstaendigkeit-1": 3, "ausgewogenheit-1": 3}})
    submit("transfer-vertrauen", {"ratings": {"vertrauen-1": 2, "vollstaendigkeit-1": 3, "ausgewogenheit-1": 1}})
    lessons.poll_comparison()
    (table,) = shown
    assert "&lt;b&gt;fett&lt;/b&gt;" in table and "<b>fett</b>" not in table
    assert "<td style=\"border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left\">-2</td>" in table
    assert "gleich" in table


# --- lesson 6: samples and the picker -----------------------------------------------------------------


def test_samples_are_three_credited_wikinews_texts_without_annotations():
    samples = lessons.samples()
    assert len(samples) == 3
    for s in samples:
        assert s["url"].startswith("https://de.wikinews.org/wiki/") and "Wikinews" in s["credit"]
        assert "CC BY 2.5" in s["credit"] and s["title"] in s["credit"]
        assert len(s["text"].split()) > 150 and ("„" in s["text"] or '"' in s["text"])
    files = {p.suffix for p in (REPO / "data/samples").iterdir()}
    assert files <= {".txt", ".json", ".md"}
    assert "annotations" not in (REPO / "data/samples/samples.json").read_text(encoding="utf-8")


def test_picker_switches_texts_and_rejects_bad_pasted_text(monkeypatch):
    monkeypatch.setattr(lessons, "_TRANSFER", lessons._Transfer())
    renders = []
    lessons._TRANSFER.view("probe", lambda: renders.append(lessons._TRANSFER.label))
    box = lessons.picker("belarus-2020")
    dropdown, area, button, status = box.children
    first = lessons.samples()[0]
    assert lessons._TRANSFER.text == first["text"] and first["title"] in dropdown.value
    dropdown.value = dropdown.options[1]
    assert lessons._TRANSFER.text == lessons.samples()[1]["text"] and renders[-1] == dropdown.options[1]
    dropdown.value = lessons.OWN_TEXT
    assert area.layout.display == "" and button.layout.display == ""
    area.value = "   "
    button.click()
    assert "leer" in status.value and lessons._TRANSFER.text == lessons.samples()[1]["text"]
    area.value = "Zu kurz."
    button.click()
    assert "zu kurz" in status.value
    text = "Die Ministerin sagte am Montag, es gebe keine Einigung. Die Opposition kritisierte das scharf."
    area.value = text
    button.click()
    assert lessons._TRANSFER.text == text and renders[-1] == lessons.OWN_TEXT


def test_transfer_views_follow_the_picker(monkeypatch):
    monkeypatch.setattr(lessons, "_TRANSFER", lessons._Transfer())
    displayed = []
    monkeypatch.setattr("IPython.display.display", lambda *objs, **kw: displayed.extend(objs))
    lessons.transfer_text("belarus-2020")
    lessons.transfer_quotes("belarus-2020")
    text_box, quotes_box = displayed
    first = lessons.samples()[0]
    assert first["text"].split()[3] in text_box.value and "Begründung der Maschine" in quotes_box.value
    lessons.transfer_verbs("belarus-2020")
    stale = displayed[-1]
    assert stale.value == ""
    own = "Die Ministerin sagte am Montag, es gebe keine Einigung <script>. Die Opposition kritisierte das."
    lessons._TRANSFER.set(lessons.OWN_TEXT, own)
    assert "keine Einigung &lt;script&gt;" in text_box.value and "<script>" not in text_box.value
    assert "Ministerin" in quotes_box.value
    assert "noch einmal aus" in stale.value


def test_picker_offers_the_teachers_article_first(other_root, monkeypatch):
    monkeypatch.setattr(lessons, "_TRANSFER", lessons._Transfer())
    dropdown = lessons.picker("zweiter-artikel").children[0]
    assert dropdown.options[0].startswith("Artikel deiner Lehrkraft")
    assert "keine Einigung" in lessons._TRANSFER.text


# --- notebooks survive any order ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("name", ["00_start", "02_quellen", "03_zitate", "04_framing", "05_belege", "06_transfer"])
def test_notebook_runs_backwards_and_twice_without_errors(name, tmp_path):
    """After the import cell, every code cell runs in reverse order, then all again: no error, no traceback."""
    import nbformat
    from nbclient import NotebookClient

    source = nbformat.read(REPO / "notebooks" / f"{name}.ipynb", as_version=4)
    cells = ["".join(c.source) for c in source.cells if c.cell_type == "code"]
    order = [cells[0], *reversed(cells[1:]), *cells]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in order])
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(REPO / "notebooks")}})
    with client.setup_kernel(env={**os.environ, "MEDIALIT_HOME": str(tmp_path / "home")}):
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
            for out in cell.outputs:
                text = json.dumps(out.get("data", {}), ensure_ascii=False) + out.get("text", "")
                assert out.output_type != "error", (name, cell.source, out)
                assert "Traceback" not in text and "⚠" not in text, (name, cell.source, text[:500])
