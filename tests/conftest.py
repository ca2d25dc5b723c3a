"""Shared test set-up: every test gets its own progress store; under CI=true a skipped test fails the run."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    """Never touch the real ~/.medialit: each test writes to its own folder."""
    monkeypatch.setenv("MEDIALIT_HOME", str(tmp_path / "medialit-home"))
    monkeypatch.delenv("MEDIALIT_ARTICLE", raising=False)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = terminalreporter.stats.get("skipped", [])
    if IN_CI and skipped:
        terminalreporter.write_line(
            f"CI=true: {len(skipped)} test(s) skipped — in CI nothing may skip for a missing part; failing the run.",
            red=True,
        )


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if IN_CI and reporter is not None and reporter.stats.get("skipped"):
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
