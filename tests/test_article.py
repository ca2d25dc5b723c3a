"""The article as data: raw text byte-for-byte, structure that rebuilds it, clear errors on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from medialit.article import MAX_BYTES, Article, check_text, known_articles, split_sentences
from medialit.errors import ArticleError
from medialit.paths import articles_dir

SEED = Path(__file__).resolve().parents[2] / "shared" / "briefs" / "seed-article.txt"
FOLDER = articles_dir() / "belarus-2020"


def test_raw_text_is_the_seed_byte_for_byte():
    raw = (FOLDER / "raw.txt").read_bytes()
    if SEED.is_file():  # the shared briefs sit beside every checkout here and in CI
        assert raw == SEED.read_bytes()
    # independent of the brief: the known first and last words and no trailing newline
    assert raw.startswith(b"Spannungen schwelen zwischen Russland und der NATO wegen Belarus")
    assert raw.endswith("die Lukaschenko zum Rücktritt auffordern.".encode())


def test_structure_rebuilds_raw_exactly():
    meta = json.loads((FOLDER / "article.json").read_text(encoding="utf-8"))
    rebuilt = " ".join([meta["headline"], meta["subheadline"], meta["byline"], *meta["paragraphs"]])
    assert rebuilt.encode("utf-8") == (FOLDER / "raw.txt").read_bytes()


def test_lesson_article_parts_and_offsets():
    art = Article.load("belarus-2020")
    assert art.headline.text == "Spannungen schwelen zwischen Russland und der NATO wegen Belarus"
    assert art.subheadline.text == "USA, EU fordern Neuwahlen in Belarus"
    assert art.byline.text == "Dave DeCamp"
    assert len(art.paragraphs) == 5  # the English original's five paragraphs
    assert art.paragraphs[1].text.startswith("Lukaschenko und Putin besprachen")
    assert art.paragraphs[4].text.startswith("Belarus grenzt im Westen")
    for part in [*art.parts, *art.sentences]:
        assert art.text[part.start:part.end] == part.text
    assert len(art.sentences) == 15  # the factsheet's count of body sentences
    assert art.sentences[5].text == "Das offizielle Ergebnis der Wahl vom 9. August gab Lukaschenko 80 Prozent der Stimmen."
    assert art.published == "2020-08-17"
    assert art.meta["original"]["url"].startswith("https://news.antiwar.com/2020/08/16/")


def test_from_text_any_german_text():
    art = Article.from_text("Erster Absatz. Zweiter Satz.\n\nZweiter Absatz mit „Zitat“, sagte sie.")
    assert [p.text for p in art.paragraphs] == ["Erster Absatz. Zweiter Satz.",
                                                 "Zweiter Absatz mit „Zitat“, sagte sie."]
    assert [s.text for s in art.sentences] == ["Erster Absatz.", "Zweiter Satz.",
                                               "Zweiter Absatz mit „Zitat“, sagte sie."]
    assert art.headline is None


def test_sentence_splitter_keeps_ordinals_and_abbreviations():
    text = "Am 9. August wählte das Land, z.B. in Minsk. Dr. Müller kam um 15 Uhr. Ende."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Am 9. August wählte das Land, z.B. in Minsk.", "Dr. Müller kam um 15 Uhr.", "Ende."]


def test_from_file_reads_utf8(tmp_path):
    path = tmp_path / "mein-artikel.txt"
    path.write_text("Die Ministerin sagte, sie sei zufrieden.", encoding="utf-8")
    art = Article.from_file(path)
    assert art.id == "mein-artikel"
    assert art.text == "Die Ministerin sagte, sie sei zufrieden."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("", "ist leer"),
        ("   \n\t  \n", "ist leer"),
        (b"\xff\xfeA\x00B\x00", "Binärdaten"),
        (b"Caf\xe9 au lait", "nicht UTF-8"),
        ("Text\x01\x02\x03\x04\x05\x06\x07\x08", "Binärdaten"),
        (b"a" * (MAX_BYTES + 1), "zu groß"),
        ("ä" * (MAX_BYTES // 2 + 1), "zu groß"),
        (12345, "erwartet Text"),
    ],
    ids=["empty", "whitespace", "binary-nul", "latin1", "control-chars", "too-large-bytes", "too-large-str", "not-text"],
)
def test_bad_text_gets_a_clear_message(data, expected):
    with pytest.raises(ArticleError) as err:
        check_text(data, where="eingabe.txt")
    message = str(err.value)
    assert message.startswith("eingabe.txt: ")
    assert expected in message


def test_too_large_message_states_the_limit():
    with pytest.raises(ArticleError, match=r"höchstens 1\.000\.000 Bytes = 1 MB"):
        Article.from_text("x" * (MAX_BYTES + 10))


def test_html_is_kept_as_text_not_rejected():
    art = Article.from_text("<p>Er sagte: <script>alert(1)</script></p>")
    assert "<script>" in art.text  # escaping is the job of whoever renders it


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ArticleError, match="nicht gefunden"):
        Article.from_file(tmp_path / "fehlt.txt")
    with pytest.raises(ArticleError, match="ist ein Ordner"):
        Article.from_file(tmp_path)


def test_unknown_article_id_lists_the_known_ones():
    with pytest.raises(ArticleError) as err:
        Article.load("gibt-es-nicht")
    message = str(err.value)
    assert "Unbekannter Artikel 'gibt-es-nicht'" in message
    assert "belarus-2020" in message
    assert "belarus-2020" in known_articles()


def test_invalid_article_id_is_named():
    with pytest.raises(ArticleError, match=r"Ungültige Artikel-ID '\.\./etc'"):
        Article.load("../etc")


def test_structure_that_does_not_match_raw_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "data" / "articles" / "kaputt"
    folder.mkdir(parents=True)
    (tmp_path / "exercises").mkdir()
    (folder / "raw.txt").write_text("Titel Erster Absatz.", encoding="utf-8")
    (folder / "article.json").write_text(json.dumps({"headline": "Titel", "paragraphs": ["Anderer Absatz."]}),
                                         encoding="utf-8")
    monkeypatch.setenv("MEDIALIT_ROOT", str(tmp_path))
    with pytest.raises(ArticleError, match=r"Feld 'paragraphs\[0\]' \('Anderer Absatz\.'\)"):
        Article.load("kaputt")
    (folder / "article.json").write_text("{kein json", encoding="utf-8")
    with pytest.raises(ArticleError, match="kein gültiges JSON"):
        Article.load("kaputt")
