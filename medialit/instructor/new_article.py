"""Add an instructor's own article: raw text byte-for-byte, structure, engine-drafted annotations; validate it.

``create_article`` writes ``data/articles/<id>/`` (``raw.txt``, ``article.json``, ``annotations.json`` with
``draft: true``); ``validate_article`` checks that every offset in the annotations points at its text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from medialit.article import _ID_RE, Article, check_text, from_structure, read_file_bytes
from medialit.errors import ArticleError, MedialitError
from medialit.paths import articles_dir

_SHORT = 200
_BYLINE_RE = re.compile(r"^(?:Von|Ein Kommentar von|Ein Bericht von|Autor(?:in)?:)\s+\S", re.I)


@dataclass
class Validation:
    """The result of ``validate_article``: errors make the article unusable, notes are reminders."""

    article_id: str
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# --- structure --------------------------------------------------------------------------------------------
def _blocks(text: str) -> list[str]:
    """Blocks separated by blank lines, each stripped at its ends (an exact substring of ``text``)."""
    return [m.group() for m in re.finditer(r"\S(?:.*?\S)?(?=[ \t\r\f\v]*\n[ \t\r\f\v]*\n|\s*$)", text, flags=re.S)]


def _is_title_like(block: str) -> bool:
    return "\n" not in block.strip() and len(block) <= _SHORT and not block.rstrip().endswith((".", ":", ";"))


def structure(text: str) -> dict[str, Any]:
    """Guess headline, subheadline, byline and paragraphs from blank-line-separated blocks.

    A short single line without a final full stop at the top is the headline, a second one the subheadline; a
    short line starting with „Von …“ is the byline; every other block is a paragraph.
    """
    blocks = _blocks(text)
    out: dict[str, Any] = {}
    i = 0
    if len(blocks) > 1 and _is_title_like(blocks[0]):
        out["headline"] = blocks[0]
        i = 1
        if len(blocks) > i + 1 and _is_title_like(blocks[i]) and not _BYLINE_RE.match(blocks[i]):
            out["subheadline"] = blocks[i]
            i += 1
    if len(blocks) > i + 1 and len(blocks[i]) <= 80 and "\n" not in blocks[i] and _BYLINE_RE.match(blocks[i]):
        out["byline"] = blocks[i]
        i += 1
    out["paragraphs"] = blocks[i:]
    return out


# --- annotations drafted by the engine --------------------------------------------------------------------
def _mention(m: Any, *, speaker: bool = False) -> dict[str, Any] | None:
    """A speaker/cue/relay in the annotations format (required fields filled even when the engine left them empty)."""
    if m is None:
        return None
    out: dict[str, Any] = {"text": m.text, "spans": [list(s) for s in m.spans]}
    if speaker:
        out["name"] = getattr(m, "name", "") or m.text
        out["kind"] = getattr(m, "kind", "") or "person"
    else:
        out["lemma"] = getattr(m, "lemma", "") or m.text
    return out


def draft_annotations(article: Article) -> dict[str, Any]:
    """Run the engine on ``article`` and write its findings in the annotations format, marked as a draft."""
    from medialit.analysis import analyze

    result = analyze(article, published=article.published)
    text = article.text
    quotes = []
    for i, q in enumerate(result.quotes, 1):
        reasons = "; ".join(q.evidence) if q.evidence else "keine Begründung gefunden"
        quotes.append({
            "id": f"q{i}", "kind": q.kind, "text": q.text, "spans": [list(s) for s in q.spans],
            "speaker": _mention(q.speaker, speaker=True), "cue": _mention(q.cue),
            "relay": _mention(q.relay, speaker=True),
            "explanation": f"Entwurf der Maschine — bitte prüfen. Gründe: {reasons}.",
        })
    sources = []
    for s in result.sources:
        sources.append({
            "name": s.name, "kind": s.kind, "role": s.role, "named": s.named, "second_hand": s.second_hand,
            "side": s.affiliation,
            "mentions": [{"text": text[a:b], "spans": [[a, b]]} for a, b in s.mentions if 0 <= a < b <= len(text)],
        })
    verbs = [{"text": v.text, "spans": [[v.start, v.end]], "lemma": v.lemma, "connotation": v.connotation}
             for v in result.verbs]
    dates = [{"text": d.text, "spans": [[d.start, d.end]], "date": d.date} for d in result.dates]
    return {"article": article.id, "draft": True,
            "note": "Von `medialit new-article` automatisch erstellt: bitte prüfen, korrigieren und dann "
                    "\"draft\": false setzen.",
            "quotes": quotes, "sources": sources, "missing_voices": [], "verbs": verbs, "dates": dates}


# --- create -----------------------------------------------------------------------------------------------
def _check_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise ArticleError(f"Datum {value!r} ist ungültig — bitte als JJJJ-MM-TT angeben, z. B. 2024-03-14 "
                           "(invalid date, expected YYYY-MM-DD).") from None


def create_article(file: str | Path, *, article_id: str, title: str, date: str, outlet: str | None = None,
                   url: str | None = None, force: bool = False, annotate: bool = True) -> Path:
    """Create ``data/articles/<article_id>/`` from a UTF-8 text file and return the folder."""
    file = Path(file)
    if not isinstance(article_id, str) or not _ID_RE.match(article_id):
        raise ArticleError(f"Ungültige Artikel-ID {article_id!r}: erlaubt sind Kleinbuchstaben, Ziffern, - und _ "
                           "(höchstens 64 Zeichen) (invalid article id).")
    if not title or not title.strip():
        raise ArticleError("Der Titel (--title) darf nicht leer sein (title must not be empty).")
    published = _check_date(date)
    raw = read_file_bytes(file)
    text = check_text(raw, where=str(file))
    folder = articles_dir() / article_id
    if folder.exists() and not force:
        raise ArticleError(f"{folder}: Den Artikel {article_id!r} gibt es schon — anderen --id wählen oder "
                           "--force zum Überschreiben (article exists).")
    meta: dict[str, Any] = {"id": article_id, "language": "de", "title": title.strip(), **structure(text),
                            "published": published}
    if outlet or url:
        meta["outlet"] = {"name": outlet, "url": url}
    if url:
        meta["url"] = url
    meta["raw_file"] = "raw.txt"
    meta["added_by"] = "medialit new-article"
    if not meta["paragraphs"]:
        raise ArticleError(f"{file}: Nach Überschrift und Autorenzeile bleibt kein Absatz übrig (no paragraphs).")
    article = from_structure(article_id, text, meta, where=str(file))
    if not article.sentences:
        raise ArticleError(f"{file}: Kein Satz gefunden (no sentences).")
    annotations = draft_annotations(article) if annotate else None
    tmp = folder.with_name(f".{article_id}.tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    try:
        (tmp / "raw.txt").write_bytes(raw)
        (tmp / "article.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if annotations is not None:
            (tmp / "annotations.json").write_text(json.dumps(annotations, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        tmp.rename(folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    _forget_cached(article_id)
    return folder


def _forget_cached(article_id: str) -> None:
    """Drop the in-process cache so the new article is read from disk."""
    from medialit import article as article_module

    article_module._load_cached.cache_clear()


# --- validate ---------------------------------------------------------------------------------------------
def validate_article(article_id: str) -> Validation:
    """Load the article and its annotations and check them; also try to build every generated exercise."""
    from medialit.annotations import validate

    v = Validation(article_id)
    try:
        _forget_cached(article_id)
        article = Article.load(article_id)
    except ArticleError as exc:
        v.errors.append(str(exc))
        return v
    path = articles_dir() / article_id / "annotations.json"
    if not path.is_file():
        v.errors.append(f"{path}: fehlt (annotations missing) — `medialit new-article` legt einen Entwurf an.")
        return v
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        v.errors.append(f"{path}: ist kein gültiges JSON ({exc}).")
        return v
    try:
        key = validate(data, article.text, where=str(path))
    except ArticleError as exc:
        v.errors.append(str(exc))
        return v
    if key.article != article_id:
        v.errors.append(f"{path}: Feld 'article' ist {key.article!r}, erwartet {article_id!r}.")
    if not article.sentences:
        v.errors.append(f"{article_id}: Der Text hat keinen Satz (no sentences).")
    if key.draft:
        v.notes.append(f"{path}: ist ein Entwurf der Maschine (draft: true) — bitte Zitate, Sprecher und Quellen "
                       "prüfen und danach \"draft\": false setzen.")
    if not key.quotes:
        v.notes.append(f"{path}: enthält keine Zitate — die Übungen zu Zitaten können nicht erzeugt werden.")
    if v.ok:
        from medialit.exercises.generated import GENERATED_IDS, generate

        for ex_id in GENERATED_IDS:
            try:
                generate(ex_id, article_id)
            except MedialitError as exc:
                v.notes.append(f"Übung {ex_id}@{article_id} kann nicht erzeugt werden: {exc}")
    return v
