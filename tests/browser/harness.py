"""Start JupyterLab or Voila on 127.0.0.1 and drive Debian's headless Chromium through Playwright.

Servers run with a free port, a random token and fresh Jupyter config/settings/runtime folders in a temp
root; they and the browser are stopped by PID (with every process they started) whatever happens.
See ../shared/briefs/browser-testing.md for the flags and races this follows.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CHROMIUM = Path(os.environ.get("MEDIALIT_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = REPO / "test-artifacts"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

BROWSER_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-dev-shm-usage",
    # Without this Chromium looks up Google services even in tests; 127.0.0.1 must stay reachable.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

# Lab settings: no news pop-up over the page, every cell kept in the DOM, no restart confirmation dialog,
# and no autosave (a test never writes into a notebook, not even into its temp copy).
LAB_SETTINGS = {
    "@jupyterlab/docmanager-extension/plugin.jupyterlab-settings": {"autosave": False},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false",
                                                                        "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/sessionDialogs.jupyterlab-settings": {"skipKernelRestartDialog": True},
}


def require_chromium() -> str:
    """Path of Chromium; without it the test skips locally but FAILS under CI=true (CI must run it)."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return str(CHROMIUM)
    message = (f"Chromium not found at {CHROMIUM}: the browser tests need Debian's chromium "
               "(`apt-get install chromium`; .ci/run installs it).")
    if IN_CI:
        pytest.fail("CI=true: " + message, pytrace=False)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def jupyter_env(base: Path, medialit_home: Path) -> dict[str, str]:
    """Environment for a server: fresh Jupyter folders under ``base``, the progress store in ``medialit_home``."""
    env = dict(os.environ)
    folders = {
        "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data", "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "lab-settings", "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
    }
    for var, name in folders.items():
        path = base / name
        path.mkdir(parents=True, exist_ok=True)
        env[var] = str(path)
    for rel, settings in LAB_SETTINGS.items():
        target = base / "lab-settings" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(settings), encoding="utf-8")
    medialit_home.mkdir(parents=True, exist_ok=True)
    env["MEDIALIT_HOME"] = str(medialit_home)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONUNBUFFERED"] = "1"
    for var in ("MEDIALIT_ARTICLE", "PLOTLY_RENDERER", "JUPYTER_TOKEN"):
        env.pop(var, None)
    return env


