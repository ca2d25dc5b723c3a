"""Packaging and repository hygiene: Binder and pyproject agree, notebooks are stored clean, data is bundled."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _normalise(req: str) -> str:
    name, _, spec = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", req).group(0, 1, 2)
    parts = sorted(p.strip() for p in spec.split(",") if p.strip())
    return re.sub(r"[-_.]+", "-", _.lower()) + ",".join(parts)


def test_binder_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    assert sorted(map(_normalise, pip_section)) == sorted(map(_normalise, project["dependencies"]))
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python"))
    assert python == "python=3.11"
    assert project["requires-python"] == ">=3.11"


def test_every_dependency_is_bounded():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for req in project["dependencies"] + project["optional-dependencies"]["test"]:
        assert ">=" in req and "<" in req.split(">=", 1)[1], f"unbounded dependency: {req}"
        assert "de-core-news" not in req.lower() and "de_core_news" not in req.lower()


def test_postbuild_installs_the_package_without_deps():
    text = (ROOT / "postBuild").read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash")
    assert "set -e" in text
    assert "pip install --no-deps ." in text


def _notebooks():
    return sorted(p for folder in ("notebooks", "instructor", "tests") for p in (ROOT / folder).rglob("*.ipynb")
                  if ".ipynb_checkpoints" not in p.parts)


def test_notebooks_are_stored_without_outputs():
    notebooks = _notebooks()
    assert notebooks, "no notebooks found"
    dirty = []
    for path in notebooks:
        nb = json.loads(path.read_text(encoding="utf-8"))
        for i, cell in enumerate(nb["cells"]):
            if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
                dirty.append(f"{path.relative_to(ROOT)} cell {i}")
    assert not dirty, "notebooks stored with outputs (run nbstripout): " + ", ".join(dirty)


def test_console_script_is_declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["medialit"] == "medialit.cli:main"
    out = subprocess.run([sys.executable, "-m", "medialit", "--help"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Medienkompetenz" in out.stdout


@pytest.mark.slow
def test_wheel_bundles_data_and_exercises(tmp_path):
    """`pip install --no-deps .` (Binder) must find the article and the bank outside the checkout."""
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                          "-w", str(tmp_path), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    wheel = next(tmp_path.glob("medialit-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "medialit/_bundled/data/articles/belarus-2020/raw.txt" in names
    assert "medialit/_bundled/data/articles/belarus-2020/article.json" in names
    assert any(n.startswith("medialit/_bundled/exercises/") and n.endswith(".yml") for n in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import medialit; from medialit.article import Article; a = Article.load('belarus-2020'); "
            "print(a.headline.text); print(medialit.paths.project_root())")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Spannungen schwelen" in run.stdout
    assert "_bundled" in run.stdout
