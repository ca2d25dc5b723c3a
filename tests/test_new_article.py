"""`medialit new-article` / `medialit article validate` on a German text written for the tests."""

from __future__ import annotations

import json

import pytest
from _instructor_support import REPO, WINDPARK, clear_caches, make_root
from typer.testing import CliRunner

from medialit.article import Article
from medialit.cli import _register, app

ID = "windpark-neu"


@pytest.fixture
def root(tmp_path, monkeypatch):
    root = make_root(tmp_path, monkeypatch)
    _register()
    yield root
    clear_caches()


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def new(file=WINDPARK, article_id=ID, *extra):
    return run("new-article", file, "--id", article_id, "--title", "Streit um Windpark", "--date", "2025-03-05",
               *extra)


def test_new_article_writes_raw_structure_and_draft(root):
    result = new(WINDPARK, ID, "--outlet", "Testzeitung", "--url", "https://example.org/windpark")
    assert result.exit_code == 0, result.output
    folder = root / "data" / "articles" / ID
    assert (folder / "raw.txt").read_bytes() == WINDPARK.read_bytes()
    meta = json.loads((folder / "article.json").read_text(encoding="utf-8"))
    assert meta["published"] == "2025-03-05" and meta["outlet"] == {"name": "Testzeitung",
                                                                    "url": "https://example.org/windpark"}
    art = Article.load(ID)
    assert art.headline.text == "Streit um Windpark am Hohen Meißner"
    assert art.subheadline.text == "Gemeinderat vertagt Entscheidung nach hitziger Debatte"
    assert art.byline.text == "Von Jana Vogt"
    assert len(art.paragraphs) == 4 and art.paragraphs[0].text.startswith("Der Gemeinderat von Waldhausen")
    ann = json.loads((folder / "annotations.json").read_text(encoding="utf-8"))
    assert ann["draft"] is True and ann["article"] == ID
    direct = [q for q in ann["quotes"] if q["kind"] == "direct"]
    assert any("Fledermäuse und Rotmilane" in q["text"] for q in direct)
    assert any(q["speaker"] and "Lindner" in q["speaker"]["name"] for q in ann["quotes"])
    assert {"2025-03-04", "2025-03-14"} <= {d["date"] for d in ann["dates"]}  # „am Dienstag“ resolved
    assert "Entwurf" in result.stdout
    assert not (REPO / "data" / "articles" / ID).exists()  # the real data/ is untouched


def test_validate_accepts_the_draft_and_names_broken_offsets(root):
    assert new().exit_code == 0
    ok = run("article", "validate", ID)
    assert ok.exit_code == 0, ok.output
    assert "draft: true" in ok.stdout and "gültig" in ok.stdout
    path = root / "data" / "articles" / ID / "annotations.json"
    ann = json.loads(path.read_text(encoding="utf-8"))
    ann["quotes"][0]["spans"][0][0] += 3
    path.write_text(json.dumps(ann, ensure_ascii=False), encoding="utf-8")
    bad = run("article", "validate", ID)
    assert bad.exit_code == 1
    assert "annotations.json" in bad.stderr and "quotes[0]" in bad.stderr
    unknown = run("article", "validate", "gibt-es-nicht")
    assert unknown.exit_code == 1 and "Unbekannter Artikel" in unknown.stderr


def test_generated_exercises_exist_for_the_new_article(root):
    from medialit.exercises import check, get_exercise

    assert new().exit_code == 0
    ex = get_exercise(f"auto-wer-spricht@{ID}")
    right = [o.id for o in ex.options if o.correct]
    assert check(ex, {"selected": right}).correct


def test_crlf_and_bom_are_kept_byte_for_byte(root, tmp_path):
    raw = "\ufeff".encode() + WINDPARK.read_bytes().replace(b"\n", b"\r\n")
    src = tmp_path / "crlf.txt"
    src.write_bytes(raw)
    assert new(src, "crlf").exit_code == 0
    assert (root / "data" / "articles" / "crlf" / "raw.txt").read_bytes() == raw
    art = Article.load("crlf")
    assert art.headline.text == "Streit um Windpark am Hohen Meißner" and len(art.paragraphs) == 4


@pytest.mark.parametrize(("content", "article_id", "date", "message"), [
    (None, "gut", "2025-03-05", "Datei nicht gefunden"),
    (b"", "leer", "2025-03-05", "ist leer"),
    (b"\x00\x01binary", "bin", "2025-03-05", "Binärdaten"),
    (b"Ein Satz.", "Gross Buchstaben", "2025-03-05", "Ungültige Artikel-ID"),
    (b"Ein Satz.", "datum", "5.3.2025", "JJJJ-MM-TT"),
])
def test_bad_input_is_named_in_german(root, tmp_path, content, article_id, date, message):
    src = tmp_path / "in.txt"
    if content is not None:
        src.write_bytes(content)
    result = run("new-article", src, "--id", article_id, "--title", "T", "--date", date)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    assert not (root / "data" / "articles" / article_id).exists()


def test_existing_article_needs_force(root):
    assert new().exit_code == 0
    again = new()
    assert again.exit_code == 2 and "gibt es schon" in again.stderr
    assert new(WINDPARK, ID, "--force").exit_code == 0
    lesson = new(WINDPARK, "belarus-2020")
    assert lesson.exit_code == 2
    assert (root / "data/articles/belarus-2020/raw.txt").read_bytes() == (REPO / "data/articles/belarus-2020/raw.txt"
                                                                            ).read_bytes()


LESSONS = ("00_start", "02_quellen", "03_zitate", "06_transfer")


@pytest.mark.slow
def test_lessons_run_through_nbval_on_the_new_article(root, tmp_path):
    """Lessons 0, 2, 3 and 6 with MEDIALIT_ARTICLE set to an article added with new-article (in a temp root)."""
    import os
    import shutil
    import subprocess
    import sys

    assert new().exit_code == 0
    shutil.copytree(REPO / "notebooks", root / "notebooks")
    env = dict(os.environ, MEDIALIT_ARTICLE=ID, MEDIALIT_ROOT=str(root), MEDIALIT_HOME=str(tmp_path / "home"))
    files = [str(root / "notebooks" / f"{n}.ipynb") for n in LESSONS]
    done = subprocess.run([sys.executable, "-m", "pytest", "--nbval-lax", "-p", "no:cacheprovider", "-q",
                           "--rootdir", str(root), *files], cwd=root, env=env, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_shows_the_new_article_without_error_boxes(root, tmp_path, monkeypatch, lesson):
    """Executed with nbclient: no German error box anywhere, and the new article's text is what is shown."""
    import nbformat
    from nbclient import NotebookClient

    from medialit import ui_text

    assert new().exit_code == 0
    monkeypatch.setenv("MEDIALIT_ARTICLE", ID)
    monkeypatch.setenv("MEDIALIT_HOME", str(tmp_path / "home"))
    nb = nbformat.read(REPO / "notebooks" / f"{lesson}.ipynb", as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", store_widget_state=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = json.dumps([c.get("outputs", []) for c in nb.cells], ensure_ascii=False)
    text += json.dumps(nb.metadata.get("widgets", {}), ensure_ascii=False)
    assert ui_text.ERROR_TITLE not in text
    assert "Traceback" not in text
    assert "Waldhausen" in text or "Windpark" in text or "Lindner" in text  # the new article, not the lesson one
