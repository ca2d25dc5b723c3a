"""Issue 2: JupyterLab answers on /lab, started by hand and exactly the way `make lab` starts it."""

from __future__ import annotations

import urllib.request

import pytest

from .harness import chromium_page, lab_server

pytestmark = pytest.mark.browser


def test_lab_answers_and_loads_in_chromium(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    with lab_server(root, tmp_path / "jupyter", tmp_path / "home") as server:
        with urllib.request.urlopen(server.url("/lab"), timeout=10) as response:
            assert response.status == 200
            assert "JupyterLab" in response.read().decode("utf-8")
        with chromium_page() as browser:
            browser.page.goto(server.url("/lab"))
            browser.page.wait_for_selector(".jp-LabShell .jp-Launcher", timeout=60_000)
            assert browser.page.get_by_text("Python 3 (ipykernel)").first.is_visible()
            assert browser.errors == []

