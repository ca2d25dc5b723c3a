"""Whole indirect quotations found or rightly left out (frames.py), on sentences written here."""

from __future__ import annotations

import pytest
from _quotes_support import of_kind


@pytest.mark.parametrize("text", [
    "Inzwischen wurde auch bekannt, dass der Bürgermeister zurückgetreten ist.",
    "Am Abend wurde dann schließlich bekannt, dass der Bürgermeister zurückgetreten ist.",
])
def test_bekannt_werden_with_adverbs_between_frames_the_dass_clause(text):
    found = of_kind(text, "indirect")
    assert [q.text for q in found] == ["dass der Bürgermeister zurückgetreten ist"]
    assert found[0].speaker is None
    assert "Redeverb: bekannt werden" in found[0].evidence


def test_wie_bekannt_wurde_is_an_impersonal_source_of_the_main_clause():
    found = of_kind("Wie gestern bekannt wurde, ist der Bürgermeister zurückgetreten.", "indirect")
    assert [q.text for q in found] == ["ist der Bürgermeister zurückgetreten"]
    assert "Quellenangabe im wie-Satz" in found[0].evidence


def test_wie_bekannt_without_werden_is_no_source():
    assert of_kind("Wie bekannt, ist der Bürgermeister zurückgetreten.", "indirect") == []
