"""Progress overview, export (file + download link) and import (upload, validation) widgets."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import medialit as ml
from medialit.exercises import CheckResult, load_bank
from medialit.store import Store
from medialit.widgets.progress import ExportWidget, ImportWidget, ProgressOverview, upload_entry

VALID = Path(__file__).parent / "fixtures" / "exercises" / "valid"


def test_progress_overview_table(tmp_path):
    store = Store(tmp_path / "p.sqlite3")
    bank = load_bank(VALID)
    w = ProgressOverview(store, bank)
    assert "Dein Fortschritt" in w.title_html.value
    assert "0 / 8" in w.table_html.value
    store.submit("t-choice", {"selected": ["a"]}, CheckResult(1.0, 1.0, True))
    store.submit("t-sort", {"assign": {}}, CheckResult(1.0, 3.0, False))
    w.refresh_button.click()
    row = w.rows[0]
    assert (row["done"], row["correct"], row["points"]) == (2, 1, 2.0)
    assert "3: Testlektion" in w.table_html.value and "2 / 8" in w.table_html.value
    assert "2 / 14" in w.table_html.value  # points of 14


def test_lazy_notebook_exports_return_widgets(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert type(ml.progress()).__name__ == "ProgressOverview"
    assert type(ml.export_answers()).__name__ == "ExportWidget"
    assert type(ml.import_answers()).__name__ == "ImportWidget"


def test_export_writes_file_and_offers_download_then_import_restores(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    store.submit("t-reflect", {"text": "Die Opposition fehlt völlig."}, CheckResult(2.0, 2.0, True))
    notebook_folder = tmp_path / "notebooks"
    notebook_folder.mkdir()
    ex = ExportWidget(store, folder=notebook_folder)
    ex.name_widget.value = "Kim"
    ex.export_button.click()
    (written,) = notebook_folder.glob("medialit-export-Kim-*.json")
    assert ex.last_path == written
    assert "1 Antwort(en) gespeichert" in ex.message_html.value
    link = ex.link_html.value
    assert f'download="{written.name}"' in link
    payload = link.split("base64,", 1)[1].split('"', 1)[0]
    assert base64.b64decode(payload) == written.read_bytes()

    other = Store(tmp_path / "b.sqlite3")
    imp = ImportWidget(other)
    imp.import_button.click()
    assert "Bitte wähle zuerst eine Datei" in imp.message_html.value
    imp.upload_widget.value = (upload_entry(written.name, written.read_bytes()),)
    imp.import_button.click()
    assert "1 Antwort(en) importiert, 0 waren schon vorhanden" in imp.message_html.value
    assert other.latest("t-reflect").answer == {"text": "Die Opposition fehlt völlig."}


def test_import_of_a_tampered_file_is_refused_with_a_message(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    store.submit("t-choice", {"selected": ["b"]}, CheckResult(0.0, 1.0, False))
    data = store.export_data("kim")
    data["answers"][0]["score"] = 1.0
    imp = ImportWidget(Store(tmp_path / "b.sqlite3"))
    imp.upload_widget.value = (upload_entry("kim.json", json.dumps(data).encode()),)
    imp.import_button.click()
    assert "kim.json: Die Prüfsumme stimmt nicht" in imp.message_html.value
    assert imp.store.count() == 0
