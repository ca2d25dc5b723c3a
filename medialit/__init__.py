"""medialit — a media-literacy course in JupyterLab: take a German news article apart.

Notebook cells call the short helpers exported here (``ml.show("id")``, ``ml.article_view()``);
heavy modules (spaCy, ipywidgets, plotly) load only when first used.
"""


from importlib import import_module
from typing import Any

from medialit.article import Article
from medialit.errors import ArticleError, ExerciseError, MedialitError, StoreError, SubmissionError

__version__ = "0.1.0"

# name -> (module, attribute); attribute None means the module itself.
_LAZY: dict[str, tuple[str, str | None]] = {
    "analyze": ("medialit.analysis", "analyze"),
    "show": ("medialit.widgets", "show"),
    "article_view": ("medialit.widgets", "article_view"),
    "progress": ("medialit.widgets", "progress_overview"),
    "export_answers": ("medialit.widgets", "export_widget"),
    "import_answers": ("medialit.widgets", "import_widget"),
    "choose_article": ("medialit.course", "choose_article"),
    "charts": ("medialit.charts", None),
    "course": ("medialit.course", None),
    "lessons": ("medialit.lessons", None),
}

__all__ = ["Article", "ArticleError", "ExerciseError", "MedialitError", "StoreError", "SubmissionError",
           "__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'medialit' has no attribute {name!r}") from None
    module = import_module(module_name)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value