def lab_args(port: int, token: str) -> list[str]:
    """The server options every Lab start here gets (the token flag `--token` is ignored by current Lab)."""
    args = [f"--ServerApp.port={port}", "--ServerApp.ip=127.0.0.1", f"--IdentityProvider.token={token}",
            "--no-browser", "--ServerApp.port_retries=0", "--LabApp.expose_app_in_browser=True"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    return args


@dataclass
class Server:
    """A running server process: its base URL, token and log file."""

    proc: subprocess.Popen
    port: int
    token: str
    log: Path
    children: set[int] = field(default_factory=set)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"{self.base}{path}{sep}token={self.token}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


@contextlib.contextmanager
def run_server(cmd: list[str], *, cwd: Path, env: dict[str, str], port: int, token: str, log: Path,
               ready_path: str | None, timeout: float = 90) -> Iterator[Server]:
    """Start ``cmd`` in its own session, wait until it answers, yield it, and stop it (and its kernels) by PID."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    server = Server(proc, port, token, log)
    try:
        _wait_ready(server, ready_path, timeout)
        yield server
    except BaseException:
        print(f"--- last lines of {log.name} ---\n{server.log_tail(60)}")  # pytest shows it with the failure
        raise
    finally:
        stop_process(proc.pid)


def _wait_ready(server: Server, ready_path: str | None, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"server exited with {server.proc.returncode}:\n{server.log_tail()}")
        try:
            if ready_path is None:
                with socket.create_connection(("127.0.0.1", server.port), timeout=1):
                    return
            else:
                with urllib.request.urlopen(server.url(ready_path), timeout=2) as response:
                    if response.status == 200:
                        return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.25)
    raise TimeoutError(f"server not ready after {timeout:.0f} s:\n{server.log_tail()}")


def descendants(pid: int) -> list[int]:
    """PIDs of every process below ``pid`` (read from /proc), children first."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found: list[int] = []
    todo = [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def stop_process(pid: int, grace: float = 10) -> None:
    """Terminate ``pid`` and its process group, kill after ``grace`` seconds, then kill any leftover children."""
    below = descendants(pid)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGTERM)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, 0)
    for child in below:  # kernels run in their own sessions: stop them by PID too
        with contextlib.suppress(ProcessLookupError):
            os.kill(child, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        waited, _ = os.waitpid(pid, os.WNOHANG)
        if waited == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@contextlib.contextmanager
def lab_server(root: Path, base: Path, medialit_home: Path, extra_env: dict[str, str] | None = None
               ) -> Iterator[Server]:
    """JupyterLab serving ``root`` (a temp folder holding copies of the notebooks)."""
    port, token = free_port(), secrets.token_hex(16)
    env = jupyter_env(base, medialit_home) | (extra_env or {})
    cmd = [str(BIN / "jupyter"), "lab", f"--ServerApp.root_dir={root}", *lab_args(port, token)]
    with run_server(cmd, cwd=root, env=env, port=port, token=token, log=base / "lab.log",
                    ready_path="/api/status") as server:
        yield server


@contextlib.contextmanager
def voila_server(notebook: Path, base: Path, medialit_home: Path) -> Iterator[Server]:
    """Voila rendering one notebook (Voila has no /api/status: wait for the port)."""
    port, token = free_port(), secrets.token_hex(16)
    env = jupyter_env(base, medialit_home)
    cmd = [str(BIN / "voila"), str(notebook), f"--port={port}", "--Voila.ip=127.0.0.1", f"--token={token}",
           "--no-browser"]
    with run_server(cmd, cwd=notebook.parent, env=env, port=port, token=token, log=base / "voila.log",
                    ready_path=None) as server:
        yield server


@dataclass
class BrowserPage:
    """A Playwright page plus the JavaScript errors it raised."""

    page: object
    errors: list[str]


@contextlib.contextmanager
def chromium_page(width: int = 1280, height: int = 900, name: str = "page") -> Iterator[BrowserPage]:
    """Headless Chromium that can reach only 127.0.0.1; closed, and its processes killed by PID, at the end.

    When the test fails inside, the page is saved to ``test-artifacts/failed-<name>.png`` first.
    """
    from playwright.sync_api import sync_playwright

    executable = require_chromium()
    before = set(descendants(os.getpid()))
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=BROWSER_ARGS, headless=True)
            try:
                context = browser.new_context(viewport={"width": width, "height": height}, locale="de-DE")
                context.route(re.compile(r"^(?!http://127\.0\.0\.1[:/]).*"), lambda route: route.abort())
                page = context.new_page()
                page.set_default_timeout(30_000)
                errors: list[str] = []
                page.on("pageerror", lambda exc: errors.append(str(exc)))
                try:
                    yield BrowserPage(page, errors)
                except BaseException:
                    with contextlib.suppress(Exception):
                        page.screenshot(path=artifact(f"failed-{name}.png"), timeout=5_000)
                    if errors:
                        print("--- page errors ---\n" + "\n".join(errors))
                    raise
            finally:
                with contextlib.suppress(Exception):
                    browser.close()
    finally:
        for pid in descendants(os.getpid()):  # whatever the browser or driver left behind, by PID
            if pid not in before and _is_browser_process(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)

