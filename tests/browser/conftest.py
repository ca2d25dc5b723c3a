"""Browser-test set-up: every test here is marked ``browser`` and needs Chromium (CI=true: missing = failure)."""

from __future__ import annotations

import pytest

from .harness import require_chromium


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in item.nodeid.replace("\\", "/") and item.get_closest_marker("browser") is None:
            raise pytest.UsageError(f"{item.nodeid}: every browser test must be marked @pytest.mark.browser")


@pytest.fixture(autouse=True)
def _chromium():
    """Check for Chromium before any server starts: skip locally, fail under CI=true."""
    require_chromium()
