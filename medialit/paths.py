"""Where the course's data lives: the checkout's folders, or the copy bundled into an installed wheel."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def project_root() -> Path:
    """The folder holding `data/` and `exercises/` (``MEDIALIT_ROOT`` overrides it)."""
    env = os.environ.get("MEDIALIT_ROOT")
    if env:
        return Path(env).resolve()
    checkout = _PACKAGE.parent
    if (checkout / "data" / "articles").is_dir() and (checkout / "exercises").is_dir():
        return checkout
    return _PACKAGE / "_bundled"


def data_dir() -> Path:
    return project_root() / "data"


def articles_dir() -> Path:
    return data_dir() / "articles"


def lexicons_dir() -> Path:
    return data_dir() / "lexicons"


def exercises_dir() -> Path:
    return project_root() / "exercises"


def medialit_home() -> Path:
    """Per-user folder for the progress store (``MEDIALIT_HOME`` overrides; default ``~/.medialit``)."""
    env = os.environ.get("MEDIALIT_HOME")
    return Path(env).expanduser() if env else Path.home() / ".medialit"
