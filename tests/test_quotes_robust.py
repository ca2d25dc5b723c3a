"""Texts cut off right after a frame word, found by `benchmarks/robustness.py`; sentences written for these tests."""

from __future__ import annotations

import pytest
from _quotes_support import quotes_of


@pytest.mark.parametrize("text", ["„Wir schaffen das“, so", "„Wir schaffen das.“ so", "„Wir schaffen das“, so\n"])
def test_a_text_ending_in_so_after_a_quotation_names_no_speaker(text):
    """„…“, so at the very end names nobody; before, the speaker range ran past the text and the engine crashed."""
    [q] = quotes_of(text)
    assert q.kind == "direct" and q.text.startswith("„Wir schaffen das")
    assert q.speaker is None


def test_so_with_a_name_still_names_the_speaker():
    [q] = quotes_of("„Wir schaffen das“, so die Ministerin.")
    assert q.speaker is not None and q.speaker.text == "die Ministerin"
