"""The article model: raw text byte-for-byte, its parts (headline, paragraphs, sentences) with offsets, metadata.

Load the lesson article with ``Article.load("belarus-2020")`` or any German text with ``Article.from_text``.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from medialit.errors import ArticleError
from medialit.paths import articles_dir

MAX_BYTES = 1_000_000
"""Largest text accepted (1 MB of UTF-8): about 150,000 words, far more than any news article."""

LESSON_ARTICLE = "belarus-2020"


def current_article_id() -> str:
    """The article the course works on: ``MEDIALIT_ARTICLE`` if set, else the lesson article."""
    return os.environ.get("MEDIALIT_ARTICLE", "").strip() or LESSON_ARTICLE

_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
# Control characters other than tab, newline, carriage return, form feed: a sign of binary data.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Sentence ends: ., ! or ? (optionally followed by a closing quotation mark), then space and an upper-case
# letter, digit or opening quotation mark. Abbreviations and ordinals are protected below.
_SENT_END_RE = re.compile(r"[.!?][\"“”»«‘’']?(?=\s+[\"„“»«‚'A-ZÄÖÜ0-9])")
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b\d{1,2}|\b(?:z\.B|d\.h|u\.a|bzw|ca|Nr|Dr|Prof|St|vgl|ggf|usw|etc|Mio|Mrd|Abs|Art|Jh|bzw|inkl|evtl|"
    r"sog|Hr|Fr|Min|Std|Tel|Mrz|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|[A-ZÄÖÜ]))$"
)


@dataclass(frozen=True)
class Part:
    """A piece of the article with its character offsets into ``Article.text`` (``text[start:end]``)."""

    kind: str  # headline | subheadline | byline | paragraph | sentence
    start: int
    end: int
    text: str
    index: int = 0


@dataclass
class Article:
    """One news text with its structure and metadata; every offset points into ``text``."""

    id: str
    text: str
    parts: list[Part]
    meta: dict[str, Any] = field(default_factory=dict)

    # --- construction -------------------------------------------------------------------------------
    @classmethod
    def load(cls, article_id: str = LESSON_ARTICLE) -> Article:
        """Load an article from ``data/articles/<id>/`` (cached per process)."""
        return _load_cached(str(articles_dir()), article_id)

    @classmethod
    def from_text(cls, text: str | bytes, *, article_id: str = "text", meta: dict[str, Any] | None = None) -> Article:
        """Any German text: paragraphs are split at blank lines, sentences by punctuation."""
        text = check_text(text, where=article_id)
        parts: list[Part] = []
        for i, (start, end) in enumerate(_paragraph_bounds(text)):
            parts.append(Part("paragraph", start, end, text[start:end], i))
        return cls(article_id, text, parts, dict(meta or {}))

    @classmethod
    def from_file(cls, path: str | Path) -> Article:
        """Read a UTF-8 text file; errors name the file."""
        path = Path(path)
        return cls.from_text(read_file_bytes(path), article_id=path.stem, meta={"file": str(path)})

    # --- views --------------------------------------------------------------------------------------
    def _of_kind(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]

    @property
    def paragraphs(self) -> list[Part]:
        return self._of_kind("paragraph")

    @property
    def headline(self) -> Part | None:
        found = self._of_kind("headline")
        return found[0] if found else None

    @property
    def subheadline(self) -> Part | None:
        found = self._of_kind("subheadline")
        return found[0] if found else None

    @property
    def byline(self) -> Part | None:
        found = self._of_kind("byline")
        return found[0] if found else None

    @property
    def body_start(self) -> int:
        """Offset where the body (first paragraph) starts."""
        paras = self.paragraphs
        return paras[0].start if paras else 0

    @property
    def sentences(self) -> list[Part]:
        """Body sentences (headline, subheadline and byline are parts of their own)."""
        out: list[Part] = []
        for para in self.paragraphs:
            for start, end in split_sentences(self.text, para.start, para.end):
                out.append(Part("sentence", start, end, self.text[start:end], len(out)))
        return out

    @property
    def title(self) -> str:
        return self.meta.get("title") or (self.headline.text if self.headline else self.id)

    @property
    def published(self) -> str | None:
        """Publication date (ISO ``YYYY-MM-DD``) used to resolve relative dates like „am Samstag“."""
        return self.meta.get("published")


# --- validation ----------------------------------------------------------------------------------------
def check_text(text: str | bytes, *, where: str = "text") -> str:
    """Return ``text`` as ``str`` or raise ``ArticleError`` naming the problem (empty, binary, too large)."""
    if isinstance(text, bytes):
        if len(text) > MAX_BYTES:
            raise ArticleError(_too_large(where, len(text)))
        if b"\x00" in text:
            raise ArticleError(f"{where}: enthält Binärdaten (NUL-Bytes) — bitte eine Textdatei angeben "
                               "(binary data, not text).")
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{where}: ist nicht UTF-8-kodiert (Byte {exc.start}: "
                               f"{text[exc.start:exc.start + 1]!r}); bitte als UTF-8 speichern "
                               "(not valid UTF-8).") from None
    if not isinstance(text, str):
        raise ArticleError(f"{where}: erwartet Text, bekam {type(text).__name__} (expected text).")
    text = text.removeprefix("\ufeff")
    size = len(text.encode("utf-8"))
    if size > MAX_BYTES:
        raise ArticleError(_too_large(where, size))
    if not text.strip():
        raise ArticleError(f"{where}: ist leer — es gibt keinen Text zu analysieren (empty text).")
    controls = len(_CONTROL_RE.findall(text))
    if "\x00" in text or controls > max(2, len(text) // 100):
        raise ArticleError(f"{where}: enthält Binärdaten ({controls} Steuerzeichen) — bitte eine Textdatei "
                           "angeben (binary data, not text).")
    return text


def read_file_bytes(path: str | Path) -> bytes:
    """The bytes of a file; errors name the file and say why it cannot be read."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: Datei nicht gefunden (file not found).") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: ist ein Ordner, keine Textdatei (is a directory).") from None
    except OSError as exc:
        raise ArticleError(f"{path}: kann nicht gelesen werden ({exc.strerror}).") from None


