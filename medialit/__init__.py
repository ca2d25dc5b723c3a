"""medialit — a media-literacy course in JupyterLab: take a German news article apart.

Notebook cells call the short helpers exported here; heavy modules load only when first used.
"""

from __future__ import annotations

__version__ = "0.1.0"

from medialit.article import Article  # noqa: E402
from medialit.errors import ArticleError, ExerciseError, MedialitError, StoreError, SubmissionError  # noqa: E402

__all__ = ["Article", "ArticleError", "ExerciseError", "MedialitError", "StoreError", "SubmissionError",
           "__version__"]
