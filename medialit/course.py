"""Small helpers the lesson notebooks call: which article a lesson reads, navigation between lessons, and
showing an article-specific exercise only when the lesson runs on the article it was written for.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass

from medialit.article import LESSON_ARTICLE
from medialit.errors import MedialitError

"""The article the course is written around; its hand-made exercises refer to it."""

GLOSSARY = "Glossar.ipynb"


@dataclass(frozen=True)
class Lesson:
    number: int
    notebook: str
    title: str
    minutes: int


LESSONS: tuple[Lesson, ...] = (
    Lesson(0, "00_start.ipynb", "Start: So funktioniert der Kurs", 15),
    Lesson(1, "01_aufbau.ipynb", "Aufbau einer Nachricht", 30),
    Lesson(2, "02_quellen.ipynb", "Wer spricht? Quellen im Text", 30),
    Lesson(3, "03_zitate.ipynb", "Zitate und Redewiedergabe", 40),
    Lesson(4, "04_framing.ipynb", "Framing: Wie der Text die Lage deutet", 40),
    Lesson(5, "05_belege.ipynb", "Behauptungen und Belege", 45),
    Lesson(6, "06_transfer.ipynb", "Transfer: ein anderer Text", 40),
)


def lesson(number: int) -> Lesson:
    """The lesson with this number; a German error names the valid numbers."""
    for item in LESSONS:
        if item.number == number:
            return item
    raise MedialitError(f"Lektion {number!r} gibt es nicht (es gibt die Lektionen 0 bis {len(LESSONS) - 1}).")


# ------------------------------------------------------------------------------------------ the article


def choose_article(default: str = LESSON_ARTICLE) -> str:
    """The article id a lesson works on: ``MEDIALIT_ARTICLE`` if set and loadable, otherwise ``default``.

    An unknown id in the variable never stops the lesson: a German note is shown and ``default`` is used.
    """
    wanted = os.environ.get("MEDIALIT_ARTICLE", "").strip()
    if not wanted or wanted == default:
        return default
    from medialit.article import Article

    try:
        Article.load(wanted)
    except MedialitError as exc:
        _note(f"Der Artikel aus MEDIALIT_ARTICLE ({wanted!r}) kann nicht geladen werden: {exc} "
              f"Die Lektion verwendet deshalb den Kursartikel {default!r}.", kind="warning")
        return default
    return wanted


def article_id(article) -> str:
    """The id of an article given as id or ``Article``."""
    return str(getattr(article, "id", article) or LESSON_ARTICLE)


def is_lesson_article(article) -> bool:
    return article_id(article) == LESSON_ARTICLE


def article_title(article) -> str:
    """The headline of the article (or its id when it cannot be loaded)."""
    from medialit.article import Article

    try:
        return Article.load(article_id(article)).title
    except MedialitError:
        return article_id(article)


def show_if_lesson_article(exercise_id: str, article) -> None:
    """Show ``exercise_id`` when the lesson runs on the course article; otherwise say why it is left out."""
    if is_lesson_article(article):
        show(exercise_id)
    else:
        _note(f"Diese Übung gehört zum Kursartikel „{article_title(LESSON_ARTICLE)}“. Du arbeitest gerade mit "
              f"„{article_title(article)}“ – deshalb fällt sie hier weg. Mach einfach mit der nächsten Zelle weiter.")


def show_for_article(exercise_id: str, generic_id: str, article) -> None:
    """The hand-made ``exercise_id`` for the course article, else the generated ``generic_id`` for ``article``."""
    if is_lesson_article(article):
        show(exercise_id)
    else:
        show(generic_id, article=article_id(article))


def show_if_other_article(generic_id: str, article) -> None:
    """A generated exercise for ``article`` when it is not the course article (lesson 6: your teacher's text)."""
    if is_lesson_article(article):
        _note("Hier erscheinen Übungen zu einem eigenen Artikel, wenn deine Lehrkraft einen vorbereitet hat "
              "(Umgebungsvariable MEDIALIT_ARTICLE). Den Kursartikel kennst du schon – mach einfach weiter.")
    else:
        show(generic_id, article=article_id(article))


def show(exercise_id: str, article=None) -> None:
    """``medialit.show`` with a German message instead of a traceback when the exercise cannot be shown."""
    from IPython.display import display

    import medialit

    try:
        display(medialit.show(exercise_id, article=article))
    except MedialitError as exc:
        _note(f"Die Übung {exercise_id!r} kann nicht angezeigt werden: {exc}", kind="warning")


# ----------------------------------------------------------------------------------------- navigation


def _link(target: str, text: str) -> str:
    return f'<a href="{html.escape(target, quote=True)}">{html.escape(text)}</a>'


def header(number: int) -> None:
    """A small bar on top of a lesson: where you are, time needed, links back, forward and to the Glossar."""
    item = lesson(number)
    parts = [f"<strong>Lektion {item.number} von {len(LESSONS) - 1}</strong>" if item.number else
             "<strong>Start</strong>", html.escape(item.title), f"etwa {item.minutes} Minuten"]
    links = []
    if item.number > 0:
        prev = lesson(item.number - 1)
        links.append(_link(prev.notebook, f"← {prev.title}"))
    links.append(_link(GLOSSARY, "Glossar"))
    if item.number < len(LESSONS) - 1:
        nxt = lesson(item.number + 1)
        links.append(_link(nxt.notebook, f"{nxt.title} →"))
    _display_html(_bar(" · ".join(parts), " | ".join(links)))


def footer(number: int) -> None:
    """The end of a lesson: your progress in it and the link to the next lesson and the Glossar."""
    item = lesson(number)
    progress = lesson_progress(number)
    if item.number < len(LESSONS) - 1:
        nxt = lesson(item.number + 1)
        forward = "Weiter geht es mit " + _link(nxt.notebook, f"Lektion {nxt.number}: {nxt.title} →")
    else:
        forward = "Das war die letzte Lektion. " + _link(LESSONS[0].notebook, "Zurück zum Start")
    _display_html(_bar(html.escape(progress), forward + " | " + _link(GLOSSARY, "Glossar")))


def lesson_progress(number: int) -> str:
    """„Du hast 3 von 7 Übungen dieser Lektion bearbeitet.“ (bank exercises of the lesson, latest answers)."""
    try:
        from medialit.exercises import bank
        from medialit.store import default_store

        exercises = bank().by_lesson(number)
        latest = default_store().all_latest()
    except MedialitError as exc:
        return f"Der Fortschritt kann gerade nicht gelesen werden ({exc})."
    done = sum(1 for ex in exercises if ex.store_key in latest)
    return f"Du hast {done} von {len(exercises)} Übungen dieser Lektion bearbeitet."


def glossary_link() -> None:
    _display_html(_bar("Unbekannter Begriff?", _link(GLOSSARY, "Im Glossar nachschlagen →")))


# ------------------------------------------------------------------------------------------- display


def _bar(left: str, right: str) -> str:
    return ('<div class="medialit-nav" style="display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5em;'
            'padding:.4em .8em;border:1px solid #0072B2;border-radius:6px;background:#f3f8fc;color:#222">'
            f"<span>{left}</span><span>{right}</span></div>")


def _note_html(message: str, kind: str = "info") -> str:
    """A German note as HTML: blue „ℹ“ for information, orange „⚠“ for a problem (icon, not colour alone)."""
    colour = {"info": "#0072B2", "warning": "#D55E00"}.get(kind, "#0072B2")
    icon = "ℹ" if kind == "info" else "⚠"
    return (f'<div class="medialit-note" role="note" style="border-left:4px solid {colour};'
            f'padding:.4em .8em;background:#fafafa;color:#222">{icon} {html.escape(message)}</div>')


def _note(message: str, kind: str = "info") -> None:
    _display_html(_note_html(message, kind))


def _display_html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


__all__ = ["GLOSSARY", "LESSONS", "LESSON_ARTICLE", "Lesson", "article_id", "article_title", "choose_article",
           "footer", "glossary_link", "header", "is_lesson_article", "lesson", "lesson_progress", "show",
           "show_for_article", "show_if_lesson_article", "show_if_other_article"]