def _too_large(where: str, size: int) -> str:
    return (f"{where}: ist zu groß ({size:,} Bytes; höchstens {MAX_BYTES:,} Bytes = 1 MB) "
            f"(text too large).").replace(",", ".")


def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    bounds = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, flags=re.S):
        bounds.append((m.start(), m.end()))
    return bounds


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence bounds inside ``text[start:end]``: a simple rule splitter used for the article's structure.

    The NLP pipeline (``medialit.nlp``) has its own, richer splitter; this one needs no model and keeps the
    article model free of NLP dependencies.
    """
    end = len(text) if end is None else end
    out = []
    cur = start
    while cur < end and text[cur].isspace():
        cur += 1
    for m in _SENT_END_RE.finditer(text, start, end):
        if m.group()[0] == "." and _NO_BREAK_BEFORE.search(text, cur, m.start()):
            continue
        stop = m.end()
        if stop > cur:
            out.append((cur, stop))
        cur = stop
        while cur < end and text[cur].isspace():
            cur += 1
    tail_end = end
    while tail_end > cur and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > cur:
        out.append((cur, tail_end))
    return out


# --- loading stored articles ---------------------------------------------------------------------------
def known_articles() -> list[str]:
    root = articles_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "article.json").is_file())


@cache
def _load_cached(root: str, article_id: str) -> Article:
    """Load once per (data folder, id): the lessons read the same article many times."""
    if not isinstance(article_id, str) or not _ID_RE.match(article_id):
        raise ArticleError(f"Ungültige Artikel-ID {article_id!r}: erlaubt sind Kleinbuchstaben, Ziffern, - und _ "
                           f"(invalid article id). Bekannte Artikel: {', '.join(known_articles()) or '—'}.")
    folder = Path(root) / article_id
    meta_path = folder / "article.json"
    if not meta_path.is_file():
        raise ArticleError(f"Unbekannter Artikel {article_id!r} (unknown article id). Bekannte Artikel: "
                           f"{', '.join(known_articles()) or '—'}.")
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ArticleError(f"{meta_path}: ist kein gültiges JSON ({exc}).") from None
    raw_path = folder / meta.get("raw_file", "raw.txt")
    try:
        raw = check_text(raw_path.read_bytes(), where=str(raw_path))
    except FileNotFoundError:
        raise ArticleError(f"{raw_path}: fehlt (missing raw text).") from None
    return from_structure(article_id, raw, meta, where=str(meta_path))


def from_structure(article_id: str, raw: str, meta: dict[str, Any], *, where: str) -> Article:
    """Locate headline, subheadline, byline and paragraphs of ``meta`` in ``raw`` in order; error if absent."""
    parts: list[Part] = []
    cur = 0
    pieces: list[tuple[str, str, int]] = []
    for kind in ("headline", "subheadline", "byline"):
        if meta.get(kind):
            pieces.append((kind, meta[kind], 0))
    paragraphs = meta.get("paragraphs")
    if not isinstance(paragraphs, list) or not paragraphs or not all(isinstance(p, str) for p in paragraphs):
        raise ArticleError(f"{where}: Feld 'paragraphs' muss eine nicht-leere Liste von Texten sein.")
    pieces += [("paragraph", p, i) for i, p in enumerate(paragraphs)]
    for kind, piece, index in pieces:
        pos = raw.find(piece, cur)
        if pos < 0 or raw[cur:pos].strip():
            label = f"paragraphs[{index}]" if kind == "paragraph" else kind
            raise ArticleError(f"{where}: Feld '{label}' ({piece[:40]!r}) steht nicht an dieser Stelle im "
                               "Rohtext (field does not match raw text).")
        parts.append(Part(kind, pos, pos + len(piece), piece, index))
        cur = pos + len(piece)
    if raw[cur:].strip():
        raise ArticleError(f"{where}: Der Rohtext hat nach dem letzten Absatz noch Text: {raw[cur:cur + 40]!r}.")
    info = {k: v for k, v in meta.items() if k not in ("paragraphs",)}
    return Article(article_id, raw, parts, info)
