"""Progress store: append, latest, restore in a new process, export/import with checksum validation."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from medialit.errors import SubmissionError
from medialit.exercises import CheckResult
from medialit.paths import medialit_home
from medialit.store import Store, checksum, default_store, progress_rows


def _result(score, mx=1.0):
    return CheckResult(score, mx, score >= mx, ["✔ gut"], "Richtig!", True)


def test_default_path_follows_medialit_home(tmp_path):
    store = default_store()
    assert store.path == medialit_home() / "progress.sqlite3"
    assert str(store.path).startswith(str(tmp_path))
    assert store.path.exists()
    mode = store._run(lambda c: c.execute("PRAGMA journal_mode").fetchone()[0])
    assert mode == "wal"


def test_submit_latest_tries_and_history(tmp_path):
    store = Store(tmp_path / "p.sqlite3")
    a = store.submit("ex-1", {"selected": ["b"]}, _result(0.0))
    b = store.submit("ex-1", {"selected": ["a"]}, _result(1.0))
    store.submit("ex-2", {"text": "<script>alert(1)</script> ä"}, None)
    assert (a.tries, b.tries) == (1, 2)
    latest = store.latest("ex-1")
    assert latest.answer == {"selected": ["a"]} and latest.score == 1.0 and latest.correct is True
    assert latest.feedback == ["✔ gut"] and latest.summary == "Richtig!" and latest.solution_shown
    assert store.tries("ex-1") == 2 and store.tries("nope") == 0 and store.latest("nope") is None
    assert [s.answer for s in store.history("ex-1")] == [{"selected": ["b"]}, {"selected": ["a"]}]
    assert store.latest("ex-2").answer["text"] == "<script>alert(1)</script> ä"
    assert store.latest("ex-2").score is None
    assert set(store.all_latest()) == {"ex-1", "ex-2"}


def test_answers_survive_a_new_process(tmp_path):
    path = tmp_path / "p.sqlite3"
    Store(path).submit("ex-1", {"selected": ["c"]}, _result(0.5))
    code = ("import json,sys; from medialit.store import Store; s=Store(sys.argv[1]).latest('ex-1'); "
            "print(json.dumps([s.answer, s.score, s.tries]))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [{"selected": ["c"]}, 0.5, 1]


def test_export_contract_and_roundtrip(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    store.submit("ex-1", {"selected": ["b"]}, _result(0.0))
    store.submit("ex-1", {"selected": ["a"]}, _result(1.0))
    store.submit("auto-wer-spricht@belarus-2020", {"selected": ["x"]}, _result(1.0), article="belarus-2020")
    path = store.export_file(tmp_path, learner="Kim Müller")
    assert path.name.startswith("medialit-export-Kim-M-ller-") and path.suffix == ".json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "medialit-export" and data["version"] == 1 and data["learner"] == "Kim Müller"
    assert data["checksum"] == checksum(data)
    assert set(data) == {"format", "version", "learner", "assignment", "exported_at", "answers", "checksum"}
    by_id = {a["exercise_id"]: a for a in data["answers"]}
    assert by_id["ex-1"] == {"exercise_id": "ex-1", "article": None, "answer": {"selected": ["a"]}, "score": 1.0,
                             "max_points": 1.0, "tries": 2, "submitted_at": by_id["ex-1"]["submitted_at"]}
    assert by_id["auto-wer-spricht@belarus-2020"]["article"] == "belarus-2020"

    fresh = Store(tmp_path / "b.sqlite3")
    assert fresh.import_file(path) == (2, 0)
    assert fresh.import_file(path) == (0, 2)  # importing twice adds nothing
    assert fresh.latest("ex-1").answer == {"selected": ["a"]} and fresh.latest("ex-1").tries == 2
    assert fresh.latest("ex-1").origin == "import"
    assert fresh.tries("ex-1") == 2  # the next submission is the third try, as in the exporting store
    assert fresh.submit("ex-1", {"selected": ["b"]}, None).tries == 3


def test_a_newer_local_answer_stays_latest_after_importing_an_older_export(tmp_path):
    old = Store(tmp_path / "a.sqlite3")
    old.submit("ex-1", {"text": "alt"}, None)
    data = old.export_data("x")
    store = Store(tmp_path / "b.sqlite3")
    store.submit("ex-1", {"text": "neu"}, None)
    store.import_data(data)
    assert store.latest("ex-1").answer == {"text": "neu"}


def _export(tmp_path):
    store = Store(tmp_path / "a.sqlite3")
    store.submit("ex-1", {"selected": ["a"]}, _result(1.0))
    return store.export_data("kim")


@pytest.mark.parametrize("mutate,message", [
    (lambda d: d.update(format="zip"), "keine medialit-Exportdatei (Feld 'format' ist 'zip'"),
    (lambda d: d.update(version=7), "Version 7 wird nicht unterstützt"),
    (lambda d: d.pop("checksum"), "Die Prüfsumme fehlt"),
    (lambda d: d["answers"][0].update(score=99), "Die Prüfsumme stimmt nicht"),
])
def test_import_rejects_bad_files_with_clear_messages(tmp_path, mutate, message):
    data = _export(tmp_path)
    mutate(data)
    target = Store(tmp_path / "b.sqlite3")
    with pytest.raises(SubmissionError, match=re.escape(message)):
        target.import_data(data, name="kim.json")
    assert target.count() == 0


def test_import_rejects_malformed_records_even_with_a_fresh_checksum(tmp_path):
    data = _export(tmp_path)
    data["answers"][0]["answer"] = "a"
    data["checksum"] = checksum(data)
    with pytest.raises(SubmissionError, match="Antwort Nr. 1 ist ungültig \\('answer' fehlt"):
        Store(tmp_path / "b.sqlite3").import_data(data)


def test_import_bytes_that_are_not_json(tmp_path):
    with pytest.raises(SubmissionError, match="x.json: ist keine gültige JSON-Datei \\(Zeile 1"):
        Store(tmp_path / "b.sqlite3").import_bytes(b"{nope", name="x.json")


def test_checksum_is_sha256_of_canonical_json():
    import hashlib

    data = {"b": "ä", "a": [1, 2], "checksum": "ignored"}
    want = hashlib.sha256('{"a":[1,2],"b":"ä"}'.encode()).hexdigest()
    assert checksum(data) == "sha256:" + want


def test_progress_rows_per_lesson(tmp_path):
    from pathlib import Path

    from medialit.exercises import load_bank

    bank = load_bank(Path(__file__).parent / "fixtures" / "exercises" / "valid")
    store = Store(tmp_path / "p.sqlite3")
    store.submit("t-choice", {"selected": ["a"]}, _result(1.0))
    store.submit("t-sort", {"assign": {}}, CheckResult(1.0, 3.0, False))
    (row,) = progress_rows(store, bank)
    assert row["lesson"] == 3 and row["title"] == "Testlektion"
    assert (row["exercises"], row["done"], row["correct"]) == (8, 2, 1)
    assert row["points"] == pytest.approx(2.0)
    assert row["max_points"] == pytest.approx(1 + 2 + 3 + 2 + 3 + 1 + 2 + 0)
