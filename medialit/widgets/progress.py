"""Progress overview per lesson, and the export/import widgets that keep answers safe beyond a session."""

from __future__ import annotations

import base64
import json
from datetime import datetime
from pathlib import Path

import ipywidgets as widgets

from medialit import ui_text as T
from medialit.errors import MedialitError
from medialit.store import Store, default_store, progress_rows
from medialit.widgets import style
from medialit.widgets.common import box_html, esc, message_for, message_on_error


def _num(x: float) -> str:
    x = round(float(x), 2)
    return str(int(x)) if x == int(x) else f"{x:.2f}".rstrip("0").replace(".", ",")


class ProgressOverview(widgets.VBox):
    """A table per lesson: exercises done, correct, points; ``refresh_button`` reloads it."""

    def __init__(self, store: Store | None = None, bank=None):
        self.store = store if store is not None else default_store()
        self._bank = bank
        self.title_html = widgets.HTML(f"<h3 style='margin:0.2em 0'>{esc(T.PROGRESS_TITLE)}</h3>")
        self.table_html = widgets.HTML("")
        self.refresh_button = widgets.Button(description=T.PROGRESS_REFRESH, tooltip=T.PROGRESS_REFRESH_TOOLTIP,
                                             icon="refresh", layout=widgets.Layout(width="auto"))
        self.refresh_button.on_click(lambda _b: self.refresh())
        notice = box_html("missed", self.store.notice, icon=T.ICON_INFO) if self.store.notice else ""
        super().__init__([widgets.HTML(style.CSS + notice), self.title_html, self.table_html,
                          widgets.HBox([self.refresh_button])])
        self.add_class("medialit-ex")
        self.add_class("medialit-progress")
        self.refresh()

    def refresh(self) -> None:
        try:
            bank = self._bank
            if bank is None:
                from medialit.exercises import bank as load

                bank = load()
            self.rows = progress_rows(self.store, bank)
        except Exception as exc:  # noqa: BLE001
            self.rows = []
            self.table_html.value = box_html("missed", T.ERROR_TITLE, [message_for(exc)], icon=T.ICON_MISSED)
            return
        if not self.rows:
            self.table_html.value = f"<p>{esc(T.PROGRESS_EMPTY)}</p>"
            return
        head = "".join(f"<th scope='col' style='text-align:left;padding:3px 10px'>{esc(h)}</th>" for h in
                       (T.PROGRESS_LESSON, T.PROGRESS_DONE, T.PROGRESS_CORRECT, T.PROGRESS_POINTS))
        body = []
        tot = {"exercises": 0, "done": 0, "correct": 0, "points": 0.0, "max_points": 0.0}
        for r in self.rows:
            for k in tot:
                tot[k] += r[k]
            name = f"{r['lesson']}: {r['title']}" if r["lesson"] >= 0 else r["title"] or "–"
            body.append(self._row(name, r))
        body.append(self._row(T.PROGRESS_TOTAL, tot, bold=True))
        self.table_html.value = (f"<table class='medialit-table' style='border-collapse:collapse'>"
                                 f"<caption style='text-align:left'>{esc(T.PROGRESS_CAPTION)}</caption>"
                                 f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")

    @staticmethod
    def _row(name: str, r: dict, bold: bool = False) -> str:
        done_all = r["exercises"] and r["done"] == r["exercises"]
        mark = f"{T.ICON_RIGHT} " if done_all else ""
        cells = [name, f"{mark}{r['done']} / {r['exercises']}", f"{r['correct']} / {r['exercises']}",
                 f"{_num(r['points'])} / {_num(r['max_points'])}"]
        tag = "th scope='row'" if bold else "td"
        return "<tr>" + "".join(f"<{tag} style='text-align:left;padding:3px 10px;border-top:1px solid #ccc'>"
                                f"{esc(c)}</{tag.split()[0]}>" for c in cells) + "</tr>"


class ExportWidget(widgets.VBox):
    """Name field + „Antworten exportieren“: writes the file into ``folder`` and offers a download link."""

    def __init__(self, store: Store | None = None, folder: str | Path = ".", learner: str | None = None,
                 assignment: str | None = None):
        self.store = store if store is not None else default_store()
        self.folder = Path(folder)
        self.assignment = assignment
        self.last_path: Path | None = None
        self.name_widget = widgets.Text(value=learner or "", placeholder=T.EXPORT_NAME_PLACEHOLDER,
                                        description=T.EXPORT_NAME, layout=widgets.Layout(width="auto"))
        self.export_button = widgets.Button(description=T.EXPORT_BUTTON, tooltip=T.EXPORT_TOOLTIP, icon="download",
                                            button_style="primary", layout=widgets.Layout(width="auto"))
        self.export_button.on_click(lambda _b: self.export())
        self.message_html = widgets.HTML("")
        self.link_html = widgets.HTML("")
        super().__init__([widgets.HTML(style.CSS + f"<h4 style='margin:0.2em 0'>{esc(T.EXPORT_TITLE)}</h4>"
                                       f"<p>{esc(T.EXPORT_HELP)}</p>"),
                          widgets.HBox([self.name_widget, self.export_button]), self.message_html, self.link_html])
        self.add_class("medialit-ex")
        self.add_class("medialit-export")

    def export(self) -> Path | None:
        try:
            learner = self.name_widget.value.strip() or None
            path = self.store.export_file(self.folder, learner=learner, assignment=self.assignment)
        except Exception as exc:  # noqa: BLE001
            self.message_html.value = box_html("missed", T.ERROR_TITLE, [message_for(exc)], icon=T.ICON_MISSED)
            return None
        data = path.read_bytes()
        count = len(json.loads(data)["answers"])
        self.last_path = path
        self.message_html.value = box_html("right", T.EXPORT_DONE.format(n=count, path=path), icon=T.ICON_RIGHT)
        href = "data:application/json;base64," + base64.b64encode(data).decode("ascii")
        self.link_html.value = (f'<a download="{esc(path.name)}" href="{href}" class="medialit-download" '
                                f'style="font-weight:600">{esc(T.EXPORT_DOWNLOAD.format(name=path.name))}</a>')
        return path


class ImportWidget(widgets.VBox):
    """File upload + „Antworten importieren“; the file is validated (format, version, checksum)."""

    def __init__(self, store: Store | None = None):
        self.store = store if store is not None else default_store()
        self.upload_widget = widgets.FileUpload(accept=".json,application/json", multiple=False,
                                                description=T.IMPORT_UPLOAD)
        self.import_button = widgets.Button(description=T.IMPORT_BUTTON, tooltip=T.IMPORT_TOOLTIP, icon="upload",
                                            layout=widgets.Layout(width="auto"))
        self.import_button.on_click(lambda _b: self.import_upload())
        self.message_html = widgets.HTML("")
        super().__init__([widgets.HTML(style.CSS + f"<h4 style='margin:0.2em 0'>{esc(T.IMPORT_TITLE)}</h4>"
                                       f"<p>{esc(T.IMPORT_HELP)}</p>"),
                          widgets.HBox([self.upload_widget, self.import_button]), self.message_html])
        self.add_class("medialit-ex")
        self.add_class("medialit-import")

    def import_upload(self) -> tuple[int, int] | None:
        files = self.upload_widget.value
        if not files:
            self.message_html.value = box_html("info", T.IMPORT_NO_FILE, icon=T.ICON_INFO)
            return None
        upload = files[0]
        return self.import_bytes(bytes(upload["content"]), upload.get("name", "Export"))

    def import_bytes(self, raw: bytes, name: str = "Export") -> tuple[int, int] | None:
        try:
            added, skipped = self.store.import_bytes(raw, name=name)
        except MedialitError as exc:
            self.message_html.value = box_html("wrong", T.ERROR_TITLE, [str(exc)], icon=T.ICON_WRONG)
            return None
        except Exception as exc:  # noqa: BLE001
            self.message_html.value = box_html("missed", T.ERROR_TITLE, [message_for(exc)], icon=T.ICON_MISSED)
            return None
        self.message_html.value = box_html("right", T.IMPORT_DONE.format(n=added, skipped=skipped),
                                           icon=T.ICON_RIGHT)
        return added, skipped


def upload_entry(name: str, content: bytes) -> dict:
    """A ``FileUpload.value`` entry (as the browser sends it), for tests and scripts."""
    return {"name": name, "type": "application/json", "size": len(content), "content": memoryview(content),
            "last_modified": datetime.now()}


@message_on_error
def progress_overview(store: Store | None = None):
    """Per lesson: done, correct, points — as a table widget with a title."""
    return ProgressOverview(store)


@message_on_error
def export_widget(store: Store | None = None, folder: str | Path = ".", learner: str | None = None,
                  assignment: str | None = None):
    """The export button: a JSON file in the notebook folder and a download link."""
    return ExportWidget(store, folder, learner, assignment)


@message_on_error
def import_widget(store: Store | None = None):
    """Upload an export file and restore its answers."""
    return ImportWidget(store)