def _is_browser_process(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return "chromium" in cmdline or "playwright" in cmdline


def copy_notebook(source: Path, root: Path) -> Path:
    """Copy a notebook into the server root (Lab writes outputs back into the file it saves)."""
    target = root / source.name
    shutil.copyfile(source, target)
    return target


def artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name


# ----------------------------------------------------------------------------------- JupyterLab page

# The notebook the test works on: open_notebook() tags Lab's current widget (other tabs stay in the DOM).
CURRENT = ".jp-NotebookPanel[data-medialit-current]"

_KERNEL_READY = """(selector) => {
    const panel = document.querySelector(selector);
    if (!panel) return false;
    const name = panel.querySelector('.jp-Toolbar-kernelName');
    const status = panel.querySelector('.jp-Notebook-ExecutionIndicator');
    return !!name && !/No Kernel|Kein Kernel/i.test(name.textContent) && name.textContent.trim() !== ''
        && !!status && status.getAttribute('data-status') === 'idle';
}"""

_ALL_RUN = """(selector) => {
    const panel = document.querySelector(selector);
    if (!panel) return false;
    const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')];
    const status = panel.querySelector('.jp-Notebook-ExecutionIndicator');
    return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent))
        && !!status && status.getAttribute('data-status') === 'idle';
}"""

_TAG_CURRENT = """(name) => {
    const widget = window.jupyterapp && window.jupyterapp.shell.currentWidget;
    if (!widget || !widget.node.classList.contains('jp-NotebookPanel') || widget.title.label !== name
        || !widget.node.querySelector('.jp-Notebook .jp-Cell')) return false;
    document.querySelectorAll('[data-medialit-current]').forEach(n => n.removeAttribute('data-medialit-current'));
    widget.node.setAttribute('data-medialit-current', name);
    return true;
}"""


def open_notebook(page, server: Server, name: str, timeout: float = 60_000) -> None:
    """Open a notebook in Lab, make it the CURRENT one, and wait until its kernel exists and is idle."""
    page.goto(server.url(f"/lab/tree/{name}"))
    page.wait_for_function(_TAG_CURRENT, arg=name, timeout=timeout)
    page.wait_for_function(_KERNEL_READY, arg=CURRENT, timeout=timeout)


def current_notebook(page):
    """Locator of the notebook open_notebook() opened last."""
    return page.locator(CURRENT)


def lab_command(page, command: str) -> None:
    page.evaluate("(c) => window.jupyterapp.commands.execute(c)", command)


def run_all(page, timeout: float = 90_000) -> None:
    """Run every cell, wait until Lab reports the run finished, the kernel is idle and every code cell has an
    execution count; a cell that raised fails the test with its error text."""
    page.wait_for_function(_KERNEL_READY, arg=CURRENT, timeout=timeout)
    page.evaluate("""() => {
        window.__medialitRunAll = undefined;
        window.jupyterapp.commands.execute('notebook:run-all-cells').then(
            (ok) => { window.__medialitRunAll = ok === false ? 'error' : 'ok'; },
            (err) => { window.__medialitRunAll = 'error: ' + err; });
    }""")
    page.wait_for_function("() => window.__medialitRunAll !== undefined", timeout=timeout)
    outcome = page.evaluate("() => window.__medialitRunAll")
    if outcome != "ok":
        errors = page.locator(f"{CURRENT} [data-mime-type='application/vnd.jupyter.stderr']").all_inner_texts()
        raise AssertionError(f"running all cells failed ({outcome}):\n" + "\n".join(errors)[-3000:])
    page.wait_for_function(_ALL_RUN, arg=CURRENT, timeout=timeout)


def restart_and_run_all(page, timeout: float = 90_000) -> None:
    """Restart the kernel with cleared outputs (no dialog: see LAB_SETTINGS), then run every cell."""
    lab_command(page, "notebook:restart-clear-output")
    page.wait_for_function("""(selector) => {
        const panel = document.querySelector(selector);
        return !!panel && panel.querySelectorAll('.jp-OutputArea-output').length === 0;
    }""", arg=CURRENT, timeout=timeout)
    run_all(page, timeout)
