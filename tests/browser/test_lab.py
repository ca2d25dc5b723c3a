"""Issue 2: `make lab` starts JupyterLab, /lab answers, and the first lesson loads in Chromium."""

from __future__ import annotations

import secrets
import time
import urllib.request

import pytest

from .harness import REPO, artifact, chromium_page, free_port, jupyter_env, lab_args, run_server

pytestmark = pytest.mark.browser


def _wait_for_line(log, text: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while True:
        printed = log.read_text(encoding="utf-8", errors="replace")
        if text in printed or time.monotonic() > deadline:
            return printed
        time.sleep(0.2)


def test_make_lab_serves_the_first_lesson(tmp_path):
    """`make lab` (without re-installing) serves notebooks/ with the first lesson and prints the URL."""
    start = REPO / "notebooks" / "00_start.ipynb"
    assert start.is_file(), f"{start} fehlt: `make lab` öffnet diese Lektion"
    port, token = free_port(), secrets.token_hex(16)
    env = jupyter_env(tmp_path / "jupyter", tmp_path / "home")
    # -o: treat the install stamp as up to date, so the test runs the lab recipe itself, not `pip install`.
    cmd = ["make", "--no-print-directory", "-o", ".venv/.medialit-installed", "lab",
           "LAB_ARGS=" + " ".join(lab_args(port, token))]
    log = tmp_path / "make-lab.log"
    with run_server(cmd, cwd=REPO, env=env, port=port, token=token, log=log, ready_path="/api/status") as server:
        with urllib.request.urlopen(server.url("/lab"), timeout=10) as response:
            assert response.status == 200
            assert "JupyterLab" in response.read().decode("utf-8")
        printed = _wait_for_line(log, f"{server.base}/lab?token=")
        assert f"{server.base}/lab?token=" in printed, "make lab must print the URL to open"
        assert f"Serving notebooks from local directory: {REPO / 'notebooks'}" in printed
        lesson_url = server.url("/lab/tree/00_start.ipynb")  # where `make lab` sends the browser
        with chromium_page(name="make-lab") as browser:
            browser.page.goto(lesson_url)
            browser.page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
            tab = browser.page.locator("#jp-main-dock-panel .lm-TabBar-tab.lm-mod-current .lm-TabBar-tabLabel")
            assert tab.inner_text() == "00_start.ipynb"
            browser.page.screenshot(path=artifact("make-lab-00_start.png"))
            assert browser.errors == []
