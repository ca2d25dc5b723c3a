"""Errors with messages meant for people: each names what is wrong and where."""

from __future__ import annotations


class MedialitError(Exception):
    """Base class: the message is shown to learners and instructors as it is."""


class ArticleError(MedialitError):
    """An article cannot be loaded or read (empty, binary, too large, unknown id, broken metadata)."""


class ExerciseError(MedialitError):
    """An exercise file or exercise is invalid; the message names file, exercise id and field."""


class StoreError(MedialitError):
    """The progress store cannot be read or written."""


class SubmissionError(MedialitError):
    """A learner's exported answer file is malformed, tampered with or belongs elsewhere."""
